"""Session summaries for `cxworkshop list`, with a small cache so a big folder lists fast.

Reading a session means parsing its whole file and adding up its frustration hours;
over 1 000 workshop-sized sessions that takes several hundred milliseconds. The summary
of each file is therefore kept in ``.cxworkshop-list-cache`` inside the sessions folder,
keyed by the file's size, modification time and inode. The store replaces a file
whole on every save (a new inode), so any change, by any program, misses the cache and
the file is read again. The cache is only an optimisation: a missing, unreadable or
outdated cache is rebuilt, and a folder we may not write to is simply listed without one.
Its name matches neither session files nor the store's temp files, so the store ignores it.
"""

from __future__ import annotations

import os
from dataclasses import fields
from pathlib import Path
from typing import Any

import orjson

from cxworkshop import __version__
from cxworkshop.domain.models import SCHEMA_VERSION
from cxworkshop.domain.summary import SessionSummary, summarize
from cxworkshop.store import CorruptSession, SessionNotFound, SessionStore
from cxworkshop.store.paths import is_session_name

CACHE_NAME = ".cxworkshop-list-cache"
REQUIRED = frozenset(f.name for f in fields(SessionSummary))
Broken = tuple[str, str]  # (file name, reason in the user's language)


def cache_version() -> str:
    """Changes whenever a cached summary could mean something else."""
    names = ",".join(f.name for f in fields(SessionSummary))
    return f"{__version__}/{SCHEMA_VERSION}/{names}"


def session_files(folder: Path) -> list[tuple[str, list[int]]]:
    """(file name, cache key) of every session file, sorted by name.

    One ``scandir`` instead of the store's listing plus a ``stat`` per file: sorting
    1 000 ``Path`` objects alone costs more than reading the whole cache.
    """
    found = []
    try:
        entries = os.scandir(folder)
    except (FileNotFoundError, NotADirectoryError):
        return []
    with entries:
        for entry in entries:
            if not is_session_name(entry.name):
                continue
            try:
                st = entry.stat()
            except FileNotFoundError:
                continue  # deleted while we were listing
            found.append((entry.name, [st.st_size, st.st_mtime_ns, st.st_ino]))
    found.sort()
    return found


def read_cache(folder: Path) -> dict[str, Any]:
    try:
        data = orjson.loads((folder / CACHE_NAME).read_bytes())
    except (OSError, ValueError):
        return {}  # no cache yet, or a damaged one: it is rebuilt below
    if not isinstance(data, dict) or data.get("version") != cache_version():
        return {}
    entries = data.get("files")
    return entries if isinstance(entries, dict) else {}


def write_cache(folder: Path, entries: dict[str, Any]) -> None:
    """Replace the cache atomically; a read-only or vanished folder just keeps no cache."""
    if not folder.is_dir():
        return
    target = folder / CACHE_NAME
    partial = folder / f"{CACHE_NAME}.{os.getpid()}.partial"
    try:
        partial.write_bytes(orjson.dumps({"version": cache_version(), "files": entries}))
        os.replace(partial, target)
    except OSError:
        partial.unlink(missing_ok=True)  # listing still works, only slower next time


def _hit(entry: Any, key: list[int]) -> bool:
    return (
        isinstance(entry, dict)
        and entry.get("key") == key
        and isinstance(entry.get("summary"), dict)
        and REQUIRED <= entry["summary"].keys()
    )


def load_summaries(store: SessionStore, lang: str) -> tuple[list[dict[str, Any]], list[Broken]]:
    """Summaries (``SessionSummary.to_dict()``) of the readable sessions, newest change
    first, and the files that could not be read."""
    cached = read_cache(store.folder)
    fresh: dict[str, Any] = {}
    broken: list[Broken] = []
    changed = False
    for name, key in session_files(store.folder):
        entry = cached.get(name)
        if not _hit(entry, key):
            try:
                summary = summarize(store.read_file(store.folder / name)).to_dict()
            except CorruptSession as exc:  # one damaged file never stops the rest
                broken.append((name, exc.message_in(lang)))
                continue
            except SessionNotFound:
                continue
            entry, changed = {"key": key, "summary": summary}, True
        fresh[name] = entry
    if changed or fresh.keys() != cached.keys():
        write_cache(store.folder, fresh)
    summaries = [entry["summary"] for entry in fresh.values()]
    summaries.sort(key=lambda s: s["updated_at"], reverse=True)
    return summaries, broken
