"""Promise step, drafts: live checks while typing, votes, choosing, editing, deleting, solo."""

from __future__ import annotations

from cxworkshop.domain.models import Draft, Meta, Note, Promise, Session
from cxworkshop.store import SessionStore
from cxworkshop.tui.dialogs.confirm import ConfirmDialog
from cxworkshop.tui.dialogs.promise_edit import DraftEditDialog
from cxworkshop.tui.steps.promise import PromisePane
from tests.tui.harness import PaneHarness

GOOD = "You always know what you pay and why."
INWARD = "We are the best supplier."


def session_with(drafts: list[Draft], *, mode: str = "team", chosen: str | None = None) -> Session:
    notes = [Note("bewijs", "Every invoice is checked by a person.", id="n1")]
    return Session(
        id="ws",
        meta=Meta(title="Workshop", language="en", mode=mode),
        promise=Promise(notes=notes, drafts=drafts, chosen_draft_id=chosen),
    )


def make(store: SessionStore, session: Session) -> PaneHarness:
    store.create(session)
    return PaneHarness(store, session.id, PromisePane)


def checks_text(app: PaneHarness) -> str:
    return str(app.pane.drafts.checks.content)


def cell(app: PaneHarness, draft_id: str, column: str) -> str:
    return app.pane.drafts.table.get_cell(draft_id, column).plain


async def type_text(pilot, text: str) -> None:
    await pilot.press(*[c if c != " " else "space" for c in text])


async def open_drafts(app: PaneHarness, pilot) -> None:
    """Show the drafts section and wait until the cursor is in the draft input."""
    await pilot.pause()
    app.pane.show_section("drafts")
    for _ in range(100):
        if app.focused is app.pane.drafts.text_input:
            return
        await pilot.pause()
    raise AssertionError(f"the cursor never reached the draft input (it is on {app.focused})")


async def test_checks_change_live_while_typing_a_new_draft(store: SessionStore) -> None:
    app = make(store, session_with([]))
    async with app.run_test(size=(80, 24)) as pilot:
        await open_drafts(app, pilot)
        assert "Type a draft" in checks_text(app)
        await type_text(pilot, "We are great")
        await pilot.pause()
        text = checks_text(app)
        assert "Checks on what you are typing" in text
        assert "✗ Customer's language" in text and '"you" 0× against "we" 1×' in text
        assert "✓ Short" in text and "✓ Provable" in text
        await type_text(pilot, " for you")
        await pilot.pause()
        text = checks_text(app)
        assert "✗ Customer's language" in text, "one you against one we is not yet enough"
        await type_text(pilot, " and your family")
        await pilot.pause()
        text = checks_text(app)
        assert "✓ Short · ✓ Customer's language · ✓ No empty slogans · ✓ Provable" in text
        assert "4 of 4 checks pass" in text
        await pilot.press("enter")
        await pilot.pause()
        assert app.pane.drafts.text_input.value == ""
        assert app.focused is app.pane.drafts.text_input
    drafts = store.load("ws").promise.drafts
    assert [(d.text, d.votes) for d in drafts] == [("We are great for you and your family", 0)]
    assert drafts[0].id in app.pane.drafts._rows


async def test_author_is_saved_and_bad_input_saves_nothing(store: SessionStore) -> None:
    app = make(store, session_with([]))
    async with app.run_test(size=(80, 24)) as pilot:
        await open_drafts(app, pilot)
        panel = app.pane.drafts
        await pilot.press("enter")
        await pilot.pause()
        assert "Text: cannot be empty." in str(panel.error.content)
        panel.text_input.value = "y" * 2001
        await pilot.press("enter")
        await pilot.pause()
        assert "at most 2,000 characters" in str(panel.error.content)
        panel.text_input.value = "Je krijgt altijd antwoord 😀 — نحن"
        panel.author_input.value = "Zoë 🙂"
        await pilot.press("enter")
        await pilot.pause()
        assert str(panel.error.content) == ""
        assert cell(app, panel.table.current_id(), "author") == "Zoë 🙂"
    drafts = store.load("ws").promise.drafts
    assert [(d.text, d.author) for d in drafts] == [("Je krijgt altijd antwoord 😀 — نحن", "Zoë 🙂")]


async def test_selected_draft_shows_its_checks_and_marks(store: SessionStore) -> None:
    app = make(store, session_with([Draft(GOOD, "Ann", id="d1"), Draft(INWARD, "Bob", id="d2")]))
    async with app.run_test(size=(80, 24)) as pilot:
        await open_drafts(app, pilot)
        assert cell(app, "d1", "checks") == "✓✓✓✓"
        assert cell(app, "d2", "checks") == "✓✗✓✓"
        app.pane.drafts.table.focus()
        await pilot.press("down")
        await pilot.pause()
        text = checks_text(app)
        assert "Checks on the selected draft" in text
        assert "✗ Customer's language: Talks about us more than to the customer" in text


async def test_plus_and_minus_vote_on_the_highlighted_draft(store: SessionStore) -> None:
    app = make(store, session_with([Draft(GOOD, id="d1"), Draft(INWARD, votes=1, id="d2")]))
    async with app.run_test(size=(80, 24)) as pilot:
        await open_drafts(app, pilot)
        app.pane.drafts.table.focus()
        await pilot.press("plus", "plus", "plus", "minus")
        await pilot.pause()
        assert cell(app, "d1", "votes") == "2"
        await pilot.press("down", "minus", "minus", "minus")  # never below zero
        await pilot.pause()
        assert cell(app, "d2", "votes") == "0"
    assert [d.votes for d in store.load("ws").promise.drafts] == [2, 0]


async def test_typing_plus_in_the_input_types_instead_of_voting(store: SessionStore) -> None:
    app = make(store, session_with([Draft(GOOD, id="d1")]))
    async with app.run_test(size=(80, 24)) as pilot:
        await open_drafts(app, pilot)
        await pilot.press("plus", "minus", "c", "d")
        await pilot.pause()
        assert app.pane.drafts.text_input.value == "+-cd"
    saved = store.load("ws").promise
    assert (saved.drafts[0].votes, saved.chosen_draft_id) == (0, None)


async def test_choosing_a_draft_shows_it_large_and_saves_it(store: SessionStore) -> None:
    app = make(store, session_with([Draft(INWARD, id="d1"), Draft(GOOD, id="d2")]))
    async with app.run_test(size=(80, 24)) as pilot:
        await open_drafts(app, pilot)
        banner = app.pane.banner
        assert banner.has_class("-empty") and "No promise chosen yet" in str(banner.content)
        app.pane.drafts.table.focus()
        await pilot.press("down", "c")
        await pilot.pause()
        assert str(banner.content) == GOOD
        assert not banner.has_class("-empty")
        assert banner.border_title == "Our customer promise"
        assert banner.styles.text_style.bold
        assert cell(app, "d2", "chosen") == "★" and cell(app, "d1", "chosen") == ""
        assert store.load("ws").promise.chosen_draft_id == "d2"
        await pilot.press("c")  # choosing the chosen one again takes the choice back
        await pilot.pause()
        assert banner.has_class("-empty")
    assert store.load("ws").promise.chosen_draft_id is None


async def test_edit_a_draft_shows_checks_live_and_saves(store: SessionStore) -> None:
    app = make(store, session_with([Draft(INWARD, "Bob", id="d1")], chosen="d1"))
    async with app.run_test(size=(80, 24)) as pilot:
        await open_drafts(app, pilot)
        app.pane.drafts.table.focus()
        await pilot.press("e")  # e is effort (Barriers), never edit
        await pilot.pause()
        assert not isinstance(app.screen, DraftEditDialog)
        await pilot.press("enter")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, DraftEditDialog)
        assert "✗ Customer's language" in str(dialog.checks.content)
        dialog.text_input.value = GOOD
        await pilot.pause()
        assert "4 of 4 checks pass" in str(dialog.checks.content)
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, DraftEditDialog)
        assert str(app.pane.banner.content) == GOOD, "the chosen promise follows the edit"
        assert cell(app, "d1", "checks") == "✓✓✓✓"
    assert [(d.text, d.author) for d in store.load("ws").promise.drafts] == [(GOOD, "Bob")]


async def test_delete_a_draft_asks_first_and_clears_the_choice(store: SessionStore) -> None:
    app = make(store, session_with([Draft(GOOD, id="d1"), Draft(INWARD, id="d2")], chosen="d1"))
    async with app.run_test(size=(80, 24)) as pilot:
        await open_drafts(app, pilot)
        app.pane.drafts.table.focus()
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("escape")
        await pilot.pause()
        assert app.pane.drafts.table.row_count == 2
        await pilot.press("delete", "y")
        await pilot.pause()
        assert app.pane.drafts.table.row_count == 1
        assert app.pane.banner.has_class("-empty")
    saved = store.load("ws").promise
    assert ([d.id for d in saved.drafts], saved.chosen_draft_id) == (["d2"], None)


async def test_solo_mode_hides_votes_and_authors(store: SessionStore) -> None:
    app = make(store, session_with([Draft(GOOD, "Ann", votes=3, id="d1")], mode="solo"))
    async with app.run_test(size=(80, 24)) as pilot:
        await open_drafts(app, pilot)
        table = app.pane.drafts.table
        columns = [str(c.key.value) for c in table.ordered_columns]
        assert columns == ["chosen", "checks", "text"]
        assert app.pane.drafts.author_input.region.width == 0
        assert "+/-" not in app.pane.drafts.border_subtitle
        assert app.pane.banner.border_title == "My customer promise"
        table.focus()
        await pilot.press("plus")
        await pilot.pause()
        footer_keys = {b.binding.key for b in app.screen.active_bindings.values() if b.enabled}
        assert "plus" not in footer_keys
    assert store.load("ws").promise.drafts[0].votes == 3


async def test_editing_in_solo_mode_keeps_an_author_from_before(store: SessionStore) -> None:
    app = make(store, session_with([Draft(INWARD, "Ann", id="d1")], mode="solo"))
    async with app.run_test(size=(80, 24)) as pilot:
        await open_drafts(app, pilot)
        app.pane.drafts.table.focus()
        await pilot.press("enter")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, DraftEditDialog)
        assert dialog.author_field.region.height == 0, "no author field in solo mode"
        dialog.text_input.value = GOOD
        await pilot.press("enter")
        await pilot.pause()
    assert [(d.text, d.author) for d in store.load("ws").promise.drafts] == [(GOOD, "Ann")]
