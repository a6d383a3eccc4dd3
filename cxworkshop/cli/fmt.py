"""Plain-text formatting for the terminal: numbers per language, times, a simple table."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from cxworkshop.i18n import numbers
from cxworkshop.i18n.numbers import MINUS, change_percent, number
from cxworkshop.i18n.numbers import with_sign as signed

__all__ = ["MINUS", "delta_hours", "hours", "local_time", "money", "number", "percent", "plain", "shorten",
           "signed", "table"]

ELLIPSIS = "…"
percent = change_percent  # a relative change: −23%, +4.5% (one decimal below 10%), 0%


def plain(value: float, lang: str) -> str:
    """A number as typed by a person: no trailing zeros, the language's decimal mark."""
    return number(value, lang, 4, trim=True, grouping=False)


def hours(value: float, lang: str) -> str:
    """Whole hours from 100 up; one decimal below, where it still means something."""
    return numbers.hours(value, lang, whole_from=100, trim=False)


def delta_hours(value: float, lang: str) -> str:
    """A change in hours: ``+12.5``, ``−70``, ``0``."""
    return signed(hours(abs(value), lang), value)


def money(value: float, currency: str, lang: str) -> str:
    """``€15,000`` in English, ``€ 15.000`` in Dutch; an unknown code goes in front."""
    decimals = 0 if abs(value) >= 100 or float(value).is_integer() else 2
    code = (currency or "EUR").strip().upper()
    return numbers.money(value, code, lang, decimals, unknown=code)


def local_time(iso: str) -> str:
    """``2026-03-31 14:05`` in local time; the input unchanged if it is not ISO 8601."""
    try:
        moment = datetime.fromisoformat(iso)
    except (TypeError, ValueError):
        return iso or "-"
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.isoformat(sep=" ", timespec="minutes")[:16]


def shorten(text: str, width: int) -> str:
    """``text`` on one line, cut to ``width`` characters with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= width:
        return text
    return text[: width - 1] + ELLIPSIS if width > 0 else ""


def _one_line(text: str) -> str:
    """Whitespace runs and line breaks become single spaces (a table row is one line)."""
    if "\n" in text or "\t" in text or "\r" in text or "  " in text or text != text.strip():
        return " ".join(text.split())
    return text


def table(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    *,
    right: frozenset[int] = frozenset(),
    flexible: Sequence[int] = (),
    optional: Sequence[int] = (),
    max_width: int | None = None,
    min_flexible: int = 12,
    gap: int = 2,
    indented: frozenset[int] = frozenset(),
) -> list[str]:
    """Lines of a table with a header and a rule.

    Columns in ``right`` are right-aligned (numbers). When ``max_width`` is given and
    the table is too wide, the ``optional`` columns are left out in that order while
    the ``flexible`` ones (title, organisation) would otherwise drop below
    ``min_flexible`` characters; then the flexible columns are shortened with an
    ellipsis, widest first. The first cell of the rows numbered in ``indented`` starts
    two spaces in (the items under a heading row).
    """
    cells = [[_one_line(str(c)) for c in row] for row in rows]
    for index in indented:
        cells[index][0] = "  " + cells[index][0]
    widths = [len(h) for h in headers]
    for row in cells:
        for i, cell in enumerate(row):
            widths[i] = max(widths[i], len(cell))
    shown = list(range(len(headers)))
    if max_width is not None:
        floor = {i: min(widths[i], max(min_flexible, len(headers[i]))) for i in flexible}

        def total(columns: list[int], squeezed: bool) -> int:
            sizes = [floor[i] if squeezed and i in floor else widths[i] for i in columns]
            return sum(sizes) + gap * (len(columns) - 1)

        for column in optional:
            if total(shown, squeezed=True) <= max_width:
                break
            shown.remove(column)
        excess = total(shown, squeezed=False) - max_width
        while excess > 0:
            candidates = [i for i in flexible if i in shown and widths[i] > floor[i]]
            if not candidates:
                break
            widths[max(candidates, key=lambda i: widths[i])] -= 1
            excess -= 1

    def line(values: Sequence[str]) -> str:
        parts = []
        for i in shown:
            value = values[i]
            if len(value) > widths[i]:
                lead = len(value) - len(value.lstrip(" "))  # keep an indent
                value = value[:lead] + shorten(value[lead:], widths[i] - lead)
            parts.append(value.rjust(widths[i]) if i in right else value.ljust(widths[i]))
        return (" " * gap).join(parts).rstrip()

    rule = (" " * gap).join("─" * widths[i] for i in shown)
    return [line(headers), rule, *(line(row) for row in cells)]
