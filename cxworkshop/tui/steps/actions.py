"""Step 5, Actions: for each barrier, in priority order, what will be done about it.

One table holds the whole plan: a bold row per barrier with its actions underneath, and
a last group for actions that belong to no barrier. ``a`` adds an action to the barrier
under the cursor (a short form; only "what" is required), Enter edits, ``s`` moves an
action to its next status and ``1``–``5`` set a status straight away (open, in
progress, stuck, done, dropped: the order of the form's list), ``d`` deletes after
asking. A reminder on top says what a measure is for.
"""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Static

from cxworkshop.domain import edits
from cxworkshop.domain.edits import next_choice
from cxworkshop.domain.models import STATUSES, Action, Session
from cxworkshop.tui.dialogs.action_edit import ActionEditDialog, ActionValues
from cxworkshop.tui.dialogs.confirm import ConfirmDialog
from cxworkshop.tui.keys import localize_bindings
from cxworkshop.tui.steps.base import StepPane
from cxworkshop.tui.widgets.action_table import NO_BARRIER, ActionGroup, ActionRow, ActionTable, status_label
from cxworkshop.tui.widgets.barrier_format import fit, hours_text, one_line
from cxworkshop.tui.widgets.barrier_rows import BarrierRow, barrier_rows

_TABLE_ACTIONS = {"add", "status", "set_status", "delete"}
_STATUS = Binding.Group("tui.actions.group.status", compact=True)


def _key(name: str) -> dict[str, str]:
    return {"description": f"tui.actions.key.{name}", "tooltip": f"tui.actions.key.{name}.help"}


class ActionsPane(StepPane):
    STEP = "actions"

    DEFAULT_CSS = """
    ActionsPane { layout: vertical; padding: 0 1; }
    ActionsPane #actions-intro {
        text-style: bold; background: $primary 25%; border-left: thick $accent; padding: 0 1;
    }
    ActionsPane #actions-reminder { color: $text-muted; text-style: italic; padding: 0 1; }
    ActionsPane ActionTable { height: 1fr; margin-top: 1; }
    ActionsPane #actions-detail { height: auto; max-height: 4; color: $text-muted; }
    ActionsPane #actions-status-keys { height: auto; max-height: 2; color: $text-muted; display: none; }
    ActionsPane #actions-status-keys.-shown { display: block; }
    """

    BINDINGS = [
        Binding("a", "add", **_key("add")),
        Binding("s", "status", group=_STATUS, **_key("status")),
        # 1–5: one keystroke to any status; the footer shows "s/1–5 Status"
        *(Binding(str(number), f"set_status('{status}')", group=_STATUS, show=number == 1,
                  key_display="/1–5" if number == 1 else None, **_key(f"status.{status}"))
          for number, status in enumerate(STATUSES, start=1)),
        Binding("d,delete", "delete", **_key("delete")),
    ]

    def __init__(self, session: Session, **kwargs: object) -> None:
        super().__init__(session, **kwargs)
        self.table = ActionTable(self.lang, id="actions-table")
        self._groups: list[ActionGroup] = []
        self._barriers: dict[str, BarrierRow] = {}
        self._select_after_save: str | None = None
        localize_bindings(self, self.lang)

    def compose(self) -> ComposeResult:
        intro = "tui.actions.intro.solo" if self.session.is_solo else "tui.actions.intro.team"
        yield Static(self.tr(intro), id="actions-intro", markup=False)
        yield Static(self.tr("tui.actions.reminder"), id="actions-reminder", markup=False)
        yield self.table
        yield Static(id="actions-detail", markup=False)
        yield Static(id="actions-status-keys", markup=False)

    def on_mount(self) -> None:
        self.refresh_view()

    def on_show(self) -> None:  # StepPane.on_show runs too (Textual calls every class's handler)
        self.call_after_refresh(self._focus_table)

    def _focus_table(self) -> None:
        if self.is_attached and self.display:
            focused = self.screen.focused
            if focused is None or focused not in self.screen.focus_chain:
                self.table.focus()

    # -- attributes down ----------------------------------------------------------
    def refresh_view(self) -> None:
        session = self.session
        by_barrier: dict[str | None, list[ActionRow]] = {}
        known = {b.id for b in session.barriers}
        for a in session.actions:
            group = a.barrier_id if a.barrier_id in known else None
            by_barrier.setdefault(group, []).append(
                ActionRow(a.id, a.what, a.owner, a.due, a.status, a.first_step, a.success))
        ranked = barrier_rows(session)
        self._barriers = {row.id: row for row in ranked}
        groups = [ActionGroup(b.id, b.label, tuple(by_barrier.get(b.id, ()))) for b in ranked]
        groups.append(ActionGroup(None, self.tr("tui.actions.group.none"), tuple(by_barrier.get(None, ()))))
        self._groups = groups
        self.table.show_groups(groups)
        if self._select_after_save and session.action(self._select_after_save):
            self.table.select(f"action:{self._select_after_save}")
            self._select_after_save = None
        self._show_detail()

    def _show_status_keys(self, current: str | None) -> None:
        """Under an action: which number key sets which status, the current one marked."""
        legend = self.query_one("#actions-status-keys", Static)
        legend.set_class(current is not None, "-shown")
        if current is None:
            return
        text = Text(self.tr("tui.actions.detail.status_keys"), end="")
        for number, status in enumerate(STATUSES, start=1):
            text.append(" · " if number > 1 else " ")
            text.append(f"{number} {status_label(status, self.lang)}",
                        style="bold reverse" if status == current else "")
        legend.update(text)

    def _show_detail(self) -> None:
        self._show_status_keys(None)
        detail = self.query_one("#actions-detail", Static)
        key = self.table.selected_key or ""
        action = self.selected_action
        if action is not None:
            missing = self.tr("tui.actions.detail.missing")
            text = Text(fit(action.what, 300), style="bold", end="")
            text.append("\n" + self.tr(
                "tui.actions.detail.action",
                first_step=one_line(action.first_step) or missing,
                success=one_line(action.success) or missing,
            ), style="")
            detail.update(text)
            self._show_status_keys(action.status)
            return
        group = next((g for g in self._groups if g.key == key), None)
        if group is None:
            detail.update("")
        elif group.barrier_id is None:
            detail.update(self.tr("tui.actions.detail.none", count=len(group.actions)))
        else:
            barrier = self._barriers[group.barrier_id]
            text = Text(fit(barrier.label, 300), style="bold", end="")  # "B3 · text", as in the plan
            text.append("\n" + self.tr(
                "tui.actions.detail.group",
                quadrant=self.tr(f"quadrant.{barrier.quadrant}"),
                hours=hours_text(barrier.hours, self.lang),
                count=len(group.actions),
            ), style="")
            detail.update(text)

    # -- selection ----------------------------------------------------------------
    @property
    def selected_action(self) -> Action | None:
        key = self.table.selected_key or ""
        return self.session.action(key.removeprefix("action:")) if key.startswith("action:") else None

    def _selected_barrier_id(self) -> str | None:
        """The barrier of the row under the cursor (a group row or one of its actions)."""
        key = self.table.selected_key or NO_BARRIER
        if key.startswith("barrier:"):
            return key.removeprefix("barrier:")
        action = self.selected_action
        if action is not None and action.barrier_id and self.session.barrier(action.barrier_id):
            return action.barrier_id
        return None

    @on(DataTable.RowHighlighted, "#actions-table")
    def highlighted(self) -> None:
        self._show_detail()
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action not in _TABLE_ACTIONS:
            return True
        if not (self.is_attached and self.screen.focused is self.table):
            return False
        if action in ("status", "set_status", "delete"):
            return True if self.selected_action is not None else None  # shown, greyed out
        return True

    # -- keys -----------------------------------------------------------------------
    def action_add(self) -> None:
        owner = ""
        if self.session.is_solo:
            owner = self.session.meta.facilitator.strip() or self.tr("tui.actions.owner.self")
        action = Action("", owner=owner, barrier_id=self._selected_barrier_id())
        self._open_form(action, adding=True)

    @on(DataTable.RowSelected, "#actions-table")
    def action_edit(self) -> None:
        action = self.selected_action
        if action is None:
            self.action_add()
        else:
            self._open_form(action, adding=False)

    def _open_form(self, action: Action, *, adding: bool) -> None:
        barriers = [(b.id, fit(b.label, 65)) for b in self._barriers.values()]  # one line in the form at 80 columns

        def save(values: ActionValues | None) -> None:
            if values is None:
                return
            if adding:
                new = Action(**vars(values))
                self._select_after_save = new.id
                self.edit(edits.add("actions", new))
                return
            changes = {k: v for k, v in vars(values).items() if getattr(action, k) != v}
            if changes:
                self.edit(edits.update("actions", action.id, **changes))

        dialog = ActionEditDialog(action, barriers, self.lang, adding=adding, people=self._people())
        self.app.push_screen(dialog, save)

    def _people(self) -> list[str]:
        s = self.session
        names = [p.name for p in s.participants] + [a.owner for a in s.actions] + [s.meta.facilitator]
        return sorted({n.strip() for n in names if n.strip()}, key=str.lower)

    def action_status(self) -> None:
        if self.selected_action is not None:
            self.edit(next_choice("actions", self.selected_action.id, "status", STATUSES))

    def action_set_status(self, status: str) -> None:
        action = self.selected_action
        if action is not None and status in STATUSES:  # stored as asked, even after fast keys
            self.edit(edits.update("actions", action.id, status=status))

    def action_delete(self) -> None:
        action = self.selected_action
        if action is None:
            return

        def answer(confirmed: bool | None) -> None:
            if confirmed:
                self.edit(edits.remove("actions", action.id))

        question = self.tr("tui.actions.delete.question", what=fit(action.what, 80))
        self.app.push_screen(ConfirmDialog(self.tr("tui.actions.delete.title"), question, self.lang), answer)
