"""Numbers for the then-and-now comparison, written the way each language writes them.

The writing is ``cxworkshop.i18n.numbers``; here the comparison's choices: a change
carries a real minus sign (``−340``) and a plus sign when it went up, figures keep
their decimal (``0,0``, ``2,2 fte``). Plain functions, no Textual.
"""

from __future__ import annotations

from functools import partial

from cxworkshop.domain.followup import Change
from cxworkshop.i18n import numbers, t

MINUS = numbers.MINUS

number = partial(numbers.number, minus=MINUS)
hours = partial(numbers.hours, trim=False, minus=MINUS)
fte = partial(numbers.fte, trim=False, minus=MINUS)
money = partial(numbers.money, minus=MINUS)


def signed(text: str, delta: float) -> str:
    """Put ``+`` in front of a formatted rise (a fall already starts with ``−``)."""
    return numbers.with_sign(text, delta) if delta > 0 else text


def delta_hours(change: Change, lang: str) -> str:
    return signed(hours(change.delta, lang), change.delta)


def percent(change: Change, lang: str) -> str:
    """``−23%``; ``new`` when there was nothing before; ``–`` when both are zero."""
    value = change.percent
    if value is None:
        return t("tui.compare.new", lang) if change.after > 0 else "–"
    return numbers.change_percent(value, lang)


def trend_style(delta: float, *, lower_is_better: bool = True) -> str:
    """Theme variable for a change: fewer frustration hours is good news."""
    if abs(delta) < 1e-9:
        return "$foreground-muted"
    better = delta < 0 if lower_is_better else delta > 0
    return "$success" if better else "$error"


def arrow(delta: float) -> str:
    if abs(delta) < 1e-9:
        return "="
    return "▼" if delta < 0 else "▲"
