"""The session screen: header, step bar, one pane per step, footer.

It owns the store interaction: a pane posts ``SessionEdited(mutation)``; the screen
saves it with ``store.update`` (locked, re-read, atomic) and hands the saved session
down to every pane. Write errors and conflicts become notifications in the session
language; the screen keeps running. A cheap ``stat`` every few seconds (and when the
screen comes back into view) picks up changes made by another window.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import ContentSwitcher, Footer

from cxworkshop.domain.models import Session
from cxworkshop.errors import CxError
from cxworkshop.i18n import t
from cxworkshop.store import ConflictError, SessionStore
from cxworkshop.tui.commands import SESSION_COMMANDS, Command, install_bindings
from cxworkshop.tui.messages import SessionEdited
from cxworkshop.tui.steps.base import STEPS, StepPane
from cxworkshop.tui.steps.registry import pane_class
from cxworkshop.tui.widgets.session_header import SessionHeader
from cxworkshop.tui.widgets.step_bar import StepBar

POLL_SECONDS = 2.0


class SessionScreen(Screen[None]):
    DEFAULT_CSS = """
    SessionScreen { layout: vertical; }
    SessionScreen > #steps { height: 1fr; }
    """

    def __init__(self, store: SessionStore, session: Session, step: str = "setup", *,
                 path: Path | None = None) -> None:
        super().__init__()
        self.store = store
        self.session = session
        self.path = path or store.path_for(session.id)  # the file may live outside the folder
        self.step = step if step in STEPS else STEPS[0]
        self._mtime = self._file_mtime()
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
        with ContentSwitcher(id="steps", initial=f"step-{self.step}"):
            yield pane_class(self.step)(self.session, id=f"step-{self.step}")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.set_interval(POLL_SECONDS, self.check_disk, name="poll-session-file")
        self.call_after_refresh(self._focus_pane)

    def on_screen_resume(self) -> None:
        self.check_disk()

    # -- moving between steps --------------------------------------------------
    async def action_goto_step(self, step: str) -> None:
        if step not in STEPS or step == self.step:
            return
        switcher = self.query_one("#steps", ContentSwitcher)
        pane_id = f"step-{step}"
        self.step = step
        self.query_one(StepBar).show(self.session, step)
        if _has_child(switcher, pane_id):
            switcher.current = pane_id
        else:  # each pane is built the first time its step is shown
            await switcher.add_content(pane_class(step)(self.session, id=pane_id), set_current=True)
        self.call_after_refresh(self._focus_pane)

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

    def _focus_pane(self) -> None:
        """Move the focus into the current pane unless it is already there."""
        pane = self.pane
        focused = self.focused
        if focused is not None and (focused is pane or pane in focused.ancestors):
            return
        for widget in self.focus_chain:
            if pane in widget.ancestors:
                widget.focus()
                return

    # -- other commands ----------------------------------------------------------
    def action_go_home(self) -> None:
        self.dismiss(None)

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
                self.notify(t("tui.export.done", self.lang, path=str(path)), timeout=10)

        self.app.push_screen(ExportDialog(self.session), done)

    # -- saving ------------------------------------------------------------------
    @on(SessionEdited)
    def save_edit(self, event: SessionEdited) -> None:
        event.stop()
        before = self.session
        try:
            saved = self.store.update(self.path, event.mutation, base_revision=before.revision)
        except ConflictError as exc:
            self._report(exc)
            self.reload()
            return
        except CxError as exc:
            self._report(exc)
            self.query_one(SessionHeader).failed()
            return
        except LookupError:
            # the item was removed in another window while we looked at an older copy
            self.notify(t("tui.shell.item_gone", self.lang), severity="warning", timeout=8)
            self.reload()
            return
        except (ValueError, TypeError) as exc:  # a change the session cannot take (a bug)
            self.log.error("mutation failed", event.description, exc)
            self.notify(t("tui.shell.edit_failed", self.lang, reason=str(exc)[:120]),
                        severity="error", timeout=12)
            return
        self._mtime = self._file_mtime()
        self.apply_session(saved)
        self.query_one(SessionHeader).saved()

    def _report(self, exc: CxError) -> None:
        self.notify(exc.message_in(self.lang), title=exc.title_in(self.lang),
                    severity="error", timeout=12)

    def apply_session(self, session: Session) -> None:
        """Hand a fresh session down; re-label everything if language or mode changed."""
        old = self.session
        self.session = session
        if (old.lang, old.meta.mode) != (session.lang, session.meta.mode):
            self.call_later(self.relabel)
            return
        self.query_one(SessionHeader).show(session)
        self.query_one(StepBar).show(session, self.step)
        for pane in self.mounted_panes():
            pane.show_session(session)

    async def relabel(self) -> None:
        """Rebuild every pane so that all texts follow the new language or mode."""
        focused_id = self.focused.id if self.focused is not None else None
        install_bindings(self, SESSION_COMMANDS, self.lang)
        self.query_one(SessionHeader).show(self.session)
        self.query_one(StepBar).show(self.session, self.step)
        switcher = self.query_one("#steps", ContentSwitcher)
        switcher.current = None  # so that the rebuilt pane (same id) is shown again
        await switcher.remove_children()
        pane_id = f"step-{self.step}"

        def restore_focus() -> None:
            if focused_id:
                found = self.pane.query(f"#{focused_id}")
                if found:
                    found.first().focus()
                    return
            self._focus_pane()

        await switcher.add_content(pane_class(self.step)(self.session, id=pane_id), set_current=True)
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
