"""Undoing things: the trash (delete / restore) and the backup (restore_backup).

Nothing here destroys data. Delete moves a session and its backup into ``.trash/``;
restore moves them back; restoring a backup first keeps the current file aside.
"""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

from cxworkshop.domain.models import Session, now_iso
from cxworkshop.store.errors import AmbiguousSession, SessionNotFound, StoreError
from cxworkshop.store.files import list_folder, read_session, revision_hint, write_failed, write_session
from cxworkshop.store.ids import is_safe_name
from cxworkshop.store.locking import session_lock
from cxworkshop.store.paths import (
    SUFFIX,
    backup_file,
    damaged_file,
    id_of,
    session_file,
    trash_dir,
    trash_id,
)
from cxworkshop.store.storage import fsync_dir, remove_temp_files


def _stamp() -> str:
    return time.strftime("%Y%m%dT%H%M%S")


def _unique(candidates: list[Path]) -> Path:
    """The first candidate name not in use (nor its backup's name)."""
    for candidate in candidates:
        if not candidate.exists() and not backup_file(candidate).exists():
            return candidate
    raise FileExistsError(candidates[-1])


def trashed_ids(trash: Path) -> set[str]:
    return {trash_id(p) for p in list_folder(trash).sessions}


def delete(path: Path) -> Path:
    """Move ``path`` (and its backup) into the trash next to it; returns the new place."""
    trash = trash_dir(path.parent)
    session_id = id_of(path) or path.stem
    with session_lock(path):
        remove_temp_files(path)
        if not path.is_file():
            raise SessionNotFound("store.no_file", path=str(path))
        try:
            trash.mkdir(exist_ok=True)
            stamp = _stamp()
            target = _unique(
                [session_file(trash, session_id)]
                + [session_file(trash, f"{session_id}~{stamp}{f'-{n}' if n else ''}") for n in range(100)]
            )
            os.replace(path, target)
            if backup_file(path).exists():
                os.replace(backup_file(path), backup_file(target))
            fsync_dir(trash)
            fsync_dir(path.parent)
        except OSError as exc:
            raise write_failed(path, exc) from exc
    return target


def _pick_from_trash(folder: Path, ref: str) -> tuple[str, Path]:
    trash = trash_dir(folder)
    by_id: dict[str, list[Path]] = {}
    for trashed in list_folder(trash).sessions:
        by_id.setdefault(trash_id(trashed), []).append(trashed)
    if ref in by_id:
        chosen = ref
    else:
        wanted = ref.casefold()
        matches = sorted(i for i in by_id if i.casefold().startswith(wanted)) if ref else []
        if len(matches) > 1:
            raise AmbiguousSession("store.ambiguous", ref=ref, matches=", ".join(matches[:5]), folder=str(trash))
        if not matches:
            raise SessionNotFound("store.not_in_trash", ref=ref, folder=str(trash))
        chosen = matches[0]
    # "<id>.json" was deleted first; "<id>~<stamp>.json" later, and stamps sort by time.
    newest = max(by_id[chosen], key=lambda p: (p.name != f"{chosen}{SUFFIX}", p.name))
    return chosen, newest


def restore(folder: Path, ref: str) -> Path:
    """Move the newest trashed version of ``ref`` back (caller holds the folder lock)."""
    if not isinstance(ref, str) or not is_safe_name(ref.strip()):
        raise SessionNotFound("store.not_in_trash", ref=str(ref), folder=str(trash_dir(folder)))
    session_id, source = _pick_from_trash(folder, ref.strip())
    target = session_file(folder, session_id)
    if target.exists():
        raise StoreError("store.restore_exists", ref=session_id, path=str(target))
    with session_lock(target):
        try:
            os.replace(source, target)
            if backup_file(source).exists() and not backup_file(target).exists():
                os.replace(backup_file(source), backup_file(target))
            fsync_dir(folder)
        except OSError as exc:
            raise write_failed(target, exc) from exc
    return target


def has_backup(path: Path) -> bool:
    return backup_file(path).is_file()


def _set_aside(path: Path) -> Path:
    stamp = _stamp()
    aside = _unique([damaged_file(path, stamp)] + [damaged_file(path, f"{stamp}-{n}") for n in range(1, 100)])
    try:
        os.link(path, aside)
    except OSError:
        shutil.copy2(path, aside)
    return aside


def restore_backup(path: Path) -> Session:
    """Put ``.<id>.json.bak`` back in place of ``path``; the current file is set aside."""
    backup = backup_file(path)
    with session_lock(path):
        remove_temp_files(path)
        if not backup.is_file():
            raise SessionNotFound("store.no_backup", path=str(path))
        session = read_session(backup)
        # Other windows may have seen the version after the backup, or the current file.
        seen = max(session.revision + 1, revision_hint(path))
        try:
            if path.exists():
                _set_aside(path)
        except OSError as exc:
            raise write_failed(path, exc) from exc
        session.id = id_of(path) or session.id
        session.revision = seen + 1
        session.meta.updated_at = now_iso()
        write_session(path, session, backup=False)  # the good backup stays as it is
    return session
