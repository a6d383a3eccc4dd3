"""Voting and tally mutations, applied through the real store."""

from __future__ import annotations

import pytest

from cxworkshop.domain import facilitation_edits as fe
from cxworkshop.domain import tally, voting
from cxworkshop.domain.edits import remove
from cxworkshop.domain.models import Barrier, Draft, Meta, Participant, Promise, Session
from cxworkshop.store import SessionStore
from cxworkshop.store.errors import ConflictError


def _session() -> Session:
    return Session(
        id="fac",
        meta=Meta("Facilitation"),
        participants=[Participant("Ann", id="ann"), Participant("Bram", id="bram")],
        promise=Promise(drafts=[Draft("You hear from us within a day.", id="d1")]),
        barriers=[Barrier("Old CRM", id="b1"), Barrier("No budget", id="b2")],
    )


@pytest.fixture
def store(tmp_path) -> SessionStore:  # type: ignore[no-untyped-def]
    store = SessionStore(tmp_path)
    store.create(_session())
    return store


def test_dots_are_saved_per_participant(store: SessionStore) -> None:
    store.update("fac", fe.vote_dot("ann", "barriers", "b1", 1))
    store.update("fac", fe.vote_dot("ann", "barriers", "b1", 1))
    store.update("fac", fe.vote_dot("bram", "barriers", "b2", 1))
    store.update("fac", fe.vote_dot("ann", "drafts", "d1", 1))
    saved = store.load("fac")
    assert voting.dots_on(saved, "ann", "barriers", "b1") == 2
    assert voting.dots_on(saved, "bram", "barriers", "b2") == 1
    assert voting.dots_left(saved, "ann", "drafts") == 2
    store.update("fac", fe.vote_dot("ann", "barriers", "b1", -1))
    assert voting.dots_on(store.load("fac"), "ann", "barriers", "b1") == 1


def test_a_refused_dot_saves_nothing(store: SessionStore) -> None:
    store.update("fac", fe.set_voting(2, 2))
    store.update("fac", fe.vote_dot("ann", "barriers", "b1", 1))
    store.update("fac", fe.vote_dot("ann", "barriers", "b1", 1))
    before = store.load("fac").revision
    with pytest.raises(voting.VoteRefused) as refused:
        store.update("fac", fe.vote_dot("ann", "barriers", "b1", 1))
    assert refused.value.key == "vote.item_cap"
    with pytest.raises(voting.VoteRefused) as refused:
        store.update("fac", fe.vote_dot("ann", "barriers", "b2", 1))
    assert refused.value.key == "vote.budget"
    assert store.load("fac").revision == before


def test_a_dot_on_an_item_removed_elsewhere_is_a_conflict(store: SessionStore) -> None:
    base = store.load("fac").revision
    store.update("fac", remove("barriers", "b1"))
    with pytest.raises(ConflictError):
        store.update("fac", fe.vote_dot("ann", "barriers", "b1", 1), base_revision=base)
    with pytest.raises(LookupError):
        fe.vote_dot("ghost", "barriers", "b2", 1)(store.load("fac"))


def test_reveal_and_hide_are_saved(store: SessionStore) -> None:
    store.update("fac", fe.reveal("drafts"))
    assert voting.is_revealed(store.load("fac"), "drafts")
    assert not voting.is_revealed(store.load("fac"), "barriers")
    store.update("fac", fe.reveal("drafts", False))
    assert store.load("fac").facilitation.voting.revealed == []


@pytest.mark.parametrize(
    ("dots", "cap", "key"),
    [
        (0, 1, "tui.voting.settings.dots_range"),
        (21, 1, "tui.voting.settings.dots_range"),
        (3, 0, "tui.voting.settings.cap_range"),
        (3, 4, "tui.voting.settings.cap_range"),
        (2, 1, "tui.voting.settings.below_used"),
        (5, 1, "tui.voting.settings.cap_below_used"),
    ],
)
def test_settings_that_would_lose_dots_or_make_no_sense_are_refused(dots: int, cap: int, key: str) -> None:
    session = _session()
    voting.set_dots(session, "ann", "barriers", "b1", 2)
    voting.set_dots(session, "ann", "barriers", "b2", 1)
    problem = fe.settings_problem(session, dots, cap)
    assert problem is not None and problem.key == key
    for lang in ("en", "nl"):
        assert "{" not in problem.message_in(lang)
    with pytest.raises(voting.VoteRefused):
        fe.set_voting(dots, cap)(session)
    assert (session.facilitation.voting.dots_per_person, session.facilitation.voting.max_per_item) == (3, 3)


def test_settings_are_saved(store: SessionStore) -> None:
    store.update("fac", fe.set_voting(5, 1))
    settings = store.load("fac").facilitation.voting
    assert (settings.dots_per_person, settings.max_per_item) == (5, 1)
    assert fe.settings_problem(store.load("fac"), 20, 20) is None


def test_strokes_and_undo_through_the_store(store: SessionStore) -> None:
    for pid in ("ann", "bram", "bram", "ann", "bram"):
        store.update("fac", fe.add_stroke(pid))
    assert store.load("fac").facilitation.tally == ["ann", "bram", "bram", "ann", "bram"]
    store.update("fac", fe.undo_stroke())
    store.update("fac", fe.undo_stroke("ann"))
    saved = store.load("fac")
    assert saved.facilitation.tally == ["ann", "bram", "bram"]
    assert tally.leaderboard(saved)[0] == ("bram", "Bram", 2)
    with pytest.raises(LookupError):
        fe.add_stroke("ghost")(saved)
    with pytest.raises(LookupError):
        fe.undo_stroke("ghost")(saved)


def test_undo_without_strokes_changes_nothing() -> None:
    session = _session()
    assert fe.undo_stroke()(session) is False
    assert fe.undo_stroke("ann")(session) is False
    assert session.facilitation.tally == []


def test_a_trial_leaves_the_session_alone() -> None:
    session = _session()
    assert fe.trial(session, fe.vote_dot("ann", "barriers", "b1", 3)) == 3
    assert fe.trial(session, fe.add_stroke("bram")) == 1
    assert session.facilitation.votes == [] and session.facilitation.tally == []
    session.facilitation.voting.max_per_item = 1
    with pytest.raises(voting.VoteRefused):
        fe.trial(session, fe.vote_dot("ann", "barriers", "b1", 2))
