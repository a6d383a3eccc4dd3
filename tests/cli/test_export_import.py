"""`export` and `import`: stdout or a file, never overwrite without --force, round trip."""

import json
from pathlib import Path

from cxworkshop.store import SessionStore
from tests.cli.factories import stored


def test_export_markdown_to_stdout_is_the_rendered_plan(cli, folder: Path) -> None:
    from cxworkshop.export.markdown import render_markdown

    session = stored(folder)
    result = cli("export", session.id)
    assert result.exit_code == 0, result.output
    expected = render_markdown(SessionStore(folder).load(session.id))
    assert result.stdout.rstrip("\n") == expected.rstrip("\n")
    assert "Promise workshop" in result.stdout


def test_export_to_a_file(cli, folder: Path, tmp_path: Path) -> None:
    session = stored(folder)
    target = tmp_path / "plan.md"
    result = cli("export", session.id, "-o", str(target))
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert str(target) in result.stderr
    assert "Promise workshop" in target.read_text(encoding="utf-8")


def test_export_never_overwrites_without_force(cli, folder: Path, tmp_path: Path) -> None:
    session = stored(folder)
    target = tmp_path / "plan.md"
    target.write_text("my own notes\n", encoding="utf-8")
    result = cli("export", session.id, "-o", str(target))
    assert result.exit_code == 1
    assert "already exists" in result.stderr and "--force" in result.stderr
    assert target.read_text(encoding="utf-8") == "my own notes\n"

    forced = cli("export", session.id, "-o", str(target), "--force")
    assert forced.exit_code == 0, forced.output
    assert "Promise workshop" in target.read_text(encoding="utf-8")


def test_export_into_a_missing_folder_is_a_user_error(cli, folder: Path, tmp_path: Path) -> None:
    session = stored(folder)
    result = cli("export", session.id, "-o", str(tmp_path / "nowhere" / "plan.md"))
    assert result.exit_code == 1
    assert "does not exist" in result.stderr
    assert not (tmp_path / "nowhere").exists()


def test_export_json_follows_the_file_name(cli, folder: Path, tmp_path: Path) -> None:
    session = stored(folder)
    target = tmp_path / "copy.json"
    assert cli("export", session.id, "-o", str(target)).exit_code == 0
    data = json.loads(target.read_text(encoding="utf-8"))
    assert "Promise workshop" in json.dumps(data, ensure_ascii=False)


def test_export_json_then_import_adds_a_session_under_a_new_id(cli, folder: Path) -> None:
    session = stored(folder)
    exported = cli("export", session.id, "--format", "json")
    assert exported.exit_code == 0, exported.output
    source = folder.parent / "export.json"
    source.write_text(exported.stdout, encoding="utf-8")

    result = cli("import", str(source))
    assert result.exit_code == 0, result.output
    new_id = result.stdout.strip()
    assert new_id != session.id  # the original id is taken
    assert "already taken" in result.stderr
    copy = SessionStore(folder).load(new_id)
    assert copy.meta.title == "Promise workshop"
    assert [f.text for f in copy.frustrations] == ["Re-typing orders", "Waiting for IT"]
    assert len(list(folder.glob("*.json"))) == 2


def test_import_json_output(cli, folder: Path, tmp_path: Path) -> None:
    session = stored(folder)
    source = tmp_path / "export.json"
    source.write_text(cli("export", session.id, "--format", "json").stdout, encoding="utf-8")
    data = json.loads(cli("import", str(source), "--json").stdout)
    assert Path(data["path"]).is_file() and Path(data["path"]).stem == data["id"]
    assert data["renamed_from"] == session.id


def test_import_of_a_file_that_is_not_an_export_is_a_user_error(cli, folder: Path, tmp_path: Path) -> None:
    source = tmp_path / "notes.json"
    source.write_text('{"hello": "world"}', encoding="utf-8")
    result = cli("import", str(source))
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ")
    assert "Traceback" not in result.output
    assert not folder.exists() or not list(folder.glob("*.json"))


def test_import_of_binary_or_missing_files(cli, tmp_path: Path) -> None:
    binary = tmp_path / "photo.json"
    binary.write_bytes(b"\xff\xd8\xff\xe0 not text")
    assert cli("import", str(binary)).exit_code == 1
    missing = cli("import", str(tmp_path / "missing.json"))
    assert missing.exit_code == 1 and "missing.json" in missing.stderr


def test_export_refuses_to_write_json_into_the_sessions_folder(cli, folder: Path) -> None:
    session = stored(folder)
    original = (folder / f"{session.id}.json").read_bytes()
    result = cli("export", session.id, "-o", str(folder / f"{session.id}.json"), "--force")
    assert result.exit_code == 1
    assert "sessions folder" in result.stderr
    assert (folder / f"{session.id}.json").read_bytes() == original


def test_import_reads_standard_input(cli, folder: Path) -> None:
    session = stored(folder)
    exported = cli("export", session.id, "--format", "json").stdout
    result = cli("import", "-", input=exported)
    assert result.exit_code == 0, result.output
    assert SessionStore(folder).load(result.stdout.strip()).meta.title == "Promise workshop"
