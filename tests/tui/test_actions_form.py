"""The action form as a user works it: Enter saves from the choices too, and a due date
in the past is said out loud but still saved.

Pilot tests on the PaneHarness with a real store; "today" is fixed at 2026-03-12.
"""

from __future__ import annotations

from datetime import date

import pytest
from textual.widgets import Input, Select, Static

from cxworkshop.store import SessionStore
from cxworkshop.tui.dialogs import action_edit
from cxworkshop.tui.dialogs.action_edit import ActionEditDialog
from tests.tui.test_actions import errors, make, open_form, plan


@pytest.fixture(autouse=True)
def _today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(action_edit, "today", lambda: date(2026, 3, 12))


def warning(dialog: ActionEditDialog) -> str:
    label = dialog.query_one("#due-warning", Static)
    return str(label.content) if label.has_class("-visible") and label.display else ""


async def tab_to(pilot, dialog: ActionEditDialog, field_id: str) -> None:  # type: ignore[no-untyped-def]
    """Tab through the form (as a user does) until ``field_id`` has the focus."""
    for _ in range(10):
        if dialog.focused is not None and dialog.focused.id == field_id:
            return
        await pilot.press("tab")
    raise AssertionError(f"tab never reached #{field_id}")


async def test_enter_on_the_last_choice_saves_the_form(store: SessionStore) -> None:
    app = make(store, plan())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        dialog = await open_form(app, pilot, "action:a1", key="enter")
        await pilot.press("end", *" with twelve fitters")
        await tab_to(pilot, dialog, "barrier")
        await pilot.press("enter")
        assert app.screen is not dialog, "Enter on the closed barrier choice saves"
    a = store.load("ws").action("a1")
    assert (a.what, a.barrier_id, a.status) == ("Tablet pilot with twelve fitters", "b1", "open")


async def test_space_opens_a_choice_and_enter_in_the_list_picks_without_saving(store: SessionStore) -> None:
    app = make(store, plan())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        dialog = await open_form(app, pilot, "action:a1", key="enter")
        await tab_to(pilot, dialog, "status")
        status = dialog.query_one("#status", Select)
        await pilot.press("space")
        assert status.expanded, "Space opens the list"
        await pilot.press("down", "down", "down", "enter")
        assert app.screen is dialog, "Enter in an open list picks an option, the form stays"
        assert not status.expanded
        assert status.value == "done"
        assert dialog.focused is status
        assert store.load("ws").action("a1").status == "open", "nothing saved yet"
        await pilot.press("enter")
        assert app.screen is not dialog
    assert store.load("ws").action("a1").status == "done"


async def test_enter_on_a_choice_with_a_bad_field_shows_the_message_and_stays(store: SessionStore) -> None:
    app = make(store, plan())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        dialog = await open_form(app, pilot, "barrier:b1")
        await tab_to(pilot, dialog, "status")
        await pilot.press("enter")
        assert app.screen is dialog
        assert errors(dialog) == ["What: cannot be empty."]
        assert not dialog.query_one("#status", Select).expanded
    assert len(store.load("ws").actions) == 2


async def test_the_form_says_how_enter_and_space_work(store: SessionStore) -> None:
    app = make(store, plan())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        dialog = await open_form(app, pilot, "barrier:b1")
        hint = str(dialog.query_one("#action-keys", Static).content)
        assert hint == "'What' is required · Enter saves · Space opens a list · Esc cancels"


async def test_a_past_due_date_is_warned_about_and_still_saved(store: SessionStore) -> None:
    app = make(store, plan())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        dialog = await open_form(app, pilot, "action:a1", key="enter")
        assert warning(dialog) == "", "2026-05-01 is still to come"
        await tab_to(pilot, dialog, "due")
        await pilot.press(*["backspace"] * 10, *"2026-03-1")
        assert warning(dialog) == "", "no warning for a date not typed in full"
        await pilot.press("1")
        assert warning(dialog) == "⚠ Due date: 2026-03-11 is already past; you can still save it."
        assert errors(dialog) == []
        await pilot.press("backspace", "2")
        assert warning(dialog) == "", "today is not in the past"
        await pilot.press("backspace", "0")
        assert warning(dialog).startswith("⚠ Due date: 2026-03-10 ")
        await pilot.press("enter")
        assert app.screen is not dialog, "the warning does not stop saving"
    assert store.load("ws").action("a1").due == "2026-03-10"


async def test_an_overdue_action_shows_the_warning_when_opened_in_dutch(store: SessionStore) -> None:
    session = plan(lang="nl")
    session.actions[0].due = "2026-01-15"
    app = make(store, session)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        dialog = await open_form(app, pilot, "action:a1", key="enter")
        assert warning(dialog) == "⚠ Deadline: 2026-01-15 is al voorbij; bewaren kan gewoon."
        dialog.query_one("#due", Input).value = ""
        await pilot.pause()
        assert warning(dialog) == "", "no date, no warning"


async def test_an_invalid_date_is_still_refused_and_gets_no_warning(store: SessionStore) -> None:
    app = make(store, plan())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        dialog = await open_form(app, pilot, "action:a1", key="enter")
        dialog.query_one("#due", Input).value = "2026-02-30"
        await pilot.pause()
        assert warning(dialog) == ""
        await pilot.press("enter")
        assert app.screen is dialog
        assert errors(dialog) == ["Due date: use a date like 2026-03-31 (year-month-day)."]
    assert store.load("ws").action("a1").due == "2026-05-01"
