"""Numbers as each language writes them: one place for the TUI, the CLI and the export.

Dutch groups thousands with a dot and writes decimals with a comma (``1.234,5``);
English the other way round (``1,234.5``). A number never reads "-0", something that
is not a number reads "–", a change carries a real minus sign (``−340``) and a plus
sign when it went up, and money gets its currency symbol when we know one (``€ 1.234``
in Dutch, ``€1,234`` in English). Plain functions: no Textual, no Rich.

Each caller picks how many decimals a figure deserves (hours shown whole from ten or
from a hundred, cents on small amounts...); the writing itself happens here.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

MINUS = "\u2212"  # a real minus sign, for changes
HYPHEN = "-"  # the plain one, for figures that are rarely negative
NOT_A_NUMBER = "–"
CURRENCY_SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£"}

_TO_DUTCH = str.maketrans({",": ".", ".": ","})
_NONZERO = frozenset("123456789")


def number(value: float, lang: str, decimals: int = 0, *, trim: bool = False,
           minus: str = HYPHEN, grouping: bool = True) -> str:
    """``value`` rounded to ``decimals`` places in ``lang``'s style.

    ``trim`` drops trailing decimal zeros (``2.50`` → ``2.5``, ``3.0`` → ``3``);
    ``grouping=False`` leaves out the thousands separators (a number to type back)."""
    if not math.isfinite(value):
        return NOT_A_NUMBER
    text = f"{abs(value):{',' if grouping else ''}.{max(0, decimals)}f}"
    if trim and "." in text:
        text = text.rstrip("0").rstrip(".")
    if lang == "nl":
        text = text.translate(_TO_DUTCH)
    if value < 0 and any(ch in _NONZERO for ch in text):
        text = minus + text
    return text


def amount(value: float, lang: str, max_decimals: int = 2) -> str:
    """A count or an input figure with as few decimals as it needs (``8``, ``2.5``, ``0.25``)."""
    return number(value, lang, max_decimals, trim=True)


def with_sign(text: str, value: float) -> str:
    """``text`` (a formatted size without sign) with ``+`` or ``−`` in front, as ``value``
    rose or fell; no sign when the text shows no change (``0``, ``€ 0``, ``–``)."""
    if not any(ch in _NONZERO for ch in text):
        return text
    return ("+" if value > 0 else MINUS) + text


def signed(value: float, lang: str, decimals: int = 0, *, trim: bool = False) -> str:
    """A change: ``+12.5``, ``−3``, ``0``."""
    return with_sign(number(abs(value), lang, decimals, trim=trim), value)


def change_percent(value: float, lang: str) -> str:
    """A relative change: ``−23%``, ``+4.5%`` (one decimal below 10%), ``0%``."""
    decimals = 1 if 0 < abs(value) < 9.95 else 0
    return signed(value, lang, decimals) + "%"


def hours(value: float, lang: str, *, whole_from: float = 9.95, trim: bool = True,
          minus: str = HYPHEN) -> str:
    """Hours: whole from ``whole_from`` up (and whole values), one decimal below, so a
    small item does not read as 0."""
    whole = abs(value) >= whole_from or (math.isfinite(value) and float(value).is_integer())
    return number(value, lang, 0 if whole else 1, trim=trim, minus=minus)


def fte(value: float, lang: str, *, trim: bool = True, minus: str = HYPHEN) -> str:
    """Full-time equivalents: one decimal, two for a sliver (``0.04``)."""
    return number(value, lang, 2 if 0 < abs(value) < 0.095 else 1, trim=trim, minus=minus)


def typed(value: float, lang: str) -> str:
    """A figure to put back in an input: no thousands separators, as few decimals as
    needed, so that reading it back gives the same value."""
    if not math.isfinite(value):
        return NOT_A_NUMBER
    text = f"{value:.6g}"
    if float(text) != value or "e" in text:
        text = repr(float(value))
    text = text.removesuffix(".0")
    return text.replace(".", ",") if lang == "nl" else text


def currency_symbol(currency: str, symbols: Mapping[str, str] = CURRENCY_SYMBOLS) -> str:
    """``€`` for ``EUR`` (any case, any spaces); empty for a currency we have no sign for."""
    return symbols.get(currency.strip().upper(), "")


def money(value: float, currency: str, lang: str, decimals: int = 0, *, minus: str = HYPHEN,
          unknown: str | None = None, symbols: Mapping[str, str] = CURRENCY_SYMBOLS) -> str:
    """``€ 80.210`` (nl) / ``€80,210`` (en). A currency without a symbol (in ``symbols``)
    is written in front (``CHF 5``) as ``unknown`` says, by default as typed (``EUR``
    when empty)."""
    amount = number(value, lang, decimals, minus=minus)
    symbol = currency_symbol(currency, symbols)
    if not symbol:
        code = unknown if unknown is not None else " ".join(currency.split())
        return f"{code or 'EUR'} {amount}"
    return f"{symbol} {amount}" if lang == "nl" else f"{symbol}{amount}"
