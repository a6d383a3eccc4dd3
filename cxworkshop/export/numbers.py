"""Numbers written the way each language writes them, for the markdown export.

The writing is ``cxworkshop.i18n.numbers`` (Dutch "1.234,5", English "1,234.5"); here
the export's choices: one decimal unless asked otherwise, cents only on small amounts,
no "$" sign, and other currency codes written in front ("CHF 1,234"), escaped for
markdown.
"""

from __future__ import annotations

import math
from functools import lru_cache

from cxworkshop.export.escape import inline
from cxworkshop.i18n import numbers

# no "$": in many markdown renderers (Obsidian, GitHub) a dollar sign starts a formula
_SYMBOLS = {"EUR": "€", "GBP": "£"}


def number(value: float, lang: str, decimals: int = 1) -> str:
    """``value`` with exactly ``decimals`` decimals and thousands separators."""
    return numbers.number(value, lang, decimals)


@lru_cache(maxsize=1024)
def amount(value: float, lang: str, max_decimals: int = 2) -> str:
    """A count or input figure: as few decimals as needed (8, 2.5, 0.25)."""
    return numbers.amount(value, lang, max_decimals)


def signed(value: float, lang: str, decimals: int = 1) -> str:
    """A difference: ``+12.5``, ``−3.0`` (a real minus sign) or ``0.0``."""
    return numbers.signed(value, lang, decimals)


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
    return numbers.money(value, currency, lang, decimals, unknown=inline(currency), symbols=_SYMBOLS)
