"""Add or edit an action in a modal form that validates in place.

Only ``what`` is required; the due date must be a real ISO date (YYYY-MM-DD). A date
before today is allowed (an overdue action is real) but a warning under the field says
so as soon as it is typed. Enter saves from every field, the choices included (Space
or a click opens a choice's list; Enter in an open list picks). Dismisses with an
:class:`ActionValues` or ``None`` when cancelled; a bad field shows its message right
under it and nothing is returned.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.suggester import SuggestFromList
from textual.widgets import Button, Input, Label, Select, Static

from cxworkshop.domain.models import STATUSES, Action
from cxworkshop.domain.validation import check_choice, check_date, check_text, date_warning
from cxworkshop.i18n import t
from cxworkshop.tui.dialogs.form import FormSelect, focus_first_error
from cxworkshop.tui.keys import localize_bindings
from cxworkshop.tui.widgets.action_table import status_label
from cxworkshop.tui.widgets.field import Field, validate_into

NO_BARRIER = "-"  # the Select value for "no barrier" (Select cannot hold None)


def today() -> date:
    """The date a due date is compared with (a function, so tests can fix it)."""
    return date.today()


@dataclass(frozen=True)
class ActionValues:
    what: str
    owner: str
    due: str
    first_step: str
    success: str
    status: str
    barrier_id: str | None


class ActionEditDialog(ModalScreen[ActionValues | None]):
    """``push_screen(ActionEditDialog(action, barriers, lang, adding=True), callback)``.

    ``barriers`` are (id, label) pairs in priority order for the barrier choice.
    """

    DEFAULT_CSS = """
    ActionEditDialog { align: center middle; }
    ActionEditDialog > Vertical {
        width: 90%; max-width: 110; height: auto; max-height: 100%;
        border: thick $primary; background: $surface; padding: 0 1;
    }
    ActionEditDialog #action-title { text-style: bold; color: $primary; }
    ActionEditDialog VerticalScroll { height: auto; max-height: 1fr; }
    ActionEditDialog Horizontal { height: auto; }
    ActionEditDialog Horizontal > Field { margin-right: 2; }
    ActionEditDialog #f-status { width: 22; }
    ActionEditDialog #due { width: 16; }
    ActionEditDialog Input { background: $panel; }
    ActionEditDialog Input:focus { background: $primary 25%; }
    ActionEditDialog #due-warning { color: $warning; text-style: bold; display: none; }
    ActionEditDialog #due-warning.-visible { display: block; }
    ActionEditDialog #action-keys { color: $text-muted; }
    ActionEditDialog #action-buttons { align-horizontal: right; }
    ActionEditDialog Button { margin-left: 2; }
    """

    BINDINGS = [
        Binding("escape", "cancel", "tui.actions.form.cancel", show=False),
        Binding("ctrl+s", "save", "tui.actions.form.save", show=False),
    ]

    def __init__(self, action: Action, barriers: list[tuple[str, str]], lang: str, *,
                 adding: bool, people: list[str] | None = None) -> None:
        super().__init__()
        self.action = action
        self.barriers = barriers
        self.lang = lang
        self.adding = adding
        self.people = people or []
        localize_bindings(self, lang)

    def compose(self) -> ComposeResult:
        a, lang = self.action, self.lang
        title = "tui.actions.form.title.add" if self.adding else "tui.actions.form.title.edit"
        statuses = [(status_label(s, lang), s) for s in STATUSES]
        known = {barrier_id for barrier_id, _ in self.barriers}
        # barrier texts are the user's: Content, so "[b]" stays "[b]"
        barriers = [(t("tui.actions.form.no_barrier", lang), NO_BARRIER),
                    *((Content(" ".join(label.split())), i) for i, label in self.barriers)]
        barrier = a.barrier_id if a.barrier_id in known else NO_BARRIER
        people = SuggestFromList(self.people, case_sensitive=False) if self.people else None
        with Vertical():
            yield Label(t(title, lang), id="action-title", markup=False)
            with VerticalScroll():
                yield Field(t("field.what", lang), Input(
                    a.what, placeholder=t("tui.actions.form.what_placeholder", lang), id="what",
                    compact=True), id="f-what")
                with Horizontal():
                    yield Field(t("field.owner", lang), Input(a.owner, id="owner", compact=True,
                                                             suggester=people), id="f-owner")
                    yield Field(t("field.status", lang), FormSelect(
                        statuses, value=a.status if a.status in STATUSES else "open",
                        allow_blank=False, compact=True, id="status"), id="f-status")
                yield Field(t("field.due", lang), Input(
                    a.due, placeholder=t("tui.actions.form.due_placeholder", lang), id="due",
                    compact=True), id="f-due")
                yield Static("", id="due-warning", markup=False)
                yield Field(t("field.first_step", lang), Input(a.first_step, id="first_step", compact=True),
                            id="f-first_step")
                yield Field(t("field.success", lang), Input(a.success, id="success", compact=True),
                            id="f-success")
                yield Field(t("tui.actions.form.barrier", lang), FormSelect(
                    barriers, value=barrier, allow_blank=False, compact=True, id="barrier"), id="f-barrier")
            yield Label(t("tui.actions.form.keys", lang), id="action-keys", markup=False)
            with Horizontal(id="action-buttons"):
                yield Button(t("tui.actions.form.cancel", lang), id="cancel", compact=True)
                yield Button(t("tui.actions.form.save", lang), id="save", variant="primary", compact=True)

    def on_mount(self) -> None:
        self._warn_due()
        self.query_one("#what", Input).focus()

    @on(Input.Changed, "#due")
    def _warn_due(self) -> None:
        """Say at once when the due date lies in the past (saving still goes ahead)."""
        warning = date_warning("due", self.query_one("#due", Input).value, today=today())
        label = self.query_one("#due-warning", Static)
        label.update("⚠ " + warning.message_in(self.lang) if warning else "")
        label.set_class(warning is not None, "-visible")

    def _check(self, name: str, check: Callable[[object], object]) -> object:
        field = self.query_one(f"#f-{name}", Field)
        return validate_into(lambda: check(field.control.value), self.lang, field.error, field.control)  # type: ignore[attr-defined]

    CHECKS: dict[str, Callable[[object], object]] = {
        "what": lambda v: check_text("what", v),
        "owner": lambda v: check_text("owner", v, required=False),
        "due": lambda v: check_date("due", v),
        "first_step": lambda v: check_text("first_step", v, required=False),
        "success": lambda v: check_text("success", v, required=False),
        "status": lambda v: check_choice("status", v, STATUSES),
    }

    @on(Input.Changed)
    def _recheck(self, event: Input.Changed) -> None:
        """Once a message shows, it follows the typing (and goes when the value is fixed)."""
        name = event.input.id or ""
        if name in self.CHECKS and self.query_one(f"#f-{name}", Field).error.showing:
            self._check(name, self.CHECKS[name])

    def values(self) -> ActionValues | None:
        """Validate every field (each shows its own message); the clean values or None."""
        results = {name: self._check(name, check) for name, check in self.CHECKS.items()}
        if any(value is None for value in results.values()):
            return None
        barrier = self.query_one("#barrier", Select).value
        return ActionValues(**results, barrier_id=None if barrier == NO_BARRIER else str(barrier))  # type: ignore[arg-type]

    @on(Input.Submitted)
    @on(FormSelect.Submitted)
    def submitted(self) -> None:
        self.action_save()

    def action_save(self) -> None:
        values = self.values()
        if values is None:
            focus_first_error(self)
        else:
            self.dismiss(values)

    def action_cancel(self) -> None:
        self.dismiss(None)

    @on(Button.Pressed)
    def pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "save":
            self.action_save()
        else:
            self.action_cancel()
