"""The session store: one TinyDB file per session in a folder.

Every change goes through :meth:`SessionStore.update`: take the session's cross-process
lock, re-read the file (never trust a cache), apply the change to the fresh data, bump
the revision and write atomically. Readers need no lock because files are only ever
replaced whole. Nothing is created on disk until the first write.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from cxworkshop.domain.models import Meta, Session, now_iso
from cxworkshop.i18n import t
from cxworkshop.store import recovery
from cxworkshop.store.errors import (
    AmbiguousSession,
    ConflictError,
    CorruptSession,
    SessionNotFound,
)
from cxworkshop.store.files import BrokenFile, list_folder, read_session, write_session
from cxworkshop.store.ids import is_safe_id, is_safe_name, new_session_id
from cxworkshop.store.locking import locked, session_lock, try_lock
from cxworkshop.store.paths import (
    SUFFIX,
    folder_lock_file,
    lock_file,
    resolve_sessions_dir,
    session_file,
    session_of_temp,
    trash_dir,
)
from cxworkshop.store.storage import remove_temp_files

STALE_TEMP_SECONDS = 60.0  # a live write takes milliseconds; older temp files are leftovers

Mutation = Callable[[Session], object]
Ref = str | os.PathLike[str]


class SessionStore:
    """All sessions in one folder. Cheap to create; touches the disk only when asked."""

    def __init__(self, folder: Ref | None = None) -> None:
        self.folder = resolve_sessions_dir(folder)

    def __repr__(self) -> str:
        return f"SessionStore({str(self.folder)!r})"

    # -- finding files ---------------------------------------------------------
    def session_paths(self) -> list[Path]:
        """Every session file in the folder, sorted by name."""
        return list_folder(self.folder).sessions

    def ids(self) -> set[str]:
        return {p.name[: -len(SUFFIX)] for p in self.session_paths()}

    def path_for(self, session_id: str) -> Path:
        """The file of ``session_id`` inside the folder (SessionNotFound for an unsafe id)."""
        if not isinstance(session_id, str) or not is_safe_name(session_id):
            raise SessionNotFound("store.bad_id", ref=str(session_id), folder=str(self.folder))
        return session_file(self.folder, session_id)

    def resolve(self, ref: Ref) -> Path:
        """A session file from an id, a unique id prefix, or a path to a file."""
        text = os.fspath(ref).strip() if isinstance(ref, str) else os.fspath(ref)
        looks_like_path = not isinstance(ref, str) or text.endswith(SUFFIX) or _has_separator(text)
        if looks_like_path:
            for candidate in (Path(text).expanduser(), self.folder / text):
                if candidate.is_file():
                    return candidate.absolute()
            raise SessionNotFound("store.no_file", path=text)
        if is_safe_name(text):
            exact = session_file(self.folder, text)
            if exact.is_file():
                return exact
            wanted = text.casefold()
            matches = [p for p in self.session_paths() if p.name.casefold().startswith(wanted)]
            if len(matches) == 1:
                return matches[0]
            if len(matches) > 1:
                names = ", ".join(p.name[: -len(SUFFIX)] for p in matches[:5])
                raise AmbiguousSession("store.ambiguous", ref=text, matches=names, folder=str(self.folder))
        raise SessionNotFound("store.not_found", ref=text, folder=str(self.folder))

    # -- reading ---------------------------------------------------------------
    @staticmethod
    def read_file(path: Ref) -> Session:
        """Load one session file (CorruptSession names the file and what is wrong)."""
        return read_session(Path(path))

    def load(self, ref: Ref) -> Session:
        return read_session(self.resolve(ref))

    def scan(self) -> Iterator[Session | BrokenFile]:
        """Every session file in the folder, readable or not, sorted by file name.

        One bad file never stops the rest: it is yielded as a :class:`BrokenFile`.
        Temp files left by killed writers more than a minute ago are removed first.
        """
        listing = list_folder(self.folder)
        self._remove_stale_temps(listing.temps)
        for path in listing.sessions:
            try:
                yield read_session(path)
            except CorruptSession as exc:
                yield BrokenFile(path, exc.message, exc)
            except SessionNotFound:
                continue  # deleted between listing and reading

    # -- writing ---------------------------------------------------------------
    def create(self, session: Session) -> Session:
        """Write a new session file; an id that is unsafe or taken is replaced by a fresh one."""
        with locked(folder_lock_file(self.folder), self.folder):
            taken = self.ids() | self.trashed_ids()
            folded = {name.casefold() for name in taken}
            if not is_safe_id(session.id) or session.id.casefold() in folded:
                session.id = new_session_id(session.meta.title, taken)
            path = session_file(self.folder, session.id)
            session.revision = 1
            with session_lock(path):
                remove_temp_files(path)
                write_session(path, session, backup=False)
        return session

    def new_session(self, meta: Meta) -> Session:
        """Create and save a new, empty session."""
        return self.create(Session(id="", meta=meta))

    def update(self, ref: Ref, mutation: Mutation, base_revision: int | None = None) -> Session:
        """Apply ``mutation`` to the freshest version of the session and save it.

        ``base_revision`` is the revision the caller's change was made against. When
        another process saved in the meantime the change is applied to the fresh data
        (mutations find items by id). If it no longer applies (``mutation`` raises
        LookupError: its item was deleted elsewhere) a :class:`ConflictError` explains
        it and nothing is written. Returns the saved session.
        """
        path = self.resolve(ref)
        with session_lock(path):
            remove_temp_files(path)
            try:
                session = read_session(path)
            except SessionNotFound:  # deleted by another program since we found it
                raise SessionNotFound("store.gone", path=str(path)) from None
            current, session_id = session.revision, session.id
            try:
                mutation(session)
            except LookupError as exc:
                if base_revision is not None and base_revision == current:
                    raise  # the item was never there: a bug in the caller, not a conflict
                raise ConflictError("store.conflict_gone", title=session.meta.title, path=str(path)) from exc
            session.id = session_id  # a mutation cannot move the session to another file
            session.revision = current + 1
            session.meta.updated_at = now_iso()
            write_session(path, session)
        return session

    def replace(self, session: Session, base_revision: int | None = None) -> Session:
        """Save a whole session object; refused if the file moved on since ``base_revision``
        (default: ``session.revision``), or was deleted meanwhile."""
        path = self.path_for(session.id)
        expected = session.revision if base_revision is None else base_revision
        with session_lock(path):
            remove_temp_files(path)
            if path.exists():
                current = read_session(path).revision
            elif expected == 0:
                current = 0
            else:
                raise SessionNotFound("store.gone", path=str(path))
            if current != expected:
                raise ConflictError(
                    "store.conflict_stale", title=session.meta.title, path=str(path),
                    yours=expected, theirs=current,
                )
            session.revision = current + 1
            session.meta.updated_at = now_iso()
            write_session(path, session)
        return session

    def duplicate(self, ref: Ref, title: str | None = None) -> Session:
        """A new session with the same content under a new id (and title).

        Without ``title`` the copy is called "<title> (copy)" in the *session's* language
        ("(kopie)" for a Dutch session, whatever the interface language), kept within the
        longest text a field may hold.
        """
        from cxworkshop.domain.validation import MAX_TEXT

        copy = self.load(ref)
        copy.meta.title = title or t("store.copy_title", copy.lang, title=copy.meta.title)[:MAX_TEXT]
        copy.meta.created_at = copy.meta.updated_at = now_iso()
        copy.id = ""
        return self.create(copy)

    # -- trash and backups -----------------------------------------------------
    def trashed_ids(self) -> set[str]:
        return recovery.trashed_ids(trash_dir(self.folder))

    def delete(self, ref: Ref) -> Path:
        """Move the session file (and its backup) to ``.trash/``; see :meth:`restore`."""
        return recovery.delete(self.resolve(ref))

    def restore(self, ref: str) -> Session:
        """Bring a deleted session back from the trash."""
        with locked(folder_lock_file(self.folder), self.folder):
            path = recovery.restore(self.folder, ref)
        return read_session(path)

    def restore_backup(self, ref: Ref) -> Session:
        """Put the previous good version back, with a revision above any seen before.

        The current (damaged) file is kept aside as ``.<id>.json.damaged-<time>``.
        """
        text = os.fspath(ref)
        if isinstance(ref, str) and is_safe_name(text) and not text.endswith(SUFFIX):
            path = session_file(self.folder, text)  # works even when the file itself is gone
            if not path.exists() and not recovery.has_backup(path):
                path = self.resolve(ref)
        else:
            path = self.resolve(ref)
        return recovery.restore_backup(path)

    # -- housekeeping ----------------------------------------------------------
    def clean_stale_temp_files(self) -> int:
        """Remove temp files left by killed writers more than a minute ago."""
        return self._remove_stale_temps(list_folder(self.folder).temps)

    def _remove_stale_temps(self, temps: list[tuple[Path, float]]) -> int:
        cutoff = time.time() - STALE_TEMP_SECONDS
        removed = 0
        for tmp, mtime in temps:
            owner = session_of_temp(tmp.name)
            if mtime >= cutoff or owner is None:
                continue
            lock = try_lock(lock_file(tmp.with_name(owner)))
            if lock is None:
                continue  # being written right now, or the folder is read-only: leave it
            try:
                tmp.unlink(missing_ok=True)
                removed += 1
            except OSError:
                continue  # cannot remove (read-only folder); harmless, it is never read
            finally:
                lock.release()  # type: ignore[attr-defined]
        return removed


def _has_separator(text: str) -> bool:
    return os.sep in text or bool(os.altsep and os.altsep in text) or "/" in text
