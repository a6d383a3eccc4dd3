"""Edit a note or a promise draft in a small modal form.

Both forms validate in place (the message appears under the field and nothing is
returned while it is wrong) and dismiss with a small dataclass, or ``None`` on Esc.
The draft form shows the promise checks live while you type.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select

from cxworkshop.domain.models import AREAS, Draft, Note, Promise
from cxworkshop.domain.promise import check_draft
from cxworkshop.domain.validation import check_text
from cxworkshop.i18n import t
from cxworkshop.tui.dialogs.form import focus_first_error
from cxworkshop.tui.keys import localize_bindings
from cxworkshop.tui.widgets.field import Field, validate_into
from cxworkshop.tui.widgets.promise_checks import DraftChecks


@dataclass(frozen=True)
class NoteValues:
    area: str
    text: str
    author: str


@dataclass(frozen=True)
class DraftValues:
    text: str
    author: str


class _EditDialog(ModalScreen[object]):
    """Title, fields, Save/Cancel. Enter in a field saves, Esc cancels."""

    DEFAULT_CSS = """
    _EditDialog { align: center middle; }
    _EditDialog > Vertical {
        width: 90%; max-width: 100; height: auto; max-height: 100%;
        border: thick $accent; background: $surface; padding: 0 1;
    }
    _EditDialog .dialog-title { text-style: bold; color: $accent; }
    _EditDialog .dialog-keys { color: $text-muted; }
    _EditDialog Horizontal.buttons { height: auto; align-horizontal: right; }
    _EditDialog Button { margin-left: 2; min-width: 12; }
    _EditDialog.-solo .author-field { display: none; }
    """

    BINDINGS = [
        Binding("escape", "cancel", "tui.promise.key.cancel"),
        Binding("ctrl+s", "save", "tui.promise.key.save"),
    ]

    def __init__(self, title: str, author: str, lang: str, solo: bool) -> None:
        super().__init__(classes="-solo" if solo else "")
        self.title_text = title
        self.lang = lang
        self.solo = solo
        self.original_author = author
        self.text_input = Input(id="edit-text")
        self.author_input = Input(author, id="edit-author")
        self.text_field = Field(t("tui.promise.dialog.text", lang), self.text_input)
        self.author_field = Field(
            t("tui.promise.dialog.author", lang), self.author_input, classes="author-field"
        )
        localize_bindings(self, lang)

    def compose_fields(self) -> ComposeResult:
        yield self.text_field
        yield self.author_field

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(self.title_text, classes="dialog-title", markup=False)
            yield from self.compose_fields()
            yield Label(t("tui.promise.dialog.keys", self.lang), classes="dialog-keys", markup=False)
            with Horizontal(classes="buttons"):
                yield Button(t("tui.promise.dialog.cancel", self.lang), id="cancel")
                yield Button(t("tui.promise.dialog.save", self.lang), id="save", variant="primary")

    def on_mount(self) -> None:
        self.text_input.focus()
        self.text_input.cursor_position = len(self.text_input.value)

    def values(self) -> object | None:
        """The checked values, or None after showing what is wrong."""
        text = validate_into(
            lambda: check_text("text", self.text_input.value), self.lang, self.text_field.error, self.text_input
        )
        author = validate_into(
            lambda: check_text("author", self.author_input.value, required=False),
            self.lang, self.author_field.error, self.author_input,
        )
        if text is None or author is None:
            return None
        # solo mode hides the author; a name from an earlier team session stays as it was
        return self.make(text, self.original_author if self.solo else author)

    def make(self, text: str, author: str) -> object:
        raise NotImplementedError

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_save()

    @on(Button.Pressed, "#save")
    def action_save(self) -> None:
        result = self.values()
        if result is None:
            focus_first_error(self)
        else:
            self.dismiss(result)

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)


class NoteEditDialog(_EditDialog):
    """Edit a note's text, author and area; dismisses with :class:`NoteValues` or None."""

    def __init__(self, note: Note, lang: str, solo: bool) -> None:
        super().__init__(t("tui.promise.note.edit_title", lang), note.author, lang, solo)
        self.text_input.value = note.text
        self.area_select: Select[str] = Select(
            [(t(f"area.{area}", lang), area) for area in AREAS],
            value=note.area,
            allow_blank=False,
            id="edit-area",
        )

    def compose_fields(self) -> ComposeResult:
        yield Field(t("tui.promise.dialog.area", self.lang), self.area_select)
        yield from super().compose_fields()

    def make(self, text: str, author: str) -> NoteValues:
        return NoteValues(str(self.area_select.value), text, author)


class DraftEditDialog(_EditDialog):
    """Edit a draft with its checks updating live; dismisses with :class:`DraftValues` or None."""

    DEFAULT_CSS = """
    DraftEditDialog DraftChecks { margin: 1 0 0 0; }
    """

    def __init__(self, draft: Draft, promise: Promise, lang: str, solo: bool) -> None:
        super().__init__(t("tui.promise.draft.edit_title", lang), draft.author, lang, solo)
        self.promise = promise
        self.text_input.value = draft.text
        self.checks = DraftChecks(id="edit-checks")

    def compose_fields(self) -> ComposeResult:
        yield from super().compose_fields()
        yield self.checks

    def on_mount(self) -> None:
        super().on_mount()
        self._show_checks()

    @on(Input.Changed, "#edit-text")
    def _show_checks(self) -> None:
        text = self.text_input.value.strip()
        results = check_draft(text, self.promise, self.lang) if text else None
        self.checks.show_checks(results, t("tui.promise.checks.typing", self.lang), self.lang)

    def make(self, text: str, author: str) -> DraftValues:
        return DraftValues(text, author)
