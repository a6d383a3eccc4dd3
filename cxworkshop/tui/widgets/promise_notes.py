"""One of the four B's: its question, its notes, and an input to add the next note fast.

Type, Enter: the note is handed up (``NoteArea.Added``), the input empties and keeps the
focus. The list is an OptionList (lazy, fine with a thousand notes) updated in place:
appended notes are added, edited ones re-drawn, and only other changes rebuild it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from cxworkshop.domain.models import Note
from cxworkshop.domain.validation import check_text
from cxworkshop.i18n import t
from cxworkshop.tui.keys import localize_bindings
from cxworkshop.tui.widgets.field import FieldError, QuickInput, clear_invalid, validate_into


BULLET = "• "


def note_prompt(note: Note, solo: bool) -> Content:
    if note.author and not solo:
        return Content.assemble(BULLET, note.text, (f" — {note.author}", "$text-muted italic"))
    return Content.assemble(BULLET, note.text)


class NoteList(OptionList):
    """The notes of one area. Enter edits the highlighted note, d or Delete removes it."""

    BINDINGS = [
        Binding("enter", "select", "tui.promise.key.edit"),
        Binding("delete,d", "delete", "tui.promise.key.delete"),
    ]

    DEFAULT_CSS = """
    NoteList { height: 1fr; min-height: 3; border: none; padding: 0; }
    NoteList:focus { border: none; background-tint: $foreground 5%; }
    NoteList > .option-list--option { padding: 0 1; }
    NoteList > .option-list--option-highlighted { padding: 0 1; }
    NoteList:blur > .option-list--option-highlighted { background: transparent; color: $foreground; }
    """

    @dataclass
    class Asked(Message):
        """The user wants to edit (``what="edit"``) or delete a note."""

        what: str
        note_id: str

    def on_focus(self) -> None:
        """Arriving with nothing highlighted: take the newest note (the one just typed)."""
        if self.highlighted is None and self.option_count:
            self.highlighted = self.option_count - 1

    def highlighted_id(self) -> str | None:
        option = self.highlighted_option
        return option.id if option is not None else None

    def action_delete(self) -> None:
        if (note_id := self.highlighted_id()) is not None:
            self.post_message(self.Asked("delete", note_id))

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.post_message(self.Asked("edit", event.option.id))


class NoteArea(Vertical):
    """Title and question of one B, its notes, and the input for the next note."""

    DEFAULT_CSS = """
    NoteArea {
        height: 1fr;
        border: round $panel-lighten-2;
        border-title-color: $text;
        border-title-style: bold;
        padding: 0 0;
    }
    NoteArea:focus-within { border: round $accent; border-title-color: $accent; }
    NoteArea > .area-question { color: $text-muted; padding: 0 1; height: auto; }
    NoteArea > Input { margin: 0 0; }
    NoteArea > FieldError { padding: 0 1; }
    """

    @dataclass
    class Added(Message):
        area: str
        text: str

    def __init__(self, area: str, lang: str, solo: bool, **kwargs: object) -> None:
        super().__init__(id=f"area-{area}", **kwargs)  # type: ignore[arg-type]
        self.area = area
        self.lang = lang
        self.solo = solo
        self.notes = NoteList(id=f"notes-{area}")
        self.input = QuickInput(id=f"note-input-{area}")
        self.error = FieldError()
        self._shown: list[tuple[str, str, str]] = []

    def compose(self) -> ComposeResult:
        yield Static(classes="area-question", markup=False)
        yield self.notes
        yield self.input
        yield self.error

    def on_mount(self) -> None:
        self.relabel(self.lang, self.solo)

    # -- attributes down -------------------------------------------------------
    def relabel(self, lang: str, solo: bool) -> None:
        changed = (lang, solo) != (self.lang, self.solo)
        self.lang, self.solo = lang, solo
        suffix = ".solo" if solo else ""
        self.query_one(".area-question", Static).update(t(f"tui.promise.q.{self.area}{suffix}", lang))
        self.input.placeholder = t("tui.promise.note.placeholder", lang)
        localize_bindings(self.notes, lang)
        self._set_title()
        if changed:  # author names come and go with the mode
            self._shown = []

    def show_notes(self, notes: Sequence[Note]) -> None:
        """Bring the list in line with ``notes``, touching as little as possible."""
        wanted = [(n.id, n.text, "" if self.solo else n.author) for n in notes]
        if wanted == self._shown:
            return
        old_ids = [row[0] for row in self._shown]
        new_ids = [row[0] for row in wanted]
        by_id = {n.id: n for n in notes}
        if old_ids == new_ids:
            for old, new in zip(self._shown, wanted, strict=True):
                if old != new:
                    self.notes.replace_option_prompt(new[0], note_prompt(by_id[new[0]], self.solo))
        elif new_ids[: len(old_ids)] == old_ids:
            added = notes[len(old_ids):]
            self.notes.add_options(Option(note_prompt(n, self.solo), id=n.id) for n in added)
            self.notes.scroll_end(animate=False)
        else:
            keep = self.notes.highlighted_id()
            index = self.notes.highlighted
            self.notes.set_options(Option(note_prompt(n, self.solo), id=n.id) for n in notes)
            if keep in by_id:
                self.notes.highlighted = self.notes.get_option_index(keep)
            elif index is not None and notes:
                self.notes.highlighted = min(index, len(notes) - 1)
        self._shown = wanted
        self._set_title()

    def _set_title(self) -> None:
        self.border_title = f"{t(f'area.{self.area}', self.lang)} · {len(self._shown)}"

    # -- typing ----------------------------------------------------------------
    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        text = validate_into(lambda: check_text("text", event.value), self.lang, self.error, self.input)
        if text is None:
            return
        self.post_message(self.Added(self.area, text))
        self.input.value = ""

    @on(Input.Changed)
    def _typing(self, event: Input.Changed) -> None:
        event.stop()
        if self.error.showing:
            clear_invalid(self.error, self.input)

