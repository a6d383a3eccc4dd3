"""The Setup form's light fields: drawn without an input until first focused, then a real
input that keeps what was typed, also keys that came in a burst while it was mounted."""

from __future__ import annotations

from textual.widgets import Input

from cxworkshop.domain.models import Meta, Session
from cxworkshop.store import SessionStore
from cxworkshop.tui.app import make_app
from cxworkshop.tui.widgets.form_field import FormField
from tests.tui.bursts import burst
from tests.tui.setup_form import label_text, value_text


def workshop(store: SessionStore) -> None:
    store.create(Session(id="ws", meta=Meta(title="Workshop", language="en",
                                            organisation="Old name", facilitator="Kim")))


async def test_a_field_gets_its_input_the_first_time_it_is_focused(store: SessionStore) -> None:
    workshop(store)
    app = make_app(store, "ws")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert app.focused is screen.query_one("#meta-title", Input)  # the first field, open
        assert not screen.query("#meta-organisation")  # drawn only, no input yet
        assert (label_text(app, "organisation"), value_text(app, "organisation")) == (
            "Organisation", "Old name")
        await pilot.press("tab")
        await pilot.pause()
        box = screen.query_one("#meta-organisation", Input)
        assert app.focused is box
        assert box.parent is screen.query_one("#field-organisation", FormField)
        assert value_text(app, "organisation") == "Old name"  # the input shows the same
        await pilot.press("shift+tab")  # back to the title's input, not the field around it
        assert app.focused is screen.query_one("#meta-title", Input)
        await pilot.press("tab")
        assert app.focused is box  # opened once, the input stays


async def test_keys_typed_right_after_tab_replace_the_value_as_in_any_field(
        store: SessionStore) -> None:
    workshop(store)
    app = make_app(store, "ws")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        burst(pilot, "tab", *"Acme Ltd", "backspace", "enter")  # all queued at once
        for _ in range(4):
            await pilot.pause()
        assert app.screen.query_one("#meta-organisation", Input).value == "Acme Lt"
        assert store.load("ws").meta.organisation == "Acme Lt"  # Enter saved it


async def test_a_click_opens_a_field(store: SessionStore) -> None:
    workshop(store)
    app = make_app(store, "ws")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.click("#field-facilitator", offset=(3, 1))
        await pilot.pause()
        await pilot.pause()
        box = app.screen.query_one("#meta-facilitator", Input)
        assert app.focused is box and box.value == "Kim"


async def test_a_field_never_opened_shows_changes_saved_elsewhere(store: SessionStore) -> None:
    workshop(store)
    app = make_app(store, "ws")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        from cxworkshop.domain.edits import update_meta

        store.update("ws", update_meta(organisation="New name"))
        app.screen.check_disk()  # what the timer does every few seconds
        await pilot.pause()
        assert value_text(app, "organisation") == "New name"
        assert not app.screen.query("#meta-organisation")


async def test_tabs_in_a_burst_walk_the_fields_while_each_one_opens(store: SessionStore) -> None:
    """Tab after Tab while fields are still mounting their inputs: the focus walks the
    form in order (in tmux it once jumped back to the first field) and keys land in the
    field the Tabs reached."""
    workshop(store)
    app = make_app(store, "ws")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        # title -> organisation, facilitator, date, team/solo, language, working days
        burst(pilot, *["tab"] * 6, *"abc", "enter")
        for _ in range(6):
            await pilot.pause()
        box = app.screen.query_one("#meta-working_days", Input)
        assert app.focused is box and box.value == "abc"
        assert "is not a number" in app.screen.query_one("#meta-form").message_of(
            "working_days")
        assert store.load("ws").meta.working_days == 200  # nothing invalid saved
        assert store.load("ws").meta.organisation == "Old name"  # passed, not changed
