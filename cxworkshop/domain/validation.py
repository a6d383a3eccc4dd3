"""Input validation with messages that name the field and what is allowed.

Every ``check_*`` function takes raw user input (a string from a form or the command
line, or an already typed value), returns the clean value, or raises
:class:`ValidationError`. The message is available in both languages.

Numbers may be typed the English or the Dutch way: ``3.5`` and ``3,5`` are both three
and a half, ``1,000,000`` and ``1.000.000`` are both a million, ``1.000,5`` and
``1,000.5`` both a thousand and a half. A single separator followed by exactly three
digits (``1.000``, ``2,500``) could mean either, so it is refused with a message that
says how to type it, instead of silently being read a thousand times too small.
"""

from __future__ import annotations

import math
import numbers
import re
import unicodedata
from datetime import date

from cxworkshop.errors import CxError
from cxworkshop.i18n import t

MAX_TEXT = 2000
CURRENCY_MAX = 10

# field name -> (minimum, maximum) for numbers
BOUNDS: dict[str, tuple[float, float]] = {
    "minutes": (0, 480),
    "occurrences": (0, 200),
    "occurrences_week": (0, 1000),
    "people": (1, 100_000),
    "working_days": (1, 366),
    "hours_per_day": (0.5, 24),
    "hourly_rate": (0, 100_000),
    "score": (1, 5),
    "votes": (0, 10_000),
}

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)
_GROUP_SPACES = re.compile(r"(?<=\d)[ \u00a0\u202f'](?=\d{3}(?:\D|$))")
_AMBIGUOUS = re.compile(r"[+-]?[1-9]\d{0,2}[.,]\d{3}")
_MINUS_SIGNS = str.maketrans({"\u2212": "-", "\u2013": "-"})


class ValidationError(CxError, ValueError):
    """Bad input for one field. ``message_in(lang)`` gives the text in either language."""

    title_key = "error.title.invalid"

    def __init__(self, field: str, key: str, /, **params: object) -> None:
        self.field = field
        super().__init__(key, **params)

    def message_in(self, lang: str) -> str:
        label = t(f"field.{self.field}", lang)
        params = {name: _fmt(value, lang) for name, value in self.params.items()}
        return t(self.key, lang, field=label, **params)


class FieldWarning:
    """Something worth telling about a value that is still accepted (saving goes ahead).

    Built like :class:`ValidationError` from a catalogue key; ``message_in(lang)`` names
    the field.
    """

    def __init__(self, field: str, key: str, /, **params: object) -> None:
        self.field = field
        self.key = key
        self.params = params

    def message_in(self, lang: str) -> str:
        label = t(f"field.{self.field}", lang)
        params = {name: _fmt(value, lang) for name, value in self.params.items()}
        return t(self.key, lang, field=label, **params)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, FieldWarning) and (self.field, self.key, self.params) == (
            other.field, other.key, other.params)

    def __repr__(self) -> str:
        return f"FieldWarning({self.field!r}, {self.key!r}, **{self.params!r})"


def _fmt(value: object, lang: str) -> object:
    """Numbers as people read them in ``lang`` (``100,000`` / ``100.000``, ``0.5`` / ``0,5``)."""
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        return value
    number = float(value)
    text = f"{number:,.0f}" if number.is_integer() else f"{number:,.6g}"
    if lang == "nl":
        text = text.translate(str.maketrans({",": ".", ".": ","}))
    return text


def _shown(text: str) -> str:
    """The user's input, safe to quote back in a one-line message."""
    visible = "".join(ch for ch in text if unicodedata.category(ch)[0] != "C" or ch == " ")
    return visible.strip()[:40]


def _parse(field: str, raw: str) -> float:
    """A float from text typed the English or the Dutch way."""
    text = _GROUP_SPACES.sub("", raw.strip().translate(_MINUS_SIGNS))
    if not text:
        raise ValidationError(field, "error.required_number")
    commas, dots = text.count(","), text.count(".")
    if commas and dots:
        decimal = "," if text.rfind(",") > text.rfind(".") else "."
        group = "." if decimal == "," else ","
        whole, _, fraction = text.rpartition(decimal)
        if not re.fullmatch(rf"[+-]?\d{{1,3}}(?:{re.escape(group)}\d{{3}})+", whole):
            raise ValidationError(field, "error.not_a_number", value=_shown(raw))
        text = whole.replace(group, "") + "." + fraction
    elif commas + dots > 1:
        group = "," if commas else "."
        if not re.fullmatch(rf"[+-]?\d{{1,3}}(?:{re.escape(group)}\d{{3}})+", text):
            raise ValidationError(field, "error.not_a_number", value=_shown(raw))
        text = text.replace(group, "")
    elif _AMBIGUOUS.fullmatch(text):
        whole = int(re.sub(r"[.,+]", "", text))
        raise ValidationError(
            field, "error.ambiguous_number", value=_shown(raw), whole=str(whole), fraction=whole / 1000
        )
    else:
        text = text.replace(",", ".")
    try:
        return float(text)
    except ValueError:
        raise ValidationError(field, "error.not_a_number", value=_shown(raw)) from None


def check_number(
    field: str, value: object, *, integer: bool = False, bounds: str | None = None
) -> float | int:
    """A finite number within the bounds registered for ``bounds`` (default: ``field``)."""
    low, high = BOUNDS[bounds or field]
    if isinstance(value, bool):
        raise ValidationError(field, "error.not_a_number", value=str(value))
    if isinstance(value, str):
        number = _parse(field, value)
        literal_infinity = "inf" in value.lower() or "nan" in value.lower()
    elif isinstance(value, numbers.Real):
        try:
            number = float(value)
        except OverflowError:  # an int too big for a float
            number = math.inf if value > 0 else -math.inf  # type: ignore[operator]
        literal_infinity = not math.isfinite(number) and not isinstance(value, numbers.Integral)
    else:
        raise ValidationError(field, "error.not_a_number", value=_shown(str(value)))
    if math.isnan(number) or (math.isinf(number) and literal_infinity):
        raise ValidationError(field, "error.not_finite")
    if not low <= number <= high:
        raise ValidationError(field, "error.out_of_range", low=low, high=high)
    if integer and not number.is_integer():
        raise ValidationError(field, "error.whole_number")
    number += 0.0  # turns -0.0 into 0.0
    return int(number) if integer else number


def check_optional_number(field: str, value: object, **kwargs: object) -> float | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return check_number(field, value, **kwargs)  # type: ignore[arg-type]


def _clean_char(ch: str) -> str:
    """Drop control characters (keep newlines and tabs); replace broken surrogates."""
    if ch in "\n\t":
        return ch
    category = unicodedata.category(ch)
    if category == "Cc":  # C0, DEL and C1 controls: they would break screens and files
        return ""
    if category == "Cs":  # a lone surrogate (undecodable bytes on the command line)
        return "\ufffd"
    return ch


def check_text(field: str, value: object, *, required: bool = True) -> str:
    """Trimmed text of at most 2 000 characters; empty only when not required.

    Text that holds nothing visible (only spaces and zero-width characters) counts as
    empty.
    """
    text = "" if value is None else str(value)
    text = "".join(_clean_char(ch) for ch in text).strip()
    if not any(not ch.isspace() and unicodedata.category(ch) != "Cf" for ch in text):
        text = ""
    if required and not text:
        raise ValidationError(field, "error.required_text")
    if len(text) > MAX_TEXT:
        raise ValidationError(field, "error.too_long", max=MAX_TEXT, length=len(text))
    return text


def check_currency(field: str, value: object) -> str:
    """A currency as a short code or sign: ``EUR``, ``CHF``, ``€``, ``US$``, ``kr``.

    Letters and currency signs (with at most a dot or a space between them), up to
    :data:`CURRENCY_MAX` characters; no digits, so "65" typed into the wrong field is
    refused instead of becoming "hourly cost in 65"."""
    text = check_text(field, value)
    if len(text) > CURRENCY_MAX:
        raise ValidationError(field, "error.too_long", max=CURRENCY_MAX, length=len(text))
    if not all(_currency_char(ch) or ch in ". " for ch in text) or not any(
            _currency_char(ch) for ch in text):
        raise ValidationError(field, "error.currency", value=_shown(text))
    return " ".join(text.split())


def _currency_char(ch: str) -> bool:
    return unicodedata.category(ch) == "Sc" or ch.isalpha()


def check_score(field: str, value: object) -> int:
    return int(check_number(field, value, integer=True, bounds="score"))


def check_choice(field: str, value: object, allowed: tuple[str, ...]) -> str:
    text = str(value).strip().lower() if value is not None else ""
    if text not in allowed:
        raise ValidationError(field, "error.choice", allowed=", ".join(allowed))
    return text


def check_date(field: str, value: object, *, required: bool = False) -> str:
    """An ISO date ``YYYY-MM-DD`` (empty allowed unless ``required``)."""
    text = "" if value is None else str(value).strip()
    if not text:
        if required:
            raise ValidationError(field, "error.required_text")
        return ""
    if not _DATE.fullmatch(text):
        raise ValidationError(field, "error.date")
    try:
        date.fromisoformat(text)
    except ValueError:
        raise ValidationError(field, "error.date") from None
    return text


def date_warning(field: str, value: object, *, today: date | None = None) -> FieldWarning | None:
    """A warning when ``value`` is a real ISO date before ``today`` (default: the local
    date today), else None.

    A past due date is allowed (an action can be recorded when it is already overdue),
    but rarely meant, so the form says so. Empty and invalid dates give no warning:
    :func:`check_date` reports the invalid ones.
    """
    try:
        text = check_date(field, value)
    except ValidationError:
        return None
    if not text:
        return None
    when = date.fromisoformat(text)
    if when >= (today if today is not None else date.today()):
        return None
    return FieldWarning(field, "warning.date_past", date=text)
