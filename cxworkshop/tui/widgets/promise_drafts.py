"""Promise drafts: a table with votes and check marks, live checks, and a quick-add input.

The table (a DataTable, lazy and updated cell by cell) takes the single-letter keys:
+/- vote, c choose, Enter edit, d or Delete delete (``e`` is
effort in the Barriers step, so it is not an edit key anywhere). While the draft input has text,
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
from textual.widgets import DataTable, Input
from textual.widgets.data_table import RowDoesNotExist

from cxworkshop.domain.models import Draft, Promise
from cxworkshop.domain.promise import CheckResult, check_draft
from cxworkshop.domain.validation import check_text
from cxworkshop.i18n import t
from cxworkshop.tui.keys import localize_bindings
from cxworkshop.tui.widgets.field import FieldError, QuickInput, clear_invalid, validate_into
from cxworkshop.tui.widgets.promise_checks import FAIL_MARK, PASS_MARK, DraftChecks

CHOSEN_MARK = "★"
AUTHOR_WIDTH = 16


def one_line(text: str, width: int) -> Text:
    """``text`` on one line, cut with an ellipsis to ``width`` cells."""
    line = Text(" ".join(text.split()), no_wrap=True, overflow="ellipsis", end="")
    line.truncate(max(1, width), overflow="ellipsis")
    return line


# one footer item for both vote keys ("+- Votes"), as in the Barriers step
_VOTES = Binding.Group("tui.barriers.group.votes", compact=True)


class DraftTable(DataTable):
    """The drafts. Keys work only while the table has the focus, so typing stays typing."""

    BINDINGS = [
        Binding("plus,equals_sign", "vote(1)", "tui.promise.key.vote_up", key_display="+",
                group=_VOTES),
        Binding("minus", "vote(-1)", "tui.promise.key.vote_down", key_display="-", group=_VOTES),
        Binding("c,space", "choose", "tui.promise.key.choose", key_display="c"),
        Binding("enter", "select_cursor", "tui.promise.key.edit"),
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
        self.text_input = QuickInput(id="draft-text")
        self.author_input = QuickInput(id="draft-author")
        self.error = FieldError()
        self._rows: dict[str, tuple[object, ...]] = {}
        self._built = False
        self._width = 16
        self._checks_cache: dict[str, list[CheckResult]] = {}
        self._checks_for: tuple[str, int] = ("", -1)
        self._colours: dict[str, str] = {}
        self._proofs = 0
        self._proof_promise = Promise()

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
        self.app.theme_changed_signal.subscribe(self, self._theme_changed)

    def _theme_changed(self, _theme: object) -> None:
        if self._built:
            self._rebuild()

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
        if self._built:
            self._rebuild()

    def show_drafts(self, promise: Promise) -> None:
        self.promise = promise
        # check_draft only looks at the proof notes: hand it just those, so a thousand
        # drafts do not each walk through every note.
        self._proof_promise = Promise(notes=promise.notes_for("bewijs"))
        self._proofs = len(self._proof_promise.notes)
        self._sync_rows()
        self.update_checks()

    def checks_of(self, text: str) -> list[CheckResult]:
        """The checks of ``text``, remembered: they only change with the text, the
        language and the number of proof notes, and a thousand drafts add up."""
        basis = (self.lang, self._proofs)
        if basis != self._checks_for:
            self._checks_for = basis
            self._checks_cache.clear()
        results = self._checks_cache.get(text)
        if results is None:
            results = self._checks_cache[text] = check_draft(text, self._proof_promise, self.lang)
        return results

    # -- the table ---------------------------------------------------------------
    def _checks_width(self) -> int:
        return max(4, len(t("tui.promise.draft.col.checks", self.lang)))

    def _text_width(self) -> int:
        fixed = 1 + self._checks_width() + (0 if self.solo else 7 + AUTHOR_WIDTH)
        columns = 3 if self.solo else 5
        width = self.table.scrollable_content_region.width or self.table.size.width
        return max(16, width - fixed - 2 * columns - 1)

    def _rebuild(self) -> None:
        """Columns and every row again (language, mode, width or theme changed)."""
        keep = self.table.current_id()
        self._colours = self.app.get_css_variables()
        self._width = self._text_width()
        self.table.clear(columns=True)
        lang = self.lang
        self.table.add_column(CHOSEN_MARK, key="chosen", width=1)
        if not self.solo:
            self.table.add_column(t("tui.promise.draft.col.votes", lang), key="votes")
        self.table.add_column(t("tui.promise.draft.col.checks", lang), key="checks", width=self._checks_width())
        self.table.add_column(t("tui.promise.draft.col.text", lang), key="text", width=self._width)
        if not self.solo:
            self.table.add_column(t("tui.promise.draft.col.author", lang), key="author", width=AUTHOR_WIDTH)
        self._built = True
        self._rows = {}
        self._sync_rows()
        if keep is not None and keep in self._rows:
            self.table.move_cursor(row=self.table.get_row_index(keep), animate=False)

    def on_resize(self) -> None:
        """The table is built on the first real size (hidden panels wait until shown)."""
        if self.size.width and (not self._built or self._width != self._text_width()):
            self._rebuild()

    def _cells(self, draft: Draft, results: list[CheckResult]) -> dict[str, object]:
        colours = self._colours
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
            "text": one_line(draft.text, self._width),
        }
        if not self.solo:
            cells["votes"] = Text(str(draft.votes), justify="right", style="bold")
            cells["author"] = one_line(draft.author, AUTHOR_WIDTH)
        return cells

    def _sync_rows(self) -> None:
        """Bring the rows in line with the drafts: changed cells in place, new drafts
        appended, anything else (removal, reordering) rebuilds the rows."""
        if not self._built:
            return
        columns = [str(c.key.value) for c in self.table.ordered_columns]
        wanted: dict[str, tuple[object, ...]] = {}
        changed: list[Draft] = []
        for draft in self.promise.drafts:
            results = self.checks_of(draft.text)
            signature = (
                draft.id == self.promise.chosen_draft_id, draft.votes, draft.text, draft.author,
                tuple(r.passed for r in results),
            )
            wanted[draft.id] = signature
            if draft.id in self._rows and self._rows[draft.id] != signature:
                changed.append(draft)
        old_ids, new_ids = list(self._rows), list(wanted)
        if new_ids[: len(old_ids)] == old_ids:
            for draft in changed:
                cells = self._cells(draft, self.checks_of(draft.text))
                for key in columns:
                    self.table.update_cell(draft.id, key, cells[key])
            for draft in self.promise.drafts[len(old_ids):]:
                cells = self._cells(draft, self.checks_of(draft.text))
                self.table.add_row(*(cells[key] for key in columns), key=draft.id)
            self._rows = wanted
            return
        keep = self.table.current_id()
        row = self.table.cursor_row
        self.table.clear()
        for draft in self.promise.drafts:
            cells = self._cells(draft, self.checks_of(draft.text))
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
            self.checks.show_checks(self.checks_of(draft.text), t("tui.promise.checks.selected", self.lang), self.lang)

    @on(DataTable.RowHighlighted)
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        event.stop()
        self.update_checks()

    @on(Input.Changed)
    def _typing(self, event: Input.Changed) -> None:
        event.stop()
        if self.error.showing:
            clear_invalid(self.error, event.input)
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
