"""The session store: one TinyDB file per session in a folder.

Every change goes through :meth:`SessionStore.update`: take the cross-process lock,
re-read the file (never trust a cache), re-apply the change on the fresh data, bump
the revision and write atomically. Readers never need the lock because files are
only ever replaced whole.
"""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from cxworkshop.domain.models import Meta, Session, now_iso
from cxworkshop.store import layout
from cxworkshop.store.errors import (
    AmbiguousSession,
    ConflictError,
    CorruptSession,
    SessionNotFound,
    StoreError,
    WriteFailed,
)
from cxworkshop.store.ids import is_safe_id, new_session_id
from cxworkshop.store.migrations import NewerSchema, migrate
from cxworkshop.store.paths import (
    SUFFIX,
    backup_file,
    lock_file,
    resolve_sessions_dir,
    session_file,
    trash_dir,
)
from cxworkshop.store.storage import TEMP_SUFFIX, AtomicJSONStorage, read_json

LOCK_TIMEOUT = 10.0
STALE_TEMP_SECONDS = 60.0

Mutation = Callable[[Session], object]


@dataclass(frozen=True)
class BrokenFile:
    """A file in the folder that could not be read as a session."""

    path: Path
    reason: str

    @property
    def name(self) -> str:
        return self.path.name


class SessionStore:
    """All sessions in one folder. Cheap to create; touches the disk only when asked."""

    def __init__(self, folder: str | os.PathLike[str] | None = None) -> None:
        self.folder = resolve_sessions_dir(folder)

    # -- finding files ---------------------------------------------------------
    def session_paths(self) -> list[Path]:
        if not self.folder.is_dir():
            return []
        return sorted(
            p for p in self.folder.iterdir() if p.suffix == SUFFIX and not p.name.startswith(".")
        )

    def path_for(self, session_id: str) -> Path:
        if not is_safe_id(session_id):
            raise SessionNotFound("store.bad_id", ref=session_id)
        return session_file(self.folder, session_id)

    def resolve(self, ref: str | os.PathLike[str]) -> Path:
        """A session file from an id, a unique id prefix, or a path to a file."""
        text = os.fspath(ref).strip()
        candidate = Path(text).expanduser()
        if text.endswith(SUFFIX) or os.sep in text or (os.altsep and os.altsep in text):
            if candidate.is_file():
                return candidate.absolute()
            raise SessionNotFound("store.no_file", path=text)
        if is_safe_id(text):
            exact = session_file(self.folder, text)
            if exact.is_file():
                return exact
            matches = [p for p in self.session_paths() if p.stem.startswith(text)]
            if len(matches) == 1:
                return matches[0]
            if len(matches) > 1:
                names = ", ".join(p.stem for p in matches[:5])
                raise AmbiguousSession("store.ambiguous", ref=text, matches=names)
        raise SessionNotFound("store.not_found", ref=text, folder=str(self.folder))

    # -- reading ---------------------------------------------------------------
    @staticmethod
    def read_file(path: Path) -> Session:
        """Load a session file (migrating old schemas in memory)."""
        try:
            raw = read_json(path)
        except FileNotFoundError:
            raise SessionNotFound("store.no_file", path=str(path)) from None
        except OSError as exc:
            raise CorruptSession("store.unreadable", path=str(path), reason=exc.strerror or str(exc)) from exc
        except ValueError as exc:  # orjson.JSONDecodeError is a ValueError
            raise CorruptSession("store.corrupt", path=str(path), reason=str(exc).split(":")[0]) from exc
        try:
            return layout.from_tables(migrate(raw))
        except NewerSchema as exc:
            raise CorruptSession("store.newer_schema", path=str(path), version=exc.found) from exc
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise CorruptSession("store.foreign", path=str(path), reason=str(exc)[:80]) from exc

    def load(self, ref: str | os.PathLike[str]) -> Session:
        return self.read_file(self.resolve(ref))

    def scan(self) -> Iterator[Session | BrokenFile]:
        """Every file in the folder, readable or not; one bad file never stops the rest."""
        self.clean_stale_temp_files()
        for path in self.session_paths():
            try:
                yield self.read_file(path)
            except CorruptSession as exc:
                yield BrokenFile(path, exc.message)
            except SessionNotFound:
                continue  # deleted between listing and reading

    def ids(self) -> set[str]:
        return {p.stem for p in self.session_paths()}

    # -- writing ---------------------------------------------------------------
    @contextmanager
    def _locked(self, path: Path) -> Iterator[None]:
        from filelock import FileLock, Timeout  # imported here: ~80 ms, only writers pay

        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            lock = FileLock(lock_file(path), timeout=LOCK_TIMEOUT)
            lock.acquire()
        except Timeout:
            raise StoreError("store.locked", path=str(path)) from None
        except OSError as exc:
            raise WriteFailed("store.write_failed", path=str(path), reason=_reason(exc)) from exc
        try:
            self._remove_temp_files(path)
            yield
        finally:
            lock.release()

    def _write(self, path: Path, session: Session) -> None:
        try:
            AtomicJSONStorage(path).write(layout.to_tables(session))
        except OSError as exc:
            raise WriteFailed("store.write_failed", path=str(path), reason=_reason(exc)) from exc

    def create(self, session: Session) -> Session:
        """Write a new session; a taken id is replaced by a fresh one."""
        with self._locked(session_file(self.folder, "_create")):
            taken = self.ids() | self.trashed_ids()
            if not is_safe_id(session.id) or session.id in taken:
                session.id = new_session_id(session.meta.title, taken)
            session.revision = 1
            self._write(self.path_for(session.id), session)
        return session

    def new_session(self, meta: Meta) -> Session:
        return self.create(Session(id=new_session_id(meta.title, self.ids()), meta=meta))

    def update(
        self, ref: str | os.PathLike[str], mutate: Mutation, *, base_revision: int | None = None
    ) -> Session:
        """Apply ``mutate`` to the freshest version of the session and save it.

        ``base_revision`` is the revision the caller's change was made against. When
        another process saved in the meantime, the change is re-applied on the fresh
        data; if it no longer applies (``mutate`` raises LookupError, e.g. the item was
        deleted elsewhere) a :class:`ConflictError` explains it and nothing is written.
        """
        path = self.resolve(ref)
        with self._locked(path):
            session = self.read_file(path)
            try:
                mutate(session)
            except LookupError as exc:
                if base_revision is not None and base_revision != session.revision:
                    raise ConflictError("store.conflict", title=session.meta.title) from exc
                raise
            session.revision += 1
            session.meta.updated_at = now_iso()
            self._write(path, session)
        return session

    def replace(self, session: Session, *, base_revision: int | None = None) -> Session:
        """Save a whole session object; refused if the file moved on since ``base_revision``."""
        path = self.path_for(session.id)
        with self._locked(path):
            current = self.read_file(path).revision if path.exists() else 0
            expected = session.revision if base_revision is None else base_revision
            if current != expected:
                raise ConflictError("store.conflict", title=session.meta.title)
            session.revision = current + 1
            session.meta.updated_at = now_iso()
            self._write(path, session)
        return session

    def duplicate(self, ref: str | os.PathLike[str], title: str | None = None) -> Session:
        copy = self.load(ref)
        copy.meta.title = title or copy.meta.title
        copy.meta.created_at = copy.meta.updated_at = now_iso()
        copy.id = ""
        return self.create(copy)

    # -- trash and backups -----------------------------------------------------
    def trashed_ids(self) -> set[str]:
        trash = trash_dir(self.folder)
        return {p.stem for p in trash.glob(f"*{SUFFIX}")} if trash.is_dir() else set()

    def delete(self, ref: str | os.PathLike[str]) -> Path:
        """Move the session file to ``.trash/`` (restorable with :meth:`restore`)."""
        path = self.resolve(ref)
        target = trash_dir(path.parent) / path.name
        try:
            target.parent.mkdir(exist_ok=True)
            if target.exists():
                target = target.with_name(f"{path.stem}.{int(time.time())}{SUFFIX}")
            with self._locked(path):
                os.replace(path, target)
        except OSError as exc:
            raise WriteFailed("store.write_failed", path=str(path), reason=_reason(exc)) from exc
        return target

    def restore(self, ref: str) -> Session:
        """Bring a session back from the trash."""
        trash = trash_dir(self.folder)
        matches = sorted(trash.glob(f"{ref}*{SUFFIX}")) if trash.is_dir() and is_safe_id(ref) else []
        if not matches:
            raise SessionNotFound("store.not_in_trash", ref=ref, folder=str(trash))
        source = matches[-1]
        session = self.read_file(source)
        if session.id in self.ids():
            raise StoreError("store.restore_exists", ref=session.id)
        target = self.path_for(session.id)
        try:
            os.replace(source, target)
        except OSError as exc:
            raise WriteFailed("store.write_failed", path=str(target), reason=_reason(exc)) from exc
        return session

    def restore_backup(self, ref: str | os.PathLike[str]) -> Session:
        """Put the previous good version back; the current file is kept aside as ``.broken``."""
        text = os.fspath(ref)
        path = session_file(self.folder, text) if is_safe_id(text) else Path(text)
        if not path.exists():
            path = self.resolve(ref)
        backup = backup_file(path)
        if not backup.exists():
            raise SessionNotFound("store.no_backup", path=str(path))
        session = self.read_file(backup)
        with self._locked(path):
            if path.exists():
                shutil.copy2(path, path.with_name(f".{path.stem}.broken-{int(time.time())}"))
            self._write(path, session)
        return session

    # -- housekeeping ----------------------------------------------------------
    def _remove_temp_files(self, path: Path) -> None:
        """Temp files left by a writer that was killed (called while holding the lock)."""
        for tmp in path.parent.glob(f".{path.name}.*{TEMP_SUFFIX}"):
            tmp.unlink(missing_ok=True)

    def clean_stale_temp_files(self) -> int:
        """Remove temp files older than a minute (a live writer never takes that long)."""
        if not self.folder.is_dir():
            return 0
        removed = 0
        cutoff = time.time() - STALE_TEMP_SECONDS
        for tmp in self.folder.glob(f".*{TEMP_SUFFIX}"):
            try:
                if tmp.stat().st_mtime < cutoff:
                    tmp.unlink()
                    removed += 1
            except OSError:
                continue
        return removed


def _reason(exc: OSError) -> str:
    return exc.strerror or exc.__class__.__name__
