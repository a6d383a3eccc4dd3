"""A tiny app that hosts one step pane on a real store, for focused Pilot tests.

It does what the session screen does with ``SessionEdited``: save through the store and
hand the saved session back to the pane. Use the full app for flow tests.
"""

from __future__ import annotations

from textual import on
from textual.app import App, ComposeResult

from cxworkshop.store import SessionStore
from cxworkshop.tui.messages import SessionEdited
from cxworkshop.tui.steps.base import StepPane


class PaneHarness(App[None]):
    def __init__(self, store: SessionStore, session_id: str, pane_cls: type[StepPane]) -> None:
        super().__init__()
        self.store = store
        self.session = store.load(session_id)
        self.pane = pane_cls(self.session)

    def compose(self) -> ComposeResult:
        yield self.pane

    @on(SessionEdited)
    def save(self, event: SessionEdited) -> None:
        self.session = self.store.update(
            self.session.id, event.mutation, base_revision=self.session.revision
        )
        self.pane.show_session(self.session)
