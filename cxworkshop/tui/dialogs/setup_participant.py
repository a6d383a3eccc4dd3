"""Edit one participant: name and department, checked in place; dismisses with both."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label

from cxworkshop.domain.models import Participant
from cxworkshop.domain.validation import check_text
from cxworkshop.i18n import t
from cxworkshop.tui.dialogs.form import focus_first_error
from cxworkshop.tui.widgets.field import Field, validate_into


class ParticipantDialog(ModalScreen[tuple[str, str] | None]):
    DEFAULT_CSS = """
    ParticipantDialog { align: center middle; }
    ParticipantDialog > Vertical {
        width: 64; max-width: 100%; height: auto;
        border: thick $primary; background: $surface; padding: 0 1;
    }
    ParticipantDialog #participant-heading { text-style: bold; margin-bottom: 1; }
    ParticipantDialog Input { background: $boost; }
    ParticipantDialog Horizontal { height: auto; align-horizontal: right; margin-top: 1; }
    ParticipantDialog Button { margin-left: 2; }
    """

    BINDINGS = [Binding("escape", "cancel", show=False)]

    def __init__(self, lang: str, person: Participant) -> None:
        super().__init__()
        self.lang = lang
        self.person = person

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(t("tui.setup.edit_heading", self.lang), id="participant-heading", markup=False)
            yield Field(t("field.name", self.lang),
                        Input(self.person.name, id="edit-name", compact=True))
            yield Field(t("field.department", self.lang),
                        Input(self.person.department, id="edit-department", compact=True))
            with Horizontal():
                yield Button(t("tui.dialog.cancel", self.lang), id="cancel")
                yield Button(t("tui.setup.save", self.lang), id="save", variant="primary")

    def on_mount(self) -> None:
        self.query_one("#edit-name", Input).focus()

    def _check(self, control_id: str, field: str, required: bool) -> str | None:
        box = self.query_one(f"#{control_id}", Input)
        parent = box.parent
        assert isinstance(parent, Field)
        return validate_into(lambda: check_text(field, box.value, required=required), self.lang,
                             parent.error, box)

    @on(Input.Submitted)
    @on(Button.Pressed, "#save")
    def save(self) -> None:
        name = self._check("edit-name", "name", True)
        department = self._check("edit-department", "department", False)
        if name is None or department is None:
            focus_first_error(self)
        else:
            self.dismiss((name, department))

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
