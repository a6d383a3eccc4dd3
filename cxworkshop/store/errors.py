"""Store errors: each names the file and says what the user can do (texts in catalog/store.py).

A parameter may itself be a catalogue text (:class:`Text`), e.g. the reason a write
failed, so the whole message reads in the session's language.
"""

from __future__ import annotations

import errno
from dataclasses import dataclass, field

from cxworkshop.errors import CxError
from cxworkshop.i18n import t


@dataclass(frozen=True)
class Text:
    """A catalogue key with parameters, rendered in the language of the message."""

    key: str
    params: dict[str, object] = field(default_factory=dict)

    def render(self, lang: str) -> str:
        return t(self.key, lang, **self.params)


class StoreError(CxError):
    title_key = "error.title.store"

    def message_in(self, lang: str) -> str:
        params = {k: v.render(lang) if isinstance(v, Text) else v for k, v in self.params.items()}
        return t(self.key, lang, **params)


class SessionNotFound(StoreError):
    title_key = "error.title.not_found"


class AmbiguousSession(StoreError):
    title_key = "error.title.ambiguous"


class CorruptSession(StoreError):
    """The file cannot be read as a session (damaged, unreadable, foreign, newer format)."""

    title_key = "error.title.corrupt"


class ConflictError(StoreError):
    """Another process changed the session and our change could not be re-applied."""

    title_key = "error.title.conflict"


class SessionBusy(StoreError):
    """Another program held the session's lock for too long."""

    title_key = "error.title.busy"


class WriteFailed(StoreError):
    """Disk full, read-only folder, permission denied: the old file is untouched."""

    title_key = "error.title.write_failed"


_ERRNO_REASONS = {
    errno.ENOSPC: "store.reason.disk_full",
    getattr(errno, "EDQUOT", errno.ENOSPC): "store.reason.disk_full",
    errno.EROFS: "store.reason.read_only",
    errno.EACCES: "store.reason.no_permission",
    errno.EPERM: "store.reason.no_permission",
    errno.ENOENT: "store.reason.missing_folder",
    errno.ENOTDIR: "store.reason.missing_folder",
    errno.EEXIST: "store.reason.missing_folder",  # mkdir: a file is in the folder's place
    errno.ENAMETOOLONG: "store.reason.name_too_long",
    errno.EIO: "store.reason.io_error",
}


def os_reason(exc: OSError) -> Text:
    """Why an operating-system call failed, in words the user understands."""
    key = _ERRNO_REASONS.get(exc.errno or 0)
    if key:
        return Text(key)
    return Text("store.reason.other", {"detail": exc.strerror or exc.__class__.__name__})
