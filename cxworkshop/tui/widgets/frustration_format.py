"""Numbers as the room reads them, in the session language, and short lines of text.

The writing is ``cxworkshop.i18n.numbers`` (Dutch ``1.234`` and ``0,8``, English the
other way round); here the Frustrations step's choices: no trailing zeros, hours with
one decimal below ten, cents only when asked. Plain functions, no Textual: the table,
the totals, the bars and the dialogs share them.
"""

from __future__ import annotations

from rich.cells import cell_len

from cxworkshop.i18n import numbers
from cxworkshop.i18n.numbers import fte, hours
from cxworkshop.i18n.numbers import typed as plain

__all__ = ["figure", "fte", "hours", "money", "number", "plain", "shorten"]


def number(value: float, lang: str, decimals: int = 0) -> str:
    """``value`` rounded to ``decimals`` places, grouped by thousands, trailing zeros dropped."""
    return numbers.amount(value, lang, decimals)


def figure(value: float, lang: str) -> str:
    """An input figure as typed back to the user (``2,5`` minutes, ``12`` times)."""
    return number(value, lang, 2)


def money(value: float, currency: str, lang: str, *, cents: bool = False) -> str:
    """``€ 80.210`` (nl) / ``€80,210`` (en); unknown currencies keep their code.

    With ``cents``, an amount that is not whole shows two decimals (``€ 50,50``)."""
    whole = not cents or float(value).is_integer()
    return numbers.money(value, currency, lang, 0 if whole else 2)


def shorten(text: str, width: int) -> str:
    """One line of at most ``width`` cells, ending in an ellipsis when cut."""
    limit = width * 4 + 8  # more than can ever fit: no need to scan a long text to the end
    line = " ".join(text[:limit].split())
    cut_off = len(text) > limit and not text[limit:].isspace()
    if cell_len(line) <= width and not cut_off:
        return line
    if width < 1:
        return ""
    kept: list[str] = []
    used = 0
    for ch in line[:width]:
        used += cell_len(ch)
        if used > width - 1:
            break
        kept.append(ch)
    return "".join(kept).rstrip() + "…"
