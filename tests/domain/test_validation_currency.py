"""The currency of a session: a short code or a sign, never a number."""

from __future__ import annotations

import pytest

from cxworkshop.domain.validation import CURRENCY_MAX, ValidationError, check_currency


@pytest.mark.parametrize(("raw", "expected"), [
    ("EUR", "EUR"),
    ("  usd ", "usd"),
    ("€", "€"),
    ("$", "$"),
    ("£", "£"),
    ("CHF", "CHF"),
    ("US$", "US$"),
    ("kr.", "kr."),
    ("₹", "₹"),
    ("Fr.  CHF", "Fr. CHF"),
])
def test_codes_and_signs_are_accepted(raw: str, expected: str) -> None:
    assert check_currency("currency", raw) == expected


@pytest.mark.parametrize("raw", ["65", "EUR5", "6,5", "€ 10", "-", ".", "e-mail", "🙂", "٥"])
def test_digits_and_other_characters_are_refused_with_a_clear_message(raw: str) -> None:
    with pytest.raises(ValidationError) as info:
        check_currency("currency", raw)
    assert info.value.key == "error.currency"
    assert info.value.message_in("en") == (
        f'Currency: "{raw}" is not a currency; use a code like EUR or a sign like €, $ or £.')
    assert info.value.message_in("nl") == (
        f'Valuta: "{raw}" is geen valuta; gebruik een code als EUR of een teken als €, $ of £.')


def test_empty_and_too_long_are_refused() -> None:
    with pytest.raises(ValidationError) as empty:
        check_currency("currency", "  ")
    assert empty.value.key == "error.required_text"
    with pytest.raises(ValidationError) as long:
        check_currency("currency", "E" * (CURRENCY_MAX + 1))
    assert long.value.key == "error.too_long"
