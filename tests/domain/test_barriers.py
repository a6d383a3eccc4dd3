"""Barrier priorities: the impact/effort quadrant, freed hours and the priority order."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cxworkshop.domain.barriers import (
    HIGH_THRESHOLD,
    QUADRANTS,
    barrier_quadrant,
    combined_freed_hours,
    freed_hours,
    freed_hours_by_quadrant,
    priority_order,
    quadrant,
)
from cxworkshop.domain.frustration import frustration_hours
from cxworkshop.domain.models import Barrier, Frustration
from tests.domain.factories import make_session

# The whole 5x5 grid, written out: rows are impact 5..1, columns effort 1..5.
# 4 and 5 are "high"; 1-3 (3 being the neutral default) are "low".
Q, B, F, M = "quick_win", "big_bet", "fill_in", "money_pit"
GRID = {
    5: [Q, Q, Q, B, B],
    4: [Q, Q, Q, B, B],
    3: [F, F, F, M, M],
    2: [F, F, F, M, M],
    1: [F, F, F, M, M],
}


@pytest.mark.parametrize(
    ("impact", "effort"), [(i, e) for i in range(1, 6) for e in range(1, 6)]
)
def test_quadrant_covers_all_25_score_pairs(impact, effort):
    assert quadrant(impact, effort) == GRID[impact][effort - 1]


def test_quadrant_counts_and_threshold():
    names = [quadrant(i, e) for i in range(1, 6) for e in range(1, 6)]
    assert {q: names.count(q) for q in QUADRANTS} == {Q: 6, B: 4, F: 9, M: 6}
    assert HIGH_THRESHOLD == 4


def test_default_barrier_is_a_fill_in():
    assert barrier_quadrant(Barrier("Old CRM")) == "fill_in"
    assert barrier_quadrant(Barrier("Old CRM", impact=5, effort=1)) == "quick_win"


def _session_with_links():
    f1 = Frustration("a", occurrences=3, minutes=10, id="f1")  # 100 h
    f2 = Frustration("b", occurrences=1, minutes=60, people=2, id="f2")  # 400 h
    f3 = Frustration("c", frequency="week", occurrences=5, minutes=6, id="f3")  # 20 h
    barriers = [
        Barrier("none", id="b0"),
        Barrier("one", frustration_ids=["f1"], id="b1"),
        Barrier("two", frustration_ids=["f1", "f2"], id="b2"),
        Barrier("dangling", frustration_ids=["gone", "f3"], id="b3"),
        Barrier("doubled", frustration_ids=["f2", "f2"], id="b4"),
    ]
    return make_session(frustrations=[f1, f2, f3], barriers=barriers)


@pytest.mark.parametrize(
    ("barrier_id", "expected"),
    [("b0", 0), ("b1", 100), ("b2", 500), ("b3", 20), ("b4", 400)],
)
def test_freed_hours_are_the_sum_of_linked_frustrations(barrier_id, expected):
    session = _session_with_links()
    assert freed_hours(session, session.barrier(barrier_id)) == pytest.approx(expected)


def test_freed_hours_follow_working_days():
    session = _session_with_links()
    session.meta.working_days = 100
    assert freed_hours(session, session.barrier("b2")) == pytest.approx(250)


def test_priority_votes_first_then_quadrant_then_freed_hours():
    f_big = Frustration("big", occurrences=10, minutes=60, id="big")
    f_small = Frustration("small", occurrences=1, minutes=1, id="small")
    barriers = [
        Barrier("money pit, many votes", impact=1, effort=5, votes=9, id="mp9"),
        Barrier("fill-in", impact=2, effort=2, votes=3, id="fi3"),
        Barrier("big bet", impact=5, effort=5, votes=3, id="bb3"),
        Barrier("quick win, few hours", impact=5, effort=1, votes=3, frustration_ids=["small"], id="qw3s"),
        Barrier("quick win, many hours", impact=4, effort=2, votes=3, frustration_ids=["big"], id="qw3b"),
        Barrier("money pit", impact=3, effort=4, votes=3, id="mp3"),
        Barrier("no votes", impact=5, effort=1, votes=0, id="qw0"),
    ]
    session = make_session(frustrations=[f_big, f_small], barriers=barriers)
    order = [b.id for b in priority_order(session)]
    assert order == ["mp9", "qw3b", "qw3s", "bb3", "fi3", "mp3", "qw0"]


def test_priority_keeps_the_entry_order_for_full_ties():
    barriers = [Barrier(str(i), id=f"b{i}") for i in range(5)]
    session = make_session(barriers=barriers)
    assert [b.id for b in priority_order(session)] == ["b0", "b1", "b2", "b3", "b4"]


def test_priority_order_does_not_change_the_session():
    session = _session_with_links()
    before = [b.id for b in session.barriers]
    priority_order(session)
    assert [b.id for b in session.barriers] == before


scores = st.integers(min_value=1, max_value=5)
barrier_st = st.builds(
    Barrier,
    text=st.just("b"),
    impact=scores,
    effort=scores,
    votes=st.integers(min_value=0, max_value=20),
    frustration_ids=st.lists(st.sampled_from(["f0", "f1", "f2", "missing"]), max_size=4),
)


@settings(deadline=None, max_examples=150)
@given(st.lists(barrier_st, max_size=15), st.lists(st.integers(min_value=0, max_value=50), min_size=3, max_size=3))
def test_priority_order_is_a_sorted_permutation(barriers, occurrences):
    frustrations = [Frustration("f", occurrences=o, minutes=10, id=f"f{i}") for i, o in enumerate(occurrences)]
    session = make_session(frustrations=frustrations, barriers=barriers)
    order = priority_order(session)

    assert sorted(map(id, order)) == sorted(map(id, barriers)), "every barrier exactly once"
    keys = [
        (-b.votes, QUADRANTS.index(barrier_quadrant(b)), -freed_hours(session, b)) for b in order
    ]
    assert keys == sorted(keys)
    for b in barriers:
        linked = set(b.frustration_ids)
        expected = sum(frustration_hours(f, 200) for f in frustrations if f.id in linked)
        assert freed_hours(session, b) == pytest.approx(expected)


# -- hours freed by several barriers together ------------------------------------------
def test_a_frustration_shared_by_two_barriers_counts_once_when_both_go():
    session = _session_with_links()  # b1: f1; b2: f1 + f2; b4: f2 twice
    assert combined_freed_hours(session, ["b1", "b2"]) == pytest.approx(500)  # not 600
    assert combined_freed_hours(session, ["b2", "b4"]) == pytest.approx(500)  # not 900
    assert combined_freed_hours(session, ["b0", "b1", "b2", "b3", "b4"]) == pytest.approx(520)
    assert combined_freed_hours(session, []) == 0
    assert combined_freed_hours(session, ["unknown"]) == 0


def test_freed_hours_by_quadrant_counts_each_frustration_once_per_quadrant():
    f1 = Frustration("a", occurrences=3, minutes=10, id="f1")  # 100 h
    f2 = Frustration("b", occurrences=1, minutes=60, people=2, id="f2")  # 400 h
    barriers = [
        Barrier("quick 1", impact=5, effort=1, frustration_ids=["f1"], id="q1"),
        Barrier("quick 2", impact=4, effort=2, frustration_ids=["f1", "f2"], id="q2"),
        Barrier("big bet", impact=5, effort=5, frustration_ids=["f1"], id="bb"),
        Barrier("dangling fill-in", frustration_ids=["gone"], id="fi"),
    ]
    session = make_session(frustrations=[f1, f2], barriers=barriers)
    assert freed_hours_by_quadrant(session) == pytest.approx(
        {"quick_win": 500, "big_bet": 100, "fill_in": 0, "money_pit": 0})


link_ids = st.lists(st.sampled_from(["f0", "f1", "f2", "f3", "missing"]), max_size=5)


@settings(deadline=None, max_examples=150)
@given(st.lists(link_ids, max_size=8), st.data())
def test_combined_freed_hours_is_the_hours_of_the_distinct_linked_frustrations(links, data):
    frustrations = [Frustration("f", occurrences=i + 1, minutes=7, id=f"f{i}") for i in range(4)]
    barriers = [Barrier(str(i), frustration_ids=ids, id=f"b{i}") for i, ids in enumerate(links)]
    session = make_session(frustrations=frustrations, barriers=barriers)
    chosen = data.draw(st.lists(st.sampled_from([b.id for b in barriers]), unique=True)) if barriers else []
    together = combined_freed_hours(session, chosen)

    union = {fid for b in barriers if b.id in chosen for fid in b.frustration_ids}
    assert together == pytest.approx(sum(frustration_hours(f, 200) for f in frustrations if f.id in union))
    alone = [freed_hours(session, session.barrier(bid)) for bid in chosen]
    assert max(alone, default=0) - 1e-9 <= together <= sum(alone) + 1e-9
    if len(chosen) == 1:
        assert together == pytest.approx(alone[0])
    by_quadrant = freed_hours_by_quadrant(session)
    for q in QUADRANTS:
        ids = [b.id for b in barriers if barrier_quadrant(b) == q]
        assert by_quadrant[q] == pytest.approx(combined_freed_hours(session, ids))
