"""The table: sorted by hours, edit in a modal, delete with confirmation, cursor kept."""

from __future__ import annotations

from cxworkshop.domain import edits
from cxworkshop.domain.models import Barrier, Frustration
from cxworkshop.tui.dialogs.confirm import ConfirmDialog
from cxworkshop.tui.dialogs.frustration_edit import FrustrationEditDialog
from tests.tui.test_frustrations_helpers import (
    make_session,
    on_disk,
    open_pane,
    screen_text,
    settle,
    static_text,
    table,
    table_rows,
    team_digits,
    three_frustrations,
)


def dialog_input(app, name):  # type: ignore[no-untyped-def]
    return app.screen.query_one(f"#input-{name}")


async def focus_row(pilot, app, index: int) -> None:  # type: ignore[no-untyped-def]
    table(app).focus()
    table(app).move_cursor(row=index)
    await settle(pilot)


async def test_rows_are_sorted_by_hours_with_all_columns(tmp_path) -> None:
    async with open_pane(tmp_path, make_session("en", frustrations=three_frustrations())) as (app, pilot):
        assert table_rows(app) == [
            ["Searching three systems", "empl.", "Service", "3×/day", "10", "1", "100"],
            ["Printer queue", "empl.", "IT", "1.5×/day", "10", "1", "50"],
            ["Phone menu", "cust.", "Service", "5×/wk", "6", "1", "20"],
        ]
        assert team_digits(app) == "170"


async def test_edit_in_the_modal_changes_hours_and_order(tmp_path) -> None:
    async with open_pane(tmp_path, make_session("en", frustrations=three_frustrations())) as (app, pilot):
        await focus_row(pilot, app, 2)  # Phone menu, 20 hours
        await pilot.press("e")  # e is effort (Barriers), never edit
        await settle(pilot)
        assert not isinstance(app.screen, FrustrationEditDialog)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, FrustrationEditDialog)
        dialog_input(app, "minutes").value = "60"  # 5 a week × 60 min × 200 days = 200 hours
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert not isinstance(app.screen, FrustrationEditDialog)
        saved = on_disk(app).frustration("fc")
        assert saved.minutes == 60 and saved.text == "Phone menu"
        assert [row[0] for row in table_rows(app)] == ["Phone menu", "Searching three systems", "Printer queue"]
        assert table_rows(app)[0][-1] == "200"
        assert team_digits(app) == "350"
        assert table(app).current_id() == "fc"  # the cursor followed the edited row


async def test_edit_refuses_bad_input_in_place_and_escape_cancels(tmp_path) -> None:
    async with open_pane(tmp_path, make_session("nl", frustrations=three_frustrations())) as (app, pilot):
        await focus_row(pilot, app, 0)
        await pilot.press("enter")
        await settle(pilot)
        before = on_disk(app).revision
        for name, bad, message in [("minutes", "abc", "Minuten per keer"), ("people", "0", "Betrokken mensen"),
                                   ("text", "", "Tekst"), ("occurrences", "nan", "Hoe vaak")]:
            dialog_input(app, name).value = bad
            await pilot.press("ctrl+s")
            await settle(pilot)
            assert isinstance(app.screen, FrustrationEditDialog)
            assert message in screen_text(app)
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(app.screen, FrustrationEditDialog)
        assert on_disk(app).revision == before


async def test_edit_the_low_high_range_shows_the_range_in_the_totals(tmp_path) -> None:
    async with open_pane(tmp_path, make_session("nl", frustrations=three_frustrations())) as (app, pilot):
        assert static_text(app, "#line-range") == ""
        await focus_row(pilot, app, 0)
        await pilot.press("enter")
        await settle(pilot)
        dialog_input(app, "minutes_low").value = "20"
        dialog_input(app, "minutes_high").value = "5"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert "lage schatting is hoger" in screen_text(app)
        dialog_input(app, "minutes_low").value = "5"
        dialog_input(app, "minutes_high").value = "20"
        await pilot.press("enter")
        await settle(pilot)
        saved = on_disk(app).frustration("fa")
        assert (saved.minutes_low, saved.minutes_high) == (5, 20)
        # 3 a day at 5–20 minutes: 50–200 hours, plus 70 for the other two
        assert static_text(app, "#line-range") == "bandbreedte 120–270 uur"


async def test_delete_asks_first_and_unlinks_barriers(tmp_path) -> None:
    session = make_session("en", frustrations=three_frustrations())
    session.barriers.append(Barrier("Three systems", frustration_ids=["fa", "fb"], id="b1"))
    async with open_pane(tmp_path, session) as (app, pilot):
        await focus_row(pilot, app, 0)
        await pilot.press("d")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmDialog)
        assert "Searching three systems" in screen_text(app)
        await pilot.press("n")
        await settle(pilot)
        assert len(on_disk(app).frustrations) == 3

        await pilot.press("delete")
        await settle(pilot)
        await pilot.press("y")
        await settle(pilot)
        saved = on_disk(app)
        assert [f.id for f in saved.frustrations] == ["fb", "fc"]
        assert saved.barrier("b1").frustration_ids == ["fb"]
        assert [row[0] for row in table_rows(app)] == ["Printer queue", "Phone menu"]
        assert table(app).cursor_row == 0 and table(app).has_focus
        assert team_digits(app) == "70"


async def test_cursor_stays_on_its_frustration_when_others_change(tmp_path) -> None:
    async with open_pane(tmp_path, make_session("en", frustrations=three_frustrations())) as (app, pilot):
        await focus_row(pilot, app, 1)
        assert table(app).current_id() == "fb"
        # someone else (another window) adds a bigger one: the row moves down, the cursor with it
        app.session = app.store.update(app.session.id, edits.add("frustrations", Frustration(
            "Huge", minutes=300, id="fz")))
        app.pane.show_session(app.session)
        await settle(pilot)
        assert [row[0] for row in table_rows(app)][:2] == ["Huge", "Searching three systems"]
        assert table(app).current_id() == "fb" and table(app).cursor_row == 2


async def test_adding_from_the_entry_moves_the_cursor_to_the_new_row(tmp_path) -> None:
    async with open_pane(tmp_path, make_session("en", frustrations=three_frustrations())) as (app, pilot):
        app.screen.query_one("#entry-minutes").value = "15"  # 1 × 15 min × 200 = 50 hours
        await pilot.press(*"Middle one", "enter")
        await settle(pilot)
        new = next(f for f in on_disk(app).frustrations if f.text == "Middle one")
        assert table(app).current_id() == new.id
        assert table_rows(app)[table(app).cursor_row][0] == "Middle one"


async def test_a_message_in_the_edit_dialog_goes_once_the_value_is_fixed(tmp_path) -> None:
    async with open_pane(tmp_path, make_session("en", frustrations=three_frustrations())) as (app, pilot):
        await focus_row(pilot, app, 0)
        await pilot.press("enter")
        await settle(pilot)
        dialog_input(app, "minutes").value = "abc"
        await pilot.press("ctrl+s")
        await settle(pilot)
        error = app.screen.query_one("#field-minutes").error
        assert error.has_class("-visible") and dialog_input(app, "minutes").has_class("-invalid")
        dialog_input(app, "minutes").value = "12"
        await settle(pilot)
        assert not error.has_class("-visible") and not dialog_input(app, "minutes").has_class("-invalid")
