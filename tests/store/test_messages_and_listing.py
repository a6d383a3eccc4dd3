"""Store messages name the file in both languages; listing does no more work than needed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from cxworkshop.domain.models import Meta, Session
from cxworkshop.i18n.catalog import store as texts
from cxworkshop.store import SessionStore, StoreError, files
from tests.store.helpers import full_session

NOT_ERRORS = ("store.reason.", "store.copy_title")


@pytest.mark.parametrize("lang, catalogue", [("en", texts.EN), ("nl", texts.NL)])
def test_every_store_error_names_the_file_or_folder(lang: str, catalogue: dict[str, str]) -> None:
    errors = {k: v for k, v in catalogue.items() if k.startswith("store.") and not k.startswith(NOT_ERRORS)}
    assert len(errors) > 20
    unnamed = [k for k, v in errors.items() if "{path}" not in v and "{folder}" not in v]
    assert unnamed == []


def test_dutch_messages_are_dutch() -> None:
    for key in ("store.write_failed", "store.corrupt", "store.conflict_gone", "store.reason.disk_full"):
        assert texts.NL[key] != texts.EN[key]


def test_scan_reads_every_file_once_and_nothing_else(
    store: SessionStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    for n in range(120):
        store.new_session(Meta(title=f"Session {n}"))
    store.create(full_session())
    reads: list[Path] = []
    real_read = files.read_bytes

    def counting(path: Path) -> bytes:
        reads.append(path)
        return real_read(path)

    monkeypatch.setattr(files, "read_bytes", counting)
    listed = list(store.scan())
    assert len(listed) == 121 and all(isinstance(s, Session) for s in listed)
    assert sorted(reads) == sorted(store.session_paths())  # once each, no backups or locks
    assert [s.id for s in listed] == sorted(s.id for s in listed)


def test_an_unreadable_folder_is_a_clear_error(store: SessionStore, monkeypatch: pytest.MonkeyPatch) -> None:
    import errno
    import os

    store.create(full_session())

    def refuse(path: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied", str(path))

    monkeypatch.setattr(os, "scandir", refuse)
    with pytest.raises(StoreError) as caught:
        list(store.scan())
    assert caught.value.message == f"Cannot read the sessions folder {store.folder}: permission denied."


def test_reading_never_imports_the_lock_library(store: SessionStore) -> None:
    """filelock costs ~80 ms to import; listing and opening must not pay for it."""
    session = store.create(full_session())
    code = (
        "import sys; from cxworkshop.store import SessionStore; "
        f"s = SessionStore({str(store.folder)!r}); list(s.scan()); s.load({session.id!r}); "
        "print('filelock' in sys.modules, 'tinydb' in sys.modules, 'textual' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False", "False"]
