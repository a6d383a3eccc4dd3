"""Guiding questions for a solo user: 2–4 questions for one person per workshop step.

``GuidingQuestions(step, session)`` is a compact panel for the session screen. It shows
nothing in a team session. Without any key it picks a sensible size: one line (the first
question, cut to fit) on a small screen such as 80×24, all questions from
:data:`EXPAND_HEIGHT` rows up. A click (or :meth:`toggle`, for a key the host screen
binds) opens or closes it, and from then on the user's choice wins.
:meth:`show_session` and :meth:`show_step` are cheap: they redraw only when the
language, the mode or the step changed.
"""

from __future__ import annotations

from textual import events
from textual.content import Content
from textual.widget import Widget

from cxworkshop.domain.models import Session
from cxworkshop.i18n import catalogue, t

EXPAND_HEIGHT = 36  # terminal rows from which the questions are open by default
MAX_QUESTIONS = 4
BULLET = "• "


def guiding_questions(step: str, lang: str) -> list[str]:
    """The questions for ``step`` in ``lang`` (``tui.guide.<step>.1``, ``.2`` ...)."""
    texts = catalogue(lang)
    found = []
    for number in range(1, MAX_QUESTIONS + 1):
        key = f"tui.guide.{step}.{number}"
        if key not in texts:
            break
        found.append(t(key, lang))
    return found


def guide_lines(step: str, lang: str, width: int, expanded: bool) -> list[Content]:
    """The panel as lines of at most ``width`` cells."""
    questions = guiding_questions(step, lang)
    if not questions:
        return []
    width = max(10, width)
    title = t("tui.guide.title", lang)
    if not expanded:
        line = Content.assemble(("▸ ", "$accent"), (f"{title} ({len(questions)}): ", "bold"), questions[0])
        return [line.truncate(width, ellipsis=True)]
    lines = [Content.assemble(("▾ ", "$accent"), (title, "bold"))]
    indent = " " * len(BULLET)
    for question in questions:
        wrapped = Content(question).wrap(width - len(BULLET)) or [Content("")]
        lines.append(Content.styled(BULLET, "$accent") + wrapped[0])
        lines.extend(Content(indent) + rest for rest in wrapped[1:])
    return lines


class GuidingQuestions(Widget):
    DEFAULT_CSS = """
    GuidingQuestions {
        height: auto; width: 1fr; padding: 0 1; background: $boost;
        border-left: outer $accent; text-wrap: nowrap; text-overflow: clip;
    }
    """

    def __init__(self, step: str, session: Session, *, expanded: bool | None = None, **kwargs: object) -> None:
        """``expanded`` forces the first state; None lets the screen size decide."""
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.step = step
        self.lang = session.lang
        self.solo = session.is_solo
        self.expanded = bool(expanded)
        self._chosen = expanded is not None
        self._lines: tuple[tuple[object, ...], list[Content]] | None = None
        self.display = self.solo

    # -- attributes down -------------------------------------------------------
    def show_session(self, session: Session) -> None:
        """Take the latest session; redraws only when its language or mode changed."""
        if (session.lang, session.is_solo) == (self.lang, self.solo):
            return
        self.lang, self.solo = session.lang, session.is_solo
        self.display = self.solo
        self._changed()

    def show_step(self, step: str) -> None:
        if step != self.step:
            self.step = step
            self._changed()

    def toggle(self) -> None:
        """Open or close; the user's choice then wins over the automatic size."""
        self._chosen = True
        self.expanded = not self.expanded
        self._changed()

    def _changed(self) -> None:
        self._lines = None
        self.refresh(layout=True)

    # -- size ------------------------------------------------------------------
    def on_mount(self) -> None:
        self._fit_screen(self.screen)
        self.screen.screen_layout_refresh_signal.subscribe(self, self._fit_screen)

    def _fit_screen(self, screen: object) -> None:
        if self._chosen:
            return
        height = getattr(getattr(screen, "size", None), "height", 0) or self.app.size.height
        wanted = height >= EXPAND_HEIGHT
        if wanted != self.expanded:
            self.expanded = wanted
            self._changed()

    def on_click(self, event: events.Click) -> None:
        event.stop()
        self.toggle()

    # -- drawing ---------------------------------------------------------------
    def lines(self, width: int) -> list[Content]:
        key = (self.step, self.lang, self.expanded, width)
        if self._lines is None or self._lines[0] != key:
            self._lines = (key, guide_lines(self.step, self.lang, width, self.expanded))
        return self._lines[1]

    def get_content_height(self, container, viewport, width: int) -> int:  # type: ignore[no-untyped-def]
        return len(self.lines(width)) if self.solo else 0

    def render(self) -> Content:
        return Content("\n").join(self.lines(self.content_region.width or self.size.width))
