"""The quick-entry row: type what costs time, press Enter, type the next one.

Every other field starts at a sensible default (employee, 1× a day, 10 minutes, one
person), so text + Enter is enough. The side and the department stay as they were for
the next entry; the numbers go back to their defaults. Numbers are checked as they are
typed (the Dutch decimal comma is fine); the message appears right under the row, the
field turns red, and nothing invalid is posted.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from rich.cells import cell_len
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.suggester import Suggester
from textual.widgets import Input, Label

from cxworkshop.domain.models import Frustration
from cxworkshop.domain.validation import check_number, check_text
from cxworkshop.i18n import t
from cxworkshop.tui.widgets.field import FieldError, QuickInput, validate_into
from cxworkshop.tui.widgets.frustration_choice import FrustrationChoice

DEFAULTS = {"occurrences": "1", "minutes": "10", "people": "1"}
NUMBER_FIELDS = ("occurrences", "minutes", "people")


class DepartmentSuggester(Suggester):
    """Completes a department from the ones already in the session (→ accepts)."""

    def __init__(self, departments: Callable[[], list[str]]) -> None:
        super().__init__(use_cache=False, case_sensitive=False)
        self.departments = departments

    async def get_suggestion(self, value: str) -> str | None:
        wanted = value.casefold()
        if not wanted:
            return None
        return next((d for d in self.departments() if d.casefold().startswith(wanted)), None)


def check_field(name: str, raw: str, frequency: str = "day") -> object:
    """The clean value of one quick-entry field (raises ValidationError)."""
    if name == "text":
        return check_text("text", raw)
    if name == "department":
        return check_text("department", raw, required=False)
    if name == "occurrences":
        bounds = "occurrences_week" if frequency == "week" else "occurrences"
        return check_number("occurrences", raw, bounds=bounds)
    if name == "people":
        return check_number("people", raw, integer=True)
    return check_number(name, raw)


def show_from_start(box: Input) -> None:
    """A value that fits its narrow input is shown from the first character.

    Textual keeps an input scrolled after a long value ("999999999" in the 7-cell
    People field): the "1" typed over it sat left of the view and the field looked empty."""
    if box.scroll_x and cell_len(box.value) < box.content_region.width:
        box.scroll_to(x=0, animate=False, immediate=True)


class FrustrationEntry(Vertical):
    """Posts :class:`FrustrationEntry.Submitted` with a new, valid ``Frustration``."""

    DEFAULT_CSS = """
    FrustrationEntry { height: auto; }
    FrustrationEntry Horizontal { height: auto; }
    FrustrationEntry .entry-column { height: auto; margin-right: 1; }
    FrustrationEntry .entry-column > * { width: 100%; }
    FrustrationEntry .entry-column > Label { color: $text-muted; }
    FrustrationEntry #col-text { width: 1fr; }
    FrustrationEntry #col-side { width: 12; }
    FrustrationEntry #col-department { width: 14; }
    FrustrationEntry #col-frequency { width: 6; }
    FrustrationEntry #col-occurrences, FrustrationEntry #col-minutes { width: 5; }
    FrustrationEntry #col-people { width: 7; margin-right: 0; }
    FrustrationEntry.-roomy #col-side { width: 16; }
    FrustrationEntry.-roomy #col-department { width: 24; }
    FrustrationEntry.-roomy #col-frequency { width: 10; }
    FrustrationEntry.-roomy #col-occurrences, FrustrationEntry.-roomy #col-minutes { width: 10; }
    FrustrationEntry.-roomy #col-people { width: 12; }
    FrustrationEntry Input.-textual-compact { background: $boost; }
    FrustrationEntry Input.-textual-compact:focus { background: $primary 35%; }
    FrustrationEntry Input.-textual-compact.-invalid { background: $error 45%; }
    FrustrationEntry #entry-errors { height: auto; }
    """

    BINDINGS = [("enter", "submit", "")]

    @dataclass
    class Submitted(Message):
        frustration: Frustration

    def __init__(self, lang: str, *, solo: bool = False, departments: Callable[[], list[str]] | None = None,
                 **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.lang = lang
        self.solo = solo
        self._departments = departments or (lambda: [])
        self.errors = {name: FieldError(id=f"error-{name}") for name in ("text", "department", *NUMBER_FIELDS)}

    def tr(self, key: str, **params: object) -> str:
        return t(key, self.lang, **params)

    def compose(self) -> ComposeResult:
        placeholder = "tui.frustrations.entry.placeholder" + (".solo" if self.solo else "")
        sides = [(s, f" {t(f'side.{s}', self.lang)} ") for s in ("employee", "customer")]
        freqs = [(f, f" {self.tr(f'tui.frustrations.freq.{f}')} ") for f in ("day", "week")]
        with Horizontal():
            yield self._column("text", QuickInput(placeholder=self.tr(placeholder), id="entry-text", compact=True))
            yield self._column("side", FrustrationChoice(sides, id="entry-side"))
            yield self._column("department", QuickInput(id="entry-department", compact=True,
                                                   suggester=DepartmentSuggester(self._departments)))
            yield self._column("frequency", FrustrationChoice(freqs, id="entry-frequency"))
            for name in NUMBER_FIELDS:
                yield self._column(name, QuickInput(DEFAULTS[name], id=f"entry-{name}", compact=True))
        with Vertical(id="entry-errors"):
            yield from self.errors.values()

    def _column(self, name: str, control: Input | FrustrationChoice) -> Vertical:
        return Vertical(Label(self.tr(f"tui.frustrations.entry.{name}"), markup=False), control,
                        classes="entry-column", id=f"col-{name}")

    # -- layout ----------------------------------------------------------------
    def set_roomy(self, roomy: bool) -> None:
        """Bordered inputs when there is room (160×48), one-line inputs at 80×24."""
        self.set_class(roomy, "-roomy")
        for widget in self.query(Input):
            widget.compact = not roomy
        for choice in self.query(FrustrationChoice):
            choice.set_class(roomy, "-bordered")

    # -- reading and checking --------------------------------------------------
    def input(self, name: str) -> Input:
        return self.query_one(f"#entry-{name}", Input)

    @property
    def frequency(self) -> str:
        return self.query_one("#entry-frequency", FrustrationChoice).value

    def check(self, name: str) -> object | None:
        control = self.input(name)
        return validate_into(lambda: check_field(name, control.value, self.frequency),
                             self.lang, self.errors[name], control)

    @on(Input.Changed)
    def _recheck(self, event: Input.Changed) -> None:
        show_from_start(event.input)
        name = (event.input.id or "").removeprefix("entry-")
        if name in NUMBER_FIELDS or (name in self.errors and self.errors[name].has_class("-visible")):
            self.check(name)

    @on(FrustrationChoice.Changed, "#entry-frequency")
    def _frequency_changed(self) -> None:
        self.check("occurrences")

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_submit()

    def action_submit(self) -> None:
        values = {name: self.check(name) for name in self.errors}
        invalid = [name for name, value in values.items() if value is None]
        if invalid:
            if values["text"] is not None:  # the text is fine: take the user to the bad number
                self.input(invalid[0]).focus()
            return
        side = self.query_one("#entry-side", FrustrationChoice).value
        frustration = Frustration(
            text=str(values["text"]),
            side=side,
            department=str(values["department"] or ""),
            frequency=self.frequency,
            occurrences=float(values["occurrences"]),  # type: ignore[arg-type]
            minutes=float(values["minutes"]),  # type: ignore[arg-type]
            people=int(values["people"]),  # type: ignore[arg-type]
        )
        self.post_message(self.Submitted(frustration))
        self.reset()

    def reset(self) -> None:
        """Ready for the next one: empty text (focused), default numbers, same side and department."""
        self.query_one("#entry-frequency", FrustrationChoice).value = "day"
        for name, value in DEFAULTS.items():
            self.input(name).value = value
        text = self.input("text")
        text.value = ""
        text.focus()
        for error in self.errors.values():
            error.show_error(None)
        for widget in self.query(Input):
            widget.remove_class("-invalid")
