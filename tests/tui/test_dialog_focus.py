"""After a failed save the focus goes to the first field with a message, so the
correction is typed where it belongs (not in the field where Enter was pressed)."""

from __future__ import annotations

from datetime import date

import pytest
from textual.widgets import Input

from cxworkshop.domain.models import Barrier, Draft, Frustration, Participant, Promise
from cxworkshop.store import SessionStore
from cxworkshop.tui.dialogs import action_edit
from cxworkshop.tui.dialogs.barrier_edit import BarrierEditDialog, BarrierValues
from cxworkshop.tui.dialogs.frustration_edit import FrustrationEditDialog
from cxworkshop.tui.dialogs.promise_edit import DraftEditDialog, DraftValues
from cxworkshop.tui.dialogs.setup_participant import ParticipantDialog
from tests.tui.test_actions import errors, make, open_form, plan
from tests.tui.test_actions_form import tab_to
from tests.tui.test_shared_widgets import Host
from tests.tui.test_voting_harness import screen_text


@pytest.fixture(autouse=True)
def _today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(action_edit, "today", lambda: date(2026, 3, 12))


class LaterHost(Host):
    """A Host that builds its dialog once the app runs (some dialogs make widgets in __init__)."""

    def __init__(self, make_dialog) -> None:  # type: ignore[no-untyped-def]
        super().__init__()
        self.make_dialog = make_dialog

    def on_mount(self) -> None:
        self.push_screen(self.make_dialog(), self.answers.append)


def focused_id(app) -> str | None:  # type: ignore[no-untyped-def]
    return app.screen.focused.id if app.screen.focused is not None else None


async def test_a_bad_deadline_takes_the_focus_and_the_correction_lands_there(store: SessionStore) -> None:
    app = make(store, plan("nl"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        dialog = await open_form(app, pilot, "action:a2")
        await pilot.press(*"Terugbellen")
        await tab_to(pilot, dialog, "due")
        await pilot.press(*"morgen")
        await tab_to(pilot, dialog, "success")
        await pilot.press("enter")
        assert app.screen is dialog
        assert errors(dialog) == ["Deadline: gebruik een datum als 2026-03-31 (jaar-maand-dag)."]
        assert focused_id(app) == "due"
        await pilot.press(*"2026-03-")  # typing replaces the bad text; not a date yet
        assert dialog.query_one("#due", Input).value == "2026-03-"
        assert errors(dialog) == ["Deadline: gebruik een datum als 2026-03-31 (jaar-maand-dag)."]
        await pilot.press("3", "1")  # the message follows the typing and goes once it is a date
        assert errors(dialog) == []
        await pilot.press("enter")
        assert app.screen is not dialog
    added = [a for a in store.load("ws").actions if a.what == "Terugbellen"]
    assert [(a.due, a.success) for a in added] == [("2026-03-31", "")]


async def test_the_first_bad_field_top_to_bottom_gets_the_focus(store: SessionStore) -> None:
    app = make(store, plan())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        dialog = await open_form(app, pilot, "action:a2")  # 'what' stays empty
        await tab_to(pilot, dialog, "due")
        await pilot.press(*"soon")
        await tab_to(pilot, dialog, "first_step")
        await pilot.press("enter")
        assert len(errors(dialog)) == 2
        assert focused_id(app) == "what"


async def test_barrier_form_focuses_the_bad_score() -> None:
    app = Host(BarrierEditDialog(Barrier("Paper work orders", impact=3), "en"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.screen.query_one("#impact", Input).value = "9"
        app.screen.query_one("#votes", Input).focus()
        await pilot.press("enter")
        assert focused_id(app) == "impact"
        assert "Impact" in screen_text(app)
        await pilot.press("backspace", "4", "enter")
    assert app.answers == [BarrierValues("Paper work orders", "process", "", 4, 3, 0)]


async def test_draft_form_focuses_the_empty_text() -> None:
    app = LaterHost(lambda: DraftEditDialog(Draft("We answer within a day", "Ann"), Promise(), "en", solo=False))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.screen.query_one("#edit-text", Input).value = ""
        app.screen.query_one("#edit-author", Input).focus()
        await pilot.press("enter")
        assert focused_id(app) == "edit-text"
        await pilot.press(*"We call back today", "enter")
    assert app.answers == [DraftValues("We call back today", "Ann")]


async def test_participant_form_focuses_the_empty_name() -> None:
    app = Host(ParticipantDialog("en", Participant("Ann", "Sales")))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.screen.query_one("#edit-name", Input).value = ""
        app.screen.query_one("#edit-department", Input).focus()
        await pilot.press("enter")
        assert focused_id(app) == "edit-name"
        await pilot.press(*"Bo", "enter")
    assert app.answers == [("Bo", "Sales")]


async def test_frustration_form_focuses_the_first_bad_figure() -> None:
    frustration = Frustration("Searching three systems", minutes=10, occurrences=2, people=3)
    app = Host(FrustrationEditDialog(frustration, "en"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.screen.query_one("#input-minutes", Input).value = "lots"
        app.screen.query_one("#input-minutes_high", Input).focus()
        await pilot.press("enter")
        assert focused_id(app) == "input-minutes"
        await pilot.press(*["backspace"] * 4, "5", "enter")
    assert app.answers == [{"minutes": 5.0}]
