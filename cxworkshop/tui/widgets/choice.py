"""A choice between a few values that switches with one key: ``ChoiceToggle``.

Team or solo, Dutch or English: with two (or three) options a dropdown costs a key to
open, a key to move and a key to pick, and Textual's ``Select`` is the heaviest widget
on the Setup screen (about 17 ms to mount each, against 4 ms for an ``Input``). The
toggle shows the current option between arrows; Space, ←/→ or a click switch it, Enter
moves on like Enter in the text fields next to it.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import Generic, TypeVar

from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget

V = TypeVar("V", bound=Hashable)


class ChoiceToggle(Widget, Generic[V], can_focus=True):
    """One of ``options`` ((label, value) pairs); ``value`` is the chosen value."""

    DEFAULT_CSS = """
    ChoiceToggle {
        height: 1; width: 1fr; padding: 0 1 0 0;
        background: $boost;
    }
    ChoiceToggle:focus { background: $primary 30%; text-style: bold; }
    ChoiceToggle > .choice--arrows { color: $text-muted; }
    ChoiceToggle:focus > .choice--arrows { color: $text; }
    ChoiceToggle.-captioned {
        height: 2; padding: 0 1; border-top: blank; background: $boost;
        border-title-align: left; border-title-color: $text-muted; text-style: none;
    }
    ChoiceToggle.-captioned:focus {
        background: $primary 30%; border-title-color: $text; text-style: bold;
    }
    """

    COMPONENT_CLASSES = {"choice--arrows"}

    BINDINGS = [
        Binding("space,right", "step(1)", show=False),
        Binding("left", "step(-1)", show=False),
        Binding("enter", "done", show=False),
    ]

    value: reactive[V | None] = reactive(None, init=False)

    class Changed(Message):
        """The user (or code) switched to another option."""

        def __init__(self, toggle: ChoiceToggle[V], value: V) -> None:
            super().__init__()
            self.toggle = toggle
            self.value = value

        @property
        def control(self) -> ChoiceToggle[V]:
            return self.toggle

    def __init__(self, options: Sequence[tuple[str, V]], value: V, *, id: str | None = None,
                 tooltip: str | None = None, caption: str | None = None) -> None:
        super().__init__(id=id)
        self._caption = ""
        if caption is not None:  # the field's name on the line above, as in a form
            self.caption = caption
        if not options:
            raise ValueError("a ChoiceToggle needs at least one option")
        self._options = list(options)
        self.set_reactive(ChoiceToggle.value, value if self._index(value) is not None
                          else options[0][1])
        if tooltip:
            self.tooltip = tooltip

    @property
    def options(self) -> list[tuple[str, V]]:
        return list(self._options)

    def set_options(self, options: Sequence[tuple[str, V]]) -> None:
        """New labels (e.g. after a language switch); the value stays when still offered."""
        self._options = list(options)
        if self._index(self.value) is None:
            self.value = self._options[0][1]
        self.refresh(layout=True)

    def _index(self, value: object) -> int | None:
        return next((i for i, (_label, v) in enumerate(self._options) if v == value), None)

    @property
    def caption(self) -> str:
        """The field's name shown above the choice ("" when the toggle has none)."""
        return self._caption

    @caption.setter
    def caption(self, text: str) -> None:
        if text != self._caption:
            self._caption = text
            self.border_title = Content(text)  # Content: shown as typed, no markup
            self.add_class("-captioned")

    @property
    def label(self) -> str:
        index = self._index(self.value)
        return self._options[index][0] if index is not None else ""

    def render(self) -> Text:
        arrows = self.get_component_rich_style("choice--arrows", partial=True)
        text = Text(no_wrap=True, overflow="ellipsis")
        text.append(self.label)
        if len(self._options) > 1:
            text.append("  ◂ ▸", style=arrows)
        return text

    def get_content_width(self, container: object, viewport: object) -> int:
        widest = max(len(label) for label, _value in self._options)
        return widest + 5

    def watch_value(self, value: V) -> None:
        self.refresh()
        self.post_message(self.Changed(self, value))

    def action_step(self, delta: int) -> None:
        index = self._index(self.value) or 0
        self.value = self._options[(index + delta) % len(self._options)][1]

    def action_done(self) -> None:
        self.screen.focus_next()

    async def _on_click(self, event: events.Click) -> None:
        event.stop()
        self.focus()
        self.action_step(1)
