"""Store errors: each names the file and says what the user can do (texts in catalog/store.py)."""

from __future__ import annotations

from cxworkshop.errors import CxError


class StoreError(CxError):
    title_key = "error.title.store"


class SessionNotFound(StoreError):
    title_key = "error.title.not_found"


class AmbiguousSession(StoreError):
    title_key = "error.title.ambiguous"


class CorruptSession(StoreError):
    title_key = "error.title.corrupt"


class ConflictError(StoreError):
    """Another process changed the session and our change could not be re-applied."""

    title_key = "error.title.conflict"


class WriteFailed(StoreError):
    """Disk full, read-only folder, permission denied: the old file is untouched."""

    title_key = "error.title.write_failed"
