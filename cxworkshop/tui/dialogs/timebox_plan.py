"""Plan the minutes per step: six rows, a whole number of minutes (1–600) each.

``TimeboxPlanDialog(session)`` dismisses with ``{step: minutes}`` for the steps whose
planned minutes changed (an empty dict when nothing changed), or ``None`` when
cancelled. Every field is checked as you leave it; nothing invalid is returned. The
time already spent per step stands beside each field.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Static

from cxworkshop.domain import timebox
from cxworkshop.domain.models import Session
from cxworkshop.domain.timebox_edits import MAX_MINUTES, MIN_MINUTES, box_of
from cxworkshop.domain.validation import ValidationError, check_number
from cxworkshop.i18n import t
from cxworkshop.tui.steps.base import STEPS
from cxworkshop.tui.widgets.field import FieldError
from cxworkshop.tui.widgets.timer_control import minutes_text, spent_text


def check_minutes(raw: str, lang: str) -> tuple[int | None, str | None]:
    """(minutes, None) for a whole number from 1 to 600, else (None, the message)."""
    try:
        value = check_number("minutes", raw, bounds="votes")  # a number at all, parsed as in every form
        if not MIN_MINUTES <= value <= MAX_MINUTES:
            raise ValidationError("minutes", "error.out_of_range", low=MIN_MINUTES, high=MAX_MINUTES)
        if not float(value).is_integer():
            raise ValidationError("minutes", "error.whole_number")
    except ValidationError as exc:
        if exc.key == "error.out_of_range":  # the domain's bounds are not ours
            exc = ValidationError("minutes", exc.key, low=MIN_MINUTES, high=MAX_MINUTES)
        params = {name: _number(value, lang) for name, value in exc.params.items()}
        return None, t(exc.key, lang, **params, field=t("tui.timer.plan.field", lang))
    return int(value), None


def _number(value: object, lang: str) -> object:
    if isinstance(value, float) and not isinstance(value, bool):
        text = f"{value:g}"
        return text.replace(".", ",") if lang == "nl" else text
    return value


class TimeboxPlanDialog(ModalScreen[dict[str, int] | None]):
    DEFAULT_CSS = """
    TimeboxPlanDialog { align: center middle; }
    TimeboxPlanDialog > Vertical {
        width: 64; max-width: 100%; height: auto; max-height: 100%;
        border: thick $primary; background: $surface; padding: 0 1;
    }
    TimeboxPlanDialog #plan-heading { text-style: bold; }
    TimeboxPlanDialog #plan-hint { color: $text-muted; margin-bottom: 1; }
    TimeboxPlanDialog VerticalScroll { height: auto; max-height: 1fr; }
    TimeboxPlanDialog .plan-row { height: 1; }
    TimeboxPlanDialog .plan-step { width: 16; }
    TimeboxPlanDialog .plan-row Input { width: 8; }
    TimeboxPlanDialog .plan-unit { width: 6; padding-left: 1; }
    TimeboxPlanDialog .plan-spent { width: 1fr; color: $text-muted; }
    TimeboxPlanDialog #plan-total { margin-top: 1; text-style: bold; }
    TimeboxPlanDialog Horizontal.buttons { height: auto; align-horizontal: right; }
    TimeboxPlanDialog Button { margin-left: 2; }
    """

    BINDINGS = [
        Binding("escape", "cancel", show=False),
        Binding("ctrl+s", "save", show=False),
        Binding("down", "move(1)", show=False),
        Binding("up", "move(-1)", show=False),
    ]

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.lang = session.lang
        self.boxes = {step: box_of(session, step) for step in STEPS}
        self.errors = {step: FieldError(id=f"plan-error-{step}") for step in STEPS}

    def _tr(self, key: str, **params: object) -> str:
        return t(key, self.lang, **params)

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(self._tr("tui.timer.plan.heading"), id="plan-heading")
            yield Static(self._tr("tui.timer.plan.hint"), id="plan-hint")
            with VerticalScroll():
                for step in STEPS:
                    box = self.boxes[step]
                    with Horizontal(classes="plan-row"):
                        yield Label(self._tr(f"tui.step.{step}"), classes="plan-step")
                        yield Input(minutes_text(box.minutes, self.lang), id=f"plan-{step}", compact=True,
                                    select_on_focus=True)
                        yield Label(self._tr("tui.timer.plan.unit"), classes="plan-unit")
                        yield Label(self._spent(step), classes="plan-spent")
                    yield self.errors[step]
            yield Label("", id="plan-total")
            with Horizontal(classes="buttons"):
                yield Button(self._tr("tui.dialog.cancel"), id="cancel")
                yield Button(self._tr("tui.timer.plan.save"), id="save", variant="primary")

    def _spent(self, step: str) -> str:
        seconds = timebox.spent(self.boxes[step], 0.0) if self.boxes[step].running_since is None else None
        if seconds is None:
            return self._tr("tui.timer.plan.running")
        return self._tr("tui.timer.plan.spent", time=spent_text(seconds)) if seconds else ""

    def on_mount(self) -> None:
        self.query_one(f"#plan-{STEPS[0]}", Input).focus()
        self._show_total()

    # -- checking --------------------------------------------------------------
    def _check(self, step: str) -> int | None:
        box = self.query_one(f"#plan-{step}", Input)
        value, message = check_minutes(box.value, self.lang)
        self.errors[step].show_error(message)
        box.set_class(message is not None, "-invalid")
        return value

    def values(self) -> dict[str, int] | None:
        """The changed minutes, or None (with messages shown) when a field is wrong."""
        checked = {step: self._check(step) for step in STEPS}
        bad = [step for step, value in checked.items() if value is None]
        if bad:
            self.query_one(f"#plan-{bad[0]}", Input).focus()
            return None
        return {step: value for step, value in checked.items()
                if value is not None and value != self.boxes[step].minutes}

    def _show_total(self) -> None:
        total = 0
        for step in STEPS:
            value, _ = check_minutes(self.query_one(f"#plan-{step}", Input).value, self.lang)
            total += value if value is not None else 0
        hours, minutes = divmod(total, 60)
        self.query_one("#plan-total", Label).update(
            self._tr("tui.timer.plan.total", total=total, time=f"{hours}:{minutes:02d}"))

    @on(Input.Changed)
    def _changed(self, event: Input.Changed) -> None:
        step = (event.input.id or "").removeprefix("plan-")
        if self.errors[step].has_class("-visible"):
            self._check(step)  # the message follows the typing once it is shown
        self._show_total()

    @on(Input.Blurred)
    def _left(self, event: Input.Blurred) -> None:
        self._check((event.input.id or "").removeprefix("plan-"))

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        step = (event.input.id or "").removeprefix("plan-")
        if self._check(step) is None:
            return
        index = STEPS.index(step)
        if index + 1 < len(STEPS):
            self.query_one(f"#plan-{STEPS[index + 1]}", Input).focus()
        else:
            self.action_save()

    def action_move(self, delta: int) -> None:
        """↑ ↓ go from one step's minutes to the next (the fields form a column)."""
        focused = self.focused
        step = (focused.id or "").removeprefix("plan-") if isinstance(focused, Input) else None
        if step in STEPS:
            index = min(max(STEPS.index(step) + delta, 0), len(STEPS) - 1)
            self.query_one(f"#plan-{STEPS[index]}", Input).focus()

    # -- closing ---------------------------------------------------------------
    @on(Button.Pressed, "#save")
    def action_save(self) -> None:
        values = self.values()
        if values is not None:
            self.dismiss(values)

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
