"""A one-line toggle between a few fixed choices (employee/customer, day/week).

Quicker than a drop-down when typing: focus it and press space (or an arrow key) to
switch. Enter is left alone so it can submit the row the toggle sits in.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.cells import cell_len
from rich.text import Text
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget

from cxworkshop.tui.keys import key


class FrustrationChoice(Widget, can_focus=True):
    """``FrustrationChoice([("day", "dag"), ("week", "week")], value="day")``."""

    DEFAULT_CSS = """
    FrustrationChoice {
        height: 1;
        width: auto;
        background: $surface;
        color: $foreground;
    }
    FrustrationChoice:focus {
        background: $primary 40%;
        text-style: bold;
    }
    FrustrationChoice.-bordered {
        height: 3;
        border: tall $border-blurred;
    }
    FrustrationChoice.-bordered:focus {
        border: tall $border;
    }
    """

    BINDINGS = [
        key("space", "cycle(1)", "tui.frustrations.key.switch"),
        key("right", "cycle(1)", "tui.frustrations.key.switch", show=False),
        key("left", "cycle(-1)", "tui.frustrations.key.switch", show=False),
    ]

    value: reactive[str] = reactive("", layout=True)

    @dataclass
    class Changed(Message):
        choice: FrustrationChoice
        value: str

        @property
        def control(self) -> FrustrationChoice:
            return self.choice

    def __init__(self, options: list[tuple[str, str]], value: str | None = None, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.options = options
        self.set_reactive(FrustrationChoice.value, value if value is not None else options[0][0])

    @property
    def label(self) -> str:
        return dict(self.options).get(self.value, self.value)

    def render(self) -> Text:
        return Text(self.label, no_wrap=True, overflow="ellipsis")

    def get_content_width(self, container, viewport) -> int:  # type: ignore[no-untyped-def]
        return max(cell_len(label) for _, label in self.options)

    def validate_value(self, value: str) -> str:
        values = [v for v, _ in self.options]
        return value if value in values else values[0]

    def watch_value(self, value: str) -> None:
        self.post_message(self.Changed(self, value))

    def action_cycle(self, step: int) -> None:
        values = [v for v, _ in self.options]
        self.value = values[(values.index(self.value) + step) % len(values)]
