"""Numbers of the comparison and the review note message, in English and Dutch."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cxworkshop.domain.demo import example_session_en
from cxworkshop.domain.followup import Change
from cxworkshop.domain.validation import ValidationError, check_text
from cxworkshop.tui.screens.review import last_time, note_error
from cxworkshop.tui.widgets import compare_format as fmt


@pytest.mark.parametrize(
    ("value", "lang", "expected"),
    [
        (3486.67, "nl", "3.487"), (3486.67, "en", "3,487"), (-1166.67, "nl", "−1.167"),
        (2.5, "nl", "2,5"), (9.94, "en", "9.9"), (0.04, "en", "0.0"), (-0.04, "nl", "0,0"),
        (0, "en", "0"), (1_234_567, "nl", "1.234.567"), (math.inf, "en", "–"),
    ],
)
def test_hours(value: float, lang: str, expected: str) -> None:
    assert fmt.hours(value, lang) == expected


@pytest.mark.parametrize(
    ("before", "after", "lang", "delta", "percent"),
    [
        (473.33, 220, "en", "−253", "−54%"),
        (806.67, 840, "nl", "+33", "+4,1%"),
        (100, 100, "en", "0", "0%"),
        (0, 33.3, "nl", "+33", "nieuw"),
        (0, 0, "en", "0", "–"),
        (120, 0, "en", "−120", "−100%"),
    ],
)
def test_changes(before: float, after: float, lang: str, delta: str, percent: str) -> None:
    change = Change(before, after)
    assert fmt.delta_hours(change, lang) == delta
    assert fmt.percent(change, lang) == percent


@given(st.floats(min_value=-1e9, max_value=1e9, allow_nan=False), st.sampled_from(["en", "nl"]))
def test_a_number_reads_back(value: float, lang: str) -> None:
    """Whatever the figure, the text is one minus sign at most, digits and the separators
    of the language, and it means the rounded value."""
    text = fmt.number(value, lang, 1)
    group, decimal = (".", ",") if lang == "nl" else (",", ".")
    plain = text.replace(fmt.MINUS, "-").replace(group, "").replace(decimal, ".")
    assert float(plain) == pytest.approx(round(value, 1), abs=0.051)
    if abs(value) < 0.05:
        assert fmt.MINUS not in text  # never "−0,0"
    assert text.count(fmt.MINUS) <= 1 and "-" not in text


def test_trend_colours() -> None:
    assert fmt.trend_style(-5) == "$success" and fmt.trend_style(5) == "$error"
    assert fmt.trend_style(0) == "$foreground-muted"
    assert (fmt.arrow(-1), fmt.arrow(0), fmt.arrow(2)) == ("▼", "=", "▲")


def test_money_keeps_unknown_currency_codes() -> None:
    assert fmt.money(226633.4, "EUR", "nl") == "€ 226.633"
    assert fmt.money(1500, "EUR", "en") == "€1,500"
    assert fmt.money(1500, " chf ", "en") == "chf 1,500"


@pytest.mark.parametrize(("lang", "expected"), [
    ("en", "Note: at most 2,000 characters (this is 2,001)."),
    ("nl", "Notitie: hoogstens 2.000 tekens (nu 2.001)."),
])
def test_note_error_names_the_note(lang: str, expected: str) -> None:
    with pytest.raises(ValidationError) as caught:
        check_text("text", "x" * 2001, required=False)
    assert note_error(caught.value, lang) == expected


def test_an_unreadable_embedded_previous_session_is_ignored() -> None:
    session = example_session_en()
    session.previous = {"id": "x"}  # no meta
    assert last_time(session) is None
