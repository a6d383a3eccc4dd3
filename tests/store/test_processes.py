"""Several real processes writing the same session: no edit is ever lost."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from cxworkshop.domain import edits
from cxworkshop.domain.models import Draft, Meta, Session
from cxworkshop.store import ConflictError, SessionStore
from tests.store.helpers import full_session

WORKERS = Path(__file__).with_name("workers.py")
EDITS_EACH = 200


def _start(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(WORKERS), *args],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


@pytest.mark.slow
def test_two_processes_interleaving_edits_lose_nothing(store: SessionStore) -> None:
    session = Session(id="", meta=Meta(title="Busy room"))
    session.promise.drafts = [Draft(text=f"shared {n}", votes=1000) for n in range(3)]
    session = store.create(session)

    workers = [_start("edits", str(store.folder), session.id, tag, str(EDITS_EACH), str(seed))
               for seed, tag in enumerate(("A", "B"))]
    for worker in workers:
        assert worker.stdout is not None and worker.stdout.readline().strip() == "ready"
    for worker in workers:  # start both at once
        assert worker.stdin is not None
        worker.stdin.write("go\n")
        worker.stdin.flush()
    results = []
    for worker in workers:
        out, err = worker.communicate(timeout=120)
        assert worker.returncode == 0, err
        results.append(json.loads(out.strip().splitlines()[-1]))

    final = store.load(session.id)
    added = [d for d in final.promise.drafts if d.author in ("A", "B")]
    assert len(added) == 2 * EDITS_EACH
    assert sorted(d.text for d in added if d.author == "A") == [f"A-{i:03d}" for i in range(EDITS_EACH)]
    assert sum(d.votes for d in final.promise.drafts[:3]) == 3000 + sum(r["deltas"] for r in results)
    assert final.revision == 1 + 2 * EDITS_EACH
    # the two really ran at the same time: their drafts are mixed, not one block after the other
    authors = [d.author for d in added]
    switches = sum(1 for a, b in zip(authors, authors[1:]) if a != b)
    assert switches >= 2


@pytest.mark.slow
def test_change_to_an_item_deleted_by_another_process_is_a_conflict(store: SessionStore) -> None:
    saved = store.create(full_session())
    mine = store.load(saved.id)
    gone = mine.frustrations[0]
    other = _start("remove", str(store.folder), saved.id, "frustrations", gone.id)
    _, err = other.communicate(timeout=60)
    assert other.returncode == 0, err

    path = store.path_for(saved.id)
    before = path.read_bytes()
    with pytest.raises(ConflictError) as caught:
        store.update(saved.id, edits.update("frustrations", gone.id, minutes=5),
                     base_revision=mine.revision)
    assert path.read_bytes() == before  # nothing written
    message = caught.value.message
    assert "Acme kick-off" in message and "deleted in another window" in message and str(path) in message
    assert "in een ander venster verwijderd" in caught.value.message_in("nl")
    # a change that still fits is simply applied on top of the other process's edit
    result = store.update(saved.id, edits.update("frustrations", mine.frustrations[1].id, minutes=5),
                          base_revision=mine.revision)
    assert result.revision == 3 and gone.id not in {f.id for f in result.frustrations}


def test_a_missing_item_in_an_up_to_date_session_is_a_caller_bug(store: SessionStore, saved: Session) -> None:
    with pytest.raises(LookupError) as caught:
        store.update(saved.id, edits.update("frustrations", "nope", minutes=1), base_revision=1)
    assert not isinstance(caught.value, ConflictError)
