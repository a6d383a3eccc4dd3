"""The self-review screen on a real store: answers and notes on screen and on disk.

``ReviewApp`` does what the session screen does for ``SelfReviewScreen(session, apply)``:
``apply`` saves the mutation with ``SessionStore.update`` and returns the saved session
(or None after telling the user, when saving failed).
"""

from __future__ import annotations


from textual.app import App
from textual.pilot import Pilot
from textual.widgets import Input

from cxworkshop.domain import selfreview
from cxworkshop.domain.demo import demo_session, example_session_en
from cxworkshop.domain.edits import Mutation
from cxworkshop.domain.followup import follow_up
from cxworkshop.domain.models import Session
from cxworkshop.errors import CxError
from cxworkshop.store import SessionStore
from cxworkshop.tui.screens.review import SelfReviewScreen
from cxworkshop.tui.widgets.review_detail import ReviewDetail
from cxworkshop.tui.widgets.review_table import ReviewTable
from tests.tui.screen import screen_text


class ReviewApp(App[None]):
    """Hosts the self-review screen; ``fail`` makes every save fail like a full disk."""

    def __init__(self, store: SessionStore, session_id: str, *, fail: bool = False) -> None:
        super().__init__()
        self.store = store
        self.session = store.load(session_id)
        self.fail = fail
        self.review_closed = False

    def on_mount(self) -> None:
        self.push_screen(SelfReviewScreen(self.session, self.apply), self._review_done)

    def _review_done(self, _result: object) -> None:
        self.review_closed = True

    def apply(self, mutation: Mutation) -> Session | None:
        if self.fail:
            self.notify("could not save", severity="error")
            return None
        try:
            self.session = self.store.update(self.session.id, mutation, base_revision=self.session.revision)
        except CxError as exc:
            self.notify(exc.message_in(self.session.lang), severity="error")
            return None
        return self.session


def solo(session: Session) -> Session:
    session.meta.mode = "solo"
    return session


def make(store: SessionStore, session: Session, **kwargs: bool) -> ReviewApp:
    saved = store.create(session)
    return ReviewApp(store, saved.id, **kwargs)


async def settle(pilot: Pilot) -> None:
    await pilot.pause()
    await pilot.pause()


def cell(app: App, question: str, column: str) -> str:
    table = app.screen.query_one(ReviewTable)
    return table.get_cell(question, column).plain


def on_disk(app: ReviewApp) -> dict[str, tuple[str, str]]:
    session = app.store.load(app.session.id)
    return {a.question: (a.answer, a.note) for a in selfreview.answers(session)}


def note_input(app: App) -> Input:
    return app.screen.query_one("#review-note", Input)


async def type_note(pilot: Pilot, text: str) -> None:
    """Put ``text`` in the focused note input (pressing 2 000 keys would take minutes)."""
    field = note_input(pilot.app)
    assert field.has_focus
    field.value = text
    await pilot.press("enter")
    await settle(pilot)


async def test_solo_review_from_start_to_finish(store: SessionStore) -> None:
    app = make(store, solo(example_session_en()))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert app.screen.query_one(ReviewTable).has_focus
        text = screen_text(app)
        assert "Self-review · Customer promise review" in text
        assert "Nothing answered yet (7 questions)." in text
        assert "Question 1 of 7: Set the example" in text
        assert "Do I set the example, and coach colleagues" in text

        await pilot.press("y", "p", "n")  # answers 1-3; the cursor moves on each time
        await settle(pilot)
        assert [cell(app, q, "answer") for q in ("example", "fight", "bad_profits")] == ["✓ yes", "◐ partly", "✗ no"]
        assert "Question 4 of 7: Keep going when it fails" in screen_text(app)

        await pilot.press("enter")  # write a note for question 4, then answer it
        await settle(pilot)
        await type_note(pilot, "Gave up on the newsletter fix after one try")
        assert app.screen.query_one(ReviewTable).has_focus
        assert cell(app, "persist", "note").startswith("Gave up on the newsletter")
        await pilot.press("p", "y", "n", "y")
        await settle(pilot)

        text = screen_text(app)
        assert "7 of 7 answered · 3 yes · 2 partly · 2 no · 8 of 14 points" in text
        assert on_disk(app) == {
            "example": ("yes", ""), "fight": ("partly", ""), "bad_profits": ("no", ""),
            "persist": ("partly", "Gave up on the newsletter fix after one try"),
            "impact": ("yes", ""), "ten_oclock": ("no", ""), "basics": ("yes", ""),
        }
        await pilot.press("up", "delete")  # clear question 6
        await settle(pilot)
        assert on_disk(app)["ten_oclock"] == ("", "")
        assert "6 of 7 answered" in screen_text(app)

        await pilot.press("escape")
        await settle(pilot)
        assert app.review_closed and not isinstance(app.screen, SelfReviewScreen)


async def test_note_input_refuses_too_long_text_and_takes_any_script(store: SessionStore) -> None:
    app = make(store, solo(example_session_en()))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        await type_note(pilot, "x" * 2001)
        text = screen_text(app)
        assert "Note: at most 2,000 characters (this is 2,001)." in text
        assert note_input(app).has_focus and note_input(app).value == "x" * 2001
        assert on_disk(app)["example"] == ("", "")

        await type_note(pilot, "x" * 2000)  # exactly the limit is fine
        assert on_disk(app)["example"] == ("", "x" * 2000)
        assert "at most 2,000" not in screen_text(app)

        await pilot.press("down", "enter")
        await settle(pilot)
        await type_note(pilot, "  Klant blij 😀 · שלום עולם · [/] [bold]x  ")
        assert on_disk(app)["fight"] == ("", "Klant blij 😀 · שלום עולם · [/] [bold]x")
        assert cell(app, "fight", "note").startswith("Klant blij 😀")
        assert "[/] [bold]x" in screen_text(app)

        await pilot.press("enter")  # an empty note is allowed: it clears the note
        await settle(pilot)
        await type_note(pilot, "   ")
        assert on_disk(app)["fight"] == ("", "")


async def test_escape_in_the_note_goes_back_without_saving_and_tab_saves(store: SessionStore) -> None:
    app = make(store, solo(example_session_en()))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("enter", *"draft", "escape")
        await settle(pilot)
        assert app.screen.query_one(ReviewTable).has_focus
        assert isinstance(app.screen, SelfReviewScreen)  # Esc in the note does not close
        assert note_input(app).value == ""
        assert on_disk(app)["example"] == ("", "")

        await pilot.press("enter", *"kept", "tab")  # leaving the input saves what was typed
        await settle(pilot)
        assert on_disk(app)["example"] == ("", "kept")


async def test_the_screen_says_that_an_answer_moves_on_to_the_next_question(store: SessionStore) -> None:
    for session, says, key in ((example_session_en(), "the cursor moves on to the next question", "y"),
                               (demo_session(), "springt de cursor zelf door naar de volgende vraag", "j")):
        app = make(store, solo(session))
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            assert says in screen_text(app)
            table = app.screen.query_one(ReviewTable)
            await pilot.press(key)
            await settle(pilot)
            assert table.current_question() == "fight", "it does what it says"


async def test_the_screen_and_the_export_give_the_same_score(store: SessionStore) -> None:
    from cxworkshop.export.markdown import render_markdown

    app = make(store, solo(example_session_en()))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("y", "p", "n")
        await settle(pilot)
        text = screen_text(app)
    same = "3 of 7 answered · 1 yes · 1 partly · 1 no"
    assert f"{same} · 3 of 14 points" in text
    assert f"Score: **3 of 14 points** · {same} " in render_markdown(store.load(app.session.id))


async def test_dutch_session_uses_j_d_n_and_dutch_labels(store: SessionStore) -> None:
    app = make(store, solo(demo_session()))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        shown = {b.binding.key: b.binding.description for b in app.screen.active_bindings.values()
                 if b.binding.show}
        assert shown["j"] == "ja" and shown["d"] == "deels" and shown["n"] == "nee"
        assert shown["escape"] == "Sluiten"
        await pilot.press("j", "d", "n", "y")
        await settle(pilot)
        answers = on_disk(app)
        assert [answers[q][0] for q in ("example", "fight", "bad_profits", "persist")] == ["yes", "partly", "no", "yes"]
        text = screen_text(app)
        assert "Zelfreflectie · Klantbelofte en frustratie-uren" in text
        assert "4 van 7 beantwoord · 2 ja · 1 deels · 1 nee · 5 van 14 punten" in text
        assert "✓ ja" in text and "◐ deels" in text and "✗ nee" in text


async def test_follow_up_review_shows_last_time_next_to_now(store: SessionStore) -> None:
    old = solo(example_session_en())
    selfreview.answer(old, "example", "partly", "Only on Mondays")
    selfreview.answer(old, "impact", "no", "Warehouse never hears from customers")
    selfreview.answer(old, "basics", "yes")
    new = follow_up(old, title="Review Q2", today="2026-05-05")
    assert new.facilitation.review == []
    app = make(store, new)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        text = screen_text(app)
        assert "Last time (2026-02-05): 3 of 7 answered · 3 of 14 points" in text
        assert "Last time: ◐ partly — “Only on Mondays”" in text
        assert cell(app, "example", "then") == "◐ partly"
        assert cell(app, "impact", "then") == "✗ no"
        assert cell(app, "basics", "then") == "✓ yes"
        assert cell(app, "fight", "then") == "· –"

        await pilot.press("y")  # better than last time
        await settle(pilot)
        assert "Last time: not answered" in screen_text(app)  # question 2 now highlighted
        await pilot.press("y", "y", "y", "y")
        await settle(pilot)
        text = screen_text(app)
        assert "5 of 7 answered · 5 yes · 0 partly · 0 no · 10 of 14 points" in text
        assert "▲ 7 points more" in text
        assert on_disk(app)["example"] == ("yes", "")


async def test_follow_up_review_at_160x48_shows_the_questions_and_last_notes(store: SessionStore) -> None:
    old = solo(example_session_en())
    selfreview.answer(old, "impact", "no", "Warehouse never hears from customers")
    app = make(store, follow_up(old, today="2026-05-05"))
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(pilot)
        text = screen_text(app)
        assert "Note last time" in text
        assert "Warehouse never hears from customers" in text
        assert "Does everyone, in every department and at every level" in text


async def test_a_failed_save_changes_nothing_on_screen(store: SessionStore) -> None:
    app = make(store, solo(example_session_en()), fail=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("y")
        await settle(pilot)
        assert cell(app, "example", "answer") == "· –"
        await pilot.press("enter")
        await settle(pilot)
        await type_note(pilot, "lost?")
        assert note_input(app).has_focus and note_input(app).value == "lost?"  # kept for a retry
        assert on_disk(app)["example"] == ("", "")


async def test_detail_keeps_what_is_typed_when_the_screen_redraws(store: SessionStore) -> None:
    app = make(store, solo(example_session_en()))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("enter", *"half")
        screen = app.screen
        assert isinstance(screen, SelfReviewScreen)
        screen.refresh_view()  # as after a save made elsewhere
        await settle(pilot)
        assert note_input(app).value == "half"
        assert screen.query_one(ReviewDetail).dirty


async def test_palette_commands_run_on_the_screen(store: SessionStore) -> None:
    """Every command the screen offers (to the command palette) has an action that works."""
    app = make(store, solo(example_session_en()))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, SelfReviewScreen)
        for command in screen.commands():
            assert callable(getattr(screen, "action_" + command.action.split("(")[0])), command.id
            assert command.label_in("nl") != command.label and command.help_in("en") != command.help
        await screen.run_action("answer('no')")
        await settle(pilot)
        assert on_disk(app)["example"] == ("no", "")
        await screen.run_action("note")
        await settle(pilot)
        assert note_input(app).has_focus
