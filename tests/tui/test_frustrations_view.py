"""Assumptions, bars, solo wording, layout sizes and switching language."""

from __future__ import annotations

import pytest

from cxworkshop.domain import edits
from cxworkshop.domain.models import Frustration
from cxworkshop.tui.dialogs.frustration_assumptions import FrustrationAssumptionsDialog
from cxworkshop.tui.widgets.frustration_bars import FrustrationBars
from tests.tui.test_frustrations_helpers import (
    make_session,
    on_disk,
    open_pane,
    screen_text,
    settle,
    static_text,
    table,
    team_digits,
    three_frustrations,
)


async def open_assumptions(pilot, app):  # type: ignore[no-untyped-def]
    await pilot.press("ctrl+o")
    await settle(pilot)
    assert isinstance(app.screen, FrustrationAssumptionsDialog)
    return lambda name: app.screen.query_one(f"#input-{name}")


async def test_changing_working_days_updates_the_totals_and_is_saved(tmp_path) -> None:
    async with open_pane(tmp_path, make_session("nl", frustrations=three_frustrations())) as (app, pilot):
        assert "200 werkdagen × 8 uur per dag" in static_text(app, "#assumptions")
        assert "3 × 10 min per dag ≈ 100 uur" in static_text(app, "#assumptions")
        field = await open_assumptions(pilot, app)
        field("working_days").value = "220"
        await pilot.press("enter")
        await settle(pilot)
        assert on_disk(app).meta.working_days == 220
        assert team_digits(app) == "187"  # 170 hours × 220 / 200
        assert "220 werkdagen" in static_text(app, "#assumptions")
        assert "≈ 110 uur" in static_text(app, "#assumptions")


@pytest.mark.parametrize("name,bad", [("working_days", "0"), ("working_days", "abc"), ("working_days", "400"),
                                      ("hours_per_day", "25"), ("hours_per_day", ""), ("hourly_rate", "-5"),
                                      ("hourly_rate", "nan")])
async def test_bad_assumptions_are_refused_in_the_dialog(tmp_path, name, bad) -> None:
    async with open_pane(tmp_path, make_session("en", frustrations=three_frustrations())) as (app, pilot):
        before = on_disk(app).revision
        field = await open_assumptions(pilot, app)
        field(name).value = bad
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, FrustrationAssumptionsDialog)
        assert field(name).has_class("-invalid")
        assert app.screen.query_one(f"#field-{name}").error.has_class("-visible")
        await pilot.press("escape")
        await settle(pilot)
        assert on_disk(app).revision == before


async def test_hourly_cost_shows_the_cost_and_can_be_cleared(tmp_path) -> None:
    async with open_pane(tmp_path, make_session("nl", frustrations=three_frustrations())) as (app, pilot):
        assert "geen uurtarief" in static_text(app, "#assumptions")
        assert "€" not in static_text(app, "#line-detail")
        field = await open_assumptions(pilot, app)
        field("hourly_rate").value = "50,5"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert on_disk(app).meta.hourly_rate == 50.5
        assert "€ 8.585 per jaar" in static_text(app, "#line-detail")  # 170 h × 50,50
        assert "€ 50,50 per uur" in static_text(app, "#assumptions")
        field = await open_assumptions(pilot, app)
        field("hourly_rate").value = ""
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert on_disk(app).meta.hourly_rate is None
        assert "€" not in static_text(app, "#line-detail")


async def test_solo_wording_and_per_person_is_the_total(tmp_path) -> None:
    session = make_session("en", mode="solo", frustrations=three_frustrations(), people=0)
    async with open_pane(tmp_path, session) as (app, pilot):
        text = screen_text(app)
        assert "hours a year, for you" in text
        assert "per person" not in text
        assert "of your year" in text
        assert "What costs you time?" in text


async def test_empty_session_invites_the_first_entry(tmp_path) -> None:
    async with open_pane(tmp_path, make_session("en")) as (app, pilot):
        assert "No frustrations yet" in screen_text(app)
        assert not table(app).display


async def test_bars_are_toggled_on_a_small_screen(tmp_path) -> None:
    async with open_pane(tmp_path, make_session("nl", frustrations=three_frustrations()), (80, 20)) as (app, pilot):
        bars = app.screen.query_one(FrustrationBars)
        assert not bars.display
        await pilot.press("ctrl+b")
        await settle(pilot)
        assert bars.display and not app.screen.query_one("#table-area").display
        text = screen_text(app)
        assert "Uren per jaar per afdeling" in text
        assert "Service" in text and "120 u" in text  # 100 + 20 hours in Service
        assert "medewerker" in text and "88%" in text  # 150 of 170 hours on the employee side
        await pilot.press("ctrl+n")
        await settle(pilot)
        assert not bars.display and app.screen.query_one("#entry-text").has_focus


async def test_bars_sit_next_to_the_table_on_a_big_screen(tmp_path) -> None:
    async with open_pane(tmp_path, make_session("en", frustrations=three_frustrations()), (160, 44)) as (app, pilot):
        bars = app.screen.query_one(FrustrationBars)
        assert bars.display and table(app).display
        assert bars.region.x > table(app).region.x
        assert "Hours a year per department" in screen_text(app)
        assert app.screen.query_one("#card-fte").display  # a big number per figure


async def test_switching_the_session_language_relabels_everything(tmp_path) -> None:
    async with open_pane(tmp_path, make_session("en", frustrations=three_frustrations())) as (app, pilot):
        assert "hours a year, whole team" in screen_text(app)
        app.session = app.store.update(app.session.id, edits.update_meta(language="nl"))
        app.pane.show_session(app.session)
        await settle(pilot)
        text = screen_text(app)
        assert "uur per jaar, hele team" in text and "Frustratie" in text
        assert team_digits(app) == "170"


async def test_down_from_the_entry_goes_to_the_table(tmp_path) -> None:
    async with open_pane(tmp_path, make_session("en", frustrations=[Frustration("Only one", id="f1")])) as (app, pilot):
        assert app.screen.query_one("#entry-text").has_focus
        await pilot.press("down")
        await settle(pilot)
        assert table(app).has_focus


async def test_switching_to_bars_from_the_table_keeps_the_keys_working(tmp_path) -> None:
    async with open_pane(tmp_path, make_session("en", frustrations=three_frustrations()), (80, 20)) as (app, pilot):
        table(app).focus()
        await pilot.press("ctrl+b")
        await settle(pilot)
        assert app.screen.query_one("#entry-text").has_focus  # the hidden table let go of it
        await pilot.press("ctrl+b")
        await settle(pilot)
        assert table(app).display


async def test_toggle_keys_are_labelled_in_the_session_language(tmp_path) -> None:
    async with open_pane(tmp_path, make_session("nl", frustrations=three_frustrations())) as (app, pilot):
        side = app.screen.query_one("#entry-side")
        assert [b.description for _, b in side._bindings if b.show] == ["Wissel"]
        table(app).focus()
        await pilot.press("enter")
        await settle(pilot)
        frequency = app.screen.query_one("#input-frequency")
        assert [b.description for _, b in frequency._bindings if b.show] == ["Wissel"]
