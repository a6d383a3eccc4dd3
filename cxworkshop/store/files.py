"""Reading and writing one session file, and listing a folder.

Every way a file can be bad becomes a :class:`CorruptSession` that names the file and
says what is wrong; nothing here ever changes a file it could not read.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

import orjson

from cxworkshop.domain.models import Session
from cxworkshop.store import layout
from cxworkshop.store.errors import (
    CorruptSession,
    SessionNotFound,
    StoreError,
    WriteFailed,
    os_reason,
)
from cxworkshop.store.migrations import NewerSchema, NoMigration, migrate
from cxworkshop.store.paths import TEMP_SUFFIX, id_of, is_session_name
from cxworkshop.store.storage import atomic_write_bytes, dump, read_bytes

_REVISION = re.compile(rb'"revision"\s*:\s*(\d{1,15})')


@dataclass(frozen=True)
class BrokenFile:
    """A file in the folder that could not be read as a session.

    ``reason`` is the English message; ``error.message_in(lang)`` gives it in the
    session's or the user's language.
    """

    path: Path
    reason: str
    error: StoreError | None = None

    @property
    def name(self) -> str:
        return self.path.name


def read_session(path: Path) -> Session:
    """Load a session file, migrating an old schema in memory."""
    try:
        data = read_bytes(path)
    except FileNotFoundError:
        raise SessionNotFound("store.no_file", path=str(path)) from None
    except IsADirectoryError:
        raise CorruptSession("store.not_a_file", path=str(path)) from None
    except OSError as exc:
        raise CorruptSession("store.unreadable", path=str(path), reason=os_reason(exc)) from exc
    return parse_session(path, data)


def parse_session(path: Path, data: bytes) -> Session:
    """The session in ``data`` (the bytes of ``path``); its id is the file's name."""
    shown = str(path)
    if not data.strip():
        raise CorruptSession("store.empty", path=shown)
    try:
        raw = orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        if "UTF-8" in exc.msg:
            raise CorruptSession("store.not_text", path=shown) from exc
        raise CorruptSession("store.corrupt", path=shown, line=exc.lineno, column=exc.colno) from exc
    try:
        session = layout.from_tables(migrate(raw))
    except NewerSchema as exc:
        raise CorruptSession("store.newer_schema", path=shown, version=exc.found) from exc
    except NoMigration as exc:
        raise CorruptSession("store.no_migration", path=shown, version=exc.found) from exc
    except layout.MalformedTable as exc:
        raise CorruptSession("store.malformed", path=shown, table=exc.table) from exc
    except ValueError as exc:
        raise CorruptSession("store.foreign", path=shown) from exc
    session.id = id_of(path) or session.id
    return session


def revision_hint(path: Path) -> int:
    """The highest revision a (possibly damaged) file mentions; 0 if none can be found."""
    try:
        data = read_bytes(path)
    except OSError:
        return 0
    try:
        return parse_session(path, data).revision
    except StoreError:
        return max((int(m.group(1)) for m in _REVISION.finditer(data)), default=0)


def write_session(path: Path, session: Session, *, backup: bool = True) -> None:
    """Write ``session`` to ``path`` atomically (the caller holds the session's lock)."""
    data = dump(layout.to_tables(session))
    try:
        atomic_write_bytes(path, data, backup=backup)
    except OSError as exc:
        raise WriteFailed("store.write_failed", path=str(path), reason=os_reason(exc)) from exc


def write_failed(path: Path, exc: OSError) -> WriteFailed:
    return WriteFailed("store.write_failed", path=str(path), reason=os_reason(exc))


def unreadable_folder(folder: Path, exc: OSError) -> StoreError:
    return StoreError("store.folder_unreadable", path=str(folder), reason=os_reason(exc))


@dataclass
class FolderListing:
    """One pass over the folder: the session files (sorted) and leftover temp files."""

    sessions: list[Path]
    temps: list[tuple[Path, float]]


def list_folder(folder: Path) -> FolderListing:
    """Session files and temp files in ``folder`` (empty if it does not exist yet)."""
    names: list[str] = []
    temps: list[tuple[Path, float]] = []
    try:
        entries = os.scandir(folder)
    except (FileNotFoundError, NotADirectoryError):
        return FolderListing([], temps)
    except OSError as exc:
        raise unreadable_folder(folder, exc) from exc
    with entries:
        for entry in entries:
            name = entry.name
            if is_session_name(name):
                names.append(name)
            elif name.startswith(".") and name.endswith(TEMP_SUFFIX):
                try:
                    temps.append((Path(entry.path), entry.stat().st_mtime))
                except OSError:
                    continue  # gone already
    names.sort()
    return FolderListing([folder / name for name in names], temps)
