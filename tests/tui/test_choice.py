"""The choice toggle of the Setup form (team/solo, language): one key switches and saves."""

from __future__ import annotations

import pytest

from cxworkshop.domain.models import Meta, Participant, Session
from cxworkshop.store import SessionStore
from cxworkshop.tui.app import make_app
from cxworkshop.tui.widgets.choice import ChoiceToggle
from cxworkshop.tui.widgets.step_bar import StepBar


@pytest.fixture
def team_store(store: SessionStore) -> SessionStore:
    store.create(Session(id="ws", meta=Meta(title="Workshop", language="en"),
                         participants=[Participant("Ann", "Sales", id="p1")]))
    return store


async def test_space_and_arrows_switch_the_mode_and_save_it(team_store: SessionStore) -> None:
    app = make_app(team_store, "ws")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        mode = app.screen.query_one("#meta-mode", ChoiceToggle)
        assert mode.label == "Team workshop"
        mode.focus()
        await pilot.press("space")
        await pilot.pause()
        assert team_store.load("ws").meta.mode == "solo"
        assert mode.label == "On my own (solo)"
        assert not app.screen.query_one("#participants").display
        await pilot.press("left")
        await pilot.pause()
        assert team_store.load("ws").meta.mode == "team"
        assert app.screen.query_one("#participants").display
        await pilot.press("right")
        await pilot.pause()
        assert team_store.load("ws").meta.mode == "solo"


async def test_enter_moves_on_without_switching(team_store: SessionStore) -> None:
    app = make_app(team_store, "ws")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        mode = app.screen.query_one("#meta-mode", ChoiceToggle)
        mode.focus()
        await pilot.press("enter")
        await pilot.pause()
        assert app.focused is app.screen.query_one("#meta-language")
        assert team_store.load("ws").meta.mode == "team"


async def test_a_click_switches_the_language_and_relabels_the_form(
        team_store: SessionStore) -> None:
    app = make_app(team_store, "ws")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.click("#meta-language")
        await pilot.pause()
        await pilot.pause()
        assert team_store.load("ws").meta.language == "nl"
        language = app.screen.query_one("#meta-language", ChoiceToggle)
        assert language.label.startswith("Nederlands")
        assert "Opzet" in app.screen.query_one(StepBar).label_of("setup")


async def test_the_toggle_shows_its_label_and_arrows_on_screen(team_store: SessionStore) -> None:
    app = make_app(team_store, "ws")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        mode = app.screen.query_one("#meta-mode", ChoiceToggle)
        line = "".join(segment.text for segment in mode.render_line(0))
        assert mode.label in line and "◂ ▸" in line


def test_a_toggle_without_options_is_refused() -> None:
    with pytest.raises(ValueError):
        ChoiceToggle([], "x")
