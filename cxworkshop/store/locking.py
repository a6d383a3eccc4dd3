"""Cross-process locks around every write.

One lock per session file (``.<id>.json.lock``) and one for the folder
(``.folder.lock``, held while a new session file is added so two programs never pick
the same id). Lock order is always folder first, then session.

The lock files stay in place after release: removing a lock file while another
process waits on it would let two writers in. ``filelock`` is imported here, on
first use, because it costs ~80 ms and only writers need it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

from cxworkshop.store.errors import SessionBusy, WriteFailed, os_reason
from cxworkshop.store.paths import lock_file

LOCK_TIMEOUT = 10.0  # seconds; a write takes milliseconds, so this means something is stuck
POLL_INTERVAL = 0.002  # seconds between attempts while another process writes


@contextmanager
def locked(lock_path: Path, shown_path: Path, *, timeout: float = LOCK_TIMEOUT) -> Iterator[None]:
    """Hold the lock at ``lock_path``; errors name ``shown_path`` (the file the user knows).

    Creates the folder if needed (a lock is only taken to write).
    """
    from filelock import FileLock, Timeout

    lock = FileLock(lock_path)
    try:
        lock_path.parent.mkdir(parents=True, exist_ok=True)
        lock.acquire(timeout=timeout, poll_interval=POLL_INTERVAL)
    except Timeout:
        raise SessionBusy("store.locked", path=str(shown_path)) from None
    except OSError as exc:
        raise WriteFailed("store.write_failed", path=str(shown_path), reason=os_reason(exc)) from exc
    try:
        yield
    finally:
        lock.release()


def session_lock(path: Path, *, timeout: float = LOCK_TIMEOUT) -> AbstractContextManager[None]:
    """The lock of one session file."""
    return locked(lock_file(path), path, timeout=timeout)


def try_lock(lock_path: Path) -> object | None:
    """Take ``lock_path`` only if it is free right now; the held lock, or None."""
    from filelock import FileLock, Timeout

    lock = FileLock(lock_path)
    try:
        lock.acquire(timeout=0)
    except (Timeout, OSError):
        return None
    return lock
