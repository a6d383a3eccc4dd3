"""Dot voting rules: budget, per-item cap, changing a vote, hidden until revealed."""

from __future__ import annotations

import pytest

from cxworkshop.domain import voting
from cxworkshop.domain.models import Barrier, Draft, Meta, Participant, Promise, Session


@pytest.fixture
def session() -> Session:
    return Session(
        id="s",
        meta=Meta("Vote"),
        participants=[Participant("Ann", id="ann"), Participant("Bram", id="bram"), Participant("Cem", id="cem")],
        promise=Promise(drafts=[Draft("Je hoort binnen een dag van ons.", id="d1", votes=1), Draft("Wij zijn top.", id="d2")]),
        barriers=[Barrier("Old CRM", id="b1"), Barrier("No budget", id="b2"), Barrier("Silos", id="b3")],
    )


def test_budget_is_enforced_per_participant(session: Session) -> None:
    for item in ("b1", "b2", "b3"):
        voting.add_dot(session, "ann", "barriers", item)
    assert voting.dots_left(session, "ann", "barriers") == 0
    with pytest.raises(voting.VoteRefused) as refused:
        voting.add_dot(session, "ann", "barriers", "b1")
    assert "3" in refused.value.message_in("en")
    # Bram's budget is his own
    voting.add_dot(session, "bram", "barriers", "b1")
    assert voting.dots_left(session, "bram", "barriers") == 2


def test_budgets_are_separate_for_drafts_and_barriers(session: Session) -> None:
    voting.set_dots(session, "ann", "barriers", "b1", 3)
    voting.set_dots(session, "ann", "drafts", "d1", 3)
    assert voting.dots_left(session, "ann", "drafts") == 0
    assert voting.dots_left(session, "ann", "barriers") == 0


def test_per_item_cap_of_one_spreads_the_dots(session: Session) -> None:
    session.facilitation.voting.max_per_item = 1
    voting.add_dot(session, "ann", "barriers", "b1")
    with pytest.raises(voting.VoteRefused) as refused:
        voting.add_dot(session, "ann", "barriers", "b1")
    assert refused.value.key == "vote.item_cap"
    assert "per item" in refused.value.message_in("en")
    assert "per onderwerp" in refused.value.message_in("nl")


def test_changing_a_vote_moves_dots_within_the_budget(session: Session) -> None:
    voting.set_dots(session, "ann", "barriers", "b1", 3)
    voting.add_dot(session, "ann", "barriers", "b1", -2)
    voting.set_dots(session, "ann", "barriers", "b2", 2)
    assert voting.dots_on(session, "ann", "barriers", "b1") == 1
    assert voting.dots_on(session, "ann", "barriers", "b2") == 2
    assert voting.dots_left(session, "ann", "barriers") == 0
    # removing below zero just clears
    assert voting.add_dot(session, "ann", "barriers", "b1", -5) == 0
    assert voting.dots_left(session, "ann", "barriers") == 1


def test_results_are_hidden_until_revealed(session: Session) -> None:
    voting.set_dots(session, "ann", "barriers", "b2", 2)
    voting.set_dots(session, "bram", "barriers", "b2", 1)
    voting.set_dots(session, "cem", "barriers", "b3", 1)
    assert voting.total_votes(session, "barriers", "b2") == 0
    assert voting.blind_totals(session, "barriers") == {"b1": 0, "b2": 3, "b3": 1}
    voting.reveal(session, "barriers")
    assert voting.ranking(session, "barriers") == [("b2", 3), ("b3", 1), ("b1", 0)]
    voting.reveal(session, "barriers", False)
    assert not voting.is_revealed(session, "barriers")


def test_open_votes_count_alongside_revealed_dots(session: Session) -> None:
    voting.set_dots(session, "ann", "drafts", "d2", 1)
    voting.reveal(session, "drafts")
    assert voting.ranking(session, "drafts") == [("d1", 1), ("d2", 1)]
    voting.add_dot(session, "bram", "drafts", "d2")
    assert voting.ranking(session, "drafts")[0] == ("d2", 2)


def test_unknown_participant_or_item_is_a_lookup_error(session: Session) -> None:
    with pytest.raises(LookupError):
        voting.add_dot(session, "ghost", "barriers", "b1")
    with pytest.raises(LookupError):
        voting.add_dot(session, "ann", "barriers", "gone")
    with pytest.raises(ValueError):
        voting.add_dot(session, "ann", "actions", "b1")


def test_voters_done_lists_who_used_every_dot(session: Session) -> None:
    voting.set_dots(session, "cem", "barriers", "b1", 3)
    assert voting.voters_done(session, "barriers") == ["cem"]


def test_removing_a_participant_or_item_drops_their_votes_and_strokes(session: Session) -> None:
    from cxworkshop.domain import edits, tally

    voting.set_dots(session, "ann", "barriers", "b1", 2)
    voting.set_dots(session, "bram", "barriers", "b2", 1)
    voting.set_dots(session, "bram", "drafts", "d2", 1)
    tally.add_stroke(session, "ann")
    tally.add_stroke(session, "bram")
    edits.remove("participants", "ann")(session)
    assert voting.dots_used(session, "ann", "barriers") == 0
    assert tally.counts(session) == {"bram": 1, "cem": 0}
    edits.remove("barriers", "b2")(session)
    assert voting.blind_totals(session, "barriers") == {"b1": 0, "b3": 0}
    assert voting.dots_on(session, "bram", "drafts", "d2") == 1


def test_revealed_blind_dots_lift_a_barrier_in_the_priority_order(session: Session) -> None:
    from cxworkshop.domain.barriers import priority_order, ranked

    session.barriers[0].votes = 1  # b1 has one open vote
    voting.set_dots(session, "ann", "barriers", "b3", 2)
    voting.set_dots(session, "bram", "barriers", "b3", 1)
    assert [b.id for b in priority_order(session)][0] == "b1"  # still hidden
    voting.reveal(session, "barriers")
    assert [b.id for b in priority_order(session)][:2] == ["b3", "b1"]
    assert ranked(session)[0].votes == 3
