"""Edit every field of a barrier in a modal form that validates in place.

Dismisses with a :class:`BarrierValues` (clean, validated values) or ``None`` when
cancelled. A bad field shows its message right under it and nothing is returned.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.suggester import SuggestFromList
from textual.widgets import Button, Input, Label, Select

from cxworkshop.domain.models import CATEGORIES, Barrier
from cxworkshop.domain.validation import check_choice, check_number, check_score, check_text
from cxworkshop.i18n import t
from cxworkshop.tui.dialogs.form import focus_first_error
from cxworkshop.tui.keys import localize_bindings
from cxworkshop.tui.widgets.field import Field, validate_into


@dataclass(frozen=True)
class BarrierValues:
    text: str
    category: str
    department: str
    impact: int
    effort: int
    votes: int


class BarrierEditDialog(ModalScreen[BarrierValues | None]):
    """``push_screen(BarrierEditDialog(barrier, lang, solo=...), callback)``."""

    DEFAULT_CSS = """
    BarrierEditDialog { align: center middle; }
    BarrierEditDialog > Vertical {
        width: 90%; max-width: 100; height: auto; max-height: 100%;
        border: thick $primary; background: $surface; padding: 0 1;
    }
    BarrierEditDialog #edit-title { text-style: bold; color: $primary; margin-bottom: 1; }
    BarrierEditDialog Horizontal { height: auto; }
    BarrierEditDialog Horizontal > Field { margin-right: 2; }
    BarrierEditDialog Input { background: $panel; }
    BarrierEditDialog Input:focus { background: $primary 25%; }
    BarrierEditDialog #edit-keys { color: $text-muted; margin-top: 1; }
    BarrierEditDialog #edit-buttons { align-horizontal: right; }
    BarrierEditDialog Button { margin-left: 2; }
    """

    BINDINGS = [
        Binding("escape", "cancel", "tui.barriers.edit.cancel", show=False),
        Binding("ctrl+s", "save", "tui.barriers.edit.save", show=False),
    ]

    def __init__(self, barrier: Barrier, lang: str, *, solo: bool = False,
                 departments: list[str] | None = None) -> None:
        super().__init__()
        self.barrier = barrier
        self.lang = lang
        self.solo = solo
        self.departments = departments or []
        localize_bindings(self, lang)

    def compose(self) -> ComposeResult:
        b, lang = self.barrier, self.lang
        categories = [(t(f"category.{c}", lang), c) for c in CATEGORIES]
        category = b.category if b.category in CATEGORIES else "other"
        suggester = SuggestFromList(self.departments, case_sensitive=False) if self.departments else None
        with Vertical():
            yield Label(t("tui.barriers.edit.title", lang), id="edit-title", markup=False)
            yield Field(t("field.text", lang), Input(b.text, id="text", compact=True), id="f-text")
            with Horizontal():
                yield Field(t("field.category", lang),
                            Select(categories, value=category, allow_blank=False, compact=True,
                                   id="category"), id="f-category")
                yield Field(t("field.department", lang),
                            Input(b.department, id="department", compact=True, suggester=suggester),
                            id="f-department")
            with Horizontal():
                yield Field(t("field.impact", lang), Input(str(b.impact), id="impact", compact=True),
                            id="f-impact")
                yield Field(t("field.effort", lang), Input(str(b.effort), id="effort", compact=True),
                            id="f-effort")
                if not self.solo:
                    yield Field(t("field.votes", lang), Input(str(b.votes), id="votes", compact=True),
                                id="f-votes")
            yield Label(t("tui.barriers.edit.keys", lang), id="edit-keys", markup=False)
            with Horizontal(id="edit-buttons"):
                yield Button(t("tui.barriers.edit.cancel", lang), id="cancel", compact=True)
                yield Button(t("tui.barriers.edit.save", lang), id="save", variant="primary",
                             compact=True)

    def on_mount(self) -> None:
        self.query_one("#text", Input).focus()

    def _check(self, name: str, check) -> object:  # type: ignore[no-untyped-def]
        field = self.query_one(f"#f-{name}", Field)
        return validate_into(lambda: check(field.control), self.lang, field.error, field.control)

    def values(self) -> BarrierValues | None:
        """Validate every field (showing each message); the clean values or None."""
        checks = {
            "text": lambda c: check_text("text", c.value),
            "category": lambda c: check_choice("category", c.value, CATEGORIES),
            "department": lambda c: check_text("department", c.value, required=False),
            "impact": lambda c: check_score("impact", c.value),
            "effort": lambda c: check_score("effort", c.value),
        }
        if not self.solo:
            checks["votes"] = lambda c: int(check_number("votes", c.value, integer=True))
        results = {name: self._check(name, check) for name, check in checks.items()}
        if any(value is None for value in results.values()):
            return None
        results.setdefault("votes", self.barrier.votes)
        return BarrierValues(**results)  # type: ignore[arg-type]

    @on(Input.Submitted)
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
