"""What the two Frustrations dialogs share: a bordered form that validates in place.

Subclasses yield their fields in :meth:`compose_fields` and return the clean result
from :meth:`collect` (or ``None`` when a field is invalid: the message is then already
next to that field). Enter in any input or ctrl+s saves; Escape cancels.
"""

from __future__ import annotations

from typing import Generic, TypeVar

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label

from cxworkshop.i18n import t
from cxworkshop.tui.dialogs.form import focus_first_error
from cxworkshop.tui.keys import key, localize_bindings
from cxworkshop.tui.widgets.field import Field, validate_into
from cxworkshop.tui.widgets.frustration_choice import FrustrationChoice

T = TypeVar("T")


class FrustrationFormDialog(ModalScreen[T], Generic[T]):
    DEFAULT_CSS = """
    FrustrationFormDialog { align: center middle; }
    FrustrationFormDialog > #form {
        width: 96%; max-width: 84; height: auto; max-height: 100%;
        border: thick $primary; background: $surface; padding: 0 1;
    }
    FrustrationFormDialog #form-title { text-style: bold; color: $primary; margin-bottom: 1; }
    FrustrationFormDialog .form-hint { color: $text-muted; width: 100%; }
    FrustrationFormDialog Horizontal { height: auto; }
    FrustrationFormDialog Field { margin-right: 1; }
    FrustrationFormDialog Input.-textual-compact { background: $boost; }
    FrustrationFormDialog Input.-textual-compact:focus { background: $primary 35%; }
    FrustrationFormDialog Input.-textual-compact.-invalid { background: $error 45%; }
    FrustrationFormDialog #form-buttons { align-horizontal: right; margin-top: 1; }
    FrustrationFormDialog #form-buttons Button { margin-left: 2; }
    """

    BINDINGS = [
        key("escape", "cancel", "tui.frustrations.key.cancel"),
        key("ctrl+s", "save", "tui.frustrations.key.save"),
    ]

    TITLE_KEY = ""

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang
        self.fields: dict[str, Field] = {}

    def tr(self, key_: str, **params: object) -> str:
        return t(key_, self.lang, **params)

    # -- building ----------------------------------------------------------------
    def field(self, name: str, control: object, label_key: str | None = None) -> Field:
        """A Field for ``name`` labelled from the catalogue (``field.<name>`` by default)."""
        made = Field(self.tr(label_key or f"field.{name}"), control, id=f"field-{name}")  # type: ignore[arg-type]
        self.fields[name] = made
        return made

    def text_input(self, name: str, value: str) -> Input:
        return Input(value, id=f"input-{name}", compact=True)  # a Field owns its -invalid mark

    def compose(self) -> ComposeResult:
        with Vertical(id="form"):
            yield Label(self.tr(self.TITLE_KEY), id="form-title", markup=False)
            yield from self.compose_fields()
            with Horizontal(id="form-buttons"):
                yield Button(self.tr("tui.frustrations.edit.cancel"), id="cancel", compact=True)
                yield Button(self.tr("tui.frustrations.edit.save"), id="save", variant="primary", compact=True)

    def compose_fields(self) -> ComposeResult:
        raise NotImplementedError

    def on_mount(self) -> None:
        localize_bindings(self, self.lang)
        for choice in self.query(FrustrationChoice):
            localize_bindings(choice, self.lang)
        self.query(Input).first().focus()

    # -- checking ----------------------------------------------------------------
    def value(self, name: str) -> str:
        return self.query_one(f"#input-{name}", Input).value

    def check(self, name: str, check: object) -> object | None:
        field = self.fields[name]
        return validate_into(check, self.lang, field.error, field.control)  # type: ignore[arg-type]

    def check_field(self, name: str) -> object | None:
        """Check one field, showing or clearing its message."""
        raise NotImplementedError

    def collect(self) -> T | None:
        raise NotImplementedError

    @on(Input.Changed)
    def _recheck(self, event: Input.Changed) -> None:
        """Once a message shows, it follows the typing (and goes when the value is fixed)."""
        field = self.fields.get((event.input.id or "").removeprefix("input-"))
        if field is not None and field.error.has_class("-visible"):
            self.check_field((event.input.id or "").removeprefix("input-"))

    # -- actions -----------------------------------------------------------------
    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_save()

    @on(Button.Pressed, "#save")
    def action_save(self) -> None:
        result = self.collect()
        if result is None:
            focus_first_error(self)
        else:
            self.dismiss(result)

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
