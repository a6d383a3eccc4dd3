"""Mermaid charts: GitHub-safe coordinates and labels, and points in the right quadrant."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cxworkshop.domain.barriers import priority_order, quadrant
from cxworkshop.domain.demo import demo_session, example_session_en
from cxworkshop.domain.models import Barrier, Meta, Session
from cxworkshop.export.markdown import render_markdown
from cxworkshop.export.mermaid import (
    PIE_LINE,
    POINT_LINE,
    coordinate,
    department_pie,
    label,
    quadrant_chart,
)
from tests.export.followup_demo import followup_session
from tests.export.mdparse import parse

# What may never be inside a quoted label: it would end the string (quote), be decoded
# (backslash, "#35;" entity codes need ";"), start a tag or a "%%{" directive, or close
# the markdown fence (backtick); and no line breaks of any kind.
FORBIDDEN = set('"\\`<>{};') | {"\n", "\r", "\x85", "\u2028", "\u2029"}


def assert_valid_chart(content: str, lang: str) -> None:
    """A fence's content is one of our charts: the fixed header lines of its kind (the
    catalogue texts in ``lang``), then only well-formed point or slice lines."""
    lines = content.splitlines()
    if lines[0] == "quadrantChart":
        header = quadrant_chart(Session(id="s", meta=Meta("t", language=lang))).splitlines()[1:-1]
        assert lines[: len(header)] == header
        body, rule = lines[len(header):], POINT_LINE
    else:
        header = department_pie(Session(id="s", meta=Meta("t", language=lang)), {"x": 1.0})
        assert lines[0] == header.splitlines()[1]
        body, rule = lines[1:], PIE_LINE
    for line in body:
        assert rule.match(line), f"not a valid mermaid line: {line!r}"
        name = line.split('"')[1]
        assert name.strip() and not set(name) & FORBIDDEN, line


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
    for (name, x, y), barrier in zip(points, priority_order(session), strict=True):
        assert _drawn_quadrant(x, y) == quadrant(barrier.impact, barrier.effort), name


def test_points_are_named_by_reference_or_by_text_cut_at_a_whole_word() -> None:
    session = demo_session()
    refs = {b.id: f"B{i}" for i, b in enumerate(session.barriers, start=1)}
    names = [name for name, _, _ in _points(quadrant_chart(session, refs=refs))]
    assert names == [f'"{refs[b.id]}"' for b in priority_order(session)]
    names = [name for name, _, _ in _points(quadrant_chart(session))]
    assert names[0] == '"Het klantbeeld is versnipperd over…"'
    assert '"Werkbonnen gaan nog op papier"' in names


@pytest.mark.parametrize("make", [demo_session, example_session_en, followup_session])
def test_every_chart_in_the_export_follows_the_rules(make) -> None:
    """Each mermaid block of the whole document: the header of its kind, then only point
    lines in 0.x notation (never 1.0) or slice lines, with safe quoted names."""
    session = make()
    fences = [t for t in parse(render_markdown(session)) if t.type == "fence"]
    assert [f.content.splitlines()[0] for f in fences] == ["pie title " + (
        "Frustratie-uren per jaar per afdeling" if session.lang == "nl"
        else "Frustration hours a year per department"), "quadrantChart"]
    for fence in fences:
        assert fence.info == "mermaid"
        assert_valid_chart(fence.content, session.lang)
    points = _points("\n".join(f.content for f in fences))
    assert len(points) == len(session.barriers)


@given(st.lists(st.tuples(st.integers(1, 5), st.integers(1, 5), st.text(max_size=80)), max_size=20))
def test_any_barriers_give_valid_points_in_their_quadrant(rows: list[tuple[int, int, str]]) -> None:
    session = Session(
        id="s",
        meta=Meta("t"),
        barriers=[Barrier(text or "x", impact=i, effort=e) for i, e, text in rows],
    )
    chart = quadrant_chart(session)
    assert_valid_chart("\n".join(chart.splitlines()[1:-1]), "en")
    points = _points(chart)
    assert len(points) == len(session.barriers)
    for (name, x, y), barrier in zip(points, priority_order(session), strict=True):
        assert _drawn_quadrant(x, y) == quadrant(barrier.impact, barrier.effort), name


@given(st.floats(-5, 5, allow_nan=False))
def test_coordinates_never_print_as_one_point_zero(value: float) -> None:
    text = coordinate(value)
    assert text in ("0", "1") or (text.startswith("0.") and len(text) <= 4)


SNIPPETS = ['"', "\\", "`", "```", "<b>", "%%{init: {}}%%", "#35;", "&amp;", "title ",
            "x-axis ", "-->", ":", "[", "]", "\n", "\r", "\u2028", "\x00", "\u202e", "@jan"]


@given(st.lists(st.sampled_from(SNIPPETS) | st.characters(), max_size=40).map("".join))
def test_labels_hold_no_mermaid_syntax(text: str) -> None:
    cleaned = label(text)
    assert cleaned.strip() and len(cleaned) <= 36
    assert not set(cleaned) & FORBIDDEN
    assert not re.search(r"[\x00-\x1f\x7f-\x9f]", cleaned)


def test_labels_stay_readable() -> None:
    assert label('Klant zegt: "waar blijft de monteur?" (2x); <b>snel</b>') == (
        "Klant zegt: ”waar blijft de…")
    assert label("Klant zegt: \"waar?\" (2x); {x} `y`", 80) == "Klant zegt: ”waar?” (2x), (x) ’y’"
    assert label("R&D #1 \\ 50%") == "R&D #1 / 50%"
    assert label("   ") == "-"


def test_department_pie_lists_departments_with_hours_in_dutch() -> None:
    pie = department_pie(demo_session())
    assert pie.startswith("```mermaid\npie title Frustratie-uren")
    assert '"Klantenservice" : 1486.7' in pie
    assert department_pie(Session(id="s", meta=Meta("t"))) == ""


def test_department_pie_names_the_blank_slice_and_keeps_slices_apart() -> None:
    pie = department_pie(Session(id="s", meta=Meta("t")),
                         {"-": 5.0, "Sales;": 3.0, "Sales,": 2.0, "IT": 0.04},
                         blank="(no department)")
    assert pie.splitlines()[2:-1] == ['    "(no department)" : 5.0', '    "Sales," : 3.0',
                                      '    "Sales, (2)" : 2.0']
