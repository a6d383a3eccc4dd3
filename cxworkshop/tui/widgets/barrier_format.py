"""Small helpers the Barriers and Actions steps share: hours, one-line text, key labels.

Numbers follow the session language (Dutch ``1.234,5``, English ``1,234.5``). Key
bindings are written with catalogue keys as descriptions and translated per widget
instance, because the footer labels depend on the session language.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import replace

from rich.cells import cell_len, set_cell_size
from rich.text import Text
from textual.binding import Binding
from textual.dom import DOMNode

from cxworkshop.i18n import t

_TO_DUTCH = str.maketrans({",": ".", ".": ","})

# theme variable per quadrant: good news green, big bets warm, money pits red, fill-ins plain
QUADRANT_COLOURS = {
    "quick_win": "success",
    "big_bet": "warning",
    "fill_in": "foreground",
    "money_pit": "error",
}


def number(value: float, lang: str, decimals: int = 0) -> str:
    """``value`` grouped by thousands, at most ``decimals`` decimals, in ``lang``'s style."""
    if not math.isfinite(value):
        return "–"
    text = f"{value:,.{decimals}f}"
    if decimals and "." in text:
        text = text.rstrip("0").rstrip(".")
    if text in ("-0", ""):
        text = "0"
    return text.translate(_TO_DUTCH) if lang == "nl" else text


def hours_number(value: float, lang: str) -> str:
    """Whole hours, with one decimal below ten so a small item does not read as 0."""
    return number(value, lang, 1 if abs(value) < 9.95 else 0)


def hours_text(value: float, lang: str) -> str:
    """``1.234 u`` / ``1,234 h``."""
    return t("tui.barriers.hours", lang, hours=hours_number(value, lang))


def one_line(text: str) -> str:
    """User text on one line: newlines and tabs become spaces."""
    return " ".join(text.split())


def fit(text: str, width: int) -> str:
    """``text`` on one line, cut to ``width`` cells with an ellipsis when too long."""
    line = one_line(text)
    if width <= 0:
        return ""
    if cell_len(line) <= width:
        return line
    return set_cell_size(line, width - 1).rstrip() + "…"


def plain(text: str, style: str = "", justify: str = "left") -> Text:
    """User text as a Rich ``Text`` (never parsed as markup: "[b]" stays "[b]")."""
    return Text(text, style=style, justify=justify, no_wrap=True, overflow="ellipsis", end="")  # type: ignore[arg-type]


class ThemeColours:
    """The theme's colours by variable name, computed once and again when the theme changes.

    ``App.get_css_variables`` recomputes the whole palette on every call (milliseconds),
    so a table with a thousand coloured cells must not ask per cell.
    """

    def __init__(self, node: DOMNode, on_change: Callable[[], None]) -> None:
        self.node = node
        self.on_change = on_change
        self._colours: dict[str, str] | None = None

    def watch(self) -> None:
        """Call from ``on_mount``: recolour when the user switches theme (e.g. projector)."""
        self.node.app.theme_changed_signal.subscribe(self.node, self._changed)  # type: ignore[arg-type]

    def _changed(self, _theme: object) -> None:
        self._colours = None
        self.on_change()

    def get(self, name: str) -> str:
        if self._colours is None:
            self._colours = self.node.app.get_css_variables()
        return self._colours.get(name, "")

    def quadrant(self, quadrant: str) -> str:
        """Bold text in the quadrant's colour."""
        return f"bold {self.get(QUADRANT_COLOURS.get(quadrant, 'foreground'))}".strip()


def localize_bindings(node: DOMNode, lang: str) -> None:
    """Give ``node`` its class bindings with every ``tui.*`` label translated into ``lang``.

    Write ``BINDINGS`` with catalogue keys as description, tooltip and group description;
    inherited bindings (cursor keys of a DataTable...) are kept as they are.
    """
    source = type(node)._merged_bindings
    if source is None:
        return
    bindings = source.copy()
    for key, items in bindings.key_to_bindings.items():
        bindings.key_to_bindings[key] = [_translated(b, lang) for b in items]
    node._bindings = bindings
    node.refresh_bindings()


def _translated(binding: Binding, lang: str) -> Binding:
    group = binding.group
    if group is not None and group.description.startswith("tui."):
        group = Binding.Group(t(group.description, lang), compact=group.compact)
    return replace(
        binding,
        description=_tr(binding.description, lang),
        tooltip=_tr(binding.tooltip, lang),
        group=group,
    )


def _tr(text: str, lang: str) -> str:
    return t(text, lang) if text.startswith("tui.") else text
