"""The shared pieces every step uses: the yes/no dialog, form fields, the quick input."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.widgets import Input, Static

from cxworkshop.domain.validation import check_number
from cxworkshop.tui.dialogs.confirm import ConfirmDialog
from cxworkshop.tui.widgets.field import Field, QuickInput, validate_into
from tests.tui.test_voting_harness import screen_text

LONG = ("Remove “Searching three systems for one customer’s history every single time somebody "
        "calls about an invoice” (640 hours a year)? [bold]This[/] cannot be undone.")


class Host(App[None]):
    """Something on screen behind the dialog, and the answer the dialog gave."""

    def __init__(self, dialog: ConfirmDialog | None = None) -> None:
        super().__init__()
        self.dialog = dialog
        self.answers: list[bool | None] = []

    def compose(self) -> ComposeResult:
        yield Static("BEHIND " * 300, id="behind")

    def on_mount(self) -> None:
        if self.dialog is not None:
            self.push_screen(self.dialog, self.answers.append)


async def test_a_long_question_wraps_inside_the_dialog_and_stays_literal() -> None:
    app = Host(ConfirmDialog("Delete [/]?", LONG, "en"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        text = screen_text(app)
        assert "Delete [/]?" in text  # the title as typed, not markup
        assert "[bold]This[/] cannot be undone." in text  # the end of the question is on screen
        frame = app.screen.query_one("#confirm-question").parent
        assert frame is not None and frame.size.width <= 72 - 2  # wrapped, not widened
        assert app.screen.query_one("#confirm-question").size.height >= 3
        assert "BEHIND" in text  # the screen behind is dimmed, not hidden
        assert "No, keep it" in text and "Yes, delete" in text
        await pilot.press("enter")  # the focus starts on No
    assert app.answers == [False]


async def test_labels_tone_and_a_covered_background() -> None:
    dialog = ConfirmDialog("Show the results?", "Two people have dots left.", "en", tone="warning",
                           yes_label="Yes, show them", no_label="No, keep voting", hide_background=True)
    app = Host(dialog)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        text = screen_text(app)
        assert "Yes, show them" in text and "No, keep voting" in text
        assert "BEHIND" not in text
        assert dialog.has_class("-warning")
        await pilot.press("y")
    assert app.answers == [True]


async def test_n_and_escape_say_no() -> None:
    for key in ("n", "escape"):
        app = Host(ConfirmDialog("Delete?", "Sure?", "nl"))
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            assert "Nee, bewaren" in screen_text(app)
            await pilot.press(key)
        assert app.answers == [False]


class FormHost(App[None]):
    def compose(self) -> ComposeResult:
        yield Field("Minutes [b]", Input("10", id="plain"), id="field")
        yield QuickInput("", id="quick")


async def test_an_invalid_mark_stays_while_typing_until_the_check_passes() -> None:
    app = FormHost()
    async with app.run_test(size=(60, 10)) as pilot:
        field = app.query_one("#field", Field)
        box = app.query_one("#plain", Input)
        box.focus()
        box.value = "ten"
        await pilot.pause()
        assert validate_into(lambda: check_number("minutes", box.value), "en", field.error, box) is None
        assert box.has_class("-invalid") and field.error.showing
        await pilot.press("end", "x")  # Textual's own validation would clear the mark here
        assert box.value == "tenx"
        assert box.has_class("-invalid") and field.error.showing
        box.value = "12"
        assert validate_into(lambda: check_number("minutes", box.value), "en", field.error, box) == 12
        assert not box.has_class("-invalid") and not field.error.showing
        assert "Minutes [b]" in screen_text(app)  # a label is shown as written


async def test_a_quick_input_keeps_its_width_while_typing_and_owns_its_mark() -> None:
    app = FormHost()
    async with app.run_test(size=(60, 10)) as pilot:
        quick = app.query_one("#quick", QuickInput)
        quick.focus()
        await pilot.pause()
        widths = set()
        for char in "abcdefgh":
            await pilot.press(char)
            widths.add(quick.virtual_size.width)
        assert quick.value == "abcdefgh"
        assert widths == {QuickInput.CHUNK}  # no layout of the screen per keystroke
        quick.add_class("-invalid")
        await pilot.press("i")
        assert quick.has_class("-invalid")
