"""Blind dot voting, passing the keyboard round a room of three (Pilot, real store)."""

from __future__ import annotations

from textual.pilot import Pilot

from cxworkshop.domain import voting
from cxworkshop.store import SessionStore
from cxworkshop.tui.screens.voting import VotingScreen
from cxworkshop.tui.widgets.voting_format import DOT
from cxworkshop.tui.widgets.voting_lists import WrappedList
from tests.tui.test_voting_harness import ScreenHarness, notifications, screen_text, small_session, voting_app


def screen(app: ScreenHarness) -> VotingScreen:
    assert isinstance(app.screen, VotingScreen)
    return app.screen


def rows_of(app: ScreenHarness, list_id: str) -> list[str]:
    """The rows of a list as the room reads them (wrapped lines joined again)."""
    listing = app.screen.query_one(f"#{list_id}", WrappedList)
    return [" ".join(str(option.prompt).split()) for option in listing.options]


def votes_on_disk(app: ScreenHarness) -> dict[tuple[str, str], int]:
    return {(v.participant_id, v.item_id): v.dots for v in app.reload().facilitation.votes}


async def press(pilot: Pilot, *keys: str) -> None:
    await pilot.press(*keys)
    await pilot.pause()


async def test_three_people_vote_blind_passing_the_keyboard(store: SessionStore) -> None:
    session = small_session()
    session.facilitation.voting.max_per_item = 2
    store.create(session)
    app = voting_app(store, "vote", "barriers")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        vs = screen(app)
        # the hand-over card: Ann first, nobody's dots on screen, everyone still to vote
        assert vs.face() == "handover"
        assert vs.handover.big_name.name_text == "Ann"
        text = screen_text(app)
        assert "Pass the keyboard to" in text and DOT not in text
        assert "0 of 3 have placed all their dots" in text
        assert rows_of(app, "voter-list") == [
            "· Ann not voted yet", "· [/]Bram not voted yet", "· Cem [b] not voted yet"]

        # Ann: two dots on the old CRM (the cap is 2), one on "No budget"
        await press(pilot, "enter")
        assert vs.face() == "ballot" and vs.ballot.big_name.name_text == "Ann"
        await press(pilot, "plus", "plus")
        assert rows_of(app, "ballot-list")[0] == "● ● Old CRM [red]"
        await press(pilot, "plus")
        assert "Dots per item for one person: at most 2." in screen_text(app)
        await press(pilot, "down", "space")
        assert vs.ballot.left.value == "0"
        await press(pilot, "down", "plus")
        text = screen_text(app)
        assert "All 3 dots are used; take one off another item first." in text
        assert votes_on_disk(app) == {("ann", "b1"): 2, ("ann", "b2"): 1}

        # done: the card for [/]Bram hides Ann's dots
        await press(pilot, "enter")
        assert vs.face() == "handover" and vs.handover.big_name.name_text == "[/]Bram"
        text = screen_text(app)
        assert DOT not in text and "1 of 3 have placed all their dots" in text
        assert "✓ Ann ✓ all dots placed" in rows_of(app, "voter-list")

        # Bram sees only his own (no) dots, not Ann's
        await press(pilot, "enter")
        assert vs.ballot.big_name.name_text == "[/]Bram"
        assert all(DOT not in row for row in rows_of(app, "ballot-list"))
        assert DOT not in screen_text(app)
        await press(pilot, "down", "down", "plus", "plus", "n")
        assert votes_on_disk(app)[("bram", "b3")] == 2

        # Cem: one dot on "No budget", then passes on without using the rest
        assert vs.handover.big_name.name_text == "Cem [b]"
        await press(pilot, "enter", "down", "plus")
        assert [DOT in row for row in rows_of(app, "ballot-list")] == [False, True, False]
        await press(pilot, "enter")

        # Ann comes back and moves a dot from the old CRM to the silos
        assert vs.handover.big_name.name_text == "[/]Bram"  # still has a dot left
        await press(pilot, "home")
        assert vs.handover.big_name.name_text == "Ann"
        await press(pilot, "enter")
        assert rows_of(app, "ballot-list")[:2] == ["● ● Old CRM [red]", "● No budget"]
        await press(pilot, "minus", "down", "down", "plus", "enter")
        assert votes_on_disk(app) == {
            ("ann", "b1"): 1, ("ann", "b2"): 1, ("ann", "b3"): 1,
            ("bram", "b3"): 2, ("cem", "b2"): 1,
        }
        assert not voting.is_revealed(app.reload(), "barriers")

        # reveal: not everyone is done, so the facilitator confirms
        await press(pilot, "r")
        question = str(app.screen.query_one("#confirm-question").content)
        assert "1 of 3 people have placed all their dots" in question
        assert "[/]Bram, Cem [b]" in question
        await press(pilot, "y")
        assert vs.face() == "results"
        ranked = rows_of(app, "result-list")
        assert [r.split(" ", 2)[0] for r in ranked] == ["1.", "2.", "3."]
        assert "Silos between teams" in ranked[0] and " 3 " in ranked[0]
        assert "No budget" in ranked[1] and "Old CRM [red]" in ranked[2]
        assert voting.is_revealed(app.reload(), "barriers")

        # hide again: back to the hand-over card, nothing revealed on disk
        await press(pilot, "h")
        assert vs.face() == "handover"
        assert not voting.is_revealed(app.reload(), "barriers")


async def test_revealing_when_everyone_is_done_needs_no_confirmation(store: SessionStore) -> None:
    session = small_session()
    for pid, item in (("ann", "d1"), ("bram", "d1"), ("cem", "d2")):
        voting.set_dots(session, pid, "drafts", item, 3)
    session.promise.drafts[1].votes = 1  # an open vote counts too
    store.create(session)
    app = voting_app(store, "vote", "drafts")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "3 of 3 have placed all their dots" in screen_text(app)
        await press(pilot, "r")
        assert screen(app).face() == "results"
        ranked = rows_of(app, "result-list")
        assert "You hear from us within a day." in ranked[0] and "(open 0 · dots 6)" in ranked[0]
        assert "We are [bold]great[/]." in ranked[1] and "(open 1 · dots 3)" in ranked[1]


async def test_the_confirmation_can_keep_the_results_hidden(store: SessionStore) -> None:
    store.create(small_session())
    app = voting_app(store, "vote")
    async with app.run_test(size=(80, 24)) as pilot:
        await press(pilot, "enter", "plus", "r")
        assert app.screen.query_one("#confirm-question")
        shown = screen_text(app)
        assert "Show the results?" in shown and "Old CRM" not in shown  # the ballot is covered
        await press(pilot, "enter")  # the focus is on "No, keep voting"
        assert screen(app).face() == "ballot"
        assert not voting.is_revealed(app.reload(), "barriers")


async def test_a_revealed_vote_opens_on_the_results(store: SessionStore) -> None:
    session = small_session()
    voting.set_dots(session, "ann", "barriers", "b2", 1)
    voting.reveal(session, "barriers")
    store.create(session)
    app = voting_app(store, "vote")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert screen(app).face() == "results"
        assert "No budget" in rows_of(app, "result-list")[0]
        assert "Results · 0 of 3 have placed all their dots" in screen_text(app)


async def test_pick_hides_the_dots_and_escape_closes(store: SessionStore) -> None:
    store.create(small_session())
    app = voting_app(store, "vote")
    async with app.run_test(size=(80, 24)) as pilot:
        await press(pilot, "enter", "plus")
        assert DOT in screen_text(app)
        await press(pilot, "p")
        assert screen(app).face() == "handover" and DOT not in screen_text(app)
        assert screen(app).handover.big_name.name_text == "Ann"
        await press(pilot, "escape")
        assert not isinstance(app.screen, VotingScreen)


async def test_solo_no_people_and_no_items_explain_themselves(store: SessionStore) -> None:
    solo = small_session(mode="solo")
    nobody = small_session()
    nobody.id, nobody.participants = "nobody", []
    empty = small_session(language="nl")
    empty.id, empty.barriers = "empty", []
    for session in (solo, nobody, empty):
        store.create(session)
    expected = {
        "vote": "Dot voting is for a group",
        "nobody": "Add them in the Setup step",
        "empty": "Er zijn nog geen barrières om op te stemmen",
    }
    for session_id, words in expected.items():
        app = voting_app(store, session_id)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            assert screen(app).face() == "notice"
            assert words in str(app.screen.query_one("#notice-text").content)
            assert words.split()[0] in screen_text(app)
            await press(pilot, "r", "plus", "s")  # nothing to do: no dialog, no save
            assert app.saves == 0 and isinstance(app.screen, VotingScreen)
            await press(pilot, "escape")
            assert not isinstance(app.screen, VotingScreen)


async def test_names_and_texts_that_look_like_markup_or_are_unusual(store: SessionStore) -> None:
    session = small_session()
    session.participants[0].name = "[bold red]نور[/] 😀"
    session.barriers[0].text = "[/]" * 700  # 2 100 characters of markup-looking text
    store.create(session)
    app = voting_app(store, "vote")
    async with app.run_test(size=(80, 24)) as pilot:
        await press(pilot, "enter", "plus")
        assert screen(app).ballot.big_name.name_text == "[bold red]نور[/] 😀"
        first = rows_of(app, "ballot-list")[0]
        assert first.startswith("● [/][/]") and first.endswith("…")
        assert votes_on_disk(app) == {("ann", "b1"): 1}


async def test_a_failed_save_changes_nothing_on_screen(store: SessionStore) -> None:
    store.create(small_session())
    app = voting_app(store, "vote")
    failures: list[str] = []

    def refuse(mutation: object) -> None:
        failures.append("none")
        return None  # the caller already told the user why

    def gone(mutation: object) -> None:
        failures.append("gone")
        raise LookupError("removed in another window")

    async with app.run_test(size=(80, 24)) as pilot:
        await press(pilot, "enter")
        vs = screen(app)
        vs.apply = refuse  # type: ignore[assignment]
        await press(pilot, "plus")
        assert rows_of(app, "ballot-list")[0] == "· Old CRM [red]" and vs.ballot.left.value == "3"
        vs.apply = gone  # type: ignore[assignment]
        await press(pilot, "plus")
        assert failures == ["none", "gone"]
        assert rows_of(app, "ballot-list")[0] == "· Old CRM [red]"
        assert "removed in another window" in notifications(app)
        assert app.reload().facilitation.votes == []


async def test_once_everyone_has_voted_the_card_points_to_the_reveal_key(store: SessionStore) -> None:
    session = small_session()
    voting.set_dots(session, "ann", "barriers", "b1", 3)
    voting.set_dots(session, "bram", "barriers", "b2", 3)
    store.create(session)
    app = voting_app(store, "vote")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        vs = screen(app)
        assert vs.handover.big_name.name_text == "Cem [b]"
        assert "Pass the keyboard to" in screen_text(app)

        # Cem, the last one, places all three dots and passes on
        await press(pilot, "enter", "plus", "down", "plus", "down", "plus", "enter")
        assert vs.face() == "handover"
        text = screen_text(app)
        assert "Pass the keyboard to" not in text and "Press Enter when you are ready" not in text
        assert "Everyone has placed all their dots: nobody needs the keyboard any more." in text
        assert "Press r to show the results to the whole room." in text
        assert vs.handover.big_name.name_text == "Press r to reveal"
        assert "3 of 3 have placed all their dots" in text
        await press(pilot, "down")  # choosing someone to change a vote leaves the card as it is
        assert vs.handover.big_name.name_text == "Press r to reveal"
        assert "Choose the name with ↑ ↓ and press Enter" in screen_text(app)

        # Ann takes a dot back: there is someone to pass the keyboard to again
        await press(pilot, "home", "enter", "minus", "enter")
        assert vs.face() == "handover" and vs.handover.big_name.name_text == "Ann"
        assert "Pass the keyboard to" in screen_text(app)
        await press(pilot, "enter", "plus", "enter")

        # the key the card names reveals at once (everyone is done: no question)
        assert vs.handover.big_name.name_text == "Press r to reveal"
        await press(pilot, "r")
        assert vs.face() == "results"
        await press(pilot, "h")  # hidden again: the card still says everyone has voted
        assert vs.face() == "handover" and vs.handover.big_name.name_text == "Press r to reveal"


async def test_the_everyone_voted_card_in_dutch(store: SessionStore) -> None:
    session = small_session(language="nl")
    for pid in ("ann", "bram", "cem"):
        voting.set_dots(session, pid, "drafts", "d1", 3)
    store.create(session)
    app = voting_app(store, "vote", "drafts")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        text = screen_text(app)
        assert "Iedereen heeft al zijn stippen gezet: niemand hoeft het toetsenbord nog." in text
        assert "Druk op r om de uitslag aan de hele groep te tonen." in text
        assert "Geef het toetsenbord aan" not in text
        assert screen(app).handover.big_name.name_text == "Druk op r voor de uitslag"
