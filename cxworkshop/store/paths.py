"""Where sessions live and what every file in the folder is called.

Nothing here touches the disk. A sessions folder looks like this::

    sessions/
      acme-kick-off-3k2a.json           the session (TinyDB tables, see layout.py)
      .acme-kick-off-3k2a.json.bak      the previous good version (hard link)
      .acme-kick-off-3k2a.json.lock     cross-process lock of that session (kept, empty)
      .acme-kick-off-3k2a.json.tmp      only while a write is under way (or after a kill)
      .acme-kick-off-3k2a.json.damaged-20250101T101500
                                        a damaged file set aside by restore_backup
      .folder.lock                      held while a new session file is added
      .trash/acme-old-7h2c.json         deleted sessions (restorable)

Only non-hidden ``*.json`` files are sessions. A session's id is its file name
without ``.json``, so copying a file in the folder gives a second, separate session.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

ENV_VAR = "CXWORKSHOP_SESSIONS_DIR"
DEFAULT_DIRNAME = "sessions"
TRASH_DIRNAME = ".trash"
FOLDER_LOCK_NAME = ".folder.lock"
SUFFIX = ".json"
BACKUP_SUFFIX = ".bak"
TEMP_SUFFIX = ".tmp"
LOCK_SUFFIX = ".lock"
DAMAGED_MARK = ".damaged-"

# A deleted session whose name was already in the trash gets a time stamp: "<id>~<stamp>.json".
_TRASH_STAMP = re.compile(r"^(?P<id>.+)~\d{8}T\d{6}(-\d+)?$")


def resolve_sessions_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The sessions folder: ``explicit`` (``--sessions-dir``), else $CXWORKSHOP_SESSIONS_DIR,
    else ``./sessions``. Returned as an absolute path; the folder is not created."""
    chosen = explicit or os.environ.get(ENV_VAR) or DEFAULT_DIRNAME
    return Path(chosen).expanduser().absolute()


def session_file(folder: Path, session_id: str) -> Path:
    return folder / f"{session_id}{SUFFIX}"


def is_session_name(name: str) -> bool:
    """True for the name of a session file (``<id>.json``, not hidden)."""
    return name.endswith(SUFFIX) and not name.startswith(".") and len(name) > len(SUFFIX)


def _hidden(path: Path, suffix: str) -> Path:
    return path.with_name(f".{path.name}{suffix}")


def backup_file(path: Path) -> Path:
    """The previous good version of ``path``: ``.<id>.json.bak`` next to it."""
    return _hidden(path, BACKUP_SUFFIX)


def temp_file(path: Path) -> Path:
    """Where a new version of ``path`` is written before it replaces it (lock held)."""
    return _hidden(path, TEMP_SUFFIX)


def backup_temp_file(path: Path) -> Path:
    return _hidden(path, BACKUP_SUFFIX + TEMP_SUFFIX)


def lock_file(path: Path) -> Path:
    """The cross-process lock of one session file."""
    return _hidden(path, LOCK_SUFFIX)


def folder_lock_file(folder: Path) -> Path:
    """The lock held while a session file is added to ``folder`` (create, restore)."""
    return folder / FOLDER_LOCK_NAME


def damaged_file(path: Path, stamp: str) -> Path:
    return _hidden(path, f"{DAMAGED_MARK}{stamp}")


def trash_dir(folder: Path) -> Path:
    return folder / TRASH_DIRNAME


def session_of_temp(temp_name: str) -> str | None:
    """``.x.json.tmp`` or ``.x.json.bak.tmp`` -> ``x.json`` (the session file it belongs to)."""
    if not (temp_name.startswith(".") and temp_name.endswith(TEMP_SUFFIX)):
        return None
    end = temp_name.find(SUFFIX + ".")
    return temp_name[1 : end + len(SUFFIX)] if end > 1 else None


def id_of(path: Path) -> str | None:
    """The session id a file stands for, from its name; None when the name does not say.

    ``x.json`` -> ``x``; in the trash ``x~20250101T101500.json`` -> ``x``; the backup
    ``.x.json.bak`` and a set-aside ``.x.json.damaged-...`` -> ``x``.
    """
    name = path.name
    if is_session_name(name):
        stem = name[: -len(SUFFIX)]
        match = _TRASH_STAMP.match(stem) if path.parent.name == TRASH_DIRNAME else None
        return match.group("id") if match else stem
    if name.startswith(".") and SUFFIX + "." in name:
        rest = name[1:].split(SUFFIX + ".", 1)[1]
        if rest == BACKUP_SUFFIX[1:] or rest.startswith(DAMAGED_MARK[1:]):
            return name[1:].split(SUFFIX + ".", 1)[0]
    return None


def trash_id(trashed: Path) -> str:
    """The id a trashed file had before it was deleted."""
    return id_of(trashed) or trashed.stem
