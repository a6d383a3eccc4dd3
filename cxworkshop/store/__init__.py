"""Session files on disk (TinyDB, one file per session, crash-safe writes)."""

from cxworkshop.store.errors import (
    AmbiguousSession,
    ConflictError,
    CorruptSession,
    SessionNotFound,
    StoreError,
    WriteFailed,
)
from cxworkshop.store.paths import resolve_sessions_dir
from cxworkshop.store.sessions import BrokenFile, SessionStore

__all__ = [
    "AmbiguousSession",
    "BrokenFile",
    "ConflictError",
    "CorruptSession",
    "SessionNotFound",
    "SessionStore",
    "StoreError",
    "WriteFailed",
    "resolve_sessions_dir",
]
