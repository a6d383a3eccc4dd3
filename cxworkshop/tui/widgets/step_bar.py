"""The step bar: Setup › Promise › Frustrations › Barriers › Actions › Plan.

Shows where the group is (the current step stands out), which steps already hold
something (a check mark), and the F-key of each step when there is room. Clicking a
step posts :class:`StepBar.Selected`; keys are handled by the session screen.

:class:`ReviewHint` is the line under it that makes the self-review part of a solo
session's flow: on the Plan step it says how many questions are answered and which key
opens the review (a click opens it too).
"""

from __future__ import annotations

from dataclasses import dataclass

from textual import events
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import Static

from cxworkshop.domain import selfreview
from cxworkshop.domain.models import Session
from cxworkshop.i18n import t
from cxworkshop.tui.steps.base import STEPS

WIDE = 100  # from this width on, each step shows its F-key


def step_has_content(session: Session, step: str) -> bool:
    """True when the group already put something into ``step``."""
    return {
        "setup": bool(session.meta.title) and (session.is_solo or bool(session.participants)),
        "promise": bool(session.promise.notes or session.promise.drafts),
        "frustrations": bool(session.frustrations),
        "barriers": bool(session.barriers),
        "actions": bool(session.actions),
        "plan": session.promise.chosen_draft_id is not None and bool(session.actions),
    }.get(step, False)


class StepTab(Static):
    DEFAULT_CSS = """
    StepTab { width: auto; padding: 0 1; color: $text-muted; }
    StepTab:hover { background: $boost; color: $text; }
    StepTab.-done { color: $text; }
    StepTab.-current { background: $primary; color: $text; text-style: bold; }
    """

    def __init__(self, step: str, **kwargs: object) -> None:
        super().__init__(id=f"tab-{step}", **kwargs)  # type: ignore[arg-type]
        self.step = step

    def on_click(self, event: events.Click) -> None:
        event.stop()
        self.post_message(StepBar.Selected(self.step))


class StepBar(Horizontal):
    DEFAULT_CSS = """
    StepBar { height: 1; width: 1fr; background: $panel; }
    StepBar > .step-arrow { width: auto; color: $text-muted; }
    """

    @dataclass
    class Selected(Message):
        step: str

    def __init__(self, session: Session, current: str, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.session = session
        self.current = current

    def compose(self) -> ComposeResult:
        for index, step in enumerate(STEPS):
            if index:
                yield Static("›", classes="step-arrow")
            yield StepTab(step)

    def on_mount(self) -> None:
        self.refresh_tabs()

    def on_resize(self, event: events.Resize) -> None:
        self.refresh_tabs()

    def show(self, session: Session, current: str) -> None:
        self.session = session
        self.current = current
        if self.is_mounted:
            self.refresh_tabs()

    def refresh_tabs(self) -> None:
        lang = self.session.lang
        wide = self.size.width >= WIDE
        for number, step in enumerate(STEPS, start=2):
            tab = self.query_one(f"#tab-{step}", StepTab)
            done = step_has_content(self.session, step)
            label = t(f"tui.step.{step}", lang)
            if done and step != self.current:
                label += " ✓"
            tab.update(f"F{number} {label}" if wide else label)
            tab.set_class(step == self.current, "-current")
            tab.set_class(done, "-done")


REVIEW_KEY = "Ctrl+R"  # the key of the "review" command in commands.py


class ReviewHint(Static):
    """``Self-review: 3 of 7 questions answered — press Ctrl+R`` (solo, Plan step only)."""

    DEFAULT_CSS = """
    ReviewHint {
        height: 1; width: 1fr; padding: 0 1; background: $boost; color: $text;
        text-style: bold; border-left: outer $accent;
    }
    ReviewHint.-done { text-style: none; }
    """

    class Pressed(Message):
        """The hint was clicked."""

    def __init__(self, session: Session, step: str, **kwargs: object) -> None:
        super().__init__("", markup=False, **kwargs)  # type: ignore[arg-type]
        self.show(session, step)

    def show(self, session: Session, step: str) -> None:
        wanted = session.is_solo and step == "plan"
        self.display = wanted
        if not wanted:
            return
        total = len(selfreview.QUESTIONS)
        answered = sum(1 for a in selfreview.answers(session) if a.answer)
        key = "tui.shell.review_hint_done" if answered == total else "tui.shell.review_hint"
        self.update(t(key, session.lang, answered=answered, total=total, key=REVIEW_KEY))
        self.set_class(answered == total, "-done")

    def on_click(self, event: events.Click) -> None:
        event.stop()
        self.post_message(self.Pressed())
