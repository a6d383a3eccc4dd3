"""A yes/no question as a modal; dismisses with True (confirmed) or False."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Label

from cxworkshop.i18n import t


class ConfirmDialog(ModalScreen[bool]):
    """``self.app.push_screen(ConfirmDialog(title, question, lang), callback)``."""

    DEFAULT_CSS = """
    ConfirmDialog { align: center middle; }
    ConfirmDialog > Vertical {
        width: auto; max-width: 70; min-width: 40; height: auto;
        border: thick $error; background: $surface; padding: 1 2;
    }
    ConfirmDialog #confirm-title { text-style: bold; margin-bottom: 1; }
    ConfirmDialog Horizontal { height: auto; align-horizontal: right; margin-top: 1; }
    ConfirmDialog Button { margin-left: 2; }
    """

    BINDINGS = [
        Binding("escape", "answer(False)", "Cancel", show=False),
        Binding("n", "answer(False)", "No", show=False),
        Binding("y,j", "answer(True)", "Yes", show=False),
    ]

    def __init__(self, title: str, question: str, lang: str = "en", *, danger: bool = True) -> None:
        super().__init__()
        self.title_text = title
        self.question = question
        self.lang = lang
        self.danger = danger

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(self.title_text, id="confirm-title")
            yield Label(self.question, id="confirm-question")
            with Horizontal():
                yield Button(t("tui.confirm.no", self.lang), id="no")
                yield Button(
                    t("tui.confirm.yes", self.lang),
                    id="yes",
                    variant="error" if self.danger else "primary",
                )

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()

    @on(Button.Pressed)
    def pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_answer(self, answer: bool) -> None:
        self.dismiss(answer)
