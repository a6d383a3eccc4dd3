"""Mutations: find items by id, clean links on removal, re-apply safely."""

from __future__ import annotations

import copy

import pytest

from cxworkshop.domain import edits
from cxworkshop.domain.models import Action, Barrier, Draft, Frustration, Note, Participant, Promise, Session
from tests.domain.factories import make_session


@pytest.fixture
def session() -> Session:
    s = make_session(
        frustrations=[Frustration("f1", id="f1"), Frustration("f2", id="f2")],
        barriers=[
            Barrier("b1", frustration_ids=["f1", "f2"], votes=2, id="b1"),
            Barrier("b2", frustration_ids=["f2"], id="b2"),
        ],
    )
    s.participants = [Participant("Ann", id="p1")]
    s.promise = Promise(
        notes=[Note("bewijs", "proof", id="n1")],
        drafts=[Draft("d1", id="d1"), Draft("d2", votes=1, id="d2")],
        chosen_draft_id="d1",
    )
    s.actions = [Action("a1", barrier_id="b1", id="a1"), Action("a2", barrier_id="b2", id="a2")]
    return s


# -- add ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("collection", "item"),
    [
        ("participants", Participant("Bob", id="new")),
        ("notes", Note("belofte", "x", id="new")),
        ("drafts", Draft("x", id="new")),
        ("frustrations", Frustration("x", id="new")),
        ("barriers", Barrier("x", id="new")),
        ("actions", Action("x", id="new")),
    ],
)
def test_add_appends_to_every_collection_and_is_idempotent(session, collection, item):
    mutation = edits.add(collection, item)
    assert mutation(session) is item
    assert edits.items(session, collection)[-1] is item
    size = len(edits.items(session, collection))
    mutation(session)  # a retry after a conflict re-applies the same mutation
    assert len(edits.items(session, collection)) == size
    assert edits.find(session, collection, "new") is item


def test_add_at_an_index(session):
    edits.add("frustrations", Frustration("first", id="f0"), index=0)(session)
    assert [f.id for f in session.frustrations] == ["f0", "f1", "f2"]


def test_unknown_collection(session):
    with pytest.raises(ValueError):
        edits.add("ideas", Note("x", "y"))(session)
    with pytest.raises(ValueError):
        edits.items(session, "meta")


# -- update ------------------------------------------------------------------------------


def test_update_changes_named_fields(session):
    result = edits.update("frustrations", "f1", minutes=25.0, department="IT")(session)
    assert result is session.frustration("f1")
    assert (result.minutes, result.department) == (25.0, "IT")


def test_update_refuses_unknown_fields_and_the_id(session):
    with pytest.raises(ValueError, match="no field 'colour'"):
        edits.update("barriers", "b1", colour="red")(session)
    with pytest.raises(ValueError):
        edits.update("barriers", "b1", id="other")(session)
    assert session.barrier("b1") is not None


def test_update_of_a_missing_item_raises_lookup_error(session):
    with pytest.raises(LookupError, match="gone"):
        edits.update("frustrations", "gone", minutes=1)(session)


# -- remove ------------------------------------------------------------------------------


def test_removing_a_frustration_unlinks_it_from_every_barrier(session):
    session.barriers[0].frustration_ids.append("f2")  # a duplicate link (e.g. from an old file)
    removed = edits.remove("frustrations", "f2")(session)
    assert removed.id == "f2"
    assert [f.id for f in session.frustrations] == ["f1"]
    assert session.barrier("b1").frustration_ids == ["f1"]
    assert session.barrier("b2").frustration_ids == []


def test_removing_a_barrier_clears_actions_pointing_at_it(session):
    edits.remove("barriers", "b1")(session)
    assert session.barrier("b1") is None
    assert session.action("a1").barrier_id is None
    assert session.action("a2").barrier_id == "b2"


def test_removing_the_chosen_draft_clears_the_choice(session):
    edits.remove("drafts", "d2")(session)
    assert session.promise.chosen_draft_id == "d1"
    edits.remove("drafts", "d1")(session)
    assert session.promise.chosen_draft_id is None
    assert session.promise.drafts == []


def test_removing_twice_raises_lookup_error(session):
    mutation = edits.remove("notes", "n1")
    mutation(session)
    with pytest.raises(LookupError):
        mutation(session)


# -- votes ---------------------------------------------------------------------------------


def test_change_votes_is_relative_and_never_below_zero(session):
    assert edits.change_votes("barriers", "b1", 3)(session).votes == 5
    assert edits.change_votes("barriers", "b1", -2)(session).votes == 3
    assert edits.change_votes("drafts", "d1", -4)(session).votes == 0


def test_concurrent_votes_add_up_when_replayed_on_fresh_data(session):
    window_a = edits.change_votes("drafts", "d2", 1)
    window_b = edits.change_votes("drafts", "d2", 2)
    window_a(session)
    window_b(session)
    assert session.promise.drafts[1].votes == 4


def test_change_votes_on_things_without_votes(session):
    with pytest.raises(ValueError):
        edits.change_votes("participants", "p1", 1)(session)
    with pytest.raises(LookupError):
        edits.change_votes("barriers", "gone", 1)(session)


# -- choose_draft, toggle_link, update_meta ----------------------------------------------------


def test_choose_draft(session):
    assert edits.choose_draft("d2")(session) == "d2"
    assert session.promise.chosen.id == "d2"
    edits.choose_draft(None)(session)
    assert session.promise.chosen is None
    with pytest.raises(LookupError):
        edits.choose_draft("gone")(session)
    assert session.promise.chosen_draft_id is None, "a failed mutation changes nothing"


def test_toggle_link_links_and_unlinks(session):
    assert edits.toggle_link("b2", "f1")(session) is True
    assert session.barrier("b2").frustration_ids == ["f2", "f1"]
    assert edits.toggle_link("b2", "f1")(session) is False
    assert session.barrier("b2").frustration_ids == ["f2"]


def test_toggle_link_removes_duplicate_links(session):
    session.barrier("b2").frustration_ids.append("f2")
    assert edits.toggle_link("b2", "f2")(session) is False
    assert session.barrier("b2").frustration_ids == []


@pytest.mark.parametrize(("barrier_id", "frustration_id"), [("gone", "f1"), ("b1", "gone")])
def test_toggle_link_needs_both_items(session, barrier_id, frustration_id):
    before = copy.deepcopy(session)
    with pytest.raises(LookupError):
        edits.toggle_link(barrier_id, frustration_id)(session)
    assert session == before


def test_update_meta(session):
    meta = edits.update_meta(working_days=220.0, hourly_rate=60.0)(session)
    assert meta is session.meta
    assert (session.meta.working_days, session.meta.hourly_rate) == (220.0, 60.0)
    with pytest.raises(ValueError, match="no field 'budget'"):
        edits.update_meta(budget=1)(session)


def test_a_refused_update_changes_nothing(session):
    before = copy.deepcopy(session)
    with pytest.raises(ValueError):
        edits.update_meta(title="New", budget=1)(session)
    with pytest.raises(ValueError):
        edits.update("frustrations", "f1", minutes=99.0, colour="red")(session)
    assert session == before
