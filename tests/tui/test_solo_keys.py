"""F10 (blind voting) and F11 (customer tally) in a solo session: nothing opens, and a
short notice says why instead of the key doing nothing at all."""

from __future__ import annotations

import pytest

from cxworkshop.domain.models import Meta, Session
from cxworkshop.store import SessionStore
from cxworkshop.tui.app import make_app
from cxworkshop.tui.screens.session import SessionScreen
from cxworkshop.tui.screens.tally import TallyScreen
from cxworkshop.tui.screens.voting import VotingScreen
from tests.tui.test_voting_harness import notifications
from tests.tui.waiting import until

NOTICES = {
    ("f10", "en"): "Blind voting is for team sessions; this is a solo session.",
    ("f11", "en"): "The customer tally is for team sessions; this is a solo session.",
    ("f10", "nl"): "Blind stemmen is voor teamsessies; dit is een solosessie.",
    ("f11", "nl"): "De klantturf is voor teamsessies; dit is een solosessie.",
}


@pytest.mark.parametrize(("key", "lang"), list(NOTICES))
async def test_team_only_keys_explain_themselves_in_solo(store: SessionStore, key: str,
                                                         lang: str) -> None:
    store.create(Session(id="solo", meta=Meta(title="Zelf", language=lang, mode="solo")))
    app = make_app(store, "solo")
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, SessionScreen), "the session")
        for step in ("f2", "f5"):  # in the Setup form (a field has focus) and in Barriers
            await pilot.press(step)
            await pilot.press(key)
            await until(pilot, lambda: NOTICES[key, lang] in notifications(app), "the notice")
            assert isinstance(app.screen, SessionScreen)  # nothing opened
            app.clear_notifications()


async def test_team_keys_still_open_their_screens(store: SessionStore) -> None:
    store.create(Session(id="team", meta=Meta(title="Team", language="en")))
    app = make_app(store, "team")
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, SessionScreen), "the session")
        screen = app.screen
        await pilot.press("f10")
        await until(pilot, lambda: isinstance(app.screen, VotingScreen), "the voting screen")
        await pilot.press("escape")
        await until(pilot, lambda: app.screen is screen, "back in the session")
        await pilot.press("f11")
        await until(pilot, lambda: isinstance(app.screen, TallyScreen), "the tally")
        assert "team sessions" not in notifications(app)
