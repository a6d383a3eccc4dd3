"""Numbers written the way each language writes them.

Dutch uses a decimal comma and a period between thousands ("1.234,5"), English the
other way round ("1,234.5"). Amounts of money get the currency symbol when we know
one; other currency codes are written in front ("CHF 1,234"), escaped for markdown.
"""

from __future__ import annotations

import math
from functools import lru_cache

from cxworkshop.export.escape import inline

_SYMBOLS = {"EUR": "€", "GBP": "£"}


_DUTCH = str.maketrans(",.", ".,")


def number(value: float, lang: str, decimals: int = 1) -> str:
    """``value`` with exactly ``decimals`` decimals and thousands separators."""
    if not math.isfinite(value):
        return "–"
    text = f"{value:,.{decimals}f}"
    if text[0] == "-" and not text.strip("-0.,"):
        text = text[1:]  # never print "-0.0"
    return text.translate(_DUTCH) if lang == "nl" else text


@lru_cache(maxsize=1024)
def amount(value: float, lang: str, max_decimals: int = 2) -> str:
    """A count or input figure: as few decimals as needed (8, 2.5, 0.25)."""
    if not math.isfinite(value):
        return "–"
    text = number(value, lang, max_decimals)
    sep = "," if lang == "nl" else "."
    if sep in text:
        text = text.rstrip("0").rstrip(sep)
    return text


def signed(value: float, lang: str, decimals: int = 1) -> str:
    """A difference: ``+12.5``, ``−3.0`` (a real minus sign) or ``0.0``."""
    text = number(abs(value), lang, decimals)
    if not math.isfinite(value) or not text.strip("0.,"):
        return text
    return ("+" if value > 0 else "\u2212") + text


def signed_percent(value: float | None, lang: str) -> str:
    """A relative change in whole percents (``−15%``), or a dash when there is no base."""
    if value is None or not math.isfinite(value):
        return "–"
    return signed(value, lang, 0) + "%"


def percent(part: float, whole: float, lang: str) -> str:
    if whole <= 0 or not math.isfinite(part / whole):
        return "–"
    share = 100 * part / whole
    return f"{number(share, lang, 0 if share >= 1 or share == 0 else 1)}%"


def money(value: float, currency: str, lang: str) -> str:
    """``€ 1.234`` (nl) or ``€1,234`` (en); cents only for small, non-round amounts."""
    if not math.isfinite(value):
        return "–"
    cents = round(value * 100)
    decimals = 0 if cents % 100 == 0 or abs(value) >= 1000 else 2
    figure = number(value, lang, decimals)
    code = currency.strip().upper()
    symbol = _SYMBOLS.get(code)
    if symbol is None:
        return f"{inline(currency) or 'EUR'} {figure}"
    return f"{symbol} {figure}" if lang == "nl" else f"{symbol}{figure}"
