"""Validation: odd input gets a clear message naming the field and what is allowed."""

from __future__ import annotations

import math
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cxworkshop.domain.validation import (
    BOUNDS,
    MAX_TEXT,
    ValidationError,
    check_choice,
    check_date,
    check_number,
    check_optional_number,
    check_score,
    check_text,
    date_warning,
)
from cxworkshop.errors import CxError


def _error(check, *args, **kwargs) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        check(*args, **kwargs)
    return info.value


# -- numbers: accepted ------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("10", 10.0),
        (" 7.5 ", 7.5),
        ("3,5", 3.5),  # Dutch decimal comma
        ("0,125", 0.125),
        (",5", 0.5),
        ("١٢", 12.0),  # Arabic-Indic digits
        ("1e2", 100.0),
        ("0", 0.0),
        ("-0", 0.0),
        ("+12", 12.0),
        ("480", 480.0),
        (12, 12.0),
        (12.5, 12.5),
    ],
)
def test_minutes_accepted(raw, expected):
    value = check_number("minutes", raw)
    assert value == expected
    assert isinstance(value, float)
    assert math.copysign(1, value) == 1, "no negative zero"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("1.000,5", 1000.5),
        ("1,000.5", 1000.5),
        ("10.000.5", None),
        ("1 000", 1000),
        ("100\u00a0000", 100_000),
        ("1\u202f234,5", 1234.5),
        ("12.345,67", 12345.67),
        ("12,345.67", 12345.67),
    ],
)
def test_thousands_separators_either_way(raw, expected):
    if expected is None:
        assert _error(check_number, "hourly_rate", raw).key == "error.not_a_number"
    else:
        assert check_number("hourly_rate", raw) == expected


@pytest.mark.parametrize("raw", ["1.000.000", "1,000,000", "1 000 000"])
def test_a_million_is_read_as_a_million(raw):
    error = _error(check_number, "hourly_rate", raw)
    assert error.key == "error.out_of_range"
    assert error.message_in("en") == "Hourly cost: must be between 0 and 100,000."


def test_people_is_a_whole_number():
    assert check_number("people", "12", integer=True) == 12
    assert isinstance(check_number("people", "12", integer=True), int)
    assert check_number("people", "3.0", integer=True) == 3
    assert check_number("people", "100 000", integer=True) == 100_000
    assert _error(check_number, "people", "2.5", integer=True).key == "error.whole_number"
    assert _error(check_number, "people", "2,5", integer=True).message_in("en") == "People affected: enter a whole number."


# -- numbers: refused -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ("abc", "error.not_a_number"),
        ("", "error.required_number"),
        ("   ", "error.required_number"),
        ("nan", "error.not_finite"),
        ("NaN", "error.not_finite"),
        ("inf", "error.not_finite"),
        ("-Infinity", "error.not_finite"),
        (math.nan, "error.not_finite"),
        (math.inf, "error.not_finite"),
        ("-1", "error.out_of_range"),
        ("\u22121", "error.out_of_range"),  # a typographic minus is still a minus
        ("481", "error.out_of_range"),
        ("1e400", "error.out_of_range"),  # a number, just far too big
        ("9" * 500, "error.out_of_range"),
        (10**400, "error.out_of_range"),  # too big for a float
        (-(10**400), "error.out_of_range"),
        ("1.2.3", "error.not_a_number"),
        ("1,2,3", "error.not_a_number"),
        ("1.5,3", "error.not_a_number"),
        ("12 5", "error.not_a_number"),
        ("10 min", "error.not_a_number"),
        ("😀", "error.not_a_number"),
        (True, "error.not_a_number"),
        (None, "error.not_a_number"),
        ([3], "error.not_a_number"),
        ("1.000", "error.ambiguous_number"),
        ("2,500", "error.ambiguous_number"),
        ("-1.000", "error.ambiguous_number"),
    ],
)
def test_minutes_refused(raw, key):
    error = _error(check_number, "minutes", raw)
    assert error.key == key
    assert error.field == "minutes"
    assert error.message_in("en").startswith("Minutes each time: ")
    assert error.message_in("nl").startswith("Minuten per keer: ")
    assert "{" not in error.message_in("en") + error.message_in("nl")


def test_out_of_range_message_names_the_bounds_in_each_language():
    error = _error(check_number, "people", "0", integer=True)
    assert error.message_in("en") == "People affected: must be between 1 and 100,000."
    assert error.message_in("nl") == "Betrokken mensen: moet tussen 1 en 100.000 liggen."
    hours = _error(check_number, "hours_per_day", "0,1")
    assert hours.message_in("nl") == "Uren per werkdag: moet tussen 0,5 en 24 liggen."
    assert hours.message_in("en") == "Hours per working day: must be between 0.5 and 24."


def test_ambiguous_number_message_says_how_to_type_it():
    error = _error(check_number, "people", "1.000", integer=True)
    assert error.message_in("en") == 'People affected: "1.000" could mean 1000 or 1; type 1000 or 1 to say which.'
    error = _error(check_number, "minutes", "2,500")
    assert "2500 of 2,5" in error.message_in("nl")
    assert "2500 or 2.5" in error.message_in("en")


def test_not_a_number_quotes_a_safe_short_version_of_the_input():
    error = _error(check_number, "minutes", "ab\x1b[31mc" + "x" * 100)
    message = error.message_in("en")
    assert "\x1b" not in message
    assert '"ab[31mc' in message
    assert len(message) < 100


def test_validation_error_is_a_cx_error_and_a_value_error():
    error = _error(check_number, "minutes", "abc")
    assert isinstance(error, CxError)
    assert isinstance(error, ValueError)
    assert error.title_in("en") == "Invalid input"
    assert error.title_in("nl") == "Ongeldige invoer"
    assert str(error) == error.message_in("en")


@pytest.mark.parametrize(
    ("field", "low", "high", "integer"),
    [
        ("minutes", 0, 480, False),
        ("occurrences", 0, 200, False),
        ("people", 1, 100_000, True),
        ("working_days", 1, 366, False),
    ],
)
def test_bounds_from_the_issue(field, low, high, integer):
    assert BOUNDS[field] == (low, high)
    assert check_number(field, str(low), integer=integer) == low
    assert check_number(field, str(high), integer=integer) == high
    assert _error(check_number, field, str(high + 1), integer=integer).key == "error.out_of_range"
    below = low - 1 if integer else low - 0.01
    assert _error(check_number, field, str(below), integer=integer).key == "error.out_of_range"


def test_bounds_can_be_borrowed_from_another_field():
    assert check_number("occurrences", "1000", bounds="occurrences_week") == 1000
    assert _error(check_number, "occurrences", "1000").key == "error.out_of_range"


def test_optional_number():
    assert check_optional_number("hourly_rate", None) is None
    assert check_optional_number("hourly_rate", "  ") is None
    assert check_optional_number("hourly_rate", "65,50") == 65.5
    assert _error(check_optional_number, "hourly_rate", "-5").key == "error.out_of_range"


@settings(deadline=None, max_examples=300)
@given(st.one_of(st.text(), st.floats(), st.integers(), st.booleans(), st.none()))
def test_numbers_either_pass_in_bounds_or_raise_a_validation_error(raw):
    try:
        value = check_number("minutes", raw)
    except ValidationError as error:
        for lang in ("en", "nl"):
            message = error.message_in(lang)
            assert message.startswith(("Minutes each time: ", "Minuten per keer: "))
            echoed = str(error.params.get("value", ""))
            assert "{" not in message.replace(echoed, ""), "every placeholder filled in"
    else:
        assert math.isfinite(value)
        assert 0 <= value <= 480


# -- scores ------------------------------------------------------------------------------


@pytest.mark.parametrize("raw", ["1", "5", 3, "4.0", " 2 "])
def test_scores_accepted(raw):
    assert check_score("impact", raw) in range(1, 6)


@pytest.mark.parametrize(("raw", "key"), [("0", "error.out_of_range"), ("6", "error.out_of_range"),
                                          ("2.5", "error.whole_number"), ("high", "error.not_a_number")])
def test_scores_refused(raw, key):
    error = _error(check_score, "effort", raw)
    assert error.key == key
    assert error.message_in("nl").startswith("Inspanning: ")


# -- texts ---------------------------------------------------------------------------------


def test_text_is_trimmed():
    assert check_text("text", "  Slow CRM \n") == "Slow CRM"


@pytest.mark.parametrize("raw", ["", "   ", "\n\t", None, "\u200b", "\ufeff \u200d", "\x00\x07"])
def test_required_text_cannot_be_empty(raw):
    error = _error(check_text, "text", raw)
    assert error.key == "error.required_text"
    assert error.message_in("en") == "Text: cannot be empty."
    assert error.message_in("nl") == "Tekst: mag niet leeg zijn."


def test_optional_text_may_be_empty():
    assert check_text("author", "  ", required=False) == ""
    assert check_text("author", None, required=False) == ""


def test_text_length_limit_is_2000_characters_after_trimming():
    assert check_text("text", "x" * MAX_TEXT) == "x" * MAX_TEXT
    assert check_text("text", "  " + "x" * MAX_TEXT + "  ") == "x" * MAX_TEXT
    error = _error(check_text, "text", "x" * (MAX_TEXT + 1))
    assert error.key == "error.too_long"
    assert error.message_in("en") == "Text: at most 2,000 characters (this is 2,001)."
    assert error.message_in("nl") == "Tekst: hoogstens 2.000 tekens (nu 2.001)."


@pytest.mark.parametrize(
    "raw",
    [
        "Klantenservice 😀👩🏽‍💻",
        "خدمة العملاء",
        "שירות לקוחות",
        "Ünïcödé ß 東京",
        "Twee\nregels\tmet tab",
    ],
)
def test_text_keeps_emoji_right_to_left_and_layout(raw):
    assert check_text("text", raw) == raw


def test_text_drops_control_characters_and_repairs_broken_surrogates():
    assert check_text("text", "a\x00b\x1b[2Jc\x7fd\x9be\r\nf") == "ab[2Jcde\nf"
    cleaned = check_text("text", "caf\udce9")  # undecodable byte from a command line
    assert cleaned == "caf\ufffd"
    cleaned.encode("utf-8")  # would raise on a lone surrogate


@settings(deadline=None, max_examples=300)
@given(st.text(max_size=2100))
def test_text_result_is_always_clean_utf8_within_the_limit(raw):
    try:
        value = check_text("text", raw)
    except ValidationError as error:
        assert error.key in ("error.required_text", "error.too_long")
    else:
        assert 0 < len(value) <= MAX_TEXT
        assert value == value.strip()
        value.encode("utf-8")
        assert not any(ord(ch) < 32 and ch not in "\n\t" for ch in value)


# -- choices and dates -------------------------------------------------------------------------


def test_choice():
    assert check_choice("side", " Customer ", ("employee", "customer")) == "customer"
    error = _error(check_choice, "side", "boss", ("employee", "customer"))
    assert error.message_in("en") == "Side: choose one of employee, customer."
    assert _error(check_choice, "side", None, ("employee", "customer")).key == "error.choice"


@pytest.mark.parametrize("raw", ["2026-03-31", " 2024-02-29 ", "0001-01-01"])
def test_dates_accepted(raw):
    assert check_date("due", raw) == raw.strip()


@pytest.mark.parametrize(
    "raw",
    ["31-03-2026", "2026-3-31", "2026-02-30", "2025-02-29", "2026-13-01", "tomorrow", "2026-03-31T10:00",
     "２０２６-０３-３１", "٢٠٢٦-٠٣-٣١", "2026-03-31\n1", "20260331"],
)
def test_dates_refused(raw):
    error = _error(check_date, "due", raw)
    assert error.key == "error.date"
    assert error.message_in("en") == "Due date: use a date like 2026-03-31 (year-month-day)."
    assert error.message_in("nl").startswith("Deadline: ")


def test_empty_date_is_allowed_unless_required():
    assert check_date("due", "") == ""
    assert check_date("due", None) == ""
    assert _error(check_date, "due", " ", required=True).key == "error.required_text"


TODAY = date(2026, 3, 12)


@pytest.mark.parametrize(("raw", "past"), [
    ("2026-03-11", True), (" 2020-01-01 ", True), ("0001-01-01", True),
    ("2026-03-12", False), ("2026-03-13", False), ("9999-12-31", False),
])
def test_a_due_date_before_today_gets_a_warning(raw, past):
    warning = date_warning("due", raw, today=TODAY)
    assert (warning is not None) == past
    if past:
        shown = raw.strip()
        assert warning.message_in("en") == f"Due date: {shown} is already past; you can still save it."
        assert warning.message_in("nl") == f"Deadline: {shown} is al voorbij; bewaren kan gewoon."
        assert check_date("due", raw) == shown, "a past date is still accepted"


@pytest.mark.parametrize("raw", ["", None, "  ", "31-03-2020", "2020-02-30", "yesterday"])
def test_empty_and_invalid_dates_get_no_warning(raw):
    assert date_warning("due", raw, today=TODAY) is None


def test_the_warning_uses_the_real_date_when_no_today_is_given():
    assert date_warning("due", "2000-01-01") is not None
    assert date_warning("due", date.today().isoformat()) is None
