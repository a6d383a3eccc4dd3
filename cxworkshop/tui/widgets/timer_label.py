"""The countdown of the current step, in the session header.

``show(view, lang)`` draws a :class:`~cxworkshop.domain.timebox.TimerView`: ``▶ 12:34``
while it runs, ``‖ 12:34`` while paused, ``+01:05`` over time. Its colour follows the
level (classes ``-amber`` and ``-red``); redrawing only happens when the text or the
level changed, so the one-second tick costs next to nothing. A click posts
:class:`TimerLabel.Pressed` (the session screen starts or pauses the timer).
"""

from __future__ import annotations

from textual import events
from textual.message import Message
from textual.widgets import Label

from cxworkshop.domain.timebox import TimerView
from cxworkshop.i18n import t

LEVELS = ("normal", "amber", "red")


def timer_text(view: TimerView, lang: str) -> str:
    key = "tui.timer.running" if view.running else "tui.timer.paused"
    return t(key, lang, time=view.label)


class TimerLabel(Label):
    SCOPED_CSS = False  # so that the projector rules below can start at the App
    DEFAULT_CSS = """
    TimerLabel { width: auto; padding: 0 1; text-style: bold; }
    TimerLabel.-paused { text-style: bold italic; }
    TimerLabel.-amber { background: $warning; color: $background; }
    TimerLabel.-red { background: $error; color: $text; }
    /* the projector's header is yellow already: amber shows as amber text on black */
    App.-projector TimerLabel.-amber { background: $background; color: $warning; }
    App.-projector TimerLabel.-red { background: $error; color: $background; }
    """

    class Pressed(Message):
        """The label was clicked."""

    def __init__(self, **kwargs: object) -> None:
        super().__init__("", markup=False, **kwargs)  # type: ignore[arg-type]
        self.text = ""
        self.level = "normal"
        self.lang = ""

    def show(self, view: TimerView, lang: str) -> None:
        if lang != self.lang:
            self.lang = lang
            self.tooltip = t("tui.timer.tooltip", lang)
        text = timer_text(view, lang)
        if text != self.text:
            self.text = text
            self.update(text)
        if view.level != self.level:
            self.level = view.level
            for level in LEVELS[1:]:
                self.set_class(level == view.level, f"-{level}")
        self.set_class(not view.running, "-paused")

    def on_click(self, event: events.Click) -> None:
        event.stop()
        self.post_message(self.Pressed())
