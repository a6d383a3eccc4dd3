"""Numbers for the then-and-now comparison, written the way each language writes them.

Dutch groups thousands with a dot and writes decimals with a comma (``1.234``, ``0,8``);
English the other way round. A change carries a real minus sign (``−340``) and a plus
sign when it went up. Plain functions, no Textual.
"""

from __future__ import annotations

import math

from cxworkshop.domain.followup import Change
from cxworkshop.i18n import t

MINUS = "\u2212"
_TO_DUTCH = str.maketrans({",": ".", ".": ","})
CURRENCY_SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£"}


def number(value: float, lang: str, decimals: int = 0) -> str:
    """``value`` rounded to ``decimals`` places, grouped by thousands, minus as ``−``."""
    if not math.isfinite(value):
        return "–"
    text = f"{abs(value):,.{decimals}f}"
    if lang == "nl":
        text = text.translate(_TO_DUTCH)
    negative = value < 0 and any(ch not in "0.," for ch in text)
    return MINUS + text if negative else text


def hours(value: float, lang: str) -> str:
    """Whole hours; one decimal below ten, so a small figure does not show as 0."""
    return number(value, lang, 1 if 0 < abs(value) < 9.95 else 0)


def fte(value: float, lang: str) -> str:
    return number(value, lang, 2 if 0 < abs(value) < 0.095 else 1)


def money(value: float, currency: str, lang: str) -> str:
    amount = number(value, lang, 0)
    symbol = CURRENCY_SYMBOLS.get(currency.strip().upper(), "")
    if not symbol:
        return f"{' '.join(currency.split()) or 'EUR'} {amount}"
    return f"{symbol} {amount}" if lang == "nl" else f"{symbol}{amount}"


def signed(text: str, delta: float) -> str:
    """Put ``+`` in front of a formatted rise (a fall already starts with ``−``)."""
    if text.startswith(MINUS) or text in ("0", "0,0", "0.0", "–") or delta <= 0:
        return text
    return "+" + text


def delta_hours(change: Change, lang: str) -> str:
    return signed(hours(change.delta, lang), change.delta)


def percent(change: Change, lang: str) -> str:
    """``−23%``; ``new`` when there was nothing before; ``–`` when both are zero."""
    value = change.percent
    if value is None:
        return t("tui.compare.new", lang) if change.after > 0 else "–"
    decimals = 1 if 0 < abs(value) < 9.95 else 0
    return signed(number(value, lang, decimals), value) + "%"


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
