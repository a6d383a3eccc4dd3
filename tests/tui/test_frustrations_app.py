"""The Frustrations step inside the full app (session screen, shell keys, help)."""

from __future__ import annotations

from cxworkshop.domain.demo import demo_session
from cxworkshop.domain.frustration import totals
from cxworkshop.tui.app import make_app
from cxworkshop.tui.steps.frustrations import FrustrationsPane
from cxworkshop.tui.widgets import frustration_format as fmt
from tests.tui.test_frustrations_helpers import screen_text, settle, team_digits


async def test_add_a_frustration_in_the_full_app(store) -> None:  # type: ignore[no-untyped-def]
    session = store.create(demo_session())
    app = make_app(store, session.id)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("f4")
        await settle(pilot)
        assert app.screen.query_one(FrustrationsPane).display
        assert team_digits(app) == "3.487"
        await pilot.press(*"Vergaderingen lopen uit", "enter")
        await settle(pilot)
        saved = store.load(session.id)
        assert saved.frustrations[-1].text == "Vergaderingen lopen uit"
        assert team_digits(app) == fmt.hours(totals(saved).team_hours, "nl") == "3.520"
        assert app.screen.query_one("#entry-text").has_focus


async def test_help_lists_the_step_keys_in_the_session_language(store) -> None:  # type: ignore[no-untyped-def]
    session = store.create(demo_session())
    app = make_app(store, session.id)
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        await pilot.press("f4")
        await settle(pilot)
        await pilot.press("f1")
        await settle(pilot)
        text = screen_text(app)
        assert "Aannames" in text and "Balken/tabel" in text
