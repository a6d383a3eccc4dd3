"""Timer mutations: what start, pause, five more minutes and a plan save in the session."""

from __future__ import annotations

from cxworkshop.domain import timebox_edits as edits
from cxworkshop.domain.facilitation import DEFAULT_TIMEBOXES, Timebox
from tests.domain.factories import make_session

T0 = 1_773_324_120.0  # 2026-03-12 14:02 UTC


def test_box_of_reads_the_saved_box_or_a_default_without_adding_it() -> None:
    session = make_session()
    fresh = edits.box_of(session, "barriers")
    assert (fresh.step, fresh.running_since) == ("barriers", None)
    assert fresh.minutes == DEFAULT_TIMEBOXES["barriers"]
    assert edits.box_of(session, "unknown-step").minutes == 15
    assert session.facilitation.timeboxes == []  # reading adds nothing
    saved = Timebox("barriers", minutes=12, spent_seconds=60)
    session.facilitation.timeboxes.append(saved)
    assert edits.box_of(session, "barriers") is saved


def test_start_then_pause_keeps_the_time_spent() -> None:
    session = make_session()
    assert edits.start_timer("promise", T0)(session) is True
    box = session.facilitation.timebox("promise")
    assert box.running_since == T0 and box.minutes == DEFAULT_TIMEBOXES["promise"]
    assert edits.start_timer("promise", T0 + 50)(session) is True  # already runs: no restart
    assert box.running_since == T0
    assert edits.pause_timer("promise", T0 + 90)(session) is False
    assert (box.running_since, box.spent_seconds) == (None, 90)
    assert edits.pause_timer("promise", T0 + 500)(session) is False  # paused: nothing moves
    assert box.spent_seconds == 90
    edits.start_timer("promise", T0 + 600)(session)
    edits.pause_timer("promise", T0 + 630)(session)
    assert box.spent_seconds == 120


def test_extend_adds_five_minutes_up_to_the_maximum() -> None:
    session = make_session()
    assert edits.extend_timer("setup")(session) == DEFAULT_TIMEBOXES["setup"] + 5
    assert edits.extend_timer("setup", 2.5)(session) == DEFAULT_TIMEBOXES["setup"] + 7.5
    session.facilitation.timebox("plan").minutes = edits.MAX_MINUTES - 2
    assert edits.extend_timer("plan")(session) == edits.MAX_MINUTES
    assert session.facilitation.timebox("plan").minutes == edits.MAX_MINUTES


def test_plan_sets_minutes_and_keeps_time_spent_and_running() -> None:
    session = make_session()
    edits.start_timer("actions", T0)(session)
    edits.pause_timer("actions", T0 + 300)(session)
    edits.start_timer("actions", T0 + 400)(session)
    wanted = {"actions": 45.0, "plan": 7.5}
    mutation = edits.plan_timeboxes(wanted)
    wanted["plan"] = 99  # the mutation keeps what it was given
    assert mutation(session) == {"actions": 45.0, "plan": 7.5}
    actions, plan = session.facilitation.timebox("actions"), session.facilitation.timebox("plan")
    assert (actions.minutes, actions.spent_seconds, actions.running_since) == (45.0, 300, T0 + 400)
    assert plan.minutes == 7.5
    assert session.facilitation.timebox("setup").minutes == DEFAULT_TIMEBOXES["setup"]


def test_a_mutation_can_be_replayed_on_a_fresh_copy() -> None:
    """The store applies a mutation to the freshest copy it reads: the same mutation on
    two copies gives the same result."""
    mutation = edits.start_timer("frustrations", T0)
    first, second = make_session(), make_session()
    mutation(first)
    mutation(second)
    assert first.facilitation.timeboxes == second.facilitation.timeboxes
