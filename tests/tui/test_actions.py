"""Actions step: the plan per barrier, the add/edit form with validation, status, delete.

Focused Pilot tests on the PaneHarness with a real store in tmp_path: every test checks
what the table shows and what the session file holds afterwards.
"""

from __future__ import annotations

from textual.widgets import Input, Select

from cxworkshop.domain.models import Action, Barrier, Meta, Session
from cxworkshop.store import SessionStore
from cxworkshop.tui.dialogs.action_edit import ActionEditDialog
from cxworkshop.tui.dialogs.confirm import ConfirmDialog
from cxworkshop.tui.steps.actions import ActionsPane
from cxworkshop.tui.widgets.action_table import ActionTable
from cxworkshop.tui.widgets.field import FieldError
from tests.tui.harness import PaneHarness


def make(store: SessionStore, session: Session) -> PaneHarness:
    store.create(session)
    return PaneHarness(store, session.id, ActionsPane)


def plan(lang: str = "en", mode: str = "team", facilitator: str = "") -> Session:
    """Two barriers (b2 ranks first: more votes) and actions for b1 and for no barrier."""
    return Session(
        id="ws",
        meta=Meta(title="Workshop", language=lang, mode=mode, facilitator=facilitator),
        barriers=[Barrier("Paper work orders", id="b1"), Barrier("Approval for refunds", votes=3, id="b2")],
        actions=[
            Action("Tablet pilot", "Joost", "2026-05-01", "Pick six fitters", "No retyping", id="a1",
                   barrier_id="b1"),
            Action("Ten o'clock challenge", "Sanne", id="a2"),
        ],
    )


def table(app: PaneHarness) -> ActionTable:
    return app.pane.query_one(ActionTable)


def rows(app: PaneHarness) -> list[str]:
    """Row keys top to bottom with the text of the first column."""
    t = table(app)
    return [f"{row.key.value}|{t.get_cell(row.key, 'what').plain.strip()}" for row in t.ordered_rows]


def cell(app: PaneHarness, action_id: str, column: str) -> str:
    return table(app).get_cell(f"action:{action_id}", column).plain


def errors(dialog: ActionEditDialog) -> list[str]:
    return [str(e.content) for e in dialog.query(FieldError) if e.has_class("-visible")]


async def open_form(app: PaneHarness, pilot, row_key: str, key: str = "a") -> ActionEditDialog:  # type: ignore[no-untyped-def]
    table(app).focus()
    table(app).select(row_key)
    await pilot.pause()
    await pilot.press(key)
    await pilot.pause()
    assert isinstance(app.screen, ActionEditDialog)
    return app.screen


async def test_plan_lists_barriers_in_priority_order_with_their_actions(store: SessionStore) -> None:
    app = make(store, plan())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert rows(app) == [
            "barrier:b2|B2 · Approval for refunds",  # first by votes, yet B2 as in the plan
            "barrier:b1|B1 · Paper work orders",
            "action:a1|Tablet pilot",
            "none|Not tied to a barrier",
            "action:a2|Ten o'clock challenge",
        ]
        assert (cell(app, "a1", "owner"), cell(app, "a1", "due"), cell(app, "a1", "status")) == (
            "Joost", "2026-05-01", "○ open")
        reminder = str(app.pane.query_one("#actions-reminder").content)
        assert reminder == "A measure is a learning tool, not a grade: the story behind it matters most."
        assert app.focused is table(app)


async def test_add_an_action_to_the_selected_barrier(store: SessionStore) -> None:
    app = make(store, plan())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        dialog = await open_form(app, pilot, "barrier:b2")
        assert dialog.query_one("#barrier", Select).value == "b2"
        assert app.focused is dialog.query_one("#what", Input)
        dialog.query_one("#what", Input).value = "Raise the limit to 50 euro"
        dialog.query_one("#owner", Input).value = "Mohamed"
        dialog.query_one("#due", Input).value = "2026-04-01"
        dialog.query_one("#first_step", Input).value = "List last quarter's corrections"
        dialog.query_one("#success", Input).value = "Same-day corrections"
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, ActionEditDialog)
        assert rows(app)[0] == "barrier:b2|B2 · Approval for refunds"
        new_key = rows(app)[1].split("|")[0]
        assert rows(app)[1].endswith("|Raise the limit to 50 euro")
        assert table(app).selected_key == new_key, "the cursor lands on the new action"
        assert "List last quarter's corrections" in str(app.pane.query_one("#actions-detail").content)
    saved = [a for a in store.load("ws").actions if a.what == "Raise the limit to 50 euro"]
    assert len(saved) == 1
    a = saved[0]
    assert (a.owner, a.due, a.first_step, a.success, a.status, a.barrier_id) == (
        "Mohamed", "2026-04-01", "List last quarter's corrections", "Same-day corrections", "open", "b2")


async def test_only_what_is_required_and_an_action_can_have_no_barrier(store: SessionStore) -> None:
    app = make(store, plan())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        dialog = await open_form(app, pilot, "none")
        assert dialog.query_one("#barrier", Select).value == "-"
        dialog.query_one("#what", Input).value = "Customer tally at every meeting"
        await pilot.press("enter")
        await pilot.pause()
        assert rows(app)[-1].endswith("|Customer tally at every meeting")
    a = store.load("ws").actions[-1]
    assert (a.what, a.owner, a.due, a.barrier_id, a.status) == ("Customer tally at every meeting", "", "", None, "open")


async def test_bad_input_shows_messages_next_to_the_fields_and_saves_nothing(store: SessionStore) -> None:
    app = make(store, plan())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        dialog = await open_form(app, pilot, "barrier:b1")
        dialog.query_one("#due", Input).value = "31-12-2026"
        await pilot.press("enter")
        await pilot.pause()
        assert errors(dialog) == ["What: cannot be empty.",
                                  "Due date: use a date like 2026-03-31 (year-month-day)."]
        dialog.query_one("#what", Input).value = "x" * 2001
        dialog.query_one("#due", Input).value = "2026-02-30"
        await pilot.press("enter")
        await pilot.pause()
        assert errors(dialog) == ["What: at most 2,000 characters (this is 2,001).",
                                  "Due date: use a date like 2026-03-31 (year-month-day)."]
        assert app.screen is dialog
        assert len(store.load("ws").actions) == 2, "nothing saved while the form is invalid"
        dialog.query_one("#what", Input).value = "Klant 🙂 bellen — اتصل بالعميل"
        dialog.query_one("#due", Input).value = "2026-02-28"
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is not dialog
    a = store.load("ws").actions[-1]
    assert (a.what, a.due, a.barrier_id) == ("Klant 🙂 bellen — اتصل بالعميل", "2026-02-28", "b1")


async def test_status_key_cycles_through_every_status(store: SessionStore) -> None:
    app = make(store, plan())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        table(app).focus()
        table(app).select("action:a1")
        seen = []
        for _ in range(5):
            await pilot.press("s")
            await pilot.pause()
            seen.append(cell(app, "a1", "status"))
            if len(seen) == 3:
                assert store.load("ws").action("a1").status == "done"
        assert seen == ["◐ in progress", "▲ stuck", "● done", "✕ dropped", "○ open"]
        assert table(app).selected_key == "action:a1"
    assert store.load("ws").action("a1").status == "open"


async def test_action_keys_do_nothing_on_a_barrier_row(store: SessionStore) -> None:
    app = make(store, plan())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        table(app).focus()
        table(app).select("barrier:b1")
        await pilot.pause()
        assert app.pane.check_action("status", ()) is None, "shown greyed out"
        await pilot.press("s", "d")
        await pilot.pause()
        assert not isinstance(app.screen, ConfirmDialog)
    assert store.load("ws").revision == 1


async def test_edit_moves_an_action_to_another_barrier(store: SessionStore) -> None:
    app = make(store, plan())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        dialog = await open_form(app, pilot, "action:a1", key="enter")
        assert dialog.query_one("#what", Input).value == "Tablet pilot"
        dialog.query_one("#owner", Input).value = "Kees"
        dialog.query_one("#barrier", Select).value = "b2"
        dialog.query_one("#status", Select).value = "in_progress"
        await pilot.press("enter")
        await pilot.pause()
        assert rows(app)[:3] == ["barrier:b2|B2 · Approval for refunds", "action:a1|Tablet pilot",
                                 "barrier:b1|B1 · Paper work orders"]
        assert table(app).selected_key == "action:a1"
        assert cell(app, "a1", "owner") == "Kees"
    a = store.load("ws").action("a1")
    assert (a.owner, a.barrier_id, a.status, a.due) == ("Kees", "b2", "in_progress", "2026-05-01")


async def test_escape_in_the_form_changes_nothing(store: SessionStore) -> None:
    app = make(store, plan())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        dialog = await open_form(app, pilot, "action:a1", key="enter")
        dialog.query_one("#what", Input).value = "Changed"
        await pilot.press("escape")
        await pilot.pause()
        assert cell(app, "a1", "what").strip() == "Tablet pilot"
    assert store.load("ws").revision == 1


async def test_delete_asks_first(store: SessionStore) -> None:
    app = make(store, plan())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        table(app).focus()
        table(app).select("action:a2")
        await pilot.press("delete")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("n")
        await pilot.pause()
        assert "action:a2|Ten o'clock challenge" in rows(app)
        await pilot.press("d")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert rows(app)[-1] == "none|Not tied to a barrier"
    assert [a.id for a in store.load("ws").actions] == ["a1"]


async def test_solo_wording_and_the_owner_defaults_to_yourself(store: SessionStore) -> None:
    app = make(store, plan(lang="nl", mode="solo", facilitator="Ayla"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        intro = str(app.pane.query_one("#actions-intro").content)
        assert intro == "Per barrière: wat ga je doen, wanneer, en wat is je eerste stap?"
        reminder = str(app.pane.query_one("#actions-reminder").content)
        assert reminder.startswith("Meten is leren, niet afrekenen")
        assert rows(app)[-2] == "none|Los van een barrière"
        dialog = await open_form(app, pilot, "barrier:b1")
        assert dialog.query_one("#owner", Input).value == "Ayla"
        await pilot.press("escape")
    other = SessionStore(store.folder / "other")
    app = make(other, plan(lang="en", mode="solo"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        dialog = await open_form(app, pilot, "barrier:b1")
        assert dialog.query_one("#owner", Input).value == "me"


async def test_wide_screen_shows_first_step_and_success_columns(store: SessionStore) -> None:
    app = make(store, plan())
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.pause()
        assert [c.key.value for c in table(app).columns.values()] == [
            "what", "owner", "due", "status", "first_step", "success"]
        assert (cell(app, "a1", "first_step"), cell(app, "a1", "success")) == ("Pick six fitters", "No retyping")


async def test_a_thousand_actions_load_and_a_status_change_updates_in_place(store: SessionStore) -> None:
    session = plan()
    session.actions = [Action(f"Action {i}", barrier_id="b1" if i % 2 else None, id=f"a{i:04}")
                       for i in range(1000)]
    app = make(store, session)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert table(app).row_count == 1003
        table(app).focus()
        table(app).select("action:a0999")
        await pilot.press("s")
        await pilot.pause()
        assert cell(app, "a0999", "status") == "◐ in progress"
        assert table(app).selected_key == "action:a0999"
    assert store.load("ws").action("a0999").status == "in_progress"


async def test_fast_status_presses_all_count(store: SessionStore) -> None:
    app = make(store, plan())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        table(app).focus()
        table(app).select("action:a1")
        app.pane.action_status()
        app.pane.action_status()  # before the first save has come back
        await pilot.pause()
        assert cell(app, "a1", "status") == "▲ stuck"
    assert store.load("ws").action("a1").status == "stuck"
