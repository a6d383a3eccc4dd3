"""Step 4, Barriers: what stands between the front line and a better customer experience.

On top the question a customer-centric leader keeps asking ("What do you need from me
to serve our customers better?"); below it a one-line entry (text + Enter is enough),
the barriers in priority order, and the impact/effort 2×2. Scores, votes, links to
frustrations, edits and deletes are single keys on the table (or the 2×2).
"""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.events import Resize
from textual.suggester import SuggestFromList
from textual.widgets import DataTable, Input, Select, Static

from cxworkshop.domain import edits
from cxworkshop.domain.barriers import freed_hours_by_quadrant
from cxworkshop.domain.edits import next_choice, step_score
from cxworkshop.domain.frustration import frustration_hours
from cxworkshop.domain.models import CATEGORIES, Barrier, Session
from cxworkshop.domain.validation import check_text
from cxworkshop.tui.dialogs.barrier_edit import BarrierEditDialog, BarrierValues
from cxworkshop.tui.dialogs.barrier_links import BarrierLinksDialog, LinkChoice
from cxworkshop.tui.dialogs.confirm import ConfirmDialog
from cxworkshop.tui.keys import localize_bindings
from cxworkshop.tui.steps.base import StepPane
from cxworkshop.tui.widgets.barrier_format import fit, hours_text, one_line
from cxworkshop.tui.widgets.barrier_matrix import BarrierMatrix
from cxworkshop.tui.widgets.barrier_rows import BarrierRow, barrier_rows
from cxworkshop.tui.widgets.barrier_table import BarrierTable
from cxworkshop.tui.widgets.field import FieldError, QuickInput, validate_into

_IMPACT = Binding.Group("tui.barriers.group.impact", compact=True)
_EFFORT = Binding.Group("tui.barriers.group.effort", compact=True)
_VOTES = Binding.Group("tui.barriers.group.votes", compact=True)

# actions that work on the selected barrier: only while the table or the 2×2 has focus
_ITEM_ACTIONS = {"impact", "effort", "vote", "category", "link", "edit", "delete", "matrix", "new"}

BOTH_MIN_WIDTH = 120  # from this size the table and the 2×2 are shown together
BOTH_MIN_HEIGHT = 34


def _key(name: str) -> dict[str, str]:
    return {"description": f"tui.barriers.key.{name}", "tooltip": f"tui.barriers.key.{name}.help"}


class BarriersPane(StepPane):
    STEP = "barriers"

    DEFAULT_CSS = """
    BarriersPane { layout: vertical; padding: 0 1; }
    BarriersPane #barriers-question {
        text-style: bold; color: $text; background: $primary 25%;
        border-left: thick $accent; padding: 0 1; height: auto;
    }
    BarriersPane #barriers-hint { color: $text-muted; display: none; padding: 0 1; }
    BarriersPane.-tall #barriers-hint { display: block; }
    BarriersPane #barriers-entry { height: auto; margin-top: 1; }
    BarriersPane #barrier-text { width: 1fr; }
    BarriersPane #barrier-category { width: 26; }
    BarriersPane #barrier-department { width: 22; }
    BarriersPane #barriers-body { height: 1fr; }
    BarriersPane BarrierMatrix { display: none; }
    BarriersPane.-matrix BarrierMatrix, BarriersPane.-both BarrierMatrix { display: block; }
    BarriersPane.-matrix BarrierTable { display: none; }
    BarriersPane.-both BarrierTable { height: 1fr; }
    BarriersPane.-both BarrierMatrix { height: 1fr; margin-top: 1; }
    BarriersPane #barriers-detail { height: auto; max-height: 3; color: $text-muted; }
    BarriersPane #barriers-empty { color: $text-muted; text-style: italic; padding: 1 1; display: none; }
    BarriersPane.-empty #barriers-empty { display: block; }
    BarriersPane.-empty BarrierTable, BarriersPane.-empty BarrierMatrix { display: none; }
    """

    BINDINGS = [
        Binding("i", "impact(1)", group=_IMPACT, **_key("impact_up")),
        Binding("I", "impact(-1)", group=_IMPACT, **_key("impact_down")),
        Binding("e", "effort(1)", group=_EFFORT, **_key("effort_up")),
        Binding("E", "effort(-1)", group=_EFFORT, **_key("effort_down")),
        Binding("plus,equals_sign", "vote(1)", group=_VOTES, **_key("vote_up")),
        Binding("minus", "vote(-1)", group=_VOTES, **_key("vote_down")),
        Binding("l", "link", **_key("link")),
        Binding("m", "matrix", **_key("matrix")),
        Binding("c", "category", show=False, **_key("category")),
        Binding("d,delete", "delete", **_key("delete")),
        Binding("n", "new", show=False, **_key("new")),
        Binding("down", "to_table", show=False, **_key("to_table")),
    ]

    def __init__(self, session: Session, **kwargs: object) -> None:
        super().__init__(session, **kwargs)
        self._select_after_save: str | None = None
        self._rows: list[BarrierRow] = []
        self._quadrant_hours: dict[str, float] = {}
        self.table = BarrierTable(self.lang, session.is_solo, id="barriers-table")
        self.matrix = BarrierMatrix(self.lang, id="barriers-matrix")
        localize_bindings(self, self.lang)

    # -- layout -------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield Static(self._question(), id="barriers-question", markup=False)
        yield Static(self._hint(), id="barriers-hint", markup=False)
        with Horizontal(id="barriers-entry"):
            yield QuickInput(placeholder=self.tr("tui.barriers.entry.text"), id="barrier-text")
            yield Select(self._category_options(), value="process", allow_blank=False,
                         id="barrier-category")
            yield QuickInput(placeholder=self.tr("tui.barriers.entry.department"), id="barrier-department",
                             suggester=self._department_suggester())
        yield FieldError(id="barrier-entry-error")
        with Vertical(id="barriers-body"):
            yield Static(self.tr("tui.barriers.empty"), id="barriers-empty", markup=False)
            yield self.table
            yield self.matrix
        yield Static(id="barriers-detail", markup=False)

    def on_mount(self) -> None:
        self.refresh_view()

    def on_show(self) -> None:  # StepPane.on_show runs too (Textual calls every class's handler)
        self.call_after_refresh(self._focus_entry)

    def _focus_entry(self) -> None:
        """Start on the input line when the screen has no focus yet (the step just opened)."""
        if not (self.is_attached and self.display):
            return
        focused = self.screen.focused
        if focused is None or focused not in self.screen.focus_chain:
            self.query_one("#barrier-text", Input).focus()

    def on_resize(self, event: Resize) -> None:
        both = event.size.width >= BOTH_MIN_WIDTH and event.size.height >= BOTH_MIN_HEIGHT
        self.set_class(both, "-both")
        self.set_class(event.size.height >= 30, "-tall")
        if both:
            self.remove_class("-matrix")
        self.refresh_bindings()

    # -- attributes down ----------------------------------------------------------
    def refresh_view(self) -> None:
        session = self.session
        rows = barrier_rows(session)
        self._rows = rows
        self._quadrant_hours = freed_hours_by_quadrant(session)
        self.table.show_rows(rows)
        if self._select_after_save and session.barrier(self._select_after_save):
            self.table.select(self._select_after_save)
            self._select_after_save = None
        self.set_class(not rows, "-empty")
        self.refresh_bindings()
        self._show_selection()

    def _show_selection(self) -> None:
        """The detail line and the 2×2 follow the table's cursor."""
        selected = self.table.selected_id
        self.matrix.show(self._rows, selected, self.lang, self._quadrant_hours)
        row = next((r for r in self._rows if r.id == selected), None)
        detail = self.query_one("#barriers-detail", Static)
        if row is None:
            detail.update("")
            return
        facts = self.tr(
            "tui.barriers.detail",
            category=self.tr(f"category.{row.category}"),
            department=one_line(row.department) or self.tr("tui.barriers.no_department"),
            impact=row.impact, effort=row.effort, links=row.links,
            hours=hours_text(row.hours, self.lang),
        )
        text = Text(fit(row.label, 400), style="bold", end="")  # "B3 · text", as the plan names it
        text.append("\n" + facts, style="")
        detail.update(text)

    # -- texts --------------------------------------------------------------------
    def _question(self) -> str:
        return self.tr("tui.barriers.question.solo" if self.session.is_solo else "tui.barriers.question.team")

    def _hint(self) -> str:
        return self.tr("tui.barriers.hint.solo" if self.session.is_solo else "tui.barriers.hint.team")

    def _category_options(self) -> list[tuple[str, str]]:
        return [(self.tr(f"category.{c}"), c) for c in CATEGORIES]

    def _departments(self) -> list[str]:
        s = self.session
        names = [p.department for p in s.participants] + [f.department for f in s.frustrations]
        names += [b.department for b in s.barriers]
        return sorted({n.strip() for n in names if n.strip()}, key=str.lower)

    def _department_suggester(self) -> SuggestFromList | None:
        departments = self._departments()
        return SuggestFromList(departments, case_sensitive=False) if departments else None

    # -- quick entry --------------------------------------------------------------
    @on(Input.Submitted, "#barrier-text, #barrier-department")
    def add_barrier(self) -> None:
        text_input = self.query_one("#barrier-text", Input)
        department_input = self.query_one("#barrier-department", Input)
        error = self.query_one("#barrier-entry-error", FieldError)
        text = validate_into(lambda: check_text("text", text_input.value), self.lang, error, text_input)
        if text is None:
            text_input.focus()
            return
        department = validate_into(
            lambda: check_text("department", department_input.value, required=False),
            self.lang, error, department_input,
        )
        if department is None:
            return
        category = self.query_one("#barrier-category", Select).value
        barrier = Barrier(text, category=str(category), department=department)
        self._select_after_save = barrier.id
        self.edit(edits.add("barriers", barrier), self.tr("tui.barriers.added", text=fit(text, 40)))
        text_input.value = ""
        text_input.focus()
        department_input.suggester = self._department_suggester()

    # -- keys on the selected barrier ----------------------------------------------
    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        focused = self.screen.focused if self.is_attached else None
        if action == "to_table":
            return isinstance(focused, Input) and bool(self._rows)
        if action not in _ITEM_ACTIONS:
            return True
        if not isinstance(focused, (BarrierTable, BarrierMatrix)):
            return False
        if action == "vote" and self.session.is_solo:
            return False
        if action == "matrix" and self.has_class("-both"):
            return False
        if action in ("matrix", "new"):
            return True
        return self.selected is not None

    @property
    def selected(self) -> Barrier | None:
        selected = self.table.selected_id
        return self.session.barrier(selected) if selected else None

    def _set_score(self, name: str, delta: int) -> None:
        barrier = self.selected
        if barrier is None or not 1 <= getattr(barrier, name) + delta <= 5:
            return  # nothing selected, or already at the end of the scale
        self.edit(step_score("barriers", barrier.id, name, delta))

    def action_impact(self, delta: int) -> None:
        self._set_score("impact", delta)

    def action_effort(self, delta: int) -> None:
        self._set_score("effort", delta)

    def action_vote(self, delta: int) -> None:
        if self.selected is not None and not self.session.is_solo:
            self.edit(edits.change_votes("barriers", self.selected.id, delta))

    def action_category(self) -> None:
        if self.selected is not None:
            self.edit(next_choice("barriers", self.selected.id, "category", CATEGORIES))

    def action_new(self) -> None:
        self.query_one("#barrier-text", Input).focus()

    def action_to_table(self) -> None:
        (self.matrix if self.has_class("-matrix") else self.table).focus()

    def action_matrix(self) -> None:
        self.toggle_class("-matrix")
        (self.matrix if self.has_class("-matrix") else self.table).focus()

    @on(DataTable.RowHighlighted, "#barriers-table")
    def highlighted(self) -> None:
        self._show_selection()

    @on(BarrierMatrix.Moved)
    def matrix_moved(self, event: BarrierMatrix.Moved) -> None:
        self.table.select(event.barrier_id)

    @on(DataTable.RowSelected, "#barriers-table")
    @on(BarrierMatrix.Chosen)
    def action_edit(self) -> None:
        barrier = self.selected
        if barrier is None:
            return

        def save(values: BarrierValues | None) -> None:
            if values is None:
                return
            changes = {k: v for k, v in vars(values).items() if getattr(barrier, k) != v}
            if changes:
                self.edit(edits.update("barriers", barrier.id, **changes))

        dialog = BarrierEditDialog(barrier, self.lang, solo=self.session.is_solo,
                                   departments=self._departments())
        self.app.push_screen(dialog, save)

    def action_delete(self) -> None:
        barrier = self.selected
        if barrier is None:
            return

        def answer(confirmed: bool | None) -> None:
            if confirmed:
                self.edit(edits.remove("barriers", barrier.id))

        question = self.tr("tui.barriers.delete.question", text=fit(barrier.text, 80))
        self.app.push_screen(ConfirmDialog(self.tr("tui.barriers.delete.title"), question, self.lang), answer)

    def action_link(self) -> None:
        barrier = self.selected
        if barrier is None:
            return
        days = self.session.meta.working_days
        choices = [LinkChoice(f.id, f.text, frustration_hours(f, days)) for f in self.session.frustrations]
        barrier_id = barrier.id

        def toggle(frustration_id: str) -> None:
            self.edit(edits.toggle_link(barrier_id, frustration_id))

        dialog = BarrierLinksDialog(barrier.text, choices, set(barrier.frustration_ids), self.lang, toggle)
        self.app.push_screen(dialog)
