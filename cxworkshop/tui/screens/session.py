"""The session screen: header (with the step's timer), step bar, guiding questions, one
pane per step, footer.

It owns the store interaction: a pane posts ``SessionEdited(mutation)``, a facilitation
screen calls ``apply_mutation(mutation)``; either way the screen saves it with
``store.update`` (locked, re-read, atomic) and hands the saved session down to every
pane. Write errors and conflicts become notifications in the session language; the
screen keeps running. A cheap ``stat`` every few seconds (and when the screen comes
back into view) picks up changes made by another window.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import ContentSwitcher, DataTable, Input, OptionList

from cxworkshop.domain.edits import Mutation
from cxworkshop.domain.models import Session
from cxworkshop.errors import CxError
from cxworkshop.i18n import t
from cxworkshop.tui.widgets.footer import CxFooter
from cxworkshop.store import ConflictError, SessionStore, StoreError
from cxworkshop.tui.commands import SESSION_COMMANDS, Command, install_bindings
from cxworkshop.tui.messages import SessionEdited
from cxworkshop.tui.screens.session_tools import SessionTools
from cxworkshop.tui.steps.base import STEPS, StepPane
from cxworkshop.tui.steps.registry import pane_class
from cxworkshop.tui.widgets.guide_questions import GuidingQuestions
from cxworkshop.tui.widgets.session_header import SessionHeader
from cxworkshop.tui.widgets.step_bar import ReviewHint, StepBar
from cxworkshop.tui.widgets.timer_control import StepTimer

POLL_SECONDS = 2.0
TICK_SECONDS = 1.0
FOCUS_ATTEMPTS = 20  # refreshes to wait for a new pane's widgets before giving up
TYPING = (Input,)  # the app has no TextArea; importing one costs start-up time


class SessionScreen(SessionTools, Screen[None]):
    DEFAULT_CSS = """
    SessionScreen { layout: vertical; }
    SessionScreen > #steps { height: 1fr; }
    """

    def __init__(self, store: SessionStore, session: Session, step: str = "setup", *,
                 path: Path | None = None, clock: Callable[[], float] | None = None) -> None:
        super().__init__()
        self.store = store
        self.session = session
        self.path = path or store.path_for(session.id)  # the file may live outside the folder
        self.step = step if step in STEPS else STEPS[0]
        self.timer = StepTimer(self, clock or time.time)
        self._mtime = self._file_mtime()
        self._shown_as = (session.lang, session.meta.mode)  # what the panes are labelled for
        self._stale = False  # saved while a facilitation screen was on top: hand down on return
        self._moving = asyncio.Lock()
        install_bindings(self, SESSION_COMMANDS, self.lang)

    # -- facts -----------------------------------------------------------------
    @property
    def lang(self) -> str:
        return self.session.lang

    def commands(self) -> Sequence[Command]:
        return SESSION_COMMANDS

    @property
    def pane(self) -> StepPane:
        return self.query_one(f"#step-{self.step}", StepPane)

    def mounted_panes(self) -> list[StepPane]:
        return list(self.query_one("#steps", ContentSwitcher).query_children(StepPane))

    # -- building --------------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield SessionHeader(self.session, id="session-header")
        yield StepBar(self.session, self.step, id="step-bar")
        yield GuidingQuestions(self.step, self.session, id="guide")
        yield ReviewHint(self.session, self.step, id="review-hint")
        with ContentSwitcher(id="steps", initial=f"step-{self.step}"):
            yield pane_class(self.step)(self.session, id=f"step-{self.step}")
        yield CxFooter()

    def on_mount(self) -> None:
        self.set_interval(POLL_SECONDS, self.check_disk, name="poll-session-file")
        self.set_interval(TICK_SECONDS, self.timer.tick, name="step-timer")
        self.timer.show()
        self.focus_pane_soon()

    def on_screen_resume(self) -> None:
        if self._stale:
            self.hand_down()
        self.check_disk()

    # -- moving between steps --------------------------------------------------
    async def action_goto_step(self, step: str) -> None:
        async with self._moving:
            if step not in STEPS or step == self.step:
                return
            switcher = self.query_one("#steps", ContentSwitcher)
            pane_id = f"step-{step}"
            self.timer.leave(self.step)
            # out of the old step's field now (leaving it saves it): keys typed while the
            # new pane is built must not land in a field that is about to be hidden
            focused = self.focused
            if focused is not None and self.pane in focused.ancestors:
                self.set_focus(None)
            if not _has_child(switcher, pane_id):  # each pane is built the first time it is shown
                await switcher.add_content(pane_class(step)(self.session, id=pane_id))
            self.step = step  # only now: self.pane must always be a mounted pane
            switcher.current = pane_id
            self.query_one(StepBar).show(self.session, step)
            self.query_one(GuidingQuestions).show_step(step)
            self.query_one(ReviewHint).show(self.session, step)
            self.timer.show()
            if not self._focus_pane():
                self.focus_pane_soon()

    async def action_next_step(self) -> None:
        index = STEPS.index(self.step)
        if index + 1 < len(STEPS):
            await self.action_goto_step(STEPS[index + 1])

    async def action_previous_step(self) -> None:
        index = STEPS.index(self.step)
        if index > 0:
            await self.action_goto_step(STEPS[index - 1])

    @on(StepBar.Selected)
    async def step_clicked(self, event: StepBar.Selected) -> None:
        await self.action_goto_step(event.step)

    def focus_pane_soon(self) -> None:
        """Put the focus into the current pane as soon as it has something to focus.

        Tried after each refresh until the pane's widgets are there (a pane may mount
        some of them late); dropped when the user moved to another step meanwhile or
        another screen is on top."""
        step = self.step

        def attempt(left: int) -> None:
            if step != self.step or not self.is_active:
                return
            if not self._focus_pane() and left:
                self.call_after_refresh(attempt, left - 1)

        self.call_after_refresh(attempt, FOCUS_ATTEMPTS)

    def _focus_pane(self) -> bool:
        """Move the focus into the current pane unless it is there: to the widget the pane
        names (``StepPane.focus_target``), else its first focusable one; False when that
        is not there (yet)."""
        pane = self.pane
        focused = self.focused
        if focused is not None and (focused is pane or pane in focused.ancestors) and focused.display:
            return True
        target = pane.focus_target()
        for widget in self.focus_chain:
            if pane in widget.ancestors and (target is None or widget is target):
                self.set_focus(widget)  # now: keys queued meanwhile go to it, not to the screen
                return True
        return False

    # -- Esc ----------------------------------------------------------------------
    def action_escape(self) -> None:
        """In a field: leave it for the step's main list. Elsewhere: back to the sessions."""
        focused = self.focused
        if isinstance(focused, TYPING):
            self.leave_field(focused)
        else:
            self.action_go_home()

    def leave_field(self, field: Widget) -> None:
        """Focus the pane's main list or table (leaving a field saves it), else anything
        in the pane that is not a field, else nothing."""
        pane = self.pane
        chain = [w for w in self.focus_chain if pane in w.ancestors and w is not field]
        lists = [w for w in chain if isinstance(w, (DataTable, OptionList))]
        others = [w for w in chain if not isinstance(w, TYPING)]
        target = (lists or others or [None])[0]
        self.set_focus(target)

    def action_go_home(self) -> None:
        self.dismiss(None)

    # -- other commands ----------------------------------------------------------
    def action_show_help(self) -> None:
        from cxworkshop.tui.screens.help import HelpScreen, pane_key_rows

        self.app.push_screen(
            HelpScreen(self.step, self.lang, solo=self.session.is_solo,
                       step_keys=pane_key_rows(self.pane), commands=SESSION_COMMANDS)
        )

    def action_export(self) -> None:
        from cxworkshop.tui.dialogs.export import ExportDialog

        def done(path: Path | None) -> None:
            if path is not None:
                self.notify(t("tui.export.done", self.lang, path=str(path)), timeout=10, markup=False)

        self.app.push_screen(ExportDialog(self.session), done)

    # -- saving ------------------------------------------------------------------
    @on(SessionEdited)
    def save_edit(self, event: SessionEdited) -> None:
        event.stop()
        self.apply_mutation(event.mutation, event.description)

    def apply_mutation(self, mutation: Mutation, description: str = "") -> Session | None:
        """Save ``mutation`` (locked, re-read, atomic) and hand the saved session down.

        Returns the saved session, or None when it could not be saved; the user has
        then been told why. Panes save through ``SessionEdited``; screens pushed on top
        (voting, tally, self-review) get this method as their ``apply``."""
        try:
            saved = self.store.update(self.path, mutation, base_revision=self.session.revision)
        except ConflictError as exc:
            self._report(exc)
            self.reload()
            return None
        except StoreError as exc:
            self._report(exc)
            self.query_one(SessionHeader).failed()
            return None
        except CxError as exc:  # a rule refused the change (e.g. a vote over budget)
            self._report(exc)
            return None
        except LookupError:
            # the item was removed in another window while we looked at an older copy
            self.notify(t("tui.shell.item_gone", self.lang), severity="warning", timeout=8)
            self.reload()
            return None
        except (ValueError, TypeError) as exc:  # a change the session cannot take (a bug)
            self.log.error("mutation failed", description, exc)
            self.notify(t("tui.shell.edit_failed", self.lang, reason=str(exc)[:120]),
                        severity="error", timeout=12, markup=False)
            return None
        self._mtime = self._file_mtime()
        self.apply_session(saved)
        self.query_one(SessionHeader).saved()
        return saved

    def _report(self, exc: CxError) -> None:
        self.notify(exc.message_in(self.lang), title=exc.title_in(self.lang),
                    severity="error", timeout=12, markup=False)

    def apply_session(self, session: Session) -> None:
        """Take a fresh session; hand it down now, or when this screen is back in view."""
        self.session = session
        if self.is_current:
            self.hand_down()
        else:  # a facilitation screen is on top: no need to redraw panes nobody sees
            self._stale = True

    def hand_down(self) -> None:
        """Show ``self.session`` everywhere; re-label everything if language or mode changed."""
        self._stale = False
        session = self.session
        if (session.lang, session.meta.mode) != self._shown_as:
            self._shown_as = (session.lang, session.meta.mode)
            self.call_later(self.relabel)
            return
        self.query_one(SessionHeader).show(session)
        self.query_one(StepBar).show(session, self.step)
        self.query_one(GuidingQuestions).show_session(session)
        self.query_one(ReviewHint).show(session, self.step)
        for pane in self.mounted_panes():
            pane.show_session(session)
        self.timer.show()

    async def relabel(self) -> None:
        """Rebuild every pane so that all texts follow the new language or mode."""
        focused_id = self.focused.id if self.focused is not None else None
        install_bindings(self, SESSION_COMMANDS, self.lang)
        self.query_one(SessionHeader).show(self.session)
        self.query_one(StepBar).show(self.session, self.step)
        self.query_one(GuidingQuestions).show_session(self.session)
        self.query_one(ReviewHint).show(self.session, self.step)
        self.timer.show()
        async with self._moving:
            switcher = self.query_one("#steps", ContentSwitcher)
            switcher.current = None  # so that the rebuilt pane (same id) is shown again
            await switcher.remove_children()
            pane_id = f"step-{self.step}"
            await switcher.add_content(pane_class(self.step)(self.session, id=pane_id),
                                       set_current=True)

        def restore_focus() -> None:
            if focused_id:
                found = self.pane.query(f"#{focused_id}")
                if found:
                    found.first().focus()
                    return
            self.focus_pane_soon()

        self.call_after_refresh(restore_focus)

    # -- other windows -------------------------------------------------------------
    def _file_mtime(self) -> int | None:
        try:
            return self.path.stat().st_mtime_ns
        except (OSError, CxError):
            return None

    def check_disk(self) -> None:
        """Reload when another process changed the file (a cheap stat, nothing else)."""
        mtime = self._file_mtime()
        if mtime is not None and mtime != self._mtime:
            self.reload(announce=True)

    def reload(self, *, announce: bool = False) -> None:
        try:
            fresh = self.store.read_file(self.path)
        except CxError as exc:
            self._mtime = self._file_mtime()
            self._report(exc)
            return
        self._mtime = self._file_mtime()
        if fresh.revision == self.session.revision:
            return
        self.apply_session(fresh)
        self.query_one(SessionHeader).reloaded()
        if announce:
            self.notify(t("tui.shell.reloaded", self.lang), timeout=6)


def _has_child(parent: Widget, child_id: str) -> bool:
    return any(child.id == child_id for child in parent.children)
