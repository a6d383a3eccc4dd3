"""Disk full, read-only folder, and other write failures: a clear WriteFailed, the old
file intact, no temp files left. (As root chmod does not stop writes, so the operating
system's refusals are simulated at the system calls.)"""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from cxworkshop.domain import edits
from cxworkshop.domain.models import Frustration, Meta, Session
from cxworkshop.store import SessionStore, WriteFailed
from tests.store.helpers import file_state, stray_temp_files


def _fail_with(code: int):  # type: ignore[no-untyped-def]
    def fail(*args: object, **kwargs: object) -> None:
        raise OSError(code, os.strerror(code))

    return fail


def _refuse_new_files_in(folder: Path, code: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """What a read-only folder does: creating or writing a file in it fails."""
    real_open = os.open

    def guarded(path, flags, *args, **kwargs):  # type: ignore[no-untyped-def]
        if Path(os.fsdecode(path)).parent == folder and flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT):
            raise OSError(code, os.strerror(code), os.fsdecode(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", guarded)


def _add_item(store: SessionStore, session: Session) -> None:
    store.update(session.id, edits.add("frustrations", Frustration(text="lost?")))


@pytest.fixture
def edited(store: SessionStore, saved: Session) -> Session:
    """A session with a backup, so both can be checked for being left alone."""
    store.update(saved.id, edits.update_meta(organisation="v2"))
    return store.load(saved.id)


@pytest.mark.parametrize("call", ["write", "fsync"])
def test_disk_full_gives_write_failed_and_keeps_the_old_file(
    store: SessionStore, edited: Session, monkeypatch: pytest.MonkeyPatch, call: str
) -> None:
    path = store.path_for(edited.id)
    backup = path.with_name(f".{path.name}.bak")
    before, backup_before = file_state(path), file_state(backup)
    monkeypatch.setattr(os, call, _fail_with(errno.ENOSPC))
    with pytest.raises(WriteFailed) as caught:
        _add_item(store, edited)
    monkeypatch.undo()
    assert caught.value.message == (
        f"Could not save {path}: the disk is full. Nothing was lost: the previous version is still there."
    )
    assert "de schijf is vol" in caught.value.message_in("nl") and str(path) in caught.value.message_in("nl")
    assert file_state(path) == before and file_state(backup) == backup_before
    assert stray_temp_files(store.folder) == []
    assert store.load(edited.id) == edited
    _add_item(store, edited)  # and once there is room again, saving works
    assert store.load(edited.id).revision == edited.revision + 1


@pytest.mark.parametrize("code, words", [(errno.EROFS, "read-only"), (errno.EACCES, "permission denied")])
def test_a_folder_that_refuses_writes_gives_write_failed(
    store: SessionStore, edited: Session, monkeypatch: pytest.MonkeyPatch, code: int, words: str
) -> None:
    path = store.path_for(edited.id)
    before = file_state(path)
    for lock in store.folder.glob(".*.lock"):
        lock.unlink()  # a fresh read-only folder has no lock files either
    _refuse_new_files_in(store.folder, code, monkeypatch)
    for attempt in (lambda: _add_item(store, edited), lambda: store.new_session(Meta(title="New"))):
        with pytest.raises(WriteFailed) as caught:
            attempt()
        assert words in caught.value.message and str(store.folder) in caught.value.message
    monkeypatch.undo()
    assert file_state(path) == before
    assert stray_temp_files(store.folder) == [] and store.ids() == {edited.id}


def test_a_failing_rename_leaves_no_temp_file(
    store: SessionStore, edited: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = store.path_for(edited.id)
    before = file_state(path)
    monkeypatch.setattr(os, "replace", _fail_with(errno.EIO))
    with pytest.raises(WriteFailed) as caught:
        _add_item(store, edited)
    monkeypatch.undo()
    assert "input/output error" in caught.value.message
    assert file_state(path) == before and stray_temp_files(store.folder) == []


def test_a_file_in_place_of_the_folder(tmp_path: Path) -> None:
    blocker = tmp_path / "sessions"
    blocker.write_text("I am a file")
    with pytest.raises(WriteFailed) as caught:
        SessionStore(blocker).new_session(Meta(title="x"))
    assert str(blocker) in caught.value.message and "not a folder" in caught.value.message
    assert blocker.read_text() == "I am a file"


def test_an_unexpected_os_error_still_reads_clearly(
    store: SessionStore, edited: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(os, "fsync", _fail_with(errno.ETIMEDOUT))
    with pytest.raises(WriteFailed) as caught:
        _add_item(store, edited)
    assert os.strerror(errno.ETIMEDOUT) in caught.value.message
