"""`new` and `list`: what is printed, what lands on disk, damaged files."""

import json
from pathlib import Path

from cxworkshop.store import SessionStore
from tests.cli.factories import stored, workshop


def only_file(folder: Path) -> Path:
    files = sorted(folder.glob("*.json"))
    assert len(files) == 1, files
    return files[0]


def test_new_creates_a_session_file_and_prints_id_and_path(cli, no_tui, folder: Path) -> None:
    result = cli("new", "Customer promise Q3", "--org", "Bakery Jansen", "--facilitator", "Anna",
                 "--mode", "solo", "--lang", "nl")
    assert result.exit_code == 0, result.output
    path = only_file(folder)
    session = SessionStore(folder).load(path.stem)
    assert (session.meta.title, session.meta.organisation, session.meta.facilitator) == (
        "Customer promise Q3", "Bakery Jansen", "Anna")
    assert (session.meta.mode, session.meta.language) == ("solo", "nl")
    assert session.id in result.stdout and str(path) in result.stdout
    assert f"cxworkshop open {session.id}" in result.stdout
    assert no_tui.calls == []


def test_new_json_prints_id_and_path_only(cli, fake_tui, folder: Path) -> None:
    result = cli("new", "Q3", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data) == {"id", "path"}
    assert Path(data["path"]) == only_file(folder)
    assert Path(data["path"]).stem == data["id"]
    assert fake_tui.calls == []  # --json never opens the TUI


def test_new_opens_the_session_on_a_terminal(cli, fake_tui, folder: Path) -> None:
    result = cli("new", "Q3 review")
    assert result.exit_code == 0, result.output
    assert fake_tui.calls == [(folder.absolute(), only_file(folder).stem)]


def test_new_no_open_stays_on_the_command_line(cli, fake_tui) -> None:
    assert cli("new", "Q3 review", "--no-open").exit_code == 0
    assert fake_tui.calls == []


def test_new_language_defaults_to_the_terminal_language(cli, no_tui, folder: Path) -> None:
    result = cli("new", "Kwartaal", env={"CXWORKSHOP_LANG": "nl"})
    assert result.exit_code == 0
    assert "aangemaakt" in result.stdout
    assert SessionStore(folder).load(only_file(folder).stem).meta.language == "nl"


def test_new_with_an_empty_title_is_a_user_error(cli, no_tui, folder: Path) -> None:
    result = cli("new", "   ")
    assert result.exit_code == 1
    assert result.stderr.strip() == "Error: Title: cannot be empty."
    assert "Traceback" not in result.output
    assert not folder.exists() or not list(folder.glob("*.json"))


def test_new_with_a_wrong_mode_is_wrong_usage(cli, folder: Path) -> None:
    result = cli("new", "Q3", "--mode", "duo")
    assert result.exit_code == 2
    assert "'duo' is not one of 'team', 'solo'" in result.stderr
    assert not folder.exists()


def test_list_of_an_empty_folder_suggests_the_demo(cli) -> None:
    result = cli("list")
    assert result.exit_code == 0
    assert "No sessions" in result.stdout and "cxworkshop demo" in result.stdout


def test_list_shows_a_table_newest_first(cli, folder: Path) -> None:
    old = stored(folder, workshop("Older workshop", updated_at="2026-01-05T09:00:00+00:00"))
    new = stored(folder, workshop("Newer workshop", updated_at="2026-03-01T09:00:00+00:00"))
    result = cli("list")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split()[:3] == ["Id", "Title", "Organisation"]
    assert "Last change" in lines[0]
    body = "\n".join(lines[2:])
    assert body.index(new.id) < body.index(old.id)
    row = next(line for line in lines if old.id in line)
    assert "Older workshop" in row and "Acme" in row and "team" in row
    assert " 300 " in row  # 200 + 100 frustration hours
    assert row.split()[-5:-2] == ["300", "2", "3"]  # hours, barriers, actions
    assert "Sessions: 2" in result.stdout


def test_list_json_has_the_summary_fields(cli, folder: Path) -> None:
    session = stored(folder)
    result = cli("list", "--json")
    assert result.exit_code == 0
    [item] = json.loads(result.stdout)
    assert item["id"] == session.id
    assert item["title"] == "Promise workshop"
    assert item["organisation"] == "Acme"
    assert (item["mode"], item["language"]) == ("team", "en")
    assert item["frustration_hours"] == 300
    assert (item["barriers"], item["actions"]) == (2, 3)
    assert item["updated_at"]


def test_a_damaged_file_is_listed_by_name_and_does_not_stop_the_list(cli, folder: Path) -> None:
    good = stored(folder)
    (folder / "broken-abcd.json").write_text('{"session": {"1": {"id": "broken-', encoding="utf-8")
    result = cli("list")
    assert result.exit_code == 0, result.output
    assert good.id in result.stdout
    assert "! broken-abcd.json:" in result.stdout
    data = json.loads(cli("list", "--json").stdout)
    assert [d["id"] for d in data if "id" in d] == [good.id]
    [bad] = [d for d in data if "file" in d]
    assert bad["file"] == "broken-abcd.json" and bad["error"]


def test_list_reads_sessions_dir_from_the_environment(folder: Path) -> None:
    from typer.testing import CliRunner

    from cxworkshop.cli.app import app

    session = stored(folder)
    result = CliRunner().invoke(app, ["list", "--json"],
                                env={"CXWORKSHOP_SESSIONS_DIR": str(folder)})
    assert [d["id"] for d in json.loads(result.stdout)] == [session.id]
