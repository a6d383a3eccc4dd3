"""The customer tally: strokes by key, undo, and a live leaderboard (Pilot, real store)."""

from __future__ import annotations

from textual.pilot import Pilot

from cxworkshop.domain.models import Meta, Participant, Session
from cxworkshop.store import SessionStore
from cxworkshop.tui.screens.tally import TallyScreen
from cxworkshop.tui.widgets.tally_board import TallyList, key_for, keys_display
from tests.tui.test_voting_harness import ScreenHarness, notifications, screen_text, tally_app


def people_session(names: list[str], **meta: object) -> Session:
    people = [Participant(name, id=f"p{i:02}") for i, name in enumerate(names, start=1)]
    return Session(id="tally", meta=Meta("Tally", **meta), participants=people)  # type: ignore[arg-type]


def board(app: ScreenHarness) -> list[str]:
    """The leaderboard rows as shown: key, star for the leader, name, bar, count."""
    listing = app.screen.query_one(TallyList)
    return [" ".join(str(option.prompt).split()) for option in listing.options]


def counts_on_disk(app: ScreenHarness) -> list[str]:
    return app.reload().facilitation.tally


async def press(pilot: Pilot, *keys: str) -> None:
    await pilot.press(*keys)
    await pilot.pause()


async def test_strokes_undo_and_the_leaderboard(store: SessionStore) -> None:
    store.create(people_session(["Ann", "[/]Bram", "Cem [b]"]))
    app = tally_app(store, "tally")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "No strokes yet" in screen_text(app)
        assert board(app)[0].startswith("1 Ann")

        await press(pilot, "1", "2", "2", "3", "2")
        assert counts_on_disk(app) == ["p01", "p02", "p02", "p03", "p02"]
        rows = board(app)
        assert rows[0].startswith("2 ★ [/]Bram") and rows[0].endswith(" 3")
        assert rows[1].startswith("1 Ann") and rows[1].endswith(" 1")
        assert rows[2].startswith("3 Cem [b]") and rows[2].endswith(" 1")
        text = screen_text(app)
        assert "Top customer thinker" in text and "5 strokes in total" in text
        assert app.screen.query_one("#leader-name").name_text == "[/]Bram"
        assert app.screen.query_one("#leader-count").value == "3"

        # Backspace takes back the very last stroke (Bram's)
        await press(pilot, "backspace")
        assert counts_on_disk(app) == ["p01", "p02", "p02", "p03"]
        assert "Took back a stroke of [/]Bram." in notifications(app)

        # - takes back the highlighted person's last stroke: Ann's, not the last one
        listing = app.screen.query_one(TallyList)
        listing.highlight_id("p01")
        await press(pilot, "minus")
        assert counts_on_disk(app) == ["p02", "p02", "p03"]
        assert listing.current_id() == "p01"  # the highlight follows Ann to the bottom
        assert board(app)[-1].startswith("1 Ann") and board(app)[-1].endswith(" 0")
        await press(pilot, "minus")
        assert "Ann has no stroke to take back." in notifications(app)
        assert counts_on_disk(app) == ["p02", "p02", "p03"]

        # + gives the highlighted person a stroke; Cem catches up and shares the lead
        listing.highlight_id("p03")
        await press(pilot, "plus")
        assert counts_on_disk(app)[-1] == "p03"
        assert "Shared first place" in screen_text(app)
        assert sum("★" in row for row in board(app)) == 2


async def test_backspace_with_no_strokes_says_so(store: SessionStore) -> None:
    store.create(people_session(["Ann"], language="nl"))
    app = tally_app(store, "tally")
    async with app.run_test(size=(80, 24)) as pilot:
        await press(pilot, "backspace")
        assert "Er is geen streepje om terug te nemen." in notifications(app)
        assert app.saves == 0
        assert "De “klant”-turflijst" in screen_text(app)


async def test_letters_after_nine_people_and_the_footer_shows_the_range(store: SessionStore) -> None:
    names = [f"Person {n}" for n in range(1, 13)]
    store.create(people_session(names))
    app = tally_app(store, "tally")
    async with app.run_test(size=(80, 24)) as pilot:
        await press(pilot, "a", "c", "c", "9", "d")  # d: nobody has it, nothing happens
        assert counts_on_disk(app) == ["p10", "p12", "p12", "p09"]
        assert board(app)[0].startswith("c ★ Person 12")
        assert "1–9 a–c" in screen_text(app)


async def test_solo_and_no_people_explain_themselves(store: SessionStore) -> None:
    store.create(people_session(["Ann"], mode="solo"))
    empty = people_session([])
    empty.id = "empty"
    store.create(empty)
    for session_id, words in (("tally", "a game for a group"), ("empty", "add the participants")):
        app = tally_app(store, session_id)
        async with app.run_test(size=(80, 24)) as pilot:
            await press(pilot, "1", "backspace")
            assert words in str(app.screen.query_one("#notice-text").content)
            assert app.saves == 0
            await press(pilot, "escape")
            assert not isinstance(app.screen, TallyScreen)


def test_stroke_keys() -> None:
    assert [key_for(i) for i in (0, 8, 9, 34, 35)] == ["1", "9", "a", "z", None]
    assert keys_display(1) == "1"
    assert keys_display(7) == "1–7"
    assert keys_display(10) == "1–9 a"
    assert keys_display(40) == "1–9 a–z"
