"""Promise drafts: a table with votes and check marks, live checks, and a quick-add input.

The table (a DataTable, lazy and updated cell by cell) takes the single-letter keys:
+/- vote, c choose, e or Enter edit, d or Delete delete. While the draft input has text,
the checks panel shows the checks of what is being typed; otherwise those of the
highlighted draft.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widgets import DataTable, Input, Label
from textual.widgets.data_table import RowDoesNotExist

from cxworkshop.domain.models import Draft, Promise
from cxworkshop.domain.promise import CheckResult, check_draft
from cxworkshop.domain.validation import check_text
from cxworkshop.i18n import t
from cxworkshop.tui.widgets.field import FieldError, validate_into
from cxworkshop.tui.widgets.promise_checks import FAIL_MARK, PASS_MARK, DraftChecks
from cxworkshop.tui.widgets.promise_keys import localize_bindings

CHOSEN_MARK = "★"
AUTHOR_WIDTH = 16


def one_line(text: str, width: int) -> Text:
    """``text`` on one line, cut with an ellipsis to ``width`` cells."""
    line = Text(" ".join(text.split()), no_wrap=True, overflow="ellipsis", end="")
    line.truncate(max(1, width), overflow="ellipsis")
    return line


class DraftTable(DataTable):
    """The drafts. Keys work only while the table has the focus, so typing stays typing."""

    BINDINGS = [
        Binding("plus,equals_sign", "vote(1)", "tui.promise.key.vote_up", key_display="+"),
        Binding("minus", "vote(-1)", "tui.promise.key.vote_down", key_display="-"),
        Binding("c,space", "choose", "tui.promise.key.choose", key_display="c"),
        Binding("e", "edit", "tui.promise.key.edit"),
        Binding("delete,d", "delete", "tui.promise.key.delete", key_display="d"),
    ]

    DEFAULT_CSS = """
    DraftTable { height: 1fr; min-height: 3; }
    """

    @dataclass
    class Asked(Message):
        """``what`` is "vote", "choose", "edit" or "delete"."""

        what: str
        draft_id: str
        delta: int = 0

    def __init__(self, **kwargs: object) -> None:
        super().__init__(cursor_type="row", zebra_stripes=False, **kwargs)  # type: ignore[arg-type]
        self.solo = False

    def current_id(self) -> str | None:
        if self.row_count == 0:
            return None
        try:
            return str(self.coordinate_to_cell_key(self.cursor_coordinate).row_key.value)
        except (RowDoesNotExist, KeyError, IndexError):
            return None

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "vote" and self.solo:
            return False
        return True

    def _ask(self, what: str, delta: int = 0) -> None:
        if (draft_id := self.current_id()) is not None:
            self.post_message(self.Asked(what, draft_id, delta))

    def action_vote(self, delta: int) -> None:
        self._ask("vote", delta)

    def action_choose(self) -> None:
        self._ask("choose")

    def action_edit(self) -> None:
        self._ask("edit")

    def action_delete(self) -> None:
        self._ask("delete")

    @on(DataTable.RowSelected)
    def _selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self._ask("edit")


class DraftsPanel(Vertical):
    """All drafts of the promise, their checks, and the input for a new draft."""

    DEFAULT_CSS = """
    DraftsPanel {
        height: 1fr;
        border: round $panel-lighten-2;
        border-title-style: bold;
        border-subtitle-color: $text-muted;
    }
    DraftsPanel:focus-within { border: round $accent; border-title-color: $accent; }
    DraftsPanel > .drafts-body { height: 1fr; }
    DraftsPanel DraftChecks { width: 1fr; max-width: 70; height: auto; margin-left: 1; }
    DraftsPanel.-stacked > .drafts-body { layout: vertical; }
    DraftsPanel.-stacked DraftChecks { width: 1fr; max-width: 100%; margin-left: 0; }
    DraftsPanel > .drafts-entry { height: auto; }
    DraftsPanel #draft-text { width: 1fr; }
    DraftsPanel #draft-author { width: 26; }
    DraftsPanel.-solo #draft-author { display: none; }
    DraftsPanel > FieldError { padding: 0 1; }
    """

    @dataclass
    class Added(Message):
        text: str
        author: str

    def __init__(self, lang: str, solo: bool, **kwargs: object) -> None:
        super().__init__(id="drafts", **kwargs)  # type: ignore[arg-type]
        self.lang = lang
        self.solo = solo
        self.promise = Promise()
        self.table = DraftTable(id="draft-table")
        self.checks = DraftChecks(id="draft-checks")
        self.text_input = Input(id="draft-text")
        self.author_input = Input(id="draft-author")
        self.error = FieldError()
        self._rows: dict[str, tuple[object, ...]] = {}
        self._columns_for: tuple[object, ...] = ()

    def compose(self) -> ComposeResult:
        with Horizontal(classes="drafts-body"):
            yield self.table
            yield self.checks
        with Horizontal(classes="drafts-entry"):
            yield self.text_input
            yield self.author_input
        yield self.error

    def on_mount(self) -> None:
        self.relabel(self.lang, self.solo)
        self.app.theme_changed_signal.subscribe(self, lambda _theme: self._rebuild())

    # -- attributes down -------------------------------------------------------
    def relabel(self, lang: str, solo: bool) -> None:
        self.lang, self.solo = lang, solo
        self.table.solo = solo
        self.set_class(solo, "-solo")
        self.border_title = t("tui.promise.drafts.title", lang)
        self.border_subtitle = t("tui.promise.drafts.hint_solo" if solo else "tui.promise.drafts.hint", lang)
        self.text_input.placeholder = t("tui.promise.draft.placeholder", lang)
        self.author_input.placeholder = t("tui.promise.draft.author_placeholder", lang)
        localize_bindings(self.table, lang)
        self._rebuild()

    def show_drafts(self, promise: Promise) -> None:
        self.promise = promise
        self._sync_rows()
        self.update_checks()

    # -- the table ---------------------------------------------------------------
    def _text_width(self) -> int:
        fixed = 1 + 5 + (0 if self.solo else 7 + AUTHOR_WIDTH)
        columns = 3 if self.solo else 5
        width = self.table.scrollable_content_region.width or self.table.size.width
        return max(16, width - fixed - 2 * columns - 1)

    def _rebuild(self) -> None:
        """Columns and every row again (language, mode, width or theme changed)."""
        keep = self.table.current_id()
        self.table.clear(columns=True)
        lang = self.lang
        self.table.add_column(CHOSEN_MARK, key="chosen", width=1)
        if not self.solo:
            self.table.add_column(t("tui.promise.draft.col.votes", lang), key="votes")
        self.table.add_column(t("tui.promise.draft.col.checks", lang), key="checks", width=5)
        self.table.add_column(t("tui.promise.draft.col.text", lang), key="text", width=self._text_width())
        if not self.solo:
            self.table.add_column(t("tui.promise.draft.col.author", lang), key="author", width=AUTHOR_WIDTH)
        self._columns_for = (lang, self.solo, self._text_width())
        self._rows = {}
        self._sync_rows()
        if keep is not None and keep in self._rows:
            self.table.move_cursor(row=self.table.get_row_index(keep), animate=False)

    def on_resize(self) -> None:
        if not self._columns_for or self._columns_for[2] != self._text_width():
            self._rebuild()

    def _cells(self, draft: Draft, results: list[CheckResult]) -> dict[str, object]:
        colours = self.app.get_css_variables()
        chosen = draft.id == self.promise.chosen_draft_id
        marks = Text(end="")
        for result in results:
            if result.passed:
                marks.append(PASS_MARK, style=f"bold {colours.get('text-success', 'green')}")
            else:
                marks.append(FAIL_MARK, style=f"bold {colours.get('text-error', 'red')}")
        cells: dict[str, object] = {
            "chosen": Text(CHOSEN_MARK if chosen else "", style=f"bold {colours.get('accent', 'yellow')}"),
            "checks": marks,
            "text": one_line(draft.text, self._text_width()),
        }
        if not self.solo:
            cells["votes"] = Text(str(draft.votes), justify="right", style="bold")
            cells["author"] = one_line(draft.author, AUTHOR_WIDTH)
        return cells

    def _sync_rows(self) -> None:
        if not self._columns_for:
            return
        columns = [str(c.key.value) for c in self.table.ordered_columns]
        wanted: dict[str, tuple[object, ...]] = {}
        for draft in self.promise.drafts:
            results = check_draft(draft.text, self.promise, self.lang)
            signature = (
                draft.id == self.promise.chosen_draft_id, draft.votes, draft.text, draft.author,
                tuple(r.passed for r in results),
            )
            wanted[draft.id] = signature
            if self._rows.get(draft.id) == signature:
                continue
            cells = self._cells(draft, results)
            if draft.id in self._rows:
                for key in columns:
                    self.table.update_cell(draft.id, key, cells[key])
        if list(wanted) == list(self._rows):
            self._rows = wanted
            return
        if list(wanted)[: len(self._rows)] == list(self._rows):
            by_id = {d.id: d for d in self.promise.drafts}
            for draft_id in list(wanted)[len(self._rows):]:
                draft = by_id[draft_id]
                cells = self._cells(draft, check_draft(draft.text, self.promise, self.lang))
                self.table.add_row(*(cells[key] for key in columns), key=draft_id)
            self._rows = wanted
            return
        keep = self.table.current_id()
        row = self.table.cursor_row
        self.table.clear()
        for draft in self.promise.drafts:
            cells = self._cells(draft, check_draft(draft.text, self.promise, self.lang))
            self.table.add_row(*(cells[key] for key in columns), key=draft.id)
        self._rows = wanted
        if keep in wanted:
            self.table.move_cursor(row=self.table.get_row_index(keep), animate=False)
        elif wanted:
            self.table.move_cursor(row=min(row, len(wanted) - 1), animate=False)

    # -- live checks -------------------------------------------------------------
    def update_checks(self) -> None:
        typed = self.text_input.value.strip()
        if typed:
            results = check_draft(typed, self.promise, self.lang)
            self.checks.show_checks(results, t("tui.promise.checks.typing", self.lang), self.lang)
            return
        draft_id = self.table.current_id()
        draft = next((d for d in self.promise.drafts if d.id == draft_id), None)
        if draft is None:
            self.checks.show_checks(None, "", self.lang)
        else:
            results = check_draft(draft.text, self.promise, self.lang)
            self.checks.show_checks(results, t("tui.promise.checks.selected", self.lang), self.lang)

    @on(DataTable.RowHighlighted)
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        event.stop()
        self.update_checks()

    @on(Input.Changed)
    def _typing(self, event: Input.Changed) -> None:
        event.stop()
        if self.error.has_class("-visible"):
            self.error.show_error(None)
            event.input.remove_class("-invalid")
        if event.input is self.text_input:
            self.update_checks()

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        text = validate_into(
            lambda: check_text("text", self.text_input.value), self.lang, self.error, self.text_input
        )
        if text is None:
            self.text_input.focus()
            return
        author = validate_into(
            lambda: check_text("author", self.author_input.value, required=False),
            self.lang, self.error, self.author_input,
        )
        if author is None:
            return
        self.post_message(self.Added(text, "" if self.solo else author))
        self.text_input.value = ""
        self.author_input.value = ""
        self.text_input.focus()
