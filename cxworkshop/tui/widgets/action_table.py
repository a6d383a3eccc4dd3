"""The action plan as one table: a bold row per barrier (in priority order) with its
actions indented underneath, and a last group for actions without a barrier. A barrier's
row is titled as the plan's heading for it: "B3 · text" (``BarrierRow.label``, numbered
by ``domain.refs``), so B3 on screen is B3 in the plan.

Row keys say what a row is: ``barrier:<id>``, ``none`` (the group without a barrier) and
``action:<id>``. When the rows stay the same only the changed cells are redrawn; when
rows come or go the table is refilled and the cursor stays on the same row.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.cells import cell_len
from rich.text import Text
from textual.binding import Binding
from textual.widgets import DataTable
from textual.widgets.data_table import RowDoesNotExist

from cxworkshop.domain.models import STATUSES
from cxworkshop.i18n import t
from cxworkshop.tui.keys import localize_bindings
from cxworkshop.tui.widgets.barrier_format import ThemeColours, one_line, plain

WIDE = 120  # from this width the first step and the success criterion get columns
NO_BARRIER = "none"

STATUS_MARKS = {"open": "○", "in_progress": "◐", "stuck": "▲", "done": "●", "dropped": "✕"}
STATUS_COLOURS = {"in_progress": "warning", "stuck": "error", "done": "success", "dropped": "text-muted"}


@dataclass(frozen=True)
class ActionRow:
    id: str
    what: str
    owner: str
    due: str
    status: str
    first_step: str
    success: str


@dataclass(frozen=True)
class ActionGroup:
    """A barrier (``barrier_id`` None: the actions without a barrier) and its actions."""

    barrier_id: str | None
    title: str
    actions: tuple[ActionRow, ...]

    @property
    def key(self) -> str:
        return NO_BARRIER if self.barrier_id is None else f"barrier:{self.barrier_id}"


@dataclass(frozen=True)
class _GroupLine:
    title: str
    count: int


_Item = ActionRow | _GroupLine


def status_label(status: str, lang: str) -> str:
    return f"{STATUS_MARKS.get(status, '?')} {t(f'status.{status}', lang)}"


class ActionTable(DataTable[Text]):
    """``show_groups(groups)`` after each save; ``selected_key`` is the row under the cursor."""

    DEFAULT_CSS = """
    ActionTable { height: 1fr; }
    ActionTable > .datatable--header { text-style: bold; }
    """

    BINDINGS = [
        Binding("enter", "select_cursor", "tui.actions.key.edit", tooltip="tui.actions.key.edit.help"),
    ]

    def __init__(self, lang: str, **kwargs: object) -> None:
        super().__init__(cursor_type="row", **kwargs)  # type: ignore[arg-type]
        self.lang = lang
        self._groups: list[ActionGroup] = []
        self._layout: tuple[tuple[str, int], ...] = ()
        self._shown: dict[str, _Item] = {}
        self._stale = False
        self.colours = ThemeColours(self, self._restyle)
        localize_bindings(self, lang)

    def on_mount(self) -> None:
        self.colours.watch()

    def _restyle(self) -> None:
        self._refill(self._wanted_layout(), self._rows())

    # -- what the pane calls ------------------------------------------------------
    @property
    def selected_key(self) -> str | None:
        if not self.row_count:
            return None
        row = min(max(self.cursor_row, 0), self.row_count - 1)
        return self.coordinate_to_cell_key((row, 0)).row_key.value

    def select(self, key: str) -> None:
        try:
            self.move_cursor(row=self.get_row_index(key), animate=False)
        except RowDoesNotExist:
            pass

    def show_groups(self, groups: list[ActionGroup]) -> None:
        self._groups = groups
        self._stale = True
        self._relayout()  # does nothing while hidden or not laid out: on_resize catches up

    # -- layout -------------------------------------------------------------------
    def on_resize(self) -> None:
        self._relayout()

    def _relayout(self) -> None:
        if not self.size.width:
            return
        layout = self._wanted_layout()
        if layout != self._layout:
            self._refill(layout, self._rows())
        elif self._stale:
            self._sync(layout, self._rows())
        self._stale = False

    def _sync(self, layout: tuple[tuple[str, int], ...], rows: list[tuple[str, _Item]]) -> None:
        selected = self.selected_key
        columns = [column for column, _ in layout]
        wanted = dict(rows)
        for gone in [key for key in self._shown if key not in wanted]:
            self.remove_row(gone)
            del self._shown[gone]
        for key, item in rows:
            before = self._shown.get(key)
            if before is None:
                self.add_row(*self._cells(item, columns), key=key)
            elif before != item:
                old = self._cells(before, columns)
                for column, was, cell in zip(columns, old, self._cells(item, columns), strict=True):
                    if (was.plain, str(was.style)) != (cell.plain, str(cell.style)):
                        self.update_cell(key, column, cell)
            self._shown[key] = item
        if [key for key, _ in rows] != [row.key.value for row in self.ordered_rows]:
            # DataTable sorts by cell values; the cells of the first column are unique
            # objects, so their identity tells each row's place in the plan
            place = {id(self.get_cell(key, "what")): index for index, (key, _) in enumerate(rows)}
            self.sort("what", key=lambda cell: place[id(cell)])
        if selected in wanted:
            self.select(selected)  # type: ignore[arg-type]

    def _wanted_layout(self) -> tuple[tuple[str, int], ...]:
        lang = self.lang
        width = self.size.width or 80
        status = max(cell_len(status_label(s, lang)) for s in STATUSES)
        count = cell_len(t("tui.actions.group.count", lang, count=888))
        fixed = [
            ("owner", 18 if width >= WIDE else 14),
            ("due", max(10, cell_len(t("tui.actions.col.due", lang)))),
            ("status", max(status, count)),
        ]
        padding = 2 * self.cell_padding * (len(fixed) + (3 if width >= WIDE else 1))
        room = max(16, width - sum(w for _, w in fixed) - padding - 2)
        if width < WIDE:
            return (("what", room), *fixed)
        what = room * 2 // 5
        step = (room - what) // 2
        return (("what", what), *fixed, ("first_step", step), ("success", room - what - step))

    def _refill(self, layout: tuple[tuple[str, int], ...], rows: list[tuple[str, _Item]]) -> None:
        selected = self.selected_key
        self._layout = layout
        self.clear(columns=True)
        self._shown = {}
        for column, width in layout:
            self.add_column(t(f"tui.actions.col.{column}", self.lang), width=width, key=column)
        columns = [column for column, _ in layout]
        for key, item in rows:
            self.add_row(*self._cells(item, columns), key=key)
            self._shown[key] = item
        if selected:
            self.select(selected)

    # -- rows ---------------------------------------------------------------------
    def _rows(self) -> list[tuple[str, _Item]]:
        rows: list[tuple[str, _Item]] = []
        for group in self._groups:
            rows.append((group.key, _GroupLine(group.title, len(group.actions))))
            rows.extend((f"action:{a.id}", a) for a in group.actions)
        return rows

    def _cells(self, item: _Item, columns: list[str]) -> list[Text]:
        if isinstance(item, _GroupLine):
            count = t("tui.actions.group.count", self.lang, count=item.count)
            group = {"what": plain(one_line(item.title), "bold"), "status": plain(count, "italic")}
            return [group.get(column, plain("")) for column in columns]
        colour = self.colours.get(STATUS_COLOURS.get(item.status, ""))
        dropped = item.status == "dropped"
        cells = {
            "what": plain("   " + one_line(item.what), "dim" if dropped else ""),
            "owner": plain(one_line(item.owner)),
            "due": plain(item.due),
            "status": plain(status_label(item.status, self.lang), colour if dropped else f"bold {colour}".strip()),
            "first_step": plain(one_line(item.first_step)),
            "success": plain(one_line(item.success)),
        }
        return [cells[column] for column in columns]
