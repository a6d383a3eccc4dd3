"""Writer processes for the multi-process and crash tests (run as scripts, not imported
by pytest's collection: the file name does not start with ``test_``).

    python workers.py edits  FOLDER SESSION TAG COUNT SEED   # COUNT saves: add + relative vote
    python workers.py remove FOLDER SESSION COLLECTION ITEM  # one delete, then exit
    python workers.py hammer FOLDER SESSION...               # writer factory, see run_hammer

``edits`` prints "ready" once imported and waits for a line on stdin before it starts,
so the test can start several of them at the same moment.
"""

from __future__ import annotations

import json
import os
import random
import sys

from cxworkshop.domain import edits
from cxworkshop.domain.models import Draft, Frustration, Meta
from cxworkshop.store import SessionStore


def _ready_and_wait() -> None:
    print("ready", flush=True)
    sys.stdin.readline()


def run_edits(folder: str, session_id: str, tag: str, count: int, seed: int) -> None:
    """``count`` saves, each adding a draft and moving the votes of a shared draft."""
    store = SessionStore(folder)
    shared = [d.id for d in store.load(session_id).promise.drafts]
    rng = random.Random(seed)
    _ready_and_wait()
    deltas = 0
    for i in range(count):
        add = edits.add("drafts", Draft(text=f"{tag}-{i:03d}", author=tag))
        delta = rng.choice((1, 2, -1))
        vote = edits.change_votes("drafts", rng.choice(shared), delta)
        store.update(session_id, lambda session, add=add, vote=vote: (add(session), vote(session)))
        deltas += delta
    print(json.dumps({"deltas": deltas}), flush=True)


def run_remove(folder: str, session_id: str, collection: str, item_id: str) -> None:
    SessionStore(folder).update(session_id, edits.remove(collection, item_id))


def _report(line: str) -> None:
    """One line in one write: ``print`` writes the text and the newline separately when
    output is unbuffered (PYTHONUNBUFFERED), and a kill between the two left half a line
    that the test read as "big-one-ztcd 23dead 9"."""
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def _hammer(store: SessionStore, session_ids: list[str]) -> None:
    """Save as fast as possible; print "<id> <revision>" after every save that completed."""
    rng = random.Random()
    n = 0
    while True:
        n += 1
        session_id = session_ids[n % len(session_ids)]
        if rng.random() < 0.1:
            created = store.new_session(Meta(title=f"Made while hammering {n}"))
            _report(f"{created.id} {created.revision}")
            continue
        if n % 3 == 0:
            first = store.load(session_id).frustrations[0].id
            mutation = edits.update("frustrations", first, minutes=rng.uniform(1, 60))
        else:
            mutation = edits.add("frustrations", Frustration(text="x" * rng.randint(10, 300)))
        saved = store.update(session_id, mutation)
        _report(f"{session_id} {saved.revision}")


def run_hammer(folder: str, session_ids: list[str]) -> None:
    """A writer factory: for every line on stdin, fork a writer process that prints
    "pid <pid>" and then saves in a loop until the test kills it; when it has died,
    print "dead <exit status>". Forking after the imports makes a kill cycle take
    milliseconds instead of a whole Python start-up."""
    store = SessionStore(folder)
    print("ready", flush=True)
    for _ in sys.stdin:
        pid = os.fork()
        if pid == 0:
            try:
                print(f"pid {os.getpid()}", flush=True)
                _hammer(store, session_ids)
            finally:
                os._exit(1)
        _, status = os.waitpid(pid, 0)
        print(f"dead {status}", flush=True)


if __name__ == "__main__":
    mode, folder, *rest = sys.argv[1:]
    if mode == "edits":
        run_edits(folder, rest[0], rest[1], int(rest[2]), int(rest[3]))
    elif mode == "remove":
        run_remove(folder, *rest)
    elif mode == "hammer":
        run_hammer(folder, rest)
    else:
        raise SystemExit(f"unknown mode {mode}")
