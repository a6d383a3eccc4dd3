"""The voting settings dialog (the "show the results anyway?" question is a ConfirmDialog)."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label

from cxworkshop.domain.facilitation_edits import settings_problem
from cxworkshop.domain.models import Session
from cxworkshop.i18n import t
from cxworkshop.tui.widgets.field import Field, FieldError


def parse_whole(raw: str) -> int | None:
    """A whole number typed by a person (" 3 ", "+3"), or None."""
    text = raw.strip().lstrip("+")
    if not text.isascii() or not text.isdigit() or len(text) > 6:
        return None
    return int(text)


class VotingSettingsDialog(ModalScreen[tuple[int, int] | None]):
    """Dots per person and the most dots per item; validated in place.

    Dismisses with ``(dots_per_person, max_per_item)`` or None (cancelled)."""

    DEFAULT_CSS = """
    VotingSettingsDialog { align: center middle; }
    VotingSettingsDialog > Vertical {
        width: 72; max-width: 100%; height: auto; max-height: 100%;
        border: thick $primary; background: $surface; padding: 0 2;
    }
    VotingSettingsDialog #settings-title { text-style: bold; margin-bottom: 1; }
    VotingSettingsDialog Input { width: 12; }
    VotingSettingsDialog Horizontal { height: auto; align-horizontal: right; }
    VotingSettingsDialog Button { margin-left: 2; }
    """

    BINDINGS = [Binding("escape", "cancel", show=False)]

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.lang = session.lang
        settings = session.facilitation.voting
        self.dots_input = Input(str(settings.dots_per_person), id="dots", max_length=8)
        self.cap_input = Input(str(settings.max_per_item), id="cap", max_length=8)
        self.dots_field = Field(t("tui.voting.settings.dots", self.lang), self.dots_input)
        self.cap_field = Field(t("tui.voting.settings.cap", self.lang), self.cap_input)

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(t("tui.voting.settings.title", self.lang), id="settings-title", markup=False)
            yield self.dots_field
            yield self.cap_field
            with Horizontal():
                yield Button(t("tui.voting.settings.cancel", self.lang), id="cancel")
                yield Button(t("tui.voting.settings.save", self.lang), id="save", variant="primary")

    def on_mount(self) -> None:
        self.dots_input.focus()

    def _show(self, error: FieldError, control: Input, message: str | None) -> None:
        error.show_error(message)
        control.set_class(message is not None, "-invalid")

    def check(self) -> tuple[int, int] | None:
        """Both values, or None with the message next to the field that is wrong."""
        dots, cap = parse_whole(self.dots_input.value), parse_whole(self.cap_input.value)
        whole = t("tui.voting.settings.not_whole", self.lang)
        self._show(self.dots_field.error, self.dots_input, None if dots is not None else whole)
        self._show(self.cap_field.error, self.cap_input, None if cap is not None else whole)
        if dots is None or cap is None:
            return None
        problem = settings_problem(self.session, dots, cap)
        if problem is None:
            return dots, cap
        on_dots = problem.key in ("tui.voting.settings.dots_range", "tui.voting.settings.below_used")
        field = self.dots_field if on_dots else self.cap_field
        self._show(field.error, field.control, problem.message_in(self.lang))  # type: ignore[arg-type]
        return None

    @on(Input.Submitted)
    @on(Button.Pressed, "#save")
    def save(self) -> None:
        values = self.check()
        if values is not None:
            self.dismiss(values)

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
