"""The session screen: saving, the saved indicator, errors, other windows, step bar, palette."""

from __future__ import annotations

import pytest
from textual.widgets import Input

from cxworkshop.domain.edits import update_meta
from cxworkshop.store import ConflictError, SessionStore, WriteFailed
from cxworkshop.tui.app import make_app
from cxworkshop.tui.screens.session import SessionScreen
from cxworkshop.tui.widgets.session_header import SessionHeader
from cxworkshop.tui.widgets.step_bar import StepBar
from tests.tui.setup_form import open_field, value_text


def messages(app) -> str:
    return "\n".join(str(n.message) for n in app._notifications)


async def type_into(pilot, selector: str, text: str) -> Input:
    box = await open_field(pilot, selector.removeprefix("#meta-"))
    box.value = ""
    await pilot.press(*text) if text else None
    return box


async def test_saved_indicator_after_a_change(demo_store: SessionStore) -> None:
    app = make_app(demo_store, "demo")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        header = app.screen.query_one(SessionHeader)
        assert header.status_text.startswith("Geopend")
        await type_into(pilot, "#meta-organisation", "Noordkust BV")
        await pilot.press("enter")
        await pilot.pause()
        assert header.status_text.startswith("Opgeslagen ")
        assert demo_store.load("demo").meta.organisation == "Noordkust BV"
        assert "Noordkust BV" in str(app.screen.query_one("#session-title").content)


async def test_write_failure_is_reported_and_nothing_typed_is_lost(
        demo_store: SessionStore, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args, **kwargs):
        raise WriteFailed("store.write_failed", path="demo.json", reason="No space left on device")

    app = make_app(demo_store, "demo")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        monkeypatch.setattr(demo_store, "update", refuse)
        box = await type_into(pilot, "#meta-organisation", "Nieuwe naam")
        await pilot.press("enter")
        await pilot.pause()
        assert "No space left on device" in messages(app)
        assert "Opslaan mislukt" in [n.title for n in app._notifications]  # Dutch session
        assert app.screen.query_one(SessionHeader).status_text.startswith("NIET OPGESLAGEN")
        assert box.value == "Nieuwe naam"  # still there to try again
        monkeypatch.undo()
        box.focus()
        await pilot.press("enter")
        await pilot.pause()
        assert demo_store.load("demo").meta.organisation == "Nieuwe naam"
        assert app.screen.query_one(SessionHeader).status_text.startswith("Opgeslagen")


async def test_conflict_reloads_and_says_so(demo_store: SessionStore,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    app = make_app(demo_store, "demo")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        demo_store.update("demo", update_meta(facilitator="Someone else"))

        def conflict(*args, **kwargs):
            raise ConflictError("store.conflict_gone", title="Klantbelofte en frustratie-uren",
                                path="demo.json")

        monkeypatch.setattr(demo_store, "update", conflict)
        await type_into(pilot, "#meta-organisation", "X")
        await pilot.press("enter")
        await pilot.pause()
        assert "ander venster" in messages(app)
        assert app.screen.session.meta.facilitator == "Someone else"
        assert value_text(app, "facilitator") == "Someone else"


async def test_change_in_another_window_is_picked_up(demo_store: SessionStore) -> None:
    app = make_app(demo_store, "demo")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        demo_store.update("demo", update_meta(title="Changed elsewhere"))
        screen.check_disk()  # what the timer does every few seconds
        await pilot.pause()
        assert screen.session.meta.title == "Changed elsewhere"
        assert screen.query_one("#meta-title", Input).value == "Changed elsewhere"
        assert value_text(app, "title") == "Changed elsewhere"
        assert "ander venster" in messages(app)


async def test_step_keys_work_while_typing(demo_store: SessionStore) -> None:
    app = make_app(demo_store, "demo")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = app.screen
        box = await type_into(pilot, "#meta-facilitator", "Half typed")
        assert app.focused is box
        await pilot.press("ctrl+pagedown")
        await pilot.pause()
        assert screen.step == "promise"
        # leaving the field saved what was typed
        assert demo_store.load("demo").meta.facilitator == "Half typed"
        await pilot.press("ctrl+pageup")
        await pilot.pause()
        assert screen.step == "setup"


async def test_step_bar_is_clickable_and_shows_the_current_step(demo_store: SessionStore) -> None:
    app = make_app(demo_store, "demo")
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        screen = app.screen
        bar = screen.query_one(StepBar)
        await pilot.click("#step-bar", offset=bar.offset_of("barriers"))
        await pilot.pause()
        assert screen.step == "barriers"
        assert bar.current == "barriers"
        assert bar.label_of("barriers").startswith("F5 Barrières")


async def test_palette_offers_steps_and_commands_in_session_language(demo_store: SessionStore) -> None:
    app = make_app(demo_store, "demo")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = app.screen
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Naar Acties")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen
        assert screen.step == "actions"


async def test_escape_goes_back_home_and_list_is_fresh(demo_store: SessionStore) -> None:
    app = make_app(demo_store, "demo")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await type_into(pilot, "#meta-title", "Renamed")
        await pilot.press("enter")
        await pilot.pause()
        app.screen.query_one("#meta-mode").focus()
        await pilot.press("escape")
        await pilot.pause()
        table = app.screen.query_one("#home-table")
        assert str(table.get_row_at(0)[0]) == "Renamed"


async def test_a_change_that_cannot_apply_is_reported(demo_store: SessionStore) -> None:
    from cxworkshop.tui.messages import SessionEdited

    app = make_app(demo_store, "demo")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.screen.pane.post_message(SessionEdited(update_meta(no_such_field=1)))
        await pilot.pause()
        assert "niet opgeslagen" in messages(app)
        assert isinstance(app.screen, SessionScreen)
        assert demo_store.load("demo").revision == 1
