"""Bytes on disk: a write never leaves a half-written session file behind.

TinyDB's own ``JSONStorage`` rewrites the file in place, so a kill during the write can
leave a truncated file. Here a new version is written to a temp file in the same folder,
flushed and fsynced, and then atomically put in place with ``os.replace``; the folder is
fsynced after that so the rename itself survives a power cut. Just before the replace,
the old version is hard-linked aside as the backup (``.<id>.json.bak``): no copy of the
data, and the old inode is never written again because files are only ever replaced.

The temp file has a fixed name per session (``.<id>.json.tmp``). Callers hold that
session's lock (see ``locking.py``), so an existing temp file can only be the leftover
of a writer that was killed, and it is removed.
"""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path
from typing import Any

import orjson

from cxworkshop.store.paths import backup_file, backup_temp_file, temp_file

_DUMP_OPTIONS = orjson.OPT_INDENT_2
_O_BINARY = getattr(os, "O_BINARY", 0)  # Windows


def read_bytes(path: Path) -> bytes:
    with open(path, "rb") as fh:
        return fh.read()


def read_json(path: Path) -> Any:
    """The parsed JSON of ``path``; None for an empty file (ValueError for bad JSON)."""
    raw = read_bytes(path)
    return orjson.loads(raw) if raw.strip() else None


def dump(data: Any) -> bytes:
    """JSON bytes; dataclasses are serialised directly (much faster than ``asdict``)."""
    return orjson.dumps(data, option=_DUMP_OPTIONS)


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX). Not possible everywhere: e.g. Windows
    cannot open a folder, and some network file systems refuse; the data itself is synced."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # see the docstring: the file's own fsync already happened
    finally:
        os.close(fd)


def remove_temp_files(path: Path) -> None:
    """Temp files a killed writer left for ``path`` (the caller holds its lock)."""
    for leftover in (temp_file(path), backup_temp_file(path)):
        try:
            os.unlink(leftover)
        except FileNotFoundError:
            pass


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _write_temp(tmp: Path, data: bytes) -> None:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | _O_BINARY
    try:
        fd = os.open(tmp, flags, 0o644)
    except FileExistsError:  # a killed writer's leftover: we hold the lock, so it is stale
        os.unlink(tmp)
        fd = os.open(tmp, flags, 0o644)
    try:
        _write_all(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)


def keep_backup(path: Path) -> None:
    """Hard-link the current ``path`` aside as its backup (copy where links are impossible).

    Best effort: when no backup can be made the older backup stays, which is still a
    good version, and the save itself goes ahead.
    """
    staging = backup_temp_file(path)
    try:
        try:
            os.link(path, staging)
        except FileExistsError:
            os.unlink(staging)
            os.link(path, staging)
        except FileNotFoundError:
            return  # nothing to back up yet
        except OSError:  # e.g. FAT or some network shares: no hard links
            shutil.copyfile(path, staging)
        os.replace(staging, backup_file(path))
    except OSError:
        try:
            os.unlink(staging)
        except OSError:
            pass


def _replace(src: Path, dst: Path) -> None:
    # On Windows os.replace fails while another process holds the target open: retry briefly.
    for attempt in range(20):
        try:
            os.replace(src, dst)
            return
        except PermissionError:
            if os.name != "nt" or attempt == 19:
                raise
            time.sleep(0.05)


def atomic_write_bytes(path: Path, data: bytes, *, backup: bool = True) -> None:
    """Write ``data`` to ``path`` so that ``path`` is always either old or new, never half.

    The caller holds the session's lock. On any failure the temp file is removed and
    the old file is untouched; the OSError propagates.
    """
    folder = path.parent
    folder.mkdir(parents=True, exist_ok=True)  # creates the sessions folder on first write
    tmp = temp_file(path)
    try:
        _write_temp(tmp, data)
        if backup:
            keep_backup(path)
        _replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass  # never created, or already moved into place
        raise
    fsync_dir(folder)
