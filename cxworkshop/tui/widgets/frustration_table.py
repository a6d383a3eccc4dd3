"""All frustrations, the most expensive first, kept up to date in place.

After a save only what changed is touched: new rows are added, gone rows removed,
changed cells updated, and the rows re-ordered by hours; the cursor stays on the same
frustration. The whole table is rebuilt only when its column layout changes (a resize,
the session language). That keeps it quick with a thousand frustrations.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

from rich.cells import cell_len
from rich.text import Text
from textual.message import Message
from textual.widgets import DataTable

from cxworkshop.domain.frustration import sorted_by_hours
from cxworkshop.domain.models import Frustration, Session
from cxworkshop.i18n import t
from cxworkshop.tui.keys import key
from cxworkshop.tui.widgets import frustration_format as fmt

COLUMNS = ("text", "side", "department", "often", "minutes", "people", "hours")
NARROW_WIDTH = 90  # below this many cells the table uses short labels
PADDING = 2  # DataTable's cell padding: one cell either side
SCROLLBAR = 2


class RowTexts(NamedTuple):
    source: tuple[object, ...]  # the frustration's fields and hours the texts were made from
    texts: tuple[str, ...]  # one plain text per column
    widths: tuple[int, ...]  # cell widths of every column but the text


class RankedCell:
    """A table cell that knows its place in the order (so the table can re-sort in place)."""

    __slots__ = ("text", "rank")

    def __init__(self, text: Text, rank: int = 0) -> None:
        self.text = text
        self.rank = rank

    def __rich__(self) -> Text:
        return self.text

    def __eq__(self, other: object) -> bool:
        return isinstance(other, RankedCell) and self.text == other.text

    __hash__ = None  # type: ignore[assignment]


class FrustrationTable(DataTable[object]):
    DEFAULT_CSS = """
    FrustrationTable { height: 1fr; }
    FrustrationTable > .datatable--header { text-style: bold; }
    """

    BINDINGS = [
        key("enter", "request('edit')", "tui.frustrations.key.edit"),
        key("delete,d", "request('delete')", "tui.frustrations.key.delete"),
    ]

    @dataclass
    class Requested(Message):
        """The user wants to ``edit`` or ``delete`` the frustration ``item_id``."""

        what: str
        item_id: str

    def __init__(self, lang: str = "en", **kwargs: object) -> None:
        super().__init__(cursor_type="row", zebra_stripes=True, **kwargs)  # type: ignore[arg-type]
        self.lang = lang
        self._layout: tuple[object, ...] = ()
        self._rows: dict[str, RowTexts] = {}  # what each row says, reused while unchanged
        self._cells: dict[str, tuple[object, ...]] = {}  # the cells in the table
        self._order: list[str] = []
        self._session: Session | None = None

    # -- what the pane calls ------------------------------------------------------
    def show_rows(self, session: Session, lang: str, focus_id: str | None = None) -> None:
        """Bring the rows in line with ``session``; keep (or move) the cursor."""
        self._session = session
        self.lang = lang
        ranked = sorted_by_hours(session)
        narrow = self._narrow()
        if (lang, narrow) != self._layout[:2]:
            self._rows = {}
        old = self._rows
        self._rows = {f.id: self._row_texts(f, hours, narrow, old.get(f.id)) for f, hours in ranked}
        layout = (lang, narrow, self._text_width(self._rows.values(), narrow))
        keep = focus_id or self.current_id()
        old_index = self.cursor_row
        if layout != self._layout:
            self._rebuild(layout)
        else:
            self._patch(old)
        for rank, (f, _) in enumerate(ranked):
            self._cells[f.id][-1].rank = rank  # type: ignore[union-attr]
        wanted = [f.id for f, _ in ranked]
        if self._order != wanted:
            self.sort("hours", key=lambda cell: cell.rank)
            self._order = wanted
        self._restore_cursor(keep, old_index)

    def current_id(self) -> str | None:
        if not self.row_count:
            return None
        return self.coordinate_to_cell_key(self.cursor_coordinate).row_key.value

    def on_resize(self) -> None:
        if self._session is None or not self._layout:
            return
        narrow = self._narrow()
        if narrow != self._layout[1] or self._text_width(self._rows.values(), narrow) != self._layout[2]:
            self.show_rows(self._session, self.lang)

    # -- building rows -----------------------------------------------------------
    def _narrow(self) -> bool:
        width = self.size.width or self.app.size.width
        return width < NARROW_WIDTH

    def _row_texts(self, f: Frustration, hours: float, narrow: bool, cached: RowTexts | None) -> RowTexts:
        source = (f.text, f.side, f.department, f.frequency, f.occurrences, f.minutes, f.people,
                  f.minutes_low, f.minutes_high, hours)
        if cached is not None and cached.source == source:
            return cached
        texts = self._texts(f, hours, narrow)
        return RowTexts(source, texts, tuple(cell_len(text) for text in texts[1:]))

    def _texts(self, f: Frustration, hours: float, narrow: bool) -> tuple[str, ...]:
        short = ".short" if narrow else ""
        lang = self.lang
        side = t(f"tui.frustrations.side.{f.side}.short", lang)
        minutes = fmt.figure(f.minutes, lang)
        if not narrow and (f.minutes_low is not None or f.minutes_high is not None):
            low = f.minutes if f.minutes_low is None else f.minutes_low
            high = f.minutes if f.minutes_high is None else f.minutes_high
            minutes += f" ({fmt.figure(low, lang)}–{fmt.figure(high, lang)})"
        often = t(f"tui.frustrations.often.{f.frequency}{short}", lang, n=fmt.figure(f.occurrences, lang))
        department = fmt.shorten(f.department, 12 if narrow else 18) or "–"
        return (f.text, side, department, often, minutes, fmt.number(f.people, lang), fmt.hours(hours, lang))

    def _labels(self, narrow: bool) -> list[str]:
        labels = []
        for name in COLUMNS:
            short = f"tui.frustrations.col.{name}.short"
            labels.append(t(short if name == "side" or (narrow and name in ("department", "often", "minutes", "people"))
                            else f"tui.frustrations.col.{name}", self.lang))
        return labels

    def _text_width(self, rows: Iterable[RowTexts], narrow: bool) -> int:
        """Cells left for the frustration text once every other column has its width."""
        widths = [cell_len(label) for label in self._labels(narrow)[1:]]
        content = [row.widths for row in rows]
        if content:
            widths = [max(pair) for pair in zip(widths, map(max, zip(*content)))]
        width = self.size.width or self.app.size.width
        used = sum(widths) + PADDING * len(COLUMNS) + SCROLLBAR
        return max(12, width - used)

    def _cells_for(self, texts: tuple[str, ...], text_width: int) -> tuple[object, ...]:
        text, *middle, hours = texts
        cells: list[object] = [Text(fmt.shorten(text, text_width), no_wrap=True)]
        cells.append(Text(middle[0]))
        cells.append(Text(middle[1], no_wrap=True))
        cells.extend(Text(value, justify="right") for value in middle[2:])
        cells.append(RankedCell(Text(hours, style="bold", justify="right")))
        return tuple(cells)

    def _rebuild(self, layout: tuple[object, ...]) -> None:
        self._layout = layout
        _, narrow, text_width = layout
        self.clear(columns=True)
        for name, label in zip(COLUMNS, self._labels(bool(narrow))):
            justify = "right" if name in ("minutes", "people", "hours", "often") else "left"
            self.add_column(Text(label, justify=justify), key=name)  # type: ignore[arg-type]
        self._cells = {}
        for item_id, row in self._rows.items():
            cells = self._cells_for(row.texts, int(text_width))  # type: ignore[arg-type]
            self._cells[item_id] = cells
            self.add_row(*cells, key=item_id)
        self._order = list(self._rows)

    def _patch(self, old: dict[str, RowTexts]) -> None:
        """Touch only the rows that are new, gone or changed since ``old``."""
        text_width = int(self._layout[2])  # type: ignore[arg-type]
        for gone in self._cells.keys() - self._rows.keys():
            self.remove_row(gone)
            del self._cells[gone]
            self._order.remove(gone)
        for item_id, row in self._rows.items():
            if old.get(item_id) is row:
                continue
            cells = self._cells_for(row.texts, text_width)
            before = self._cells.get(item_id)
            if before is None:
                self.add_row(*cells, key=item_id)
                self._order.append(item_id)
            else:
                merged = []
                for name, was, now in zip(COLUMNS, before, cells):
                    if was != now:
                        self.update_cell(item_id, name, now, update_width=True)
                    merged.append(was if was == now else now)
                cells = tuple(merged)
            self._cells[item_id] = cells

    def _restore_cursor(self, item_id: str | None, old_index: int) -> None:
        if not self.row_count:
            return
        if item_id is not None and item_id in self._cells:
            self.move_cursor(row=self.get_row_index(item_id))
        else:
            self.move_cursor(row=min(old_index, self.row_count - 1))

    # -- actions -----------------------------------------------------------------
    def action_request(self, what: str) -> None:
        item_id = self.current_id()
        if item_id is not None:
            self.post_message(self.Requested(what, item_id))
