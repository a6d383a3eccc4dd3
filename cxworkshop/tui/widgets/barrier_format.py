"""Small helpers the Barriers and Actions steps share: hours, one-line text, colours.

Numbers follow the session language (``cxworkshop.i18n.numbers``: Dutch ``1.234,5``,
English ``1,234.5``).
"""

from __future__ import annotations

from collections.abc import Callable

from rich.cells import cell_len, set_cell_size
from rich.text import Text
from textual.dom import DOMNode

from cxworkshop.i18n import t
from cxworkshop.i18n.numbers import hours as hours_number

__all__ = ["QUADRANT_COLOURS", "ThemeColours", "fit", "hours_number", "hours_text", "one_line", "plain"]

# theme variable per quadrant: good news green, big bets warm, money pits red, fill-ins plain
QUADRANT_COLOURS = {
    "quick_win": "success",
    "big_bet": "warning",
    "fill_in": "foreground",
    "money_pit": "error",
}


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
