"""Small markdown building blocks shared by the sections of the action plan.

Every function takes text that is already safe (escaped user text, catalogue text or
numbers) unless its docstring says otherwise.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from cxworkshop.export import escape
from cxworkshop.i18n import catalogue, t

Row = Sequence[str]


def table(header: Row, rows: Sequence[Row], align: str = "") -> str:
    """A GFM table. ``align`` has one letter per column: ``l`` (default) or ``r``."""
    marks = [("---:" if align[i:i + 1] == "r" else "---") for i in range(len(header))]
    lines = [_row(header), _row(marks)]
    lines.extend(_row(row) for row in rows)
    return "\n".join(lines)


def _row(cells: Row) -> str:
    return "| " + " | ".join(cells) + " |"


def tn(key: str, lang: str, count: int, /, **params: object) -> str:
    """Like ``t`` but uses ``<key>_one`` when ``count`` is 1 and that text exists."""
    if count == 1 and f"{key}_one" in catalogue("en"):
        return t(f"{key}_one", lang, count=count, **params)
    return t(key, lang, count=count, **params)


def heading(level: int, text: str) -> str:
    return f"{'#' * level} {text}"


def bullets(items: Sequence[str]) -> str:
    return "\n".join(f"- {item}" for item in items)


@lru_cache(maxsize=1024)
def label(prefix: str, value: str, lang: str) -> str:
    """The catalogue label for a stored choice ("side.customer" -> "klant").

    A value the catalogue does not know (a newer file, a hand edit) is shown as the
    escaped raw value instead of a bare key.
    """
    key = f"{prefix}.{value}"
    if key in catalogue(lang) or key in catalogue("en"):
        return t(key, lang)
    return escape.inline(value)


def text_or(text: str | None, lang: str, *, context: str = "inline", indent: str = "") -> str:
    """Escaped user text for ``context`` ("inline", "block", "cell"), or a placeholder."""
    if not escape.has_text(text):
        return t("export.md.empty", lang)
    assert text is not None
    if context == "cell":
        return escape.cell(text)
    if context == "block":
        return escape.block(text, indent)
    return escape.inline(text)


def cell_or_blank(text: str | None) -> str:
    """Escaped cell text; empty stays empty (a blank cell reads better than a dash)."""
    return escape.cell(text) if escape.has_text(text) else ""


def drop_column(header: list[str], rows: list[list[str]], align: str,
                index: int) -> tuple[list[str], list[list[str]], str]:
    """The table without column ``index`` (e.g. votes in a solo session, where nobody votes)."""
    return ([c for i, c in enumerate(header) if i != index],
            [[c for i, c in enumerate(row) if i != index] for row in rows],
            align[:index] + align[index + 1:])
