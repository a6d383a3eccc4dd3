"""Numbers per language: one module for the TUI, the CLI and the export."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cxworkshop.i18n import numbers as n

MINUS = "\u2212"


@pytest.mark.parametrize(
    ("value", "lang", "decimals", "expected"),
    [
        (1234.5, "en", 1, "1,234.5"), (1234.5, "nl", 1, "1.234,5"), (1234567, "nl", 0, "1.234.567"),
        (0.0625, "en", 2, "0.06"), (-1234.5, "nl", 0, "-1.234"), (-0.04, "en", 1, "0.0"),
        (math.nan, "en", 1, "–"), (math.inf, "nl", 0, "–"),
    ],
)
def test_number(value: float, lang: str, decimals: int, expected: str) -> None:
    assert n.number(value, lang, decimals) == expected


def test_trimming_grouping_and_the_minus() -> None:
    assert n.number(2.50, "nl", 2, trim=True) == "2,5" and n.number(3.0, "en", 2, trim=True) == "3"
    assert n.amount(0.25, "nl") == "0,25" and n.amount(8.0, "en") == "8"
    assert n.number(12345.5, "nl", 1, grouping=False) == "12345,5"
    assert n.number(-340, "en", minus=MINUS) == MINUS + "340"


def test_hours_and_fte() -> None:
    assert n.hours(0.84, "nl") == "0,8" and n.hours(33.33, "en") == "33" and n.hours(5.0, "en") == "5"
    assert n.hours(3486.67, "nl") == "3.487" and n.hours(9.94, "en") == "9.9"
    assert n.hours(18.666, "en", whole_from=100, trim=False) == "18.7"
    assert n.hours(12.04, "en", whole_from=100, trim=False) == "12.0"
    assert n.hours(0.04, "en", trim=False) == "0.0" and n.hours(0, "en", trim=False) == "0"
    assert n.fte(2.18, "nl") == "2,2" and n.fte(0.04, "en") == "0.04" and n.fte(2.0, "en") == "2"
    assert n.fte(2.0, "en", trim=False) == "2.0"


def test_changes_carry_a_real_minus_and_no_sign_at_zero() -> None:
    assert n.signed(-140, "en") == MINUS + "140" and n.signed(12.5, "nl", 1) == "+12,5"
    assert n.signed(-0.01, "en", 1) == "0.0" and n.signed(0, "en") == "0"
    assert n.change_percent(-46.667, "en") == MINUS + "47%" and n.change_percent(4.5, "nl") == "+4,5%"
    assert n.change_percent(0, "en") == "0%"
    assert n.with_sign("€ 0", 0.0) == "€ 0" and n.with_sign("€5", 5) == "+€5"
    assert n.with_sign("–", -3) == "–"


def test_money() -> None:
    assert n.money(226633.4, "EUR", "nl") == "€ 226.633"
    assert n.money(226633.4, "eur ", "en") == "€226,633"
    assert n.money(1250.5, "USD", "en", 2) == "$1,250.50"
    assert n.money(5, " chf ", "en") == "chf 5" and n.money(5, "", "en") == "EUR 5"
    assert n.money(5, "CHF", "en", unknown="CHF\\*") == "CHF\\* 5"
    assert n.money(5, "USD", "en", symbols={"EUR": "€"}) == "USD 5"


def test_typed_figures_read_back_the_same() -> None:
    from cxworkshop.domain.validation import check_number

    for value in (2.5, 10.0, 1000.0, 2 / 3, 0.0, 480.0):
        for lang in ("en", "nl"):
            assert check_number("minutes", n.typed(value, lang), bounds="occurrences_week") == value


@given(st.floats(min_value=-1e12, max_value=1e12, allow_nan=False), st.sampled_from(["en", "nl"]),
       st.integers(0, 3), st.booleans())
def test_a_number_means_its_rounded_value(value: float, lang: str, decimals: int, trim: bool) -> None:
    """Digits, the language's separators and at most one minus; never "-0"."""
    text = n.number(value, lang, decimals, trim=trim, minus=MINUS)
    group, decimal = (".", ",") if lang == "nl" else (",", ".")
    plain = text.replace(MINUS, "-").replace(group, "").replace(decimal, ".")
    assert float(plain) == pytest.approx(round(value, decimals), abs=0.51 * 10 ** -decimals, rel=1e-12)
    assert text.count(MINUS) <= 1 and "-" not in text
    if not any(ch in "123456789" for ch in text):
        assert MINUS not in text
