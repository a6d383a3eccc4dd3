"""Option lists of the voting and tally screens.

:class:`WrappedList` shows rows of (prefix, text) with the text wrapped under itself (a
hanging indent) at the list's current width; rows are updated in place, one prompt at a
time, so a key press on a long list re-renders one row. It is an OptionList (lazy
rendering) because a session may hold a thousand items.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from textual import on
from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from cxworkshop.tui.keys import localize_bindings
from cxworkshop.tui.widgets.voting_format import hang


class Row(NamedTuple):
    """One row: ``sig`` says when it must be redrawn (Content compares text only)."""

    id: str
    prefix: Content
    text: str
    style: str = ""
    sig: object = None
    suffix: Content | None = None


class WrappedList(OptionList):
    DEFAULT_CSS = """
    WrappedList { height: 1fr; scrollbar-gutter: stable; }
    """

    def __init__(self, lang: str = "en", **kwargs: object) -> None:
        super().__init__(markup=False, **kwargs)  # type: ignore[arg-type]
        self._rows: list[Row] = []
        self._built_width = 0
        self._spaced = False
        self._wanted: str | None = None  # to highlight once built
        localize_bindings(self, lang)

    def relabel(self, lang: str) -> None:
        localize_bindings(self, lang)

    @property
    def spaced(self) -> bool:
        """A thin rule between rows (for tall screens)."""
        return self._spaced

    @spaced.setter
    def spaced(self, value: bool) -> None:
        if value != self._spaced:
            self._spaced = value
            if self._rows and self._built_width:
                self._rebuild(self._rows, self.text_width())

    # -- rows ------------------------------------------------------------------
    def text_width(self) -> int:
        padding = self.get_component_styles("option-list--option").padding
        return max(16, self.scrollable_content_region.width - padding.width)

    def current_id(self) -> str | None:
        option = self.highlighted_option
        return option.id if option is not None else None

    def show_rows(self, rows: list[Row]) -> None:
        """Show ``rows``; redraw only the rows whose ``sig`` changed."""
        if not self.size.width:  # hidden: wrap the texts once it is shown and has a width
            self._rows, self._built_width = list(rows), 0
            return
        width = self.text_width()
        same_ids = [r.id for r in rows] == [r.id for r in self._rows]
        if not same_ids or width != self._built_width:
            self._rebuild(rows, width)
            return
        for old, new in zip(self._rows, rows):
            if old != new:
                self.replace_option_prompt(new.id, self._prompt(new, width))
        self._rows = list(rows)

    def _prompt(self, row: Row, width: int) -> Content:
        return hang(row.prefix, row.text, width, style=row.style, suffix=row.suffix)

    def _rebuild(self, rows: list[Row], width: int) -> None:
        keep = self._wanted or self.current_id()
        index = self.highlighted or 0
        self._wanted = None
        self._rows = list(rows)
        self._built_width = width
        options: list[Option | None] = []
        for row in rows:
            options.append(Option(self._prompt(row, width), id=row.id))
            if self._spaced:
                options.append(None)  # a divider after the option
        self.set_options(options)
        if rows:
            ids = [r.id for r in rows]
            self.highlighted = ids.index(keep) if keep in ids else min(index, len(rows) - 1)

    def highlight_id(self, item_id: str) -> None:
        """Highlight ``item_id`` (now, or as soon as the list is built)."""
        if not self._built_width:
            self._wanted = item_id
            return
        ids = [r.id for r in self._rows]
        if item_id in ids:
            self.highlighted = ids.index(item_id)

    def highlight_first(self) -> None:
        self._wanted = None
        if self._built_width and self._rows:
            self.highlighted = 0
        elif self._rows:
            self._wanted = self._rows[0].id

    def on_resize(self) -> None:
        if self._rows and self.size.width and self.text_width() != self._built_width:
            self._rebuild(self._rows, self.text_width())


class BallotList(WrappedList):
    """The items with the current voter's own dots. +/- and Enter belong to the list,
    so they only work while someone is voting."""

    BINDINGS = [
        # one footer entry for both (the footer of an 80-column screen is short)
        Binding("plus,equals_sign,space", "dot(1)", "tui.voting.key.add", key_display="+/-",
                tooltip="tui.voting.key.add.help"),
        Binding("minus,backspace", "dot(-1)", "tui.voting.key.remove", key_display="-",
                tooltip="tui.voting.key.remove.help", show=False),
        Binding("enter,n", "done", "tui.voting.key.done", key_display="Enter",
                tooltip="tui.voting.key.done.help"),
    ]

    @dataclass
    class DotAsked(Message):
        item_id: str
        delta: int

    class DoneAsked(Message):
        """The voter finished their turn."""

    def action_dot(self, delta: int) -> None:
        if (item_id := self.current_id()) is not None:
            self.post_message(self.DotAsked(item_id, delta))

    def action_done(self) -> None:
        self.post_message(self.DoneAsked())

    @on(OptionList.OptionSelected)
    def _clicked(self, event: OptionList.OptionSelected) -> None:
        event.stop()  # a mouse click only highlights; Enter is "done"


class VoterList(WrappedList):
    """Who votes next: a name and how far they are, never what they chose."""

    BINDINGS = [
        Binding("enter", "select", "tui.voting.key.start", key_display="Enter",
                tooltip="tui.voting.key.start.help"),
    ]


class ResultList(WrappedList):
    """The ranking once revealed: read-only, so the highlight is only a soft marker."""

    DEFAULT_CSS = """
    ResultList > .option-list--option-highlighted,
    ResultList:focus > .option-list--option-highlighted {
        background: $boost; color: $foreground; text-style: none;
    }
    """

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
