"""The step bar: Setup › Promise › Frustrations › Barriers › Actions › Plan.

Shows where the group is (the current step stands out), which steps already hold
something (a check mark), and the F-key of each step when there is room. Clicking a
step posts :class:`StepBar.Selected`; keys are handled by the session screen.

The bar is one widget that draws the whole line itself (no child per step or arrow):
every widget costs start-up time, and this line is on every session screen. Its
colours come from component classes, so themes (the projector theme too) restyle it.

:class:`ReviewHint` is the line under it that makes the self-review part of a solo
session's flow: on the Plan step it says how many questions are answered and which key
opens the review (a click opens it too).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from rich.cells import cell_len
from textual import events
from textual.content import Content
from textual.message import Message
from textual.style import Style
from textual.widget import Widget
from textual.widgets import Static

from cxworkshop.domain import selfreview
from cxworkshop.domain.models import Session
from cxworkshop.i18n import t
from cxworkshop.tui.steps.base import STEPS

WIDE = 100  # from this width on, each step shows its F-key
ARROW = "›"


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


class _Tab(NamedTuple):
    """Where one step sits on the bar: cells ``start`` up to ``end`` (padding included)."""

    step: str
    label: str
    start: int
    end: int


class StepBar(Widget):
    """One line: each step's label with a cell of padding on each side, ``›`` between.

    The current step has the ``step-bar--current`` style, steps with content
    ``step-bar--done``, the others ``step-bar--todo``; the step under the mouse adds
    ``step-bar--hover`` (the current step keeps its own look).
    """

    DEFAULT_CSS = """
    StepBar {
        height: 1; width: 1fr; background: $panel;
        text-wrap: nowrap; text-overflow: clip;
    }
    StepBar > .step-bar--todo { color: $text-muted; }
    StepBar > .step-bar--done { color: $text; }
    StepBar > .step-bar--arrow { color: $text-muted; }
    StepBar > .step-bar--hover { background: $boost; color: $text; }
    StepBar > .step-bar--current { background: $primary; color: $text; text-style: bold; }
    """

    COMPONENT_CLASSES = {
        "step-bar--current",
        "step-bar--done",
        "step-bar--todo",
        "step-bar--arrow",
        "step-bar--hover",
    }

    @dataclass
    class Selected(Message):
        """The user clicked ``step`` on the bar."""

        step: str

    def __init__(self, session: Session, current: str, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.session = session
        self.current = current
        self._hover: str | None = None

    def show(self, session: Session, current: str) -> None:
        """Draw the bar again for ``session`` with ``current`` as the current step."""
        self.session = session
        self.current = current
        self.refresh()

    # -- what is where ---------------------------------------------------------
    def label_of(self, step: str) -> str:
        """The text shown for ``step`` (without padding): ``"F3 Promise ✓"``, ``"Opzet"``."""
        label = t(f"tui.step.{step}", self.session.lang)
        if step != self.current and step_has_content(self.session, step):
            label += " ✓"
        if self.size.width >= WIDE:
            label = f"F{STEPS.index(step) + 2} {label}"
        return label

    def _tabs(self) -> list[_Tab]:
        tabs: list[_Tab] = []
        x = 0
        for step in STEPS:
            if tabs:
                x += cell_len(ARROW)
            label = self.label_of(step)
            end = x + cell_len(label) + 2
            tabs.append(_Tab(step, label, x, end))
            x = end
        return tabs

    def offset_of(self, step: str) -> tuple[int, int]:
        """An (x, y) offset inside the bar that lies on ``step`` (for a click in a test)."""
        tab = next(tab for tab in self._tabs() if tab.step == step)
        return tab.start + 1, 0

    def step_at(self, x: int) -> str | None:
        """The step drawn at cell ``x`` of the bar; None on an arrow or the empty rest."""
        return next((tab.step for tab in self._tabs() if tab.start <= x < tab.end), None)

    # -- drawing ---------------------------------------------------------------
    def _style_of(self, step: str) -> Style:
        if step == self.current:
            return self.get_visual_style("step-bar--current")
        kind = "step-bar--done" if step_has_content(self.session, step) else "step-bar--todo"
        if step == self._hover:
            return self.get_visual_style(kind, "step-bar--hover")
        return self.get_visual_style(kind)

    def render(self) -> Content:
        arrow = self.get_visual_style("step-bar--arrow")
        parts: list[tuple[str, Style]] = []
        for tab in self._tabs():
            if parts:
                parts.append((ARROW, arrow))
            parts.append((f" {tab.label} ", self._style_of(tab.step)))
        return Content.assemble(*parts)

    # -- mouse -----------------------------------------------------------------
    def _set_hover(self, step: str | None) -> None:
        if step != self._hover:
            self._hover = step
            self.refresh()

    def on_mouse_move(self, event: events.MouseMove) -> None:
        offset = event.get_content_offset(self)
        self._set_hover(None if offset is None else self.step_at(offset.x))

    def on_leave(self, event: events.Leave) -> None:
        self._set_hover(None)

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        step = None if offset is None else self.step_at(offset.x)
        if step is not None:
            event.stop()
            self.post_message(self.Selected(step))


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
