"""Keys of the session screen: Esc leaves a field before it leaves the session, the focus
lands in each step's pane, the palette offers the step's own keys, and the screenshot."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from textual.widgets import DataTable, Input, OptionList

from cxworkshop.domain.demo import example_session_en
from cxworkshop.store import SessionStore
from cxworkshop.tui.app import make_app
from cxworkshop.tui.commands import CommandsProvider
from cxworkshop.tui.screens.home import HomeScreen
from cxworkshop.tui.screens.session import SessionScreen
from cxworkshop.tui.steps.base import STEPS
from tests.tui.setup_form import open_field

EN = "example-en"


@pytest.fixture
def en_store(store: SessionStore) -> SessionStore:
    store.create(example_session_en())
    return store


def notes(app) -> str:
    return "\n".join(str(n.message) for n in app._notifications)


async def test_escape_in_a_field_goes_to_the_list_then_home(en_store: SessionStore) -> None:
    app = make_app(en_store, EN)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = app.screen
        title = await open_field(pilot, "title")
        title.value = "Typed, not yet saved"
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen  # still in the session
        assert isinstance(app.focused, (DataTable, OptionList))
        assert screen.pane in app.focused.ancestors
        assert en_store.load(EN).meta.title == "Typed, not yet saved"  # leaving the field saved it
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)


async def test_escape_in_the_barrier_entry_lands_on_the_table(en_store: SessionStore) -> None:
    app = make_app(en_store, EN)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("f5")
        await pilot.pause()
        screen = app.screen
        screen.query_one("#barrier-text", Input).focus()
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.focused, DataTable) and screen.pane in app.focused.ancestors


async def test_ctrl_w_goes_home_but_not_from_inside_a_field(en_store: SessionStore) -> None:
    """In a field ctrl+w keeps its usual meaning (delete a word); elsewhere it goes home."""
    app = make_app(en_store, EN)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        box = await open_field(pilot, "facilitator")
        box.value = "Alex Morgan"
        box.cursor_position = len(box.value)
        await pilot.press("ctrl+w")
        await pilot.pause()
        assert isinstance(app.screen, SessionScreen) and box.value == "Alex "
        await pilot.press("escape", "ctrl+w")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)


async def test_every_step_key_puts_the_focus_in_that_step(en_store: SessionStore) -> None:
    app = make_app(en_store, EN)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        for number, step in [(3, "promise"), (4, "frustrations"), (5, "barriers"), (6, "actions"),
                             (7, "plan"), (2, "setup"), (6, "actions")]:
            await pilot.press(f"f{number}")
            for _ in range(3):
                await pilot.pause()
            assert screen.step == step
            assert app.focused is not None, step
            assert screen.pane in app.focused.ancestors, (step, app.focused)


async def test_quick_step_keys_leave_the_focus_in_the_last_step(en_store: SessionStore) -> None:
    app = make_app(en_store, EN)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("f3", "f4", "f5", "f6")
        for _ in range(4):
            await pilot.pause()
        screen = app.screen
        assert screen.step == "actions"
        assert app.focused is not None and screen.pane in app.focused.ancestors


def palette_titles(app) -> list[str]:
    return [title for title, _help, _run in CommandsProvider(app.screen)._entries()]


async def test_palette_offers_the_keys_of_the_current_step(en_store: SessionStore) -> None:
    app = make_app(en_store, EN)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("f5")
        await pilot.pause()
        assert "Impact up" not in palette_titles(app)  # the step switches it off while typing
        app.screen.query_one("#barriers-table", DataTable).focus()
        await pilot.pause()
        titles = palette_titles(app)
        assert {"Impact up", "Impact down", "Go to Actions", "Timer", "Screenshot"} <= set(titles)
        assert "Cursor up" not in titles and "Scroll Left" not in titles  # Textual's own keys stay out
        assert len(titles) == len(set(titles))
        # running one acts on the highlighted barrier, as its key would
        await pilot.press("ctrl+p")
        await pilot.press(*"Impact down")
        await app.workers.wait_for_complete()
        await pilot.press("enter")
        await pilot.pause()
        assert en_store.load(EN).barrier("b01").impact == 4
        await pilot.press("f6")
        await pilot.pause()
        assert "Impact up" not in palette_titles(app)  # only the current step's keys


async def test_screenshot_is_written_next_to_the_session(en_store: SessionStore) -> None:
    app = make_app(en_store, EN, clock=lambda: 1_767_000_000.0)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("f4", "ctrl+y")
        await pilot.pause()
        pictures = sorted(p.name for p in en_store.folder.glob("*.svg"))
        assert len(pictures) == 1
        assert re.fullmatch(r"example-en-frustrations-\d{8}-\d{6}\.svg", pictures[0])
        svg = (en_store.folder / pictures[0]).read_text(encoding="utf-8")
        assert svg.startswith("<svg") and "Customer" in svg
        assert f"Screenshot saved: {en_store.folder / pictures[0]}" in notes(app)
        await pilot.press("ctrl+y")  # the same second: a second file, not an overwrite
        await pilot.pause()
        assert len(list(en_store.folder.glob("*.svg"))) == 2
        assert len(list(en_store.folder.glob("*.json"))) == 1  # pictures are not sessions


async def test_screenshot_of_a_facilitation_screen_and_of_home(en_store: SessionStore) -> None:
    app = make_app(en_store, EN, clock=lambda: 1_767_000_000.0)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("f11", "ctrl+y")  # on the tally screen: the app's key
        await pilot.pause()
        await pilot.press("escape", "escape", "ctrl+w")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        await pilot.press("ctrl+y")
        await pilot.pause()
        names = sorted(p.name for p in en_store.folder.glob("*.svg"))
        assert [n.rsplit("-", 2)[0] for n in names] == ["example-en-tally", "sessions"]


async def test_screenshot_that_cannot_be_written_becomes_a_message(
        en_store: SessionStore, monkeypatch: pytest.MonkeyPatch) -> None:
    app = make_app(en_store, EN)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()

        def read_only(*args, **kwargs):
            raise PermissionError(13, "Permission denied")

        monkeypatch.setattr(app, "save_screenshot", read_only)
        await pilot.press("ctrl+y")
        await pilot.pause()
        assert isinstance(app.screen, SessionScreen)
        assert f"Could not save a screenshot in {en_store.folder}: Permission denied." in notes(app)
        assert not list(Path(en_store.folder).glob("*.svg"))
