"""One numbering for people: B1, B2 … by the order barriers were entered, not their rank."""

from __future__ import annotations

from cxworkshop.domain.barriers import ranked
from cxworkshop.domain.demo import demo_session
from cxworkshop.domain.models import Action, Barrier
from cxworkshop.domain.refs import action_refs, barrier_refs, frustration_refs, numbered
from cxworkshop.export.sections import Labels
from tests.domain.factories import make_session


def test_barriers_are_numbered_by_entry_order_whatever_their_priority() -> None:
    session = make_session(barriers=[Barrier("first", votes=0, id="x"), Barrier("second", votes=5, id="y"),
                                     Barrier("third", votes=9, id="z")])
    assert barrier_refs(session) == {"x": "B1", "y": "B2", "z": "B3"}
    assert [barrier_refs(session)[r.barrier.id] for r in ranked(session)] == ["B3", "B2", "B1"]


def test_the_first_of_duplicate_ids_keeps_its_number() -> None:
    assert numbered([Action("a", id="a"), Action("b", id="a"), Action("c", id="c")], "A") == {"a": "A1", "c": "A3"}


def test_the_export_uses_the_same_numbers() -> None:
    session = demo_session()
    labels = Labels.of(session)
    assert labels.barriers == barrier_refs(session)
    assert labels.frustrations == frustration_refs(session)
    assert labels.actions == action_refs(session)
    assert sorted(barrier_refs(session).values(), key=lambda ref: int(ref[1:]))[:2] == ["B1", "B2"]
