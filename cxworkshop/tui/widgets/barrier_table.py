"""The barriers as a table in priority order, updated in place after every save.

The pane hands over a list of ``BarrierRow`` (already in priority order); the rank (#)
comes first, then the barrier's number in the plan (B3: by entry order, ``domain.refs``),
so what the plan calls B3 can be found on screen. The table
adds, removes and updates only the rows that changed, re-sorts by rank and keeps the
cursor on the same barrier. Columns adapt to the width: category and department get
their own columns only when there is room (the pane shows them under the table otherwise).
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.cells import cell_len
from rich.text import Text
from textual.binding import Binding
from textual.widgets import DataTable
from textual.widgets.data_table import RowDoesNotExist

from cxworkshop.domain.barriers import QUADRANTS
from cxworkshop.domain.models import CATEGORIES
from cxworkshop.i18n import t
from cxworkshop.tui.keys import localize_bindings
from cxworkshop.tui.widgets.barrier_format import hours_text, one_line, ThemeColours, plain
from cxworkshop.tui.widgets.barrier_rows import BarrierRow

WIDE = 118  # from this many cells the category and department get columns


@dataclass(frozen=True)
class _Layout:
    lang: str
    solo: bool
    wide: bool
    columns: tuple[tuple[str, int], ...]  # (column key, width)


def _score(value: int, wide: bool) -> str:
    return f"{value} " + "●" * value + "○" * (5 - value) if wide else str(value)


class BarrierTable(DataTable[Text]):
    """``show_rows(rows)`` after each save; ``selected_id`` is the highlighted barrier."""

    DEFAULT_CSS = """
    BarrierTable { height: 1fr; }
    BarrierTable > .datatable--header { text-style: bold; }
    """

    BINDINGS = [
        Binding("enter", "select_cursor", "tui.barriers.key.edit", tooltip="tui.barriers.key.edit.help"),
    ]

    def __init__(self, lang: str, solo: bool, **kwargs: object) -> None:
        super().__init__(cursor_type="row", zebra_stripes=True, **kwargs)  # type: ignore[arg-type]
        self.lang = lang
        self.solo = solo
        self._layout: _Layout | None = None
        self._rows: list[BarrierRow] = []
        self._shown: dict[str, BarrierRow] = {}
        self._stale = False
        self.colours = ThemeColours(self, self.restyle)
        localize_bindings(self, lang)

    def on_mount(self) -> None:
        self.colours.watch()

    # -- what the pane calls ------------------------------------------------------
    @property
    def selected_id(self) -> str | None:
        if not self.row_count:
            return None
        row = min(max(self.cursor_row, 0), self.row_count - 1)
        key = self.coordinate_to_cell_key((row, 0)).row_key.value  # type: ignore[arg-type]
        return key

    def select(self, barrier_id: str) -> None:
        try:
            index = self.get_row_index(barrier_id)
        except RowDoesNotExist:
            return
        self.move_cursor(row=index, animate=False)

    def set_language(self, lang: str, solo: bool) -> None:
        if (lang, solo) != (self.lang, self.solo):
            self.lang, self.solo = lang, solo
            localize_bindings(self, lang)
            self._relayout()

    def show_rows(self, rows: list[BarrierRow]) -> None:
        """Show ``rows`` (in priority order), changing only what differs."""
        self._rows = rows
        self._stale = True
        self._relayout()  # does nothing while hidden or not laid out: on_resize catches up

    def restyle(self) -> None:
        """Redraw every row (the theme changed, so the quadrant colours did too)."""
        if self._layout is not None:
            self._rebuild(self._layout)

    # -- layout -------------------------------------------------------------------
    def on_resize(self) -> None:
        self._relayout()

    def _relayout(self) -> None:
        if not self.size.width:
            return
        layout = self._wanted_layout()
        if layout != self._layout:
            self._rebuild(layout)
        elif self._stale:
            self._sync(self._rows)
        self._stale = False

    def _wanted_layout(self) -> _Layout:
        lang, solo = self.lang, self.solo
        width = self.size.width or 80
        wide = width >= WIDE
        hours_label = "tui.barriers.col.hours" if wide else "tui.barriers.col.hours_short"
        widest_hours = max((cell_len(hours_text(r.hours, lang)) for r in self._rows), default=4)
        refs = max((cell_len(r.ref) for r in self._rows), default=2)
        fixed: list[tuple[str, int]] = [
            ("rank", max(2, len(str(len(self._rows))))),
            ("ref", max(refs, cell_len(t("tui.barriers.col.ref", lang)))),
        ]
        if wide:
            categories = max(cell_len(t(f"category.{c}", lang)) for c in CATEGORIES)
            fixed += [("category", min(20, categories)), ("department", 18)]
        score_width = 7 if wide else 1
        fixed += [
            ("impact", max(score_width, cell_len(t("tui.barriers.col.impact", lang)))),
            ("effort", max(score_width, cell_len(t("tui.barriers.col.effort", lang)))),
        ]
        if not solo:
            fixed.append(("votes", max(3, cell_len(t("tui.barriers.col.votes", lang)))))
        quadrants = max(cell_len(t(f"quadrant.{q}", lang)) for q in QUADRANTS)
        fixed += [
            ("quadrant", max(quadrants, cell_len(t("tui.barriers.col.quadrant", lang)))),
            ("links", cell_len(t("tui.barriers.col.links", lang))),
            ("hours", max(widest_hours, cell_len(t(hours_label, lang)))),
        ]
        padding = 2 * self.cell_padding * (len(fixed) + 1)
        text_width = max(12, width - sum(w for _, w in fixed) - padding - 2)
        columns = [*fixed[:2], ("text", text_width), *fixed[2:]]
        return _Layout(lang, solo, wide, tuple(columns))

    def _rebuild(self, layout: _Layout) -> None:
        selected = self.selected_id
        self._layout = layout
        self.clear(columns=True)
        self._shown = {}
        for key, width in layout.columns:
            label = _column_label(key, layout)
            justify = "left" if key in ("text", "category", "department", "quadrant") else "right"
            self.add_column(Text(label, justify=justify), width=width, key=key)  # type: ignore[arg-type]
        for row in self._rows:
            self.add_row(*self._cells(row).values(), key=row.id)
            self._shown[row.id] = row
        if selected:
            self.select(selected)

    # -- rows ---------------------------------------------------------------------
    def _cells(self, row: BarrierRow) -> dict[str, Text]:
        layout = self._layout
        assert layout is not None
        lang = layout.lang
        cells: dict[str, Text] = {}
        for key, _width in layout.columns:
            if key == "rank":
                cells[key] = plain(str(row.rank), "bold", "right")
            elif key == "ref":
                cells[key] = plain(row.ref, "bold", "right")
            elif key == "text":
                cells[key] = plain(one_line(row.text))
            elif key == "category":
                cells[key] = plain(t(f"category.{row.category}", lang))
            elif key == "department":
                cells[key] = plain(one_line(row.department))
            elif key in ("impact", "effort"):
                value = row.impact if key == "impact" else row.effort
                cells[key] = plain(_score(value, layout.wide), "bold", "right")
            elif key == "votes":
                cells[key] = plain(str(row.votes), "bold" if row.votes else "", "right")
            elif key == "quadrant":
                cells[key] = plain(t(f"quadrant.{row.quadrant}", lang), self.colours.quadrant(row.quadrant))
            elif key == "links":
                cells[key] = plain(str(row.links), "", "right")
            elif key == "hours":
                cells[key] = plain(hours_text(row.hours, lang), "bold" if row.hours else "", "right")
        return cells

    def _sync(self, rows: list[BarrierRow]) -> None:
        selected = self.selected_id
        wanted = {row.id for row in rows}
        for gone in [key for key in self._shown if key not in wanted]:
            self.remove_row(gone)
            del self._shown[gone]
        for row in rows:
            before = self._shown.get(row.id)
            if before is None:
                self.add_row(*self._cells(row).values(), key=row.id)
            elif before != row:
                old, new = self._cells(before), self._cells(row)
                for key, cell in new.items():
                    if (cell.plain, str(cell.style)) != (old[key].plain, str(old[key].style)):
                        self.update_cell(row.id, key, cell)
            self._shown[row.id] = row
        order = [row.id for row in rows]
        if order != [shown.key.value for shown in self.ordered_rows]:
            self.sort("rank", key=lambda cell: int(cell.plain))
        if selected in wanted:
            self.select(selected)  # type: ignore[arg-type]


def _column_label(key: str, layout: _Layout) -> str:
    if key == "hours" and not layout.wide:
        return t("tui.barriers.col.hours_short", layout.lang)
    return t(f"tui.barriers.col.{key}", layout.lang)
