"""The previous good version is kept next to each session and can be put back."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from cxworkshop.domain import edits
from cxworkshop.domain.models import Session
from cxworkshop.store import CorruptSession, SessionNotFound, SessionStore


def _backup(path: Path) -> Path:
    return path.with_name(f".{path.name}.bak")


def _damaged(path: Path) -> list[Path]:
    return sorted(path.parent.glob(f".{path.name}.damaged-*"))


def test_each_save_keeps_the_previous_version_as_a_hard_link(store: SessionStore, saved: Session) -> None:
    path = store.path_for(saved.id)
    assert not _backup(path).exists()  # a new session has nothing to go back to
    first_inode = path.stat().st_ino
    store.update(saved.id, edits.update_meta(organisation="v2"))
    backup = _backup(path)
    assert backup.stat().st_ino == first_inode  # no copy: the old file itself
    assert store.read_file(backup).revision == 1
    store.update(saved.id, edits.update_meta(organisation="v3"))
    assert store.read_file(backup).meta.organisation == "v2"
    assert [p.name for p in store.session_paths()] == [path.name]  # backups are not sessions


def test_restore_backup_after_damage(store: SessionStore, saved: Session) -> None:
    path = store.path_for(saved.id)
    for n in range(2, 6):
        store.update(saved.id, edits.update_meta(organisation=f"v{n}"))
    damaged_bytes = path.read_bytes()[:200]
    path.write_bytes(damaged_bytes)  # the last save (revision 5) got damaged
    with pytest.raises(CorruptSession) as caught:
        store.load(saved.id)
    assert "restore --backup" in caught.value.message

    restored = store.restore_backup(saved.id)
    assert restored.meta.organisation == "v4"
    assert restored.revision > 5  # above anything another window has seen
    assert store.load(saved.id) == restored
    (aside,) = _damaged(path)
    assert aside.read_bytes() == damaged_bytes  # the damaged file is kept
    assert store.read_file(_backup(path)).meta.organisation == "v4"  # the good backup stays
    assert [s.id for s in store.scan()] == [saved.id]


def test_restore_backup_uses_the_revision_a_damaged_file_still_shows(store: SessionStore, saved: Session) -> None:
    path = store.path_for(saved.id)
    store.update(saved.id, edits.update_meta(organisation="v2"))
    text = path.read_text(encoding="utf-8").replace('"revision": 2', '"revision": 40')
    path.write_text(text[: len(text) - 30], encoding="utf-8")
    assert store.restore_backup(saved.id).revision == 41


def test_restore_backup_of_a_readable_file_goes_back_one_version(store: SessionStore, saved: Session) -> None:
    store.update(saved.id, edits.update_meta(organisation="v2"))
    store.update(saved.id, edits.update_meta(organisation="v3"))
    restored = store.restore_backup(saved.id)
    assert (restored.meta.organisation, restored.revision) == ("v2", 4)
    again = store.restore_backup(saved.id)
    assert (again.meta.organisation, again.revision) == ("v2", 5)
    assert len(_damaged(store.path_for(saved.id))) == 2


def test_restore_backup_when_the_file_itself_is_gone(store: SessionStore, saved: Session) -> None:
    path = store.path_for(saved.id)
    store.update(saved.id, edits.update_meta(organisation="v2"))
    os.unlink(path)
    restored = store.restore_backup(saved.id)
    assert restored.revision == 3 and restored.id == saved.id
    assert store.load(saved.id).meta.organisation == "Acme"


def test_no_backup_is_a_clear_error(store: SessionStore, saved: Session) -> None:
    with pytest.raises(SessionNotFound) as caught:
        store.restore_backup(saved.id)
    assert str(store.path_for(saved.id)) in caught.value.message
    assert "reservekopie" in caught.value.message_in("nl")


def test_a_damaged_backup_is_reported_and_nothing_changes(store: SessionStore, saved: Session) -> None:
    path = store.path_for(saved.id)
    store.update(saved.id, edits.update_meta(organisation="v2"))
    backup = _backup(path)
    backup.unlink()
    backup.write_bytes(b"{")
    before = path.read_bytes()
    with pytest.raises(CorruptSession) as caught:
        store.restore_backup(saved.id)
    assert str(backup) in caught.value.message
    assert path.read_bytes() == before and _damaged(path) == []
