"""Numbers as the room reads them, in the session language.

Dutch groups thousands with a dot and writes decimals with a comma (``1.234``,
``0,8``); English does the opposite. Plain functions, no Textual: the table, the
totals, the bars and the dialogs share them.
"""

from __future__ import annotations

import math

from rich.cells import cell_len

CURRENCY_SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£"}
_TO_DUTCH = str.maketrans({",": ".", ".": ","})


def number(value: float, lang: str, decimals: int = 0) -> str:
    """``value`` rounded to ``decimals`` places, grouped by thousands, trailing zeros dropped."""
    if not math.isfinite(value):
        return "–"
    text = f"{value:,.{decimals}f}"
    if decimals and "." in text:
        text = text.rstrip("0").rstrip(".")
    if text in ("-0", ""):
        text = "0"
    return text.translate(_TO_DUTCH) if lang == "nl" else text


def hours(value: float, lang: str) -> str:
    """Hours: whole hours, or one decimal below ten so small items do not show as 0."""
    return number(value, lang, 1 if abs(value) < 9.95 else 0)


def figure(value: float, lang: str) -> str:
    """An input figure as typed back to the user (``2,5`` minutes, ``12`` times)."""
    return number(value, lang, 2)


def plain(value: float, lang: str) -> str:
    """A figure to put back in an input: no thousands separators, so it reads back the same."""
    text = f"{value:.6g}"
    if float(text) != value or "e" in text:
        text = repr(float(value))
    text = text.removesuffix(".0")
    return text.replace(".", ",") if lang == "nl" else text


def fte(value: float, lang: str) -> str:
    return number(value, lang, 1 if value >= 0.095 or value == 0 else 2)


def money(value: float, currency: str, lang: str, *, cents: bool = False) -> str:
    """``€ 80.210`` (nl) / ``€80,210`` (en); unknown currencies keep their code.

    With ``cents``, an amount that is not whole shows two decimals (``€ 50,50``)."""
    amount = number(value, lang, 0)
    if cents and not float(value).is_integer():
        amount = f"{value:,.2f}".translate(_TO_DUTCH) if lang == "nl" else f"{value:,.2f}"
    symbol = CURRENCY_SYMBOLS.get(currency.upper().strip(), "")
    if not symbol:
        return f"{currency.strip() or 'EUR'} {amount}"
    return f"{symbol} {amount}" if lang == "nl" else f"{symbol}{amount}"


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
