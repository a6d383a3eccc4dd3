"""A TinyDB storage for session files, with the store's atomic writes.

The store reads and writes the tables itself (faster, and without importing TinyDB on
every command); this lets TinyDB open a session file when that is handy, e.g. for a
one-off script: ``TinyDB(path, storage=AtomicJSONStorage)``. Writing through it must
happen while the session's lock is held (see ``locking.session_lock``).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

from cxworkshop.store.storage import atomic_write_bytes, dump, read_json


class AtomicJSONStorage(Storage):
    def __init__(self, path: str | os.PathLike[str], *, keep_backup: bool = True) -> None:
        self.path = Path(path)
        self.keep_backup = keep_backup

    def read(self) -> dict[str, dict[str, Any]] | None:
        try:
            return read_json(self.path)
        except FileNotFoundError:
            return None

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        atomic_write_bytes(self.path, dump(data), backup=self.keep_backup)

    def close(self) -> None:
        pass
