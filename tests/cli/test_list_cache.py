"""The summary cache behind `list`: used when files are unchanged, never stale otherwise."""

import json
from pathlib import Path

from cxworkshop.cli.summaries import CACHE_NAME, session_files
from cxworkshop.domain import edits
from cxworkshop.store import SessionStore
from cxworkshop.store.paths import is_session_name
from tests.cli.factories import stored, workshop


def listed(cli) -> dict[str, dict]:
    result = cli("list", "--json")
    assert result.exit_code == 0, result.output
    return {item["id"]: item for item in json.loads(result.stdout) if "id" in item}


def test_the_first_list_writes_the_cache_and_later_lists_use_it(cli, folder: Path) -> None:
    session = stored(folder)
    assert listed(cli)[session.id]["title"] == "Promise workshop"
    cache = folder / CACHE_NAME
    data = json.loads(cache.read_text(encoding="utf-8"))
    entry = data["files"][f"{session.id}.json"]
    entry["summary"]["title"] = "Title from the cache"  # the file itself is unchanged
    cache.write_text(json.dumps(data), encoding="utf-8")
    assert listed(cli)[session.id]["title"] == "Title from the cache"


def test_a_saved_change_is_listed_at_once(cli, folder: Path) -> None:
    session = stored(folder)
    assert listed(cli)[session.id]["frustration_hours"] == 300
    SessionStore(folder).update(session.id, edits.update("frustrations", "f2", minutes=60))
    assert listed(cli)[session.id]["frustration_hours"] == 400


def test_a_file_replaced_by_another_program_is_read_again(cli, folder: Path) -> None:
    first, second = stored(folder, workshop("First")), stored(folder, workshop("Second"))
    listed(cli)
    # copy the second file over the first (same size is likely): a new inode, so no stale hit
    (folder / f"{first.id}.json").write_bytes((folder / f"{second.id}.json").read_bytes())
    assert listed(cli)[second.id]["title"] == "Second"
    assert sorted(s["title"] for s in listed(cli).values()) == ["Second", "Second"]


def test_deleted_sessions_leave_the_list_and_the_cache(cli, folder: Path) -> None:
    keep, drop = stored(folder, workshop("Keep")), stored(folder, workshop("Drop"))
    listed(cli)
    assert cli("delete", drop.id, "--yes").exit_code == 0
    assert list(listed(cli)) == [keep.id]
    files = json.loads((folder / CACHE_NAME).read_text(encoding="utf-8"))["files"]
    assert list(files) == [f"{keep.id}.json"]


def test_a_damaged_cache_is_rebuilt(cli, folder: Path) -> None:
    session = stored(folder)
    folder.joinpath(CACHE_NAME).write_text("{not json", encoding="utf-8")
    assert listed(cli)[session.id]["title"] == "Promise workshop"
    assert json.loads((folder / CACHE_NAME).read_text(encoding="utf-8"))["files"]


def test_listing_a_missing_folder_creates_nothing(cli, folder: Path) -> None:
    assert listed(cli) == {}
    assert not folder.exists()


def test_the_cache_is_not_mistaken_for_a_session_by_the_store(cli, folder: Path) -> None:
    session = stored(folder)
    listed(cli)
    store = SessionStore(folder)
    assert store.ids() == {session.id}
    assert not is_session_name(CACHE_NAME)
    assert [name for name, _ in session_files(folder)] == [f"{session.id}.json"]
