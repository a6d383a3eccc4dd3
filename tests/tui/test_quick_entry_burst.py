"""Quick entry with keys that come in one burst, and with a pasted list.

A terminal delivers a paste without bracketed paste, or ``tmux send-keys "a" Enter "b"
Enter``, as one burst of keys: here every key is posted before the app handles any of
them (no settling in between). Each Enter must add exactly one entry with exactly the
text typed before it; a bracketed paste of several lines adds one entry per line.
Checked on disk and in the table on screen.
"""

from __future__ import annotations

from typing import Any

from textual import events
from textual.pilot import Pilot
from textual.widgets import Input

from cxworkshop.domain.models import Meta, Participant, Session
from cxworkshop.store import SessionStore
from cxworkshop.tui.app import make_app
from cxworkshop.tui.steps.promise import PromisePane
from cxworkshop.tui.widgets.field import FieldError
from tests.tui.bursts import burst
from tests.tui.harness import PaneHarness
from tests.tui.test_barriers import column, entry_error, make, session_with
from tests.tui.test_frustrations_helpers import (
    entry,
    error_text,
    make_session,
    on_disk,
    open_pane,
    settle,
    table_rows,
)
from tests.tui.test_promise import cursor_in, empty_session, shown_notes
from tests.tui.test_promise_drafts import open_drafts


def typed(*entries: str) -> list[str]:
    """The keys for typing each entry and pressing Enter after it."""
    keys: list[str] = []
    for text in entries:
        keys += [*text, "enter"]
    return keys


def paste(pilot: Pilot[Any], text: str) -> None:
    """A bracketed paste, as the driver posts it (behind any keys sent before it)."""
    driver = pilot.app._driver
    assert driver is not None
    event = events.Paste(text)
    event.set_sender(pilot.app)
    driver.send_message(event)


def notifications(app: Any) -> str:
    return "\n".join(str(n.message) for n in app._notifications)


# -- Frustrations ------------------------------------------------------------------------
async def test_frustrations_a_burst_of_entries_gives_one_frustration_per_enter(tmp_path) -> None:
    async with open_pane(tmp_path, make_session("en")) as (app, pilot):
        burst(pilot, *typed("Printer jams", "Waiting for approval", "Phone menu"))
        await settle(pilot)

        assert [f.text for f in on_disk(app).frustrations] == [
            "Printer jams", "Waiting for approval", "Phone menu"]
        assert sorted(row[0] for row in table_rows(app)) == [
            "Phone menu", "Printer jams", "Waiting for approval"]
        text = entry(app, "text")
        assert text.value == "" and text.has_focus


async def test_frustrations_text_typed_after_the_last_enter_stays_in_the_input(tmp_path) -> None:
    async with open_pane(tmp_path, make_session("en")) as (app, pilot):
        burst(pilot, *typed("One", "Two"), *"Thr")
        await settle(pilot)

        assert [f.text for f in on_disk(app).frustrations] == ["One", "Two"]
        assert entry(app, "text").value == "Thr"


async def test_frustrations_a_refused_enter_in_a_burst_adds_nothing_and_the_rest_still_counts(tmp_path) -> None:
    async with open_pane(tmp_path, make_session("en")) as (app, pilot):
        burst(pilot, "enter", *typed("Slow laptop"))  # the first Enter has no text yet
        await settle(pilot)

        assert [f.text for f in on_disk(app).frustrations] == ["Slow laptop"]
        assert [row[0] for row in table_rows(app)] == ["Slow laptop"]
        assert error_text(app, "text") == ""  # typing took the message away again
        assert entry(app, "text").value == ""


async def test_frustrations_a_pasted_list_gives_one_frustration_per_line(tmp_path) -> None:
    async with open_pane(tmp_path, make_session("nl")) as (app, pilot):
        paste(pilot, "Printer loopt vast\n\n  \r\nWachten op akkoord\r\nTelefoonmenu\n")
        await settle(pilot)

        assert [f.text for f in on_disk(app).frustrations] == [
            "Printer loopt vast", "Wachten op akkoord", "Telefoonmenu"]
        assert sorted(row[0] for row in table_rows(app)) == [
            "Printer loopt vast", "Telefoonmenu", "Wachten op akkoord"]
        assert entry(app, "text").value == ""


async def test_frustrations_one_pasted_line_is_only_inserted(tmp_path) -> None:
    async with open_pane(tmp_path, make_session("en")) as (app, pilot):
        burst(pilot, *"Late ")
        paste(pilot, "deliveries")
        await settle(pilot)

        assert on_disk(app).frustrations == []
        assert entry(app, "text").value == "Late deliveries"


# -- Barriers ----------------------------------------------------------------------------
async def test_barriers_a_burst_of_entries_gives_one_barrier_per_enter(store: SessionStore) -> None:
    app = make(store, session_with())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        burst(pilot, *typed("No refunds without approval", "Slow laptops", "Two systems"))
        await pilot.pause()

        assert sorted(column(app, "text")) == ["No refunds without approval", "Slow laptops", "Two systems"]
        text_input = app.pane.query_one("#barrier-text", Input)
        assert text_input.value == "" and app.focused is text_input
    assert [b.text for b in store.load("ws").barriers] == [
        "No refunds without approval", "Slow laptops", "Two systems"]


async def test_barriers_a_pasted_list_gives_one_barrier_per_line(store: SessionStore) -> None:
    app = make(store, session_with(lang="nl"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        paste(pilot, "Geen budget\nTe veel schakels\n")
        await pilot.pause()

        assert sorted(column(app, "text")) == ["Geen budget", "Te veel schakels"]
    assert [b.text for b in store.load("ws").barriers] == ["Geen budget", "Te veel schakels"]


async def test_barriers_a_refused_pasted_line_stops_the_paste_and_says_what_was_left(store: SessionStore) -> None:
    app = make(store, session_with())
    too_long = "x" * 2001
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        paste(pilot, f"Fine one\n{too_long}\nNever added\nNor this\n")
        await pilot.pause()

        assert column(app, "text") == ["Fine one"]
        assert app.pane.query_one("#barrier-text", Input).value == too_long  # there to fix
        assert "at most 2,000 characters" in entry_error(app)
        assert "Lines not added: 2." in notifications(app)
    assert [b.text for b in store.load("ws").barriers] == ["Fine one"]


# -- Setup participants (the whole app) --------------------------------
def participants_app(store: SessionStore) -> Any:
    """The whole app on an English team session with one participant, Ann."""
    store.create(Session(id="ws", meta=Meta(title="Workshop", language="en"),
                         participants=[Participant("Ann", id="p1")]))
    return make_app(store, "ws")


async def focus_add_name(pilot: Pilot[Any]) -> None:
    await pilot.pause()
    pilot.app.screen.query_one("#add-name").focus()
    await pilot.pause()


async def test_participants_a_burst_without_a_name_still_shows_the_message(
        store: SessionStore) -> None:
    """Tab, a department and Enter in one burst: the name is empty. The message must stay
    (the department's own typing, handled after the check, used to wipe it)."""
    app = participants_app(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await focus_add_name(pilot)
        burst(pilot, "tab", *"Finance", "enter")
        for _ in range(3):
            await pilot.pause()
        error = app.screen.query_one("#add-error", FieldError)
        assert error.showing and "Name: cannot be empty." in str(error.content)
        assert app.focused is app.screen.query_one("#add-name")
        assert [p.name for p in store.load("ws").participants] == ["Ann"]
        burst(pilot, *"Eva")  # typing again takes the message away
        await pilot.pause()
        assert not error.showing


async def test_participants_a_burst_of_names_gives_one_participant_per_enter(store: SessionStore) -> None:
    app = participants_app(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await focus_add_name(pilot)
        burst(pilot, *typed("Bob", "Chloé", "Dirk"))
        await pilot.pause()

        table = app.screen.query_one("#people-table")
        assert [str(table.get_row_at(i)[0]) for i in range(table.row_count)] == ["Ann", "Bob", "Chloé", "Dirk"]
        assert not app.screen.query_one("#add-error", FieldError).showing
    assert [p.name for p in store.load("ws").participants] == ["Ann", "Bob", "Chloé", "Dirk"]


# -- Promise notes and drafts ------------------------------------------------------------
async def test_promise_a_burst_of_notes_and_a_pasted_list_of_drafts(store: SessionStore) -> None:
    store.create(empty_session())
    app = PaneHarness(store, "ws", PromisePane)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        note_input = app.pane.query_one("#note-input-basisplek", Input)
        await cursor_in(app, pilot, note_input)
        burst(pilot, *typed("Leader in the region", "Specialist"))
        await pilot.pause()
        assert [s.split(" — ")[0] for s in shown_notes(app, "basisplek")] == [
            "• Leader in the region", "• Specialist"]

        await open_drafts(app, pilot)
        paste(pilot, "You always know what you pay.\nWe call you back within a day.\n")
        await pilot.pause()
        table = app.pane.drafts.table
        assert sorted(table.get_cell(row.key, "text").plain for row in table.ordered_rows) == [
            "We call you back within a day.", "You always know what you pay."]
    saved = store.load("ws").promise
    assert [n.text for n in saved.notes_for("basisplek")] == ["Leader in the region", "Specialist"]
    assert [d.text for d in saved.drafts] == ["You always know what you pay.", "We call you back within a day."]


# -- Tab inside a burst -------------------------------------------------
async def test_participants_name_tab_department_in_one_burst(store: SessionStore) -> None:
    app = participants_app(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await focus_add_name(pilot)
        burst(pilot, *"Bob", "tab", *"Sales", "enter")
        await pilot.pause()
        await pilot.pause()
    saved = store.load("ws").participants
    assert [(p.name, p.department) for p in saved] == [("Ann", ""), ("Bob", "Sales")]


def setup_app(store: SessionStore) -> Any:
    store.create(Session(id="ws", meta=Meta(title="Workshop", language="en")))
    return make_app(store, "ws")


async def focus_title(pilot: Pilot[Any]) -> Input:
    """The Setup step's first field, focused (it has its input from the start)."""
    await pilot.pause()
    title = pilot.app.screen.query_one("#meta-title", Input)
    title.focus()
    return title


async def test_setup_fields_typed_with_tab_in_one_burst_land_in_their_own_field(
        store: SessionStore) -> None:
    app = setup_app(store)
    async with app.run_test(size=(80, 24)) as pilot:
        title = await focus_title(pilot)
        title.value = ""
        await pilot.pause()
        burst(pilot, *"Kickoff", "tab", *"Acme", "tab")
        await pilot.pause()
        await pilot.pause()
        assert app.screen.query_one("#meta-organisation", Input).value == "Acme"
        assert title.value == "Kickoff"
        assert app.focused is app.screen.query_one("#meta-facilitator")
    meta = store.load("ws").meta
    assert (meta.title, meta.organisation) == ("Kickoff", "Acme")


async def test_a_key_right_after_a_step_key_never_lands_in_the_old_steps_field(
        store: SessionStore) -> None:
    app = setup_app(store)
    async with app.run_test(size=(80, 24)) as pilot:
        title = await focus_title(pilot)
        await pilot.pause()
        burst(pilot, "f5", *"xyz")  # F5 = Barriers, then typing at once
        for _ in range(4):
            await pilot.pause()
        assert app.screen.step == "barriers"
        assert title.value == "Workshop"
        focused = app.focused
        assert focused is not None and app.screen.pane in focused.ancestors
    assert store.load("ws").meta.title == "Workshop"
