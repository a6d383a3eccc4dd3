"""Edit one frustration: every field, plus the optional low/high minutes.

Dismisses with the changed values as a dict ready for ``edits.update`` (``None`` when
cancelled). Nothing invalid leaves the dialog: each message appears under its field.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Label

from cxworkshop.domain.models import Frustration
from cxworkshop.domain.validation import check_optional_number
from cxworkshop.tui.dialogs.frustration_form import FrustrationFormDialog
from cxworkshop.tui.widgets import frustration_format as fmt
from cxworkshop.tui.widgets.field import FieldError
from cxworkshop.tui.widgets.frustration_choice import FrustrationChoice
from cxworkshop.tui.widgets.frustration_entry import check_field as check_entry_field

NUMBERS = ("occurrences", "minutes", "people")


class FrustrationEditDialog(FrustrationFormDialog[dict]):
    """``push_screen(FrustrationEditDialog(frustration, lang), callback)``."""

    TITLE_KEY = "tui.frustrations.edit.title"

    def __init__(self, frustration: Frustration, lang: str) -> None:
        super().__init__(lang)
        self.frustration = frustration
        self.range_error = FieldError(id="error-range")

    def _figure(self, value: float | None) -> str:
        return "" if value is None else fmt.plain(value, self.lang)

    def compose_fields(self) -> ComposeResult:
        f = self.frustration
        sides = [(s, f" {self.tr(f'side.{s}')} ") for s in ("employee", "customer")]
        freqs = [(q, f" {self.tr(f'tui.frustrations.freq.{q}')} ") for q in ("day", "week")]
        yield self.field("text", self.text_input("text", f.text))
        with Horizontal():
            yield self.field("side", FrustrationChoice(sides, f.side, id="input-side"))
            yield self.field("department", self.text_input("department", f.department))
        with Horizontal():
            yield self.field("frequency", FrustrationChoice(freqs, f.frequency, id="input-frequency"))
            yield self.field("occurrences", self.text_input("occurrences", self._figure(f.occurrences)))
            yield self.field("minutes", self.text_input("minutes", self._figure(f.minutes)))
            yield self.field("people", self.text_input("people", str(f.people)))
        yield Label(self.tr("tui.frustrations.edit.range"), classes="form-hint", markup=False)
        with Horizontal():
            yield self.field("minutes_low", self.text_input("minutes_low", self._figure(f.minutes_low)))
            yield self.field("minutes_high", self.text_input("minutes_high", self._figure(f.minutes_high)))
        yield self.range_error

    @on(FrustrationChoice.Changed, "#input-frequency")
    def _recheck_occurrences(self) -> None:
        if self.fields["occurrences"].error.has_class("-visible"):
            self.check_field("occurrences")

    @property
    def frequency(self) -> str:
        return self.query_one("#input-frequency", FrustrationChoice).value

    def check_field(self, name: str) -> object | None:
        if name in ("minutes_low", "minutes_high"):
            raw = self.value(name)
            return self.check(name, lambda: check_optional_number(name, raw, bounds="minutes"))
        raw = self.value(name)
        return self.check(name, lambda: check_entry_field(name, raw, self.frequency))

    def collect(self) -> dict | None:
        names = ("text", "department", *NUMBERS, "minutes_low", "minutes_high")
        ok = {name: self.check_field(name) for name in names}
        if any(self.fields[name].error.showing for name in names):
            return None  # the form focuses the first field with a message
        low, high = ok["minutes_low"], ok["minutes_high"]
        if low is not None and high is not None and low > high:  # type: ignore[operator]
            self.range_error.show_error(self.tr("tui.frustrations.error.range"))
            self.fields["minutes_low"].control.focus()
            return None
        self.range_error.show_error(None)
        values = {
            "text": ok["text"],
            "side": self.query_one("#input-side", FrustrationChoice).value,
            "department": ok["department"],
            "frequency": self.frequency,
            "occurrences": float(ok["occurrences"]),  # type: ignore[arg-type]
            "minutes": float(ok["minutes"]),  # type: ignore[arg-type]
            "people": int(ok["people"]),  # type: ignore[arg-type]
            "minutes_low": low,
            "minutes_high": high,
        }
        f = self.frustration
        return {name: value for name, value in values.items() if getattr(f, name) != value}
