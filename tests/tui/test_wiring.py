"""The facilitation screens wired into the session screen: each opens from its key and
from the palette, saves through the session screen, and when it closes the session
screen shows what was saved. Also the guiding questions, the solo self-review hint,
help on those screens, and ``apply_mutation``."""

from __future__ import annotations

import pytest
from textual.pilot import Pilot

from cxworkshop.domain import selfreview
from cxworkshop.domain.demo import example_session_en
from cxworkshop.domain.edits import update_meta
from cxworkshop.domain.followup import follow_up
from cxworkshop.domain.models import Session
from cxworkshop.store import SessionStore
from cxworkshop.tui.app import make_app
from cxworkshop.tui.commands import CommandsProvider
from cxworkshop.tui.screens.compare import CompareScreen
from cxworkshop.tui.screens.help import HelpScreen
from cxworkshop.tui.screens.review import SelfReviewScreen
from cxworkshop.tui.screens.session import SessionScreen
from cxworkshop.tui.screens.tally import TallyScreen
from cxworkshop.tui.screens.voting import VotingScreen
from cxworkshop.tui.widgets.guide_questions import GuidingQuestions
from cxworkshop.tui.widgets.step_bar import ReviewHint

EN = "example-en"


def solo_session() -> Session:
    session = example_session_en()
    session.id = "solo"
    session.meta.mode = "solo"
    return session


@pytest.fixture
def en_store(store: SessionStore) -> SessionStore:
    store.create(example_session_en())
    store.create(solo_session())
    return store


def notes(app) -> str:
    return "\n".join(str(n.message) for n in app._notifications)


async def press(pilot: Pilot, *keys: str) -> None:
    await pilot.press(*keys)
    await pilot.pause()


async def palette(pilot: Pilot, text: str) -> None:
    """Run the palette entry that best matches ``text``."""
    await press(pilot, "ctrl+p")
    await pilot.press(*text)
    await pilot.app.workers.wait_for_complete()
    await press(pilot, "enter")


def back_on_session_screen(app, store: SessionStore, session_id: str) -> SessionScreen:
    """The session screen is on top again and every mounted pane shows the saved session."""
    screen = app.screen
    assert isinstance(screen, SessionScreen)
    on_disk = store.load(session_id)
    assert screen.session.revision == on_disk.revision
    assert all(pane.session.revision == on_disk.revision for pane in screen.mounted_panes())
    return screen


# -- blind voting -------------------------------------------------------------------
@pytest.mark.parametrize(("step_key", "kind", "item"), [("f3", "drafts", "d01"), ("f5", "barriers", "b01")])
async def test_f10_votes_on_what_the_step_is_about(en_store: SessionStore, step_key: str, kind: str,
                                                   item: str) -> None:
    app = make_app(en_store, EN)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await press(pilot, step_key, "f10")
        voting = app.screen
        assert isinstance(voting, VotingScreen) and voting.kind == kind
        await press(pilot, "enter", "plus")  # Priya takes the ballot, one dot on the first item
        votes = en_store.load(EN).facilitation.votes
        assert [(v.participant_id, v.kind, v.item_id, v.dots) for v in votes] == [("p01", kind, item, 1)]
        await press(pilot, "escape")
        screen = back_on_session_screen(app, en_store, EN)
        assert [v.item_id for v in screen.session.facilitation.votes] == [item]
        assert [v.item_id for v in screen.pane.session.facilitation.votes] == [item]


@pytest.mark.parametrize(("entry", "kind"), [("Blind vote on drafts", "drafts"),
                                             ("Blind vote on barriers", "barriers")])
async def test_palette_opens_either_vote(en_store: SessionStore, entry: str, kind: str) -> None:
    app = make_app(en_store, EN)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await palette(pilot, entry)
        assert isinstance(app.screen, VotingScreen) and app.screen.kind == kind


async def test_voting_and_tally_are_not_offered_alone(en_store: SessionStore) -> None:
    app = make_app(en_store, "solo")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await press(pilot, "f10", "f11")
        assert isinstance(app.screen, SessionScreen)
        listed = [title for title, _help, _run in CommandsProvider(app.screen)._entries()]
        assert "Self-review" in listed and "Questions" in listed
        assert not {"Blind vote", "Blind vote on drafts", "Customer tally"} & set(listed)


# -- the customer tally ---------------------------------------------------------------
async def test_tally_from_its_key_and_the_palette(en_store: SessionStore) -> None:
    app = make_app(en_store, EN)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await press(pilot, "f11")
        assert isinstance(app.screen, TallyScreen)
        await press(pilot, "1", "2", "1")
        await press(pilot, "escape")
        screen = back_on_session_screen(app, en_store, EN)
        assert screen.session.facilitation.tally == ["p01", "p02", "p01"]
        await palette(pilot, "Customer tally")
        assert isinstance(app.screen, TallyScreen)


# -- the self-review --------------------------------------------------------------------
async def test_solo_plan_step_leads_to_the_self_review(en_store: SessionStore) -> None:
    app = make_app(en_store, "solo")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        hint = app.screen.query_one(ReviewHint)
        assert not hint.display  # only on the Plan step
        await press(pilot, "f7")
        assert hint.display
        assert str(hint.content) == "Self-review: 0 of 7 questions answered — press Ctrl+R to open it"
        await press(pilot, "ctrl+r")
        assert isinstance(app.screen, SelfReviewScreen)
        await press(pilot, "y", "p")  # an answer moves on to the next question
        await press(pilot, "escape")
        screen = back_on_session_screen(app, en_store, "solo")
        answers = [a.answer for a in selfreview.answers(screen.session)]
        assert answers[:2] == ["yes", "partly"]
        assert str(screen.query_one(ReviewHint).content).startswith("Self-review: 2 of 7 questions answered")
        await pilot.click(ReviewHint)  # the hint opens it too
        await pilot.pause()
        assert isinstance(app.screen, SelfReviewScreen)


async def test_team_reaches_the_self_review_from_the_palette(en_store: SessionStore) -> None:
    app = make_app(en_store, EN)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await press(pilot, "f7")
        assert not app.screen.query_one(ReviewHint).display
        await palette(pilot, "Self-review")
        assert isinstance(app.screen, SelfReviewScreen)
        await press(pilot, "n", "escape")
        screen = back_on_session_screen(app, en_store, EN)
        assert selfreview.answers(screen.session)[0].answer == "no"


# -- then and now -------------------------------------------------------------------------
async def test_compare_explains_itself_outside_a_follow_up(en_store: SessionStore) -> None:
    app = make_app(en_store, EN)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await press(pilot, "ctrl+l")
        assert isinstance(app.screen, SessionScreen)
        assert "This session is not a follow-up" in notes(app)


async def test_compare_opens_for_a_follow_up_from_key_and_palette(en_store: SessionStore) -> None:
    later = en_store.create(follow_up(en_store.load(EN), title="Second round"))
    app = make_app(en_store, later.id)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert str(app.screen.query_one("#session-title").content).startswith("↻ Second round")
        await press(pilot, "ctrl+l")
        assert isinstance(app.screen, CompareScreen)
        assert app.screen.old.meta.title == "Customer promise review"
        await press(pilot, "escape")
        assert isinstance(app.screen, SessionScreen)
        await palette(pilot, "Then and now")
        assert isinstance(app.screen, CompareScreen)


# -- help on those screens ------------------------------------------------------------------
@pytest.mark.parametrize(("key", "screen_type", "words"), [
    ("f10", VotingScreen, "Blind dot voting lets a room choose"),
    ("f11", TallyScreen, "An energiser for any meeting"),
    ("ctrl+r", SelfReviewScreen, "Seven questions about your own customer discipline"),
])
async def test_f1_explains_each_facilitation_screen(en_store: SessionStore, key: str, screen_type: type,
                                                    words: str) -> None:
    app = make_app(en_store, EN)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await press(pilot, key)
        assert isinstance(app.screen, screen_type)
        await press(pilot, "f1")
        help_screen = app.screen
        assert isinstance(help_screen, HelpScreen)
        assert words in help_screen.text
        assert "Keys on this screen" in help_screen.text and "Keys everywhere" not in help_screen.text
        assert "Scroll Left" not in help_screen.text  # Textual's own cursor keys stay out
        rows = [line for line in help_screen.text.splitlines() if line.startswith("| ")]
        assert len(rows) > 3 and len(rows) == len(set(rows))  # each key once
        await press(pilot, "escape")
        assert isinstance(app.screen, screen_type)


# -- guiding questions ------------------------------------------------------------------------
async def test_guiding_questions_follow_the_step_and_ctrl_g_opens_them(en_store: SessionStore) -> None:
    app = make_app(en_store, "solo")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        guide = app.screen.query_one(GuidingQuestions)
        assert guide.display and not guide.expanded  # one line at 80×24
        assert "Questions for you (3): Which period" in guide.render().plain
        await press(pilot, "ctrl+g")
        assert guide.expanded
        assert guide.render().plain.splitlines()[0].endswith("Questions for you")
        assert guide.size.height >= 4  # the title and three questions
        await press(pilot, "f4")
        assert guide.step == "frustrations"
        assert "What cost you energy lately" in guide.render().plain
        await press(pilot, "ctrl+g")
        assert not guide.expanded


async def test_guiding_questions_are_hidden_for_a_team(en_store: SessionStore) -> None:
    app = make_app(en_store, EN)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        guide = app.screen.query_one(GuidingQuestions)
        assert not guide.display
        await press(pilot, "ctrl+g")
        assert not guide.display
        # switching the session to solo in Setup shows them (after the relabel)
        app.screen.apply_mutation(update_meta(mode="solo"))
        await pilot.pause()
        await pilot.pause()
        assert app.screen.query_one(GuidingQuestions).display


# -- apply_mutation -------------------------------------------------------------------------
async def test_apply_mutation_returns_the_saved_session_or_none(en_store: SessionStore) -> None:
    app = make_app(en_store, EN)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = app.screen
        saved = screen.apply_mutation(update_meta(facilitator="Jo"))
        assert saved is not None and saved.meta.facilitator == "Jo"
        assert en_store.load(EN).meta.facilitator == "Jo"
        assert screen.session is saved and screen.pane.session is saved

        def gone(session: Session) -> None:
            raise LookupError("no such item")

        assert screen.apply_mutation(gone) is None
        await pilot.pause()
        assert "removed in another window" in notes(app)
        assert en_store.load(EN).revision == saved.revision
