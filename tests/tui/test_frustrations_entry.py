"""The quick-entry row: text + Enter is enough; bad numbers are refused next to the field."""

from __future__ import annotations

import pytest

from tests.tui.test_frustrations_helpers import (
    entry,
    error_text,
    make_session,
    on_disk,
    open_pane,
    screen_text,
    settle,
    static_text,
    table_rows,
    team_digits,
)


async def test_text_and_enter_adds_a_frustration_with_the_defaults(tmp_path) -> None:
    async with open_pane(tmp_path, make_session("nl", people=2)) as (app, pilot):
        assert team_digits(app) == "0"
        await pilot.press(*"Wachten op de printer", "enter")
        await settle(pilot)

        [saved] = on_disk(app).frustrations
        assert (saved.text, saved.side, saved.department, saved.frequency) == (
            "Wachten op de printer", "employee", "", "day")
        assert (saved.occurrences, saved.minutes, saved.people) == (1, 10, 1)
        # 1 × 10 min a day × 200 days = 33,3 hours; per person for a team of two: 16,7 ≈ 17
        assert team_digits(app) == "33"
        assert "17 uur per persoon (team van 2)" in static_text(app, "#line-detail")
        assert table_rows(app) == [["Wachten op de printer", "mdw.", "–", "1×/dag", "10", "1", "33"]]
        text = entry(app, "text")
        assert text.value == "" and text.has_focus


async def test_the_next_entry_keeps_department_and_side_but_resets_the_numbers(tmp_path) -> None:
    async with open_pane(tmp_path, make_session("en")) as (app, pilot):
        entry(app, "department").value = "Billing"
        entry(app, "minutes").value = "5"
        await pilot.press(*"First", "enter")
        await settle(pilot)
        assert entry(app, "department").value == "Billing"
        assert entry(app, "minutes").value == "10"
        await pilot.press(*"Second", "enter")
        await settle(pilot)
        saved = {f.text: f for f in on_disk(app).frustrations}
        assert saved["First"].minutes == 5 and saved["Second"].minutes == 10
        assert saved["Second"].department == "Billing"


async def test_a_per_week_customer_frustration_typed_with_the_keyboard(tmp_path) -> None:
    async with open_pane(tmp_path, make_session("nl", people=1)) as (app, pilot):
        await pilot.press(*"Formulier kwijt", "tab", "space", "tab", *"Balie", "tab", "space",
                          "tab", "1", "0", "tab", "6", "tab", "2", "enter")
        await settle(pilot)
        [saved] = on_disk(app).frustrations
        assert (saved.side, saved.department, saved.frequency) == ("customer", "Balie", "week")
        assert (saved.occurrences, saved.minutes, saved.people) == (10, 6, 2)
        # 10 a week = 2 a day × 6 min × 200 days × 2 people = 80 hours
        assert team_digits(app) == "80"
        assert table_rows(app)[0][1:] == ["klant", "Balie", "10×/wk", "6", "2", "80"]
        assert entry(app, "text").has_focus
        assert [entry(app, n).value for n in ("occurrences", "minutes", "people")] == ["1", "10", "1"]


async def test_dutch_decimal_comma_is_accepted(tmp_path) -> None:
    async with open_pane(tmp_path, make_session("nl")) as (app, pilot):
        entry(app, "minutes").value = "2,5"
        await pilot.press(*"Kort", "enter")
        await settle(pilot)
        assert on_disk(app).frustrations[0].minutes == 2.5


@pytest.mark.parametrize("field,label", [("occurrences", "Hoe vaak"), ("minutes", "Minuten per keer"),
                                         ("people", "Betrokken mensen")])
@pytest.mark.parametrize("bad", ["abc", "-1", "99999999", "nan", ""])
async def test_bad_numbers_show_a_message_next_to_the_field_and_save_nothing(tmp_path, field, label, bad) -> None:
    async with open_pane(tmp_path, make_session("nl")) as (app, pilot):
        before = on_disk(app).revision
        entry(app, field).value = bad
        await settle(pilot)
        assert error_text(app, field).startswith(label)
        assert entry(app, field).has_class("-invalid")
        entry(app, "text").focus()
        await pilot.press(*"Iets", "enter")
        await settle(pilot)
        assert on_disk(app).revision == before and on_disk(app).frustrations == []
        assert entry(app, field).has_focus  # taken to the field to fix
        assert label in screen_text(app)
        # fixing it clears the message and the next Enter saves
        entry(app, field).value = "2"
        await pilot.press("enter")
        await settle(pilot)
        assert error_text(app, field) == ""
        assert len(on_disk(app).frustrations) == 1


async def test_a_week_allows_more_occurrences_than_a_day(tmp_path) -> None:
    async with open_pane(tmp_path, make_session("en")) as (app, pilot):
        entry(app, "occurrences").value = "300"
        await settle(pilot)
        assert "between 0 and 200" in error_text(app, "occurrences")
        app.screen.query_one("#entry-frequency").action_cycle(1)
        await settle(pilot)
        assert error_text(app, "occurrences") == ""
        await pilot.press(*"Many", "enter")
        await settle(pilot)
        assert on_disk(app).frustrations[0].occurrences == 300


async def test_empty_text_is_refused(tmp_path) -> None:
    async with open_pane(tmp_path, make_session("nl")) as (app, pilot):
        await pilot.press("space", "enter")
        await settle(pilot)
        assert error_text(app, "text").startswith("Tekst")
        assert on_disk(app).frustrations == []


async def test_text_longer_than_2000_characters_is_refused(tmp_path) -> None:
    async with open_pane(tmp_path, make_session("en")) as (app, pilot):
        entry(app, "text").value = "x" * 2001
        await pilot.press("enter")
        await settle(pilot)
        assert "2,001" in error_text(app, "text")
        assert on_disk(app).frustrations == []
        entry(app, "text").value = "y" * 2000
        await pilot.press("enter")
        await settle(pilot)
        assert on_disk(app).frustrations[0].text == "y" * 2000
        assert error_text(app, "text") == ""
        assert table_rows(app)[0][0].endswith("…")


@pytest.mark.parametrize("text", ["Koffie ☕ is op 😩", "הטופס לא נשמר", "[bold]not markup[/bold]"])
async def test_emoji_rtl_and_brackets_are_kept_as_typed(tmp_path, text) -> None:
    async with open_pane(tmp_path, make_session("nl")) as (app, pilot):
        entry(app, "text").value = text
        await pilot.press("enter")
        await settle(pilot)
        assert on_disk(app).frustrations[0].text == text
        assert table_rows(app)[0][0] == text
        assert text in screen_text(app)


async def test_a_long_text_scrolls_so_the_cursor_stays_in_view(tmp_path) -> None:
    async with open_pane(tmp_path, make_session("en")) as (app, pilot):
        text = entry(app, "text")
        await pilot.press(*"a rather long frustration that does not fit in the box")
        await settle(pilot)
        assert text.scroll_x > 0
        assert text.scroll_x <= text.cursor_position <= text.scroll_x + text.content_region.width
        await pilot.press("home")
        await settle(pilot)
        assert text.scroll_x == 0
        await pilot.press("end")
        await settle(pilot)
        assert text.scroll_x > 0


async def test_every_entry_field_is_visible_at_80_columns_and_shows_what_it_holds(
        demo_store) -> None:  # type: ignore[no-untyped-def]
    """The Dutch demo at 80×24 as a QA run saw it: after a refused "999999999" in the
    7-cell People field, the "1" typed over it is on screen, not scrolled out of view."""
    from textual.widgets import Input

    from cxworkshop.tui.app import make_app
    from cxworkshop.tui.widgets.frustration_entry import FrustrationEntry
    from tests.tui.waiting import type_text

    app = make_app(demo_store, "demo")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("f4")
        row = app.screen.query_one(FrustrationEntry)
        people = app.screen.query_one("#entry-people", Input)
        people.focus()
        await pilot.press(*["backspace"] * 3)
        await type_text(pilot, "999999999")
        await pilot.pause()
        assert "Betrokken mensen: moet tussen 1 en 100.000" in error_text(app, "people")
        for column in row.query(".entry-column"):  # label and field inside the screen
            assert column.region.right <= app.size.width, column.id
            assert column.region.width >= 5, column.id
        await pilot.press(*["backspace"] * 9)
        await type_text(pilot, "1")
        await pilot.pause()
        assert people.value == "1" and error_text(app, "people") == ""
        line = screen_text(app).splitlines()[people.region.y]
        assert line[people.region.x:people.region.right].strip() == "1"
        await pilot.press("shift+tab")
        await pilot.pause()
        line = screen_text(app).splitlines()[people.region.y]
        assert line[people.region.x:people.region.right].strip() == "1"
