"""The demo sessions are complete, deterministic and valid."""

from __future__ import annotations

from cxworkshop.domain.barriers import barrier_quadrant
from cxworkshop.domain.demo import demo_session, example_session_en
from cxworkshop.domain.models import AREAS
from cxworkshop.domain.promise import check_draft


def test_demo_is_deterministic_and_fresh_each_call():
    first, second = demo_session(), demo_session()
    assert first == second
    first.frustrations.clear()
    assert demo_session().frustrations, "callers must get their own copy"


def test_demo_is_a_full_dutch_team_session():
    s = demo_session()
    assert (s.id, s.meta.language, s.meta.mode) == ("demo", "nl", "team")
    assert s.meta.hourly_rate == 65.0
    assert 5 <= len(s.participants) <= 8
    assert len({p.department for p in s.participants}) >= 3
    assert {n.area for n in s.promise.notes} == set(AREAS)
    assert 3 <= len(s.promise.drafts) <= 4
    assert s.promise.chosen is not None
    assert 8 <= len(s.frustrations) <= 12
    assert {f.side for f in s.frustrations} == {"employee", "customer"}
    assert {f.frequency for f in s.frustrations} == {"day", "week"}
    assert any(f.minutes_low is not None and f.minutes_high is not None for f in s.frustrations)
    assert 5 <= len(s.barriers) <= 7
    assert len({b.category for b in s.barriers}) >= 4
    assert len({barrier_quadrant(b) for b in s.barriers}) == 4
    assert 6 <= len(s.actions) <= 10
    assert {a.status for a in s.actions} == {"open", "in_progress", "done", "dropped"}


def test_demo_has_one_draft_that_fails_the_checks_and_a_chosen_one_that_passes():
    s = demo_session()
    results = {d.id: check_draft(d.text, s.promise, s.lang) for d in s.promise.drafts}
    assert all(r.passed for r in results[s.promise.chosen_draft_id])
    slogan_failures = [i for i, r in results.items() if not r[2].passed]
    assert slogan_failures == ["d01"]


def test_links_and_ids_are_consistent():
    for s in (demo_session(), example_session_en()):
        frustration_ids = {f.id for f in s.frustrations}
        barrier_ids = {b.id for b in s.barriers}
        for b in s.barriers:
            assert set(b.frustration_ids) <= frustration_ids
        for a in s.actions:
            assert a.barrier_id is None or a.barrier_id in barrier_ids
        for kind in (s.participants, s.promise.notes, s.promise.drafts, s.frustrations,
                     s.barriers, s.actions):
            ids = [item.id for item in kind]
            assert len(ids) == len(set(ids))


def test_english_example_is_smaller_and_english():
    s = example_session_en()
    assert s.meta.language == "en"
    assert len(s.frustrations) < len(demo_session().frustrations)
    assert s.promise.chosen is not None
