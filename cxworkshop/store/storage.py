"""A TinyDB storage that never leaves a half-written file behind.

TinyDB's default ``JSONStorage`` rewrites the file in place; a kill during that write
can leave a truncated file. Here every write goes to a temporary file in the same
folder, is flushed and fsynced, and then atomically replaces the old file. Before the
replace, the old version is hard-linked aside as the backup (``.<name>.json.bak``).
"""

from __future__ import annotations

import errno
import os
import tempfile
import time
from pathlib import Path
from typing import Any

import orjson
from tinydb.storages import Storage

from cxworkshop.store.paths import backup_file

TEMP_PREFIX = "."
TEMP_SUFFIX = ".tmp"


def read_json(path: Path) -> Any:
    with open(path, "rb") as fh:
        raw = fh.read()
    return orjson.loads(raw) if raw.strip() else None


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # not possible on every platform (e.g. Windows)
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems refuse fsync on a directory; the data itself is synced
    finally:
        os.close(fd)


def _keep_backup(path: Path) -> None:
    """Hard-link the current file aside as the backup (cheap: no copy of the data)."""
    if not path.exists():
        return
    backup = backup_file(path)
    staging = backup.with_name(backup.name + TEMP_SUFFIX)
    try:
        if staging.exists():
            staging.unlink()
        os.link(path, staging)
    except OSError:
        import shutil  # file systems without hard links

        shutil.copy2(path, staging)
    os.replace(staging, backup)


def _replace(src: str, dst: Path) -> None:
    # On Windows os.replace fails while another process holds the target open: retry briefly.
    for attempt in range(20):
        try:
            os.replace(src, dst)
            return
        except PermissionError:
            if os.name != "nt" or attempt == 19:
                raise
            time.sleep(0.05)


def atomic_write_bytes(path: Path, data: bytes, *, keep_backup: bool = True) -> None:
    """Write ``data`` to ``path`` so that ``path`` is always either old or new, never half."""
    folder = path.parent
    folder.mkdir(parents=True, exist_ok=True)  # creates the sessions folder on first write
    fd, tmp = tempfile.mkstemp(prefix=f"{TEMP_PREFIX}{path.name}.", suffix=TEMP_SUFFIX, dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if keep_backup:
            _keep_backup(path)
        _replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError as exc:
            if exc.errno != errno.ENOENT:
                raise
        raise
    _fsync_dir(folder)


def dump(data: Any) -> bytes:
    return orjson.dumps(data, option=orjson.OPT_INDENT_2 | orjson.OPT_NON_STR_KEYS)


class AtomicJSONStorage(Storage):
    """TinyDB storage: orjson, temp file + fsync + ``os.replace``, and a backup."""

    def __init__(self, path: str | os.PathLike[str], *, keep_backup: bool = True) -> None:
        self.path = Path(path)
        self.keep_backup = keep_backup

    def read(self) -> dict[str, dict[str, Any]] | None:
        try:
            return read_json(self.path)
        except FileNotFoundError:
            return None

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        atomic_write_bytes(self.path, dump(data), keep_backup=self.keep_backup)

    def close(self) -> None:
        pass


class ReadOnlyStorage(AtomicJSONStorage):
    """For listing and viewing: refuses to write."""

    def write(self, data: dict[str, dict[str, Any]]) -> None:  # pragma: no cover - guard
        raise PermissionError(f"{self.path} was opened read-only")
