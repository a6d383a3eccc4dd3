"""SIGKILL a real writer at random moments: no session file is ever corrupt, no save that
completed is lost, and the temp files killed writers leave behind are cleaned up."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from cxworkshop.domain import edits
from cxworkshop.domain.models import Frustration
from cxworkshop.store import BrokenFile, SessionStore
from cxworkshop.store.files import read_session
from tests.store.helpers import full_session, stray_temp_files

WORKERS = Path(__file__).with_name("workers.py")
KILLS = 60


class Writers:
    """Starts writer processes on request (forked from one factory process, see
    workers.run_hammer) so that each kill costs milliseconds, not a Python start-up."""

    def __init__(self, folder: Path, ids: list[str]) -> None:
        self.factory = subprocess.Popen(
            [sys.executable, str(WORKERS), "hammer", str(folder), *ids],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        assert self.factory.stdin is not None and self.factory.stdout is not None
        self.stdin, self.stdout = self.factory.stdin, self.factory.stdout
        assert self.stdout.readline().strip() == "ready"

    def kill_at_a_random_moment(self, rng: random.Random) -> dict[str, int]:
        """Start a writer, let it complete a random number of saves, then SIGKILL it.

        Returns the highest revision per session that the writer reported as saved.
        """
        self.stdin.write("go\n")
        self.stdin.flush()
        kind, pid = self.stdout.readline().split()
        assert kind == "pid"
        acked: dict[str, int] = {}

        def note(line: str) -> None:
            assert not line.startswith("dead"), "the writer died by itself: see its stderr"
            session_id, revision = line.split()
            acked[session_id] = max(acked.get(session_id, 0), int(revision))

        try:
            for _ in range(rng.randint(0, 3)):  # wait for that many completed saves
                note(self.stdout.readline())
            # then let it run into the middle of a further save: a random delay, not a synchronisation
            time.sleep(rng.uniform(0, 0.004))
        finally:
            os.kill(int(pid), signal.SIGKILL)
        while not (line := self.stdout.readline()).startswith("dead"):
            note(line)  # saves it reported between our last read and the kill
        assert os.waitstatus_to_exitcode(int(line.split()[1])) == -signal.SIGKILL
        return acked

    def close(self) -> None:
        self.stdin.close()
        try:
            self.factory.wait(timeout=30)
        finally:
            if self.factory.poll() is None:
                self.factory.kill()
        assert self.factory.returncode == 0, self.factory.stderr.read()  # type: ignore[union-attr]


@pytest.fixture
def writers(store: SessionStore) -> Iterator[Callable[[list[str]], Writers]]:
    started: list[Writers] = []

    def start(ids: list[str]) -> Writers:
        started.append(Writers(store.folder, ids))
        return started[-1]

    yield start
    for factory in started:
        factory.close()


@pytest.mark.slow
def test_sigkill_during_saves_never_corrupts_a_file(
    store: SessionStore, writers: Callable[[list[str]], Writers]
) -> None:
    big = full_session("Big one", frustrations=300)
    ids = [store.create(big).id, store.create(full_session("Small one")).id]
    rng = random.Random(20250101)
    seen: dict[str, int] = {}
    kills_with_leftovers = 0
    factory = writers(ids)

    for _ in range(KILLS):
        before = set(stray_temp_files(store.folder))
        for session_id, revision in factory.kill_at_a_random_moment(rng).items():
            seen[session_id] = max(seen.get(session_id, 0), revision)
        if set(stray_temp_files(store.folder)) - before:
            kills_with_leftovers += 1
        listed = list(store.scan())
        broken = [x for x in listed if isinstance(x, BrokenFile)]
        assert broken == [], broken
        revisions = {s.id: s.revision for s in listed if not isinstance(s, BrokenFile)}
        for session_id, revision in seen.items():
            assert revisions[session_id] >= revision  # a completed save is never lost
        for backup in store.folder.glob(".*.json.bak"):
            read_session(backup)  # backups are whole files too

    assert len(seen) > len(ids)  # the writers also created sessions while being killed
    # the kills did land in the middle of writes (they left temp files behind)...
    assert kills_with_leftovers > 0, kills_with_leftovers
    print(f"{KILLS} kills, {kills_with_leftovers} left a temp file, {len(seen)} sessions")
    # ...and a writer removes a session's leftover under that session's lock
    for session_id in seen:
        store.update(session_id, edits.add("frustrations", Frustration(text="after the storm")))
    # what is left belongs to sessions whose creation was killed: scan removes those once stale
    leftovers = [store.folder / name for name in stray_temp_files(store.folder)]
    assert all(not (store.folder / name.removeprefix(".").removesuffix(".tmp")).exists()
               for name in stray_temp_files(store.folder))
    for leftover in leftovers:
        os.utime(leftover, (time.time() - 3600,) * 2)
    list(store.scan())
    assert stray_temp_files(store.folder) == []


def test_leftover_temp_files_are_removed_by_the_next_writer(store: SessionStore) -> None:
    session = store.create(full_session())
    path = store.path_for(session.id)
    leftovers = [path.with_name(f".{path.name}.tmp"), path.with_name(f".{path.name}.bak.tmp")]
    for leftover in leftovers:
        leftover.write_bytes(b'{"half": ')
    store.update(session.id, edits.update_meta(organisation="next"))
    assert stray_temp_files(store.folder) == []
    assert store.load(session.id).meta.organisation == "next"


def test_scan_removes_only_stale_temp_files(store: SessionStore) -> None:
    old_one = store.create(full_session("Old"))
    new_one = store.create(full_session("Fresh"))
    stale = store.folder / f".{old_one.id}.json.tmp"
    fresh = store.folder / f".{new_one.id}.json.tmp"
    for leftover in (stale, fresh):
        leftover.write_bytes(b"partial")
    an_hour_ago = time.time() - 3600
    os.utime(stale, (an_hour_ago, an_hour_ago))
    assert len([s for s in store.scan() if not isinstance(s, BrokenFile)]) == 2
    assert not stale.exists()
    assert fresh.exists()  # could belong to a save that is under way right now
