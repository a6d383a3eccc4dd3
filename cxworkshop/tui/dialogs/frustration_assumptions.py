"""Edit the assumptions behind the totals: working days, hours a day, hourly cost.

Dismisses with the changed meta fields as a dict ready for ``edits.update_meta``
(``None`` when cancelled). An empty hourly cost means "no cost figure".
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Label

from cxworkshop.domain.models import Meta
from cxworkshop.domain.validation import check_number, check_optional_number
from cxworkshop.tui.dialogs.frustration_form import FrustrationFormDialog
from cxworkshop.tui.widgets import frustration_format as fmt

FIELDS = ("working_days", "hours_per_day", "hourly_rate")


class FrustrationAssumptionsDialog(FrustrationFormDialog[dict]):
    """``push_screen(FrustrationAssumptionsDialog(session.meta, lang), callback)``."""

    TITLE_KEY = "tui.frustrations.assume.title"

    def __init__(self, meta: Meta, lang: str) -> None:
        super().__init__(lang)
        self.meta = meta

    def compose_fields(self) -> ComposeResult:
        meta = self.meta
        yield Label(self.tr("tui.frustrations.assume.hint"), classes="form-hint", markup=False)
        with Horizontal():
            yield self.field("working_days", self.text_input("working_days", fmt.plain(meta.working_days, self.lang)))
            yield self.field("hours_per_day", self.text_input("hours_per_day", fmt.plain(meta.hours_per_day, self.lang)))
            rate = "" if meta.hourly_rate is None else fmt.plain(meta.hourly_rate, self.lang)
            label = f"{self.tr('field.hourly_rate')} ({meta.currency})"
            field = self.field("hourly_rate", self.text_input("hourly_rate", rate))
            field.label = label
            yield field

    def check_field(self, name: str) -> object | None:
        raw = self.value(name)
        if name == "hourly_rate":
            return self.check(name, lambda: check_optional_number(name, raw))
        return self.check(name, lambda: check_number(name, raw))

    def collect(self) -> dict | None:
        values = {name: self.check_field(name) for name in FIELDS}
        if any(self.fields[name].error.showing for name in FIELDS):
            return None  # the form focuses the first field with a message
        return {name: value for name, value in values.items() if getattr(self.meta, name) != value}
