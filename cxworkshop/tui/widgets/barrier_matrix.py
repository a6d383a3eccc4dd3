"""The impact/effort 2×2: every barrier in its quadrant, with the hours it would free.

Impact runs up, effort runs right: quick wins top left, big bets top right, fill-ins
bottom left, money pits bottom right. Each box lists its barriers in priority order, each
with the number the plan gives it (B3, as in the table's "No." column), and cuts the list
to the space it has ("… and 12 more"), so a thousand barriers cost no more than ten. The selected barrier (the table's cursor) is highlighted; the matrix can take
focus, and up/down then move the selection.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from rich.cells import cell_len
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Static

from cxworkshop.domain.barriers import QUADRANTS
from cxworkshop.i18n import t
from cxworkshop.tui.keys import localize_bindings
from cxworkshop.tui.widgets.barrier_format import fit, hours_text
from cxworkshop.tui.widgets.barrier_rows import BarrierRow


class QuadrantBox(Widget):
    """One quadrant: a titled box with one line per barrier."""

    DEFAULT_CSS = """
    QuadrantBox {
        height: 1fr; width: 1fr; padding: 0 1;
        border: round $foreground 60%;
        border-title-style: bold; border-subtitle-color: $text-muted;
    }
    QuadrantBox.-quick_win { border: round $success; border-title-color: $success; }
    QuadrantBox.-big_bet { border: round $warning; border-title-color: $warning; }
    QuadrantBox.-fill_in { border: round $foreground 60%; border-title-color: $foreground; }
    QuadrantBox.-money_pit { border: round $error; border-title-color: $error; }
    """

    def __init__(self, quadrant: str) -> None:
        super().__init__(classes=f"-{quadrant}", id=f"quadrant-{quadrant}")
        self.quadrant = quadrant
        self.rows: list[BarrierRow] = []
        self.selected: str | None = None
        self.lang = "en"
        self.highlight = False

    def show(self, rows: list[BarrierRow], selected: str | None, lang: str, highlight: bool,
             hours: float = 0.0) -> None:
        """``hours``: what removing all of the box's barriers frees, each frustration once
        (``domain.barriers.freed_hours_by_quadrant``), not the sum of the rows."""
        self.rows, self.selected, self.lang, self.highlight = rows, selected, lang, highlight
        hours_label = hours_text(hours, lang)
        name = t(f"quadrant.{self.quadrant}", lang)
        self.border_title = t("tui.barriers.matrix.title", lang, quadrant=name, count=len(rows), hours=hours_label)
        self.border_subtitle = t(f"tui.barriers.matrix.hint.{self.quadrant}", lang)
        self.refresh()

    def lines(self, width: int, height: int) -> list[Text]:
        """The visible lines for a box of ``width`` × ``height`` cells."""
        if not self.rows:
            return [Text(t("tui.barriers.matrix.empty", self.lang), style="italic")]
        height = max(1, height)
        shown = self.rows
        start = 0
        if len(self.rows) > height:
            room = max(1, height - 1)
            index = next((i for i, r in enumerate(self.rows) if r.id == self.selected), 0)
            start = max(0, index - room + 1)
            shown = self.rows[start : start + room]
        lines = [self._line(row, width) for row in shown]
        hidden = len(self.rows) - len(shown)
        if hidden:
            lines.append(Text(t("tui.barriers.matrix.more", self.lang, count=hidden), style="italic"))
        return lines

    def _line(self, row: BarrierRow, width: int) -> Text:
        rank = f"{row.ref or row.rank} "  # the plan's number (B3); the box is in priority order
        hours = " " + hours_text(row.hours, self.lang)
        room = max(1, width - cell_len(rank) - cell_len(hours))
        text = fit(row.text, room)
        gap = " " * max(0, room - cell_len(text))
        is_selected = row.id == self.selected
        line = Text(no_wrap=True, overflow="crop", end="")
        line.append(rank, style="bold")
        line.append(text + gap)
        line.append(hours, style="bold" if row.hours else "")
        if is_selected:
            line.stylize("reverse" if self.highlight else "underline")
        return line

    def render(self) -> Text:
        size = self.content_size
        return Text("\n", end="").join(self.lines(size.width, size.height))


class BarrierMatrix(Widget, can_focus=True):
    """``show(rows, selected_id, lang, quadrant_hours)``; posts :class:`BarrierMatrix.Moved`
    on up/down. ``quadrant_hours`` (quadrant -> hours freed, each frustration once) comes
    from ``domain.barriers.freed_hours_by_quadrant``."""

    DEFAULT_CSS = """
    BarrierMatrix { height: 1fr; layout: vertical; }
    BarrierMatrix > #matrix-axes { color: $text-muted; height: 1; }
    BarrierMatrix > Grid { grid-size: 2 2; grid-gutter: 0 1; height: 1fr; }
    BarrierMatrix:focus > #matrix-axes { color: $accent; text-style: bold; }
    """

    BINDINGS = [
        Binding("up,k", "move(-1)", "tui.barriers.matrix.key.up", show=False),
        Binding("down,j", "move(1)", "tui.barriers.matrix.key.down", show=False),
        Binding("enter", "choose", "tui.barriers.key.edit", tooltip="tui.barriers.key.edit.help"),
    ]

    @dataclass
    class Moved(Message):
        """The user moved the selection in the 2×2 to ``barrier_id``."""

        barrier_id: str

    class Chosen(Message):
        """Enter on the selected barrier (the pane opens the edit dialog)."""

    def __init__(self, lang: str, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.lang = lang
        self.rows: list[BarrierRow] = []
        self.selected: str | None = None
        self.quadrant_hours: Mapping[str, float] = {}
        self.focused = False  # our own flag: on_focus runs before Textual sets has_focus
        self.boxes = {q: QuadrantBox(q) for q in QUADRANTS}
        localize_bindings(self, lang)

    def compose(self) -> ComposeResult:
        yield Static(t("tui.barriers.matrix.axes", self.lang), id="matrix-axes", markup=False)
        with Grid():
            for quadrant in ("quick_win", "big_bet", "fill_in", "money_pit"):
                yield self.boxes[quadrant]

    def show(self, rows: list[BarrierRow], selected: str | None, lang: str,
             quadrant_hours: Mapping[str, float] | None = None) -> None:
        """Without ``quadrant_hours`` the boxes keep the hours they were last given."""
        if quadrant_hours is not None:
            self.quadrant_hours = quadrant_hours
        if lang != self.lang:
            self.lang = lang
            localize_bindings(self, lang)
            if self.is_mounted:
                self.query_one("#matrix-axes", Static).update(t("tui.barriers.matrix.axes", lang))
        self.rows, self.selected = rows, selected
        for quadrant, box in self.boxes.items():
            box.show([r for r in rows if r.quadrant == quadrant], selected, lang, self.focused,
                     self.quadrant_hours.get(quadrant, 0.0))

    def on_focus(self) -> None:
        self.focused = True
        self.show(self.rows, self.selected, self.lang)

    def on_blur(self) -> None:
        self.focused = False
        self.show(self.rows, self.selected, self.lang)

    def action_choose(self) -> None:
        if self.selected is not None:
            self.post_message(self.Chosen())

    def action_move(self, delta: int) -> None:
        if not self.rows:
            return
        ids = [r.id for r in self.rows]
        index = ids.index(self.selected) if self.selected in ids else -1
        index = min(max(index + delta, 0), len(ids) - 1)
        self.selected = ids[index]
        self.show(self.rows, self.selected, self.lang)
        self.post_message(self.Moved(ids[index]))

