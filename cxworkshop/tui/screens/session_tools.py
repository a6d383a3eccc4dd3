"""What the session screen offers besides the steps: the facilitation screens (blind
voting, the customer tally, the self-review, then-and-now), the guiding questions, the
step timer, and the current step's keys in the command palette.

A mixin of :class:`~cxworkshop.tui.screens.session.SessionScreen`, kept apart so that
each file stays small. Every screen opened here saves through the session screen's
``apply_mutation``; when it closes, the session screen shows the latest session.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from textual import events
from textual.screen import Screen
from textual.widget import Widget

from cxworkshop.i18n import t
from cxworkshop.tui.commands import FACILITATION_COMMANDS, key_label
from cxworkshop.tui.widgets.guide_questions import GuidingQuestions
from cxworkshop.tui.widgets.step_bar import ReviewHint
from cxworkshop.tui.widgets.timer_control import time_up_message
from cxworkshop.tui.widgets.timer_label import TimerLabel

if TYPE_CHECKING:
    from cxworkshop.tui.screens.session import SessionScreen

    _Base = SessionScreen
else:
    _Base = object

TEAM_ONLY = frozenset({"vote", "tally"})  # voting and strokes need a room full of people
# what F10 / F11 say in a solo session, where they are switched off
TEAM_ONLY_NOTICES = {"vote": "tui.voting.team_only", "tally": "tui.tally.team_only"}
SOLO_ONLY = frozenset({"toggle_guide"})  # the guiding questions are for one person


class SessionTools(_Base):
    # -- which commands apply --------------------------------------------------
    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in TEAM_ONLY:
            return not self.session.is_solo
        if action in SOLO_ONLY:
            return self.session.is_solo
        return True

    def on_key(self, event: events.Key) -> None:
        """A key of a team-only screen in a solo session: its binding is switched off
        (:meth:`check_action`), so the key arrives here; say why nothing opens."""
        if not self.session.is_solo:
            return
        for command in FACILITATION_COMMANDS:
            if command.action in TEAM_ONLY_NOTICES and event.key in command.keys.split(","):
                event.stop()
                event.prevent_default()
                self.notify(t(TEAM_ONLY_NOTICES[command.action], self.lang), timeout=5)
                return

    # -- facilitation screens ----------------------------------------------------
    def open_tool(self, screen: Screen[None]) -> None:
        """Push a facilitation screen; when it closes the session screen is up to date
        (``on_screen_resume`` hands down what was saved meanwhile)."""
        self.app.push_screen(screen, lambda _result: self.check_disk())

    def action_vote(self, kind: str | None = None) -> None:
        """Blind dot voting: on drafts from the Promise step, otherwise on barriers."""
        from cxworkshop.tui.screens.voting import VotingScreen

        chosen = kind or ("drafts" if self.step == "promise" else "barriers")
        self.open_tool(VotingScreen(self.session, chosen, self.apply_mutation))

    def action_tally(self) -> None:
        from cxworkshop.tui.screens.tally import TallyScreen

        self.open_tool(TallyScreen(self.session, self.apply_mutation))

    def action_review(self) -> None:
        from cxworkshop.tui.screens.review import SelfReviewScreen

        self.open_tool(SelfReviewScreen(self.session, self.apply_mutation))

    # (handlers by name: Textual collects @on handlers only from its own classes, not mixins)
    def on_review_hint_pressed(self, event: ReviewHint.Pressed) -> None:
        self.action_review()

    def action_compare(self) -> None:
        """Then and now, for a follow-up session; otherwise say how to get one."""
        from cxworkshop.domain.followup import previous_of
        from cxworkshop.tui.screens.compare import CompareScreen

        if not self.session.previous:
            self.notify(t("tui.shell.compare_none", self.lang), timeout=10)
            return
        try:
            previous = previous_of(self.session)
        except (KeyError, TypeError, ValueError, AttributeError):
            previous = None
        if previous is None:
            self.notify(t("tui.shell.compare_unreadable", self.lang), severity="warning", timeout=10)
            return
        self.open_tool(CompareScreen(previous, self.session, self.lang))

    def action_toggle_guide(self) -> None:
        self.query_one(GuidingQuestions).toggle()

    # -- the step timer ----------------------------------------------------------
    def timer_label(self) -> TimerLabel:
        return self.query_one(TimerLabel)

    def action_timer_toggle(self) -> None:
        self.timer.toggle()

    def on_timer_label_pressed(self, event: TimerLabel.Pressed) -> None:
        self.timer.toggle()

    def action_timer_extend(self) -> None:
        if self.timer.extend():
            minutes = self.timer.box().minutes
            self.notify(t("tui.timer.extended", self.lang, step=t(f"tui.step.{self.step}", self.lang),
                          minutes=f"{minutes:g}"), timeout=4)

    def action_timebox_plan(self) -> None:
        from cxworkshop.tui.dialogs.timebox_plan import TimeboxPlanDialog

        def done(minutes: dict[str, int] | None) -> None:
            if minutes:
                self.timer.plan(minutes)

        self.app.push_screen(TimeboxPlanDialog(self.session), done)

    def time_is_up(self, step: str, minutes: float) -> None:
        """The timebox of ``step`` just ran out: the bell and a message, once."""
        self.app.bell()
        self.notify(time_up_message(step, minutes, self.lang), title=t("tui.timer.up_title", self.lang),
                    severity="warning", timeout=20)

    # -- palette -----------------------------------------------------------------
    def palette_extras(self) -> list[tuple[str, str, object]]:
        """The keys of the current step (those of widgets in view) as palette entries."""
        from cxworkshop.tui.screens.help import pane_bindings

        pane = self.pane
        entries: list[tuple[str, str, object]] = []
        seen: set[str] = set()
        for node, binding in pane_bindings(pane):
            title = binding.description
            if title in seen or not _in_view(node, pane):
                continue
            if node.check_action(binding.action.split("(", 1)[0], ()) is False:
                continue
            seen.add(title)
            tip = binding.tooltip if binding.tooltip and not binding.tooltip.startswith("tui.") else ""
            # the key itself ("1"), not the footer's way of showing a group ("/1–5")
            keys = key_label(binding.key)
            entries.append((title, f"{keys} · {tip}" if tip else keys, partial(node.run_action, binding.action)))
        return entries


def _in_view(node: Widget, pane: Widget) -> bool:
    """True when ``node`` and every parent up to ``pane`` are displayed."""
    current: Widget | None = node
    while current is not None and current is not pane:
        if not current.display:
            return False
        parent = current.parent
        current = parent if isinstance(parent, Widget) else None
    return True
