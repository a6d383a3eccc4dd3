"""Mermaid charts: GitHub-safe coordinates and labels, and points in the right quadrant."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from cxworkshop.domain.barriers import quadrant
from cxworkshop.domain.demo import demo_session
from cxworkshop.domain.models import Barrier, Meta, Session
from cxworkshop.export.mermaid import POINT_LINE, coordinate, department_pie, label, quadrant_chart

# Which quadrant a point falls in, read the way mermaid draws it (x = effort, y = impact).
def _drawn_quadrant(x: float, y: float) -> str:
    if y > 0.5:
        return "big_bet" if x > 0.5 else "quick_win"
    return "money_pit" if x > 0.5 else "fill_in"


def _points(chart: str) -> list[tuple[str, float, float]]:
    rows = []
    for line in chart.splitlines():
        if line.startswith("    ") and ": [" in line:
            assert POINT_LINE.match(line), f"not a valid mermaid point line: {line!r}"
            name, coords = line.strip().rsplit(": ", 1)
            x, y = (float(v) for v in coords.strip("[]").split(", "))
            rows.append((name, x, y))
    return rows


def test_demo_quadrant_chart_is_well_formed_and_agrees_with_the_table() -> None:
    session = demo_session()
    chart = quadrant_chart(session)
    assert chart.startswith("```mermaid\nquadrantChart\n") and chart.endswith("\n```")
    assert "1.0" not in chart
    points = _points(chart)
    assert len(points) == len(session.barriers)
    from cxworkshop.domain.barriers import priority_order

    for (name, x, y), barrier in zip(points, priority_order(session), strict=True):
        assert _drawn_quadrant(x, y) == quadrant(barrier.impact, barrier.effort), name


@given(st.lists(st.tuples(st.integers(1, 5), st.integers(1, 5), st.text(max_size=80)), max_size=20))
def test_any_barriers_give_valid_points_in_their_quadrant(rows: list[tuple[int, int, str]]) -> None:
    session = Session(
        id="s",
        meta=Meta("t"),
        barriers=[Barrier(text or "x", impact=i, effort=e) for i, e, text in rows],
    )
    for (name, x, y), barrier in zip(_points(quadrant_chart(session)), session.barriers, strict=False):
        assert 0 <= x <= 1 and 0 <= y <= 1
        assert name.strip()


@given(st.floats(-5, 5, allow_nan=False))
def test_coordinates_never_print_as_one_point_zero(value: float) -> None:
    text = coordinate(value)
    assert text in ("0", "1") or (text.startswith("0.") and len(text) <= 4)


@given(st.text())
def test_labels_hold_no_mermaid_syntax(text: str) -> None:
    cleaned = label(text)
    assert not set(cleaned) & set('":;[]{}()<>#&|`\\\n\r')
    assert cleaned


def test_department_pie_lists_departments_with_hours_in_dutch() -> None:
    pie = department_pie(demo_session())
    assert pie.startswith("```mermaid\npie title Frustratie-uren")
    assert '"Klantenservice" : ' in pie
    assert department_pie(Session(id="s", meta=Meta("t"))) == ""
