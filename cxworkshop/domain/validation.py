"""Input validation with messages that name the field and what is allowed.

Every ``check_*`` function takes raw user input (a string from a form or the command
line, or an already typed value), returns the clean value, or raises
:class:`ValidationError`. The message is available in both languages.
"""

from __future__ import annotations

import math
import re
from datetime import date

from cxworkshop.errors import CxError
from cxworkshop.i18n import t

MAX_TEXT = 2000

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

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class ValidationError(CxError, ValueError):
    """Bad input for one field. ``message_in(lang)`` gives the text in either language."""

    title_key = "error.title.invalid"

    def __init__(self, field: str, key: str, /, **params: object) -> None:
        self.field = field
        super().__init__(key, **params)

    def message_in(self, lang: str) -> str:
        label = t(f"field.{self.field}", lang)
        return t(self.key, lang, field=label, **self.params)


def _fmt(value: float) -> str:
    return f"{value:g}" if value < 1e6 else f"{value:,.0f}"


def check_number(
    field: str, value: object, *, integer: bool = False, bounds: str | None = None
) -> float | int:
    """A finite number within the bounds registered for ``bounds`` (default: ``field``)."""
    low, high = BOUNDS[bounds or field]
    if isinstance(value, bool):
        raise ValidationError(field, "error.not_a_number", value=value)
    if isinstance(value, str):
        text = value.strip().replace(",", ".") if value.count(",") == 1 and "." not in value else value.strip()
        if not text:
            raise ValidationError(field, "error.required_number")
        try:
            number = float(text)
        except ValueError:
            raise ValidationError(field, "error.not_a_number", value=value.strip()[:40]) from None
    elif isinstance(value, (int, float)):
        number = float(value)
    else:
        raise ValidationError(field, "error.not_a_number", value=str(value)[:40])
    if not math.isfinite(number):
        raise ValidationError(field, "error.not_finite")
    if integer and number != int(number):
        raise ValidationError(field, "error.whole_number")
    if not low <= number <= high:
        raise ValidationError(field, "error.out_of_range", low=_fmt(low), high=_fmt(high))
    return int(number) if integer else number


def check_optional_number(field: str, value: object, **kwargs: object) -> float | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return check_number(field, value, **kwargs)  # type: ignore[arg-type]


def check_text(field: str, value: object, *, required: bool = True) -> str:
    """Trimmed text of at most 2 000 characters; empty only when not required."""
    text = "" if value is None else str(value)
    # Drop control characters (keep newlines and tabs): they would break screens and files.
    text = "".join(ch for ch in text if ch in "\n\t" or (ord(ch) >= 32 and ord(ch) != 127))
    text = text.strip()
    if required and not text:
        raise ValidationError(field, "error.required_text")
    if len(text) > MAX_TEXT:
        raise ValidationError(field, "error.too_long", max=MAX_TEXT, length=len(text))
    return text


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
    if not _DATE.match(text):
        raise ValidationError(field, "error.date")
    try:
        date.fromisoformat(text)
    except ValueError:
        raise ValidationError(field, "error.date") from None
    return text
