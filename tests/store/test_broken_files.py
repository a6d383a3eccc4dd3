"""Damaged, unreadable, empty, truncated and foreign files: reported by name, left
untouched, and never in the way of the other sessions."""

from __future__ import annotations

import builtins
import errno
import os
from pathlib import Path

import pytest

from cxworkshop.domain import edits
from cxworkshop.domain.models import Session
from cxworkshop.store import BrokenFile, CorruptSession, SessionStore
from tests.store.helpers import file_state, full_session

BAD_CONTENT = {
    "empty": (b"", "is empty"),
    "blank": (b"  \n\t ", "is empty"),
    "truncated": (None, "breaks off or is invalid at line"),
    "garbage": (b"\x00\x01binary\xff\xfe", "not text"),
    "not-json": (b"hello, world", "breaks off or is invalid at line 1"),
    "foreign-list": (b"[1, 2, 3]", "not a cxworkshop session"),
    "foreign-tinydb": (b'{"_default": {"1": {"name": "other app"}}}', "not a cxworkshop session"),
    "foreign-null": (b"null", "not a cxworkshop session"),
    "header-without-meta": (b'{"session": {"1": {"id": "x"}}}', "not a cxworkshop session"),
    "bad-table": (None, '"frustrations" table cannot be read'),
    "bad-row": (None, '"barriers" table cannot be read'),
}


def _damage(path: Path, kind: str) -> None:
    good = path.read_bytes()
    content = BAD_CONTENT[kind][0]
    if kind == "truncated":
        content = good[: len(good) // 2]
    elif kind == "bad-table":
        content = good.replace(b'"frustrations": {', b'"frustrations": ["oops"], "x": {', 1)
    elif kind == "bad-row":
        content = good.replace(b'"text": "Two billing systems"', b'"txt": "Two billing systems"', 1)
    assert content is not None and content != good
    path.write_bytes(content)


@pytest.fixture
def folder_with_good_and_bad(store: SessionStore, saved: Session) -> tuple[SessionStore, Session, Session]:
    victim = store.create(full_session("Victim"))
    return store, saved, victim


@pytest.mark.parametrize("kind", sorted(BAD_CONTENT))
def test_a_bad_file_is_reported_by_name_and_left_untouched(
    folder_with_good_and_bad: tuple[SessionStore, Session, Session], kind: str
) -> None:
    store, good, victim = folder_with_good_and_bad
    path = store.path_for(victim.id)
    _damage(path, kind)
    before = file_state(path)

    listed = list(store.scan())
    sessions = [x for x in listed if isinstance(x, Session)]
    broken = [x for x in listed if isinstance(x, BrokenFile)]
    assert [s.id for s in sessions] == [good.id]
    assert [b.path for b in broken] == [path]
    expected = BAD_CONTENT[kind][1]
    assert expected in broken[0].reason and str(path) in broken[0].reason
    assert broken[0].error is not None and str(path) in broken[0].error.message_in("nl")

    with pytest.raises(CorruptSession) as caught:
        store.load(victim.id)
    assert expected in caught.value.message
    with pytest.raises(CorruptSession):
        store.update(victim.id, edits.update_meta(title="x"))

    assert store.load(good.id) == good  # the others still open
    store.update(good.id, edits.update_meta(organisation="still works"))
    assert file_state(path) == before


def test_an_unreadable_file_is_reported(
    folder_with_good_and_bad: tuple[SessionStore, Session, Session], monkeypatch: pytest.MonkeyPatch
) -> None:
    """chmod 000 does not stop root (the tests run as root), so reading is refused
    the way the operating system would: PermissionError from open()."""
    store, good, victim = folder_with_good_and_bad
    path = store.path_for(victim.id)
    before = file_state(path)
    real_open = builtins.open

    def guarded_open(file, *args, **kwargs):  # type: ignore[no-untyped-def]
        if os.fspath(file) == os.fspath(path):
            raise PermissionError(errno.EACCES, "Permission denied", os.fspath(file))
        return real_open(file, *args, **kwargs)

    path.chmod(0)
    monkeypatch.setattr(builtins, "open", guarded_open)
    try:
        listed = list(store.scan())
        (broken,) = [x for x in listed if isinstance(x, BrokenFile)]
        assert broken.path == path
        assert broken.reason == f"Cannot read {path}: permission denied. The file was left as it is."
        assert "geen toestemming" in broken.error.message_in("nl")  # type: ignore[union-attr]
        assert [s.id for s in listed if isinstance(s, Session)] == [good.id]
        with pytest.raises(CorruptSession):
            store.update(victim.id, edits.update_meta(title="x"))
    finally:
        path.chmod(0o644)
    assert file_state(path) == before


def test_a_folder_named_like_a_session_is_reported(store: SessionStore, saved: Session) -> None:
    (store.folder / "looks-like-one.json").mkdir()
    listed = list(store.scan())
    broken = [x for x in listed if isinstance(x, BrokenFile)]
    assert [b.name for b in broken] == ["looks-like-one.json"]
    assert "is a folder" in broken[0].reason
    assert [s.id for s in listed if isinstance(s, Session)] == [saved.id]


def test_hidden_and_other_files_are_not_sessions(store: SessionStore, saved: Session) -> None:
    (store.folder / "notes.txt").write_text("not a session")
    (store.folder / ".hidden.json").write_text("{}")
    (store.folder / "README.md").write_text("# my sessions")
    assert [s.id for s in store.scan()] == [saved.id]
