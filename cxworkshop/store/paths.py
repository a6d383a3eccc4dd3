"""Where sessions live. Nothing here touches the disk except the functions that say so."""

from __future__ import annotations

import os
from pathlib import Path

ENV_VAR = "CXWORKSHOP_SESSIONS_DIR"
DEFAULT_DIRNAME = "sessions"
TRASH_DIRNAME = ".trash"
SUFFIX = ".json"
BACKUP_SUFFIX = ".json.bak"


def resolve_sessions_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The sessions folder: ``explicit`` (``--sessions-dir``), else $CXWORKSHOP_SESSIONS_DIR,
    else ``./sessions``. Returned as an absolute path; the folder is not created."""
    chosen = explicit or os.environ.get(ENV_VAR) or DEFAULT_DIRNAME
    return Path(chosen).expanduser().absolute()


def session_file(folder: Path, session_id: str) -> Path:
    return folder / f"{session_id}{SUFFIX}"


def backup_file(path: Path) -> Path:
    """The previous good version of ``path`` (a hidden file next to it)."""
    return path.with_name(f".{path.stem}{BACKUP_SUFFIX}")


def lock_file(path: Path) -> Path:
    return path.with_name(f".{path.stem}.lock")


def trash_dir(folder: Path) -> Path:
    return folder / TRASH_DIRNAME
