"""The app as a whole: start screens, moving between steps, help, theme."""

from __future__ import annotations

from cxworkshop.store import SessionStore
from cxworkshop.tui.app import make_app
from cxworkshop.tui.screens.help import HelpScreen
from cxworkshop.tui.screens.home import HomeScreen
from cxworkshop.tui.screens.session import SessionScreen


async def test_starts_on_home_without_session(demo_store: SessionStore) -> None:
    app = make_app(demo_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)


async def test_opens_session_directly_and_escape_goes_home(demo_store: SessionStore) -> None:
    app = make_app(demo_store, "demo")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, SessionScreen)
        assert app.screen.session.meta.title == "Klantbelofte en frustratie-uren"
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)


async def test_unknown_session_stays_home_with_message(demo_store: SessionStore) -> None:
    app = make_app(demo_store, "nope")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert any("nope" in str(n.message) for n in app._notifications)


async def test_function_keys_and_next_previous_move_between_steps(demo_store: SessionStore) -> None:
    app = make_app(demo_store, "demo")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        seen = []
        for key in ("f3", "alt+right", "ctrl+pagedown", "f7", "ctrl+pageup", "alt+left", "f2"):
            await pilot.press(key)
            await pilot.pause()
            seen.append(screen.step)
        assert seen == ["promise", "frustrations", "barriers", "plan", "actions", "barriers", "setup"]


async def test_f1_opens_help_for_current_step(demo_store: SessionStore) -> None:
    app = make_app(demo_store, "demo")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("f4", "f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        assert app.screen.topic == "frustrations"
        assert "100 uur per persoon per jaar" in app.screen.text  # Dutch session, Dutch help
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, SessionScreen)
