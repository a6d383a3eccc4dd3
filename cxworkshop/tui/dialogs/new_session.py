"""The "new session" form: validates in place, dismisses with :class:`NewSessionValues`.

Enter in any field creates the session once the form is valid (Tab moves between the
fields; Space opens a choice's list); a bad field shows its message and gets the focus.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label

from cxworkshop.domain.models import LANGUAGES, MODES
from cxworkshop.domain.validation import check_choice, check_text
from cxworkshop.i18n import t
from cxworkshop.tui.dialogs.form import FormSelect, focus_first_error
from cxworkshop.tui.widgets.field import Field, validate_into


@dataclass(frozen=True)
class NewSessionValues:
    title: str
    organisation: str
    facilitator: str
    mode: str
    language: str


class NewSessionDialog(ModalScreen[NewSessionValues | None]):
    DEFAULT_CSS = """
    NewSessionDialog { align: center middle; }
    NewSessionDialog > Vertical {
        width: 72; max-width: 100%; height: auto; max-height: 100%;
        border: thick $primary; background: $surface; padding: 0 1;
    }
    NewSessionDialog #new-heading { text-style: bold; margin-bottom: 1; }
    NewSessionDialog VerticalScroll { height: auto; max-height: 1fr; }
    NewSessionDialog Horizontal.choices { height: auto; }
    NewSessionDialog #new-keys { color: $text-muted; width: 100%; }
    NewSessionDialog Horizontal.buttons { height: auto; align-horizontal: right; }
    NewSessionDialog Button { margin-left: 2; }
    """

    BINDINGS = [
        Binding("escape", "cancel", show=False),
        Binding("ctrl+s", "submit", show=False),
    ]

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang

    def compose(self) -> ComposeResult:
        tr = self._tr
        with Vertical():
            yield Label(tr("tui.new.heading"), id="new-heading")
            with VerticalScroll():
                yield Field(tr("field.title"), Input(id="new-title", compact=True,
                                                     placeholder=tr("tui.new.title_hint")))
                yield Field(tr("field.organisation"), Input(id="new-organisation", compact=True))
                yield Field(tr("field.facilitator"), Input(id="new-facilitator", compact=True))
                with Horizontal(classes="choices"):
                    yield Field(tr("field.mode"), FormSelect(
                        [(tr(f"tui.new.mode.{m}"), m) for m in MODES],
                        value="team", allow_blank=False, id="new-mode", compact=True))
                    yield Field(tr("field.language"), FormSelect(
                        [(tr(f"language.{code}"), code) for code in LANGUAGES],
                        value=self.lang, allow_blank=False, id="new-language", compact=True))
            yield Label(tr("tui.new.keys"), id="new-keys", markup=False)
            with Horizontal(classes="buttons"):
                yield Button(tr("tui.dialog.cancel"), id="cancel")
                yield Button(tr("tui.new.create"), id="create", variant="primary")

    def _tr(self, key: str, **params: object) -> str:
        return t(key, self.lang, **params)

    def on_mount(self) -> None:
        self.query_one("#new-title", Input).focus()

    def _field(self, control_id: str) -> Field:
        control = self.query_one(f"#{control_id}")
        parent = control.parent
        assert isinstance(parent, Field)
        return parent

    def _check(self, control_id: str, field: str, required: bool = False) -> str | None:
        box = self.query_one(f"#{control_id}", Input)
        return validate_into(lambda: check_text(field, box.value, required=required), self.lang,
                             self._field(control_id).error, box)

    def values(self) -> NewSessionValues | None:
        """The form's values, or None (with the messages shown) when something is wrong."""
        title = self._check("new-title", "title", required=True)
        organisation = self._check("new-organisation", "organisation")
        facilitator = self._check("new-facilitator", "facilitator")
        mode = check_choice("mode", self.query_one("#new-mode", FormSelect).value, MODES)
        language = check_choice("language", self.query_one("#new-language", FormSelect).value,
                                LANGUAGES)
        if title is None or organisation is None or facilitator is None:
            return None
        return NewSessionValues(title, organisation, facilitator, mode, language)

    @on(Input.Submitted)
    @on(FormSelect.Submitted)
    def enter_creates(self, event: Input.Submitted | FormSelect.Submitted) -> None:
        event.stop()
        self.action_submit()

    @on(Button.Pressed, "#create")
    def action_submit(self) -> None:
        values = self.values()
        if values is None:
            focus_first_error(self)
            return
        self.dismiss(values)

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
