"""Session files on disk (TinyDB, one file per session, crash-safe writes).

Public API: :class:`SessionStore` and the errors below. See ``paths.py`` for what each
file in a sessions folder is, ``storage.py`` for how a write stays crash-safe, and
``migrations.py`` for changing the file format.
"""

from cxworkshop.store.errors import (
    AmbiguousSession,
    ConflictError,
    CorruptSession,
    SessionBusy,
    SessionNotFound,
    StoreError,
    WriteFailed,
)
from cxworkshop.store.files import BrokenFile
from cxworkshop.store.paths import resolve_sessions_dir
from cxworkshop.store.sessions import SessionStore

__all__ = [
    "AmbiguousSession",
    "BrokenFile",
    "ConflictError",
    "CorruptSession",
    "SessionBusy",
    "SessionNotFound",
    "SessionStore",
    "StoreError",
    "WriteFailed",
    "resolve_sessions_dir",
]
