"""The voting settings dialog: validated in place, saved with the session."""

from __future__ import annotations

from textual.pilot import Pilot
from textual.widgets import Input

from cxworkshop.domain import voting
from cxworkshop.store import SessionStore
from cxworkshop.tui.screens.voting import VotingScreen
from cxworkshop.tui.widgets.voting_dialogs import VotingSettingsDialog
from tests.tui.test_voting_harness import ScreenHarness, screen_text, small_session, voting_app


async def type_into(pilot: Pilot, field_id: str, text: str) -> None:
    field = pilot.app.screen.query_one(f"#{field_id}", Input)
    field.value = ""
    field.focus()
    await pilot.press(*text) if text else None
    await pilot.pause()


def errors(app: ScreenHarness) -> str:
    dialog = app.screen
    assert isinstance(dialog, VotingSettingsDialog)
    return " | ".join(str(f.error.content) for f in (dialog.dots_field, dialog.cap_field))


async def test_settings_are_checked_next_to_the_field_and_saved(store: SessionStore) -> None:
    session = small_session(language="nl")
    voting.set_dots(session, "ann", "barriers", "b1", 2)
    voting.set_dots(session, "ann", "barriers", "b2", 1)
    store.create(session)
    app = voting_app(store, "vote")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "3 stippen p.p., max. 3 per onderwerp" in screen_text(app)
        await pilot.press("s")
        await pilot.pause()
        assert isinstance(app.screen, VotingSettingsDialog)

        await type_into(pilot, "dots", "drie")
        await pilot.press("enter")
        await pilot.pause()
        assert errors(app) == "Typ een heel getal, zoals 3. | "
        assert app.screen.query_one("#dots", Input).has_class("-invalid")

        await type_into(pilot, "dots", "99")
        await pilot.press("enter")
        await pilot.pause()
        assert "tussen 1 en 20" in errors(app)

        await type_into(pilot, "dots", "2")  # Ann already placed 3
        await pilot.press("enter")
        await pilot.pause()
        assert "Iemand heeft al 3 stippen gezet: kies minstens 3" in errors(app)

        await type_into(pilot, "dots", "5")
        await type_into(pilot, "cap", "1")  # Ann has 2 on one item
        await pilot.press("enter")
        await pilot.pause()
        assert errors(app) == (
            " | Iemand heeft al 2 stippen op één onderwerp: kies minstens 2, "
            "of laat eerst stippen verschuiven.")
        assert app.saves == 0

        await type_into(pilot, "cap", "6")
        await pilot.press("enter")
        await pilot.pause()
        assert "tussen 1 en het aantal stippen per persoon (5)" in errors(app)

        await type_into(pilot, "cap", " 2 ")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, VotingScreen)
        settings = app.reload().facilitation.voting
        assert (settings.dots_per_person, settings.max_per_item) == (5, 2)
        assert "5 stippen p.p., max. 2 per onderwerp" in screen_text(app)
        assert voting.dots_left(app.reload(), "ann", "barriers") == 2


async def test_escape_cancels_the_settings(store: SessionStore) -> None:
    store.create(small_session())
    app = voting_app(store, "vote")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("s")
        await type_into(pilot, "dots", "7")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, VotingScreen)
        assert app.reload().facilitation.voting.dots_per_person == 3 and app.saves == 0


async def test_settings_are_only_offered_before_someone_votes(store: SessionStore) -> None:
    store.create(small_session())
    app = voting_app(store, "vote")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter", "s")  # on a ballot: s does nothing
        await pilot.pause()
        assert isinstance(app.screen, VotingScreen)
        assert "Settings" not in screen_text(app)
