"""A yes/no question as a modal; dismisses with True (confirmed) or False.

The title and the question are shown as typed (they often quote what the user wrote, so
they are never read as markup) and wrap inside a dialog of at most :data:`WIDTH` cells.
``yes_label``/``no_label`` name the buttons when "Yes"/"No" would be vague; ``tone``
colours the frame and the yes-button ("error" for deleting, "warning", "primary");
``hide_background`` covers the screen behind instead of dimming it (say, a ballot that
the next voter must not see). The focus starts on "No": Enter never destroys anything.
← and → move between the two buttons as they stand on screen (Tab and Shift+Tab too);
the focused button is drawn in reverse with a ▸ ◂ marker, so it shows without colour.
"""

from __future__ import annotations

from rich.cells import cell_len
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from cxworkshop.i18n import t

WIDTH = 72
TONES = ("error", "warning", "primary")


class ConfirmDialog(ModalScreen[bool]):
    """``self.app.push_screen(ConfirmDialog(title, question, lang), callback)``."""

    DEFAULT_CSS = """
    ConfirmDialog { align: center middle; }
    ConfirmDialog.-hide-background { background: $background; }
    ConfirmDialog > Vertical {
        width: auto; max-width: 72; height: auto; max-height: 100%;
        border: thick $error; background: $surface; padding: 1 2;
    }
    ConfirmDialog.-warning > Vertical { border: thick $warning; }
    ConfirmDialog.-primary > Vertical { border: thick $primary; }
    ConfirmDialog #confirm-title { width: auto; max-width: 100%; text-style: bold; margin-bottom: 1; }
    ConfirmDialog #confirm-question { width: auto; max-width: 100%; }
    ConfirmDialog Horizontal { width: 100%; height: auto; align-horizontal: right; margin-top: 1; }
    ConfirmDialog Button { margin-left: 2; }
    ConfirmDialog Button:focus { text-style: bold reverse; }
    """

    BINDINGS = [
        Binding("escape,n", "answer(False)", "No", show=False),
        Binding("y,j", "answer(True)", "Yes", show=False),
        Binding("left", "move('no')", show=False),
        Binding("right", "move('yes')", show=False),
    ]

    def __init__(self, title: str, question: str, lang: str = "en", *, danger: bool = True,
                 yes_label: str | None = None, no_label: str | None = None,
                 tone: str | None = None, hide_background: bool = False) -> None:
        super().__init__()
        self.title_text = title
        self.question = question
        self.lang = lang
        self.tone = tone if tone in TONES else ("error" if danger else "primary")
        self.yes_label = yes_label or t("tui.confirm.yes", lang)
        self.no_label = no_label or t("tui.confirm.no", lang)
        self.add_class(f"-{self.tone}")
        self.set_class(hide_background, "-hide-background")

    def _buttons_width(self) -> int:
        """Cells the two buttons need (the frame's auto width only sees the texts)."""
        return sum(max(16, cell_len(label) + 6) + 2 for label in (self.no_label, self.yes_label))

    def compose(self) -> ComposeResult:
        frame = Vertical()
        frame.styles.min_width = min(WIDTH, max(40, self._buttons_width() + 6))
        with frame:
            yield Static(self.title_text, id="confirm-title", markup=False)
            yield Static(self.question, id="confirm-question", markup=False)
            with Horizontal():
                no = Button(self.no_label, id="no")
                yes = Button(self.yes_label, id="yes", variant=self.tone)  # type: ignore[arg-type]
                for button, label in ((no, self.no_label), (yes, self.yes_label)):
                    button.styles.width = max(16, cell_len(label) + 6)  # room for ▸ ◂: no jump
                    yield button

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()

    def on_descendant_focus(self) -> None:
        """Mark the focused button with ▸ ◂ (visible on a monochrome projector too)."""
        for button, label in ((self.query_one("#no", Button), self.no_label),
                              (self.query_one("#yes", Button), self.yes_label)):
            button.label = f"▸ {label} ◂" if button.has_focus else label

    def action_move(self, button_id: str) -> None:
        self.query_one(f"#{button_id}", Button).focus()

    @on(Button.Pressed)
    def pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_answer(self, answer: bool) -> None:
        self.dismiss(answer)
