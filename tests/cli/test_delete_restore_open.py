"""`delete`, `restore` and `open`, including confirmation and damaged files."""

from pathlib import Path

from cxworkshop.store import SessionStore
from tests.cli.factories import stored


def test_delete_yes_moves_the_file_to_the_trash(cli, folder: Path) -> None:
    session = stored(folder)
    result = cli("delete", session.id, "--yes")
    assert result.exit_code == 0, result.output
    assert not (folder / f"{session.id}.json").exists()
    assert (folder / ".trash" / f"{session.id}.json").is_file()
    assert f"cxworkshop restore {session.id}" in result.stdout


def test_delete_without_a_terminal_and_without_yes_refuses(cli, no_tui, folder: Path) -> None:
    session = stored(folder)
    result = cli("delete", session.id)
    assert result.exit_code == 1
    assert "--yes" in result.stderr
    assert (folder / f"{session.id}.json").is_file()


def test_delete_asks_on_a_terminal(cli, fake_tui, folder: Path) -> None:
    session = stored(folder)
    kept = cli("delete", session.id, input="n\n")
    assert kept.exit_code == 0
    assert "Move \"Promise workshop\"" in kept.stdout and "Nothing deleted." in kept.stdout
    assert (folder / f"{session.id}.json").is_file()

    gone = cli("delete", session.id, input="y\n")
    assert gone.exit_code == 0
    assert not (folder / f"{session.id}.json").exists()


def test_restore_brings_a_deleted_session_back(cli, folder: Path) -> None:
    session = stored(folder)
    cli("delete", session.id, "--yes")
    result = cli("restore", session.id)
    assert result.exit_code == 0, result.output
    assert "Restored \"Promise workshop\"" in result.stdout
    assert SessionStore(folder).load(session.id).meta.title == "Promise workshop"


def test_restore_of_something_not_in_the_trash(cli, folder: Path) -> None:
    result = cli("restore", "ghost")
    assert result.exit_code == 1 and "ghost" in result.stderr


def test_restore_backup_repairs_a_damaged_file(cli, folder: Path) -> None:
    store = SessionStore(folder)
    session = stored(folder)
    store.update(session.id, lambda s: setattr(s.meta, "organisation", "Acme NL"))
    path = folder / f"{session.id}.json"
    path.write_text("{ damaged", encoding="utf-8")
    assert cli("show", session.id).exit_code == 1

    result = cli("restore", session.id, "--backup")
    assert result.exit_code == 0, result.output
    assert store.load(session.id).meta.title == "Promise workshop"
    assert cli("show", session.id).exit_code == 0


def test_a_damaged_file_can_still_be_deleted(cli, folder: Path) -> None:
    path = folder / "broken-abcd.json"
    folder.mkdir()
    path.write_text("{", encoding="utf-8")
    result = cli("delete", "broken-abcd", "--yes")
    assert result.exit_code == 0, result.output
    assert not path.exists()


def test_open_launches_the_tui_with_the_resolved_id(cli, fake_tui, folder: Path) -> None:
    session = stored(folder)
    result = cli("open", session.id[:8])
    assert result.exit_code == 0, result.output
    assert fake_tui.calls == [(folder.absolute(), session.id)]


def test_open_a_file_in_another_folder_uses_that_folder(cli, fake_tui, tmp_path: Path) -> None:
    other = tmp_path / "client-b"
    session = stored(other)
    result = cli("open", str(other / f"{session.id}.json"))
    assert result.exit_code == 0, result.output
    assert fake_tui.calls == [(other.absolute(), session.id)]


def test_open_without_a_terminal_is_a_user_error(cli, no_tui, folder: Path) -> None:
    session = stored(folder)
    result = cli("open", session.id)
    assert result.exit_code == 1
    assert "terminal" in result.stderr
    assert no_tui.calls == []


def test_open_unknown_or_damaged_sessions_never_start_the_tui(cli, fake_tui, folder: Path) -> None:
    assert cli("open", "nothing-here").exit_code == 1
    folder.mkdir(exist_ok=True)
    (folder / "broken-abcd.json").write_text("[1, 2", encoding="utf-8")
    result = cli("open", "broken-abcd")
    assert result.exit_code == 1
    assert "restore --backup" in result.stderr
    assert fake_tui.calls == []
