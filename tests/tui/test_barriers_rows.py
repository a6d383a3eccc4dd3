"""The fast display rows agree with the domain: same priority order, same freed hours."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from cxworkshop.domain.barriers import barrier_quadrant, freed_hours, priority_order
from cxworkshop.domain.models import Barrier, Frustration, Meta, Session
from cxworkshop.i18n.numbers import number
from cxworkshop.tui.widgets.barrier_format import fit, hours_text
from cxworkshop.tui.widgets.barrier_rows import barrier_rows

frustrations = st.lists(
    st.builds(
        Frustration,
        text=st.just("f"),
        occurrences=st.sampled_from([0.5, 1, 2, 3, 8]),
        minutes=st.sampled_from([1, 2.5, 10, 20]),
        people=st.integers(1, 9),
        frequency=st.sampled_from(["day", "week"]),
    ),
    max_size=8,
)


@st.composite
def sessions(draw: st.DrawFn) -> Session:
    fs = draw(frustrations)
    ids = [f.id for f in fs] + ["gone"]  # a dangling link must not count
    barriers = draw(st.lists(
        st.builds(
            Barrier,
            text=st.just("b"),
            impact=st.integers(1, 5),
            effort=st.integers(1, 5),
            votes=st.integers(0, 3),
            frustration_ids=st.lists(st.sampled_from(ids), max_size=4),
        ),
        max_size=10,
    ))
    days = draw(st.sampled_from([200.0, 180.0, 220.5]))
    return Session(id="s", meta=Meta(title="t", working_days=days), frustrations=fs, barriers=barriers)


@settings(max_examples=200, deadline=None)
@given(sessions())
def test_rows_follow_the_domain_priority_order_and_freed_hours(session: Session) -> None:
    rows = barrier_rows(session)
    assert [r.id for r in rows] == [b.id for b in priority_order(session)]
    assert [r.rank for r in rows] == list(range(1, len(rows) + 1))
    entered = [b.id for b in session.barriers]
    assert [r.ref for r in rows] == [f"B{entered.index(r.id) + 1}" for r in rows], "the plan's numbers"
    for row in rows:
        barrier = session.barrier(row.id)
        assert barrier is not None
        assert row.hours == freed_hours(session, barrier)
        assert row.quadrant == barrier_quadrant(barrier)
        assert row.links == len({fid for fid in barrier.frustration_ids if session.frustration(fid)})


def test_hours_are_written_the_way_each_language_writes_numbers() -> None:
    assert hours_text(1234.4, "nl") == "1.234 u"
    assert hours_text(1234.4, "en") == "1,234 h"
    assert hours_text(2.26, "nl") == "2,3 u" and hours_text(0, "en") == "0 h"
    assert number(float("nan"), "en") == "–"


def test_fit_cuts_long_text_to_one_line_with_an_ellipsis() -> None:
    assert fit("a\nb\tc", 10) == "a b c"
    assert fit("abcdefghij", 5) == "abcd…"
    assert fit("日本語のテキスト", 5) == "日本…"
