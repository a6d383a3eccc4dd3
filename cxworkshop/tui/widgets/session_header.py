"""The top line of the session screen: the session title, the timer of the current step
(:class:`~cxworkshop.tui.widgets.timer_label.TimerLabel`) and whether it is saved."""

from __future__ import annotations

from datetime import datetime

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Label

from cxworkshop.domain.models import Session
from cxworkshop.i18n import t
from cxworkshop.tui.widgets.timer_label import TimerLabel


def now() -> datetime:
    """The wall clock (a function, so snapshot tests can fix it)."""
    return datetime.now()


class SessionHeader(Horizontal):
    """``show(session)`` after loading; ``saved()`` / ``failed(reason)`` after a write."""

    DEFAULT_CSS = """
    SessionHeader { height: 1; width: 1fr; background: $primary; color: $text; }
    SessionHeader > #session-title { width: 1fr; text-style: bold; padding: 0 1; }
    SessionHeader > #save-state { width: auto; padding: 0 1; }
    SessionHeader > #save-state.-error { background: $error; color: $text; text-style: bold; }
    SessionHeader > #save-state.-saved { text-style: bold; }
    """

    def __init__(self, session: Session, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.session = session
        self.state = "opened"  # opened | saved | error | reloaded
        self.when = now()

    def compose(self) -> ComposeResult:
        yield Label(id="session-title", markup=False)
        yield TimerLabel(id="step-timer")
        yield Label(id="save-state", markup=False)

    def on_mount(self) -> None:
        self._show_labels()

    @property
    def status_text(self) -> str:
        return str(self.query_one("#save-state", Label).content)

    def show(self, session: Session) -> None:
        self.session = session
        self._show_labels()

    def saved(self) -> None:
        self._set("saved")

    def failed(self) -> None:
        self._set("error")

    def reloaded(self) -> None:
        self._set("reloaded")

    def _set(self, state: str) -> None:
        self.state = state
        self.when = now()
        self._show_labels()

    def _show_labels(self) -> None:
        if not self.children:  # not composed yet; on_mount shows the labels
            return
        lang = self.session.lang
        title = " ".join(self.session.meta.title.split())
        if self.session.previous:
            title = f"↻ {title}"
        if self.session.meta.organisation:
            title += f" · {self.session.meta.organisation}"
        if self.session.is_solo:
            title += f" · {t('mode.solo', lang)}"
        self.query_one("#session-title", Label).update(title)
        state = self.query_one("#save-state", Label)
        state.update(t(f"tui.shell.state.{self.state}", lang, time=self.when.strftime("%H:%M")))
        state.set_class(self.state == "error", "-error")
        state.set_class(self.state == "saved", "-saved")
