"""Barriers step: quick entry, bad input, scores and votes by key, order and cursor.

Focused Pilot tests on the PaneHarness with a real store in tmp_path: every test checks
what the screen shows (table cells, the 2×2, messages) and what the session file holds.
"""

from __future__ import annotations

from textual.widgets import Input, Select

from cxworkshop.domain.models import Barrier, Frustration, Meta, Session
from cxworkshop.store import SessionStore
from cxworkshop.tui.steps.barriers import BarriersPane
from cxworkshop.tui.widgets.barrier_table import BarrierTable
from cxworkshop.tui.widgets.field import FieldError
from tests.tui.harness import PaneHarness


def make(store: SessionStore, session: Session) -> PaneHarness:
    store.create(session)
    return PaneHarness(store, session.id, BarriersPane)


def session_with(*barriers: Barrier, frustrations: list[Frustration] | None = None,
                 lang: str = "en", mode: str = "team") -> Session:
    return Session(id="ws", meta=Meta(title="Workshop", language=lang, mode=mode),
                   barriers=list(barriers), frustrations=frustrations or [])


def table(app: PaneHarness) -> BarrierTable:
    return app.pane.query_one(BarrierTable)


def column(app: PaneHarness, key: str) -> list[str]:
    """The plain text of one column, top to bottom."""
    t = table(app)
    return [t.get_cell(row.key, key).plain for row in t.ordered_rows]


def cell(app: PaneHarness, barrier_id: str, key: str) -> str:
    return table(app).get_cell(barrier_id, key).plain


def entry_error(app: PaneHarness) -> str:
    error = app.pane.query_one("#barrier-entry-error", FieldError)
    return str(error.content) if error.has_class("-visible") else ""


async def type_text(pilot, text: str) -> None:  # type: ignore[no-untyped-def]
    await pilot.press(*[c if c != " " else "space" for c in text])


async def focus_table(app: PaneHarness, pilot) -> None:  # type: ignore[no-untyped-def]
    table(app).focus()
    await pilot.pause()


# -- quick entry ---------------------------------------------------------------------
async def test_typing_a_barrier_and_enter_adds_it_with_defaults_and_keeps_the_input(store: SessionStore) -> None:
    app = make(store, session_with())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        text_input = app.pane.query_one("#barrier-text", Input)
        assert app.focused is text_input
        await type_text(pilot, "No refunds without approval")
        await pilot.press("enter")
        await type_text(pilot, "Slow laptops")
        await pilot.press("enter")
        await pilot.pause()
        assert app.focused is text_input and text_input.value == ""
        assert sorted(column(app, "text")) == ["No refunds without approval", "Slow laptops"]
        assert column(app, "quadrant") == ["Fill-in", "Fill-in"]
    saved = store.load("ws").barriers
    assert [b.text for b in saved] == ["No refunds without approval", "Slow laptops"]
    assert all((b.category, b.department, b.impact, b.effort, b.votes) == ("process", "", 3, 3, 0)
               for b in saved)


async def test_category_and_department_from_the_entry_line_are_saved(store: SessionStore) -> None:
    app = make(store, session_with())
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        app.pane.query_one("#barrier-category", Select).value = "systems"
        department = app.pane.query_one("#barrier-department", Input)
        department.focus()
        await type_text(pilot, "IT")
        app.pane.query_one("#barrier-text", Input).value = "Three logins to see one customer"
        await pilot.press("enter")  # Enter in the department field adds too
        await pilot.pause()
        assert app.focused is app.pane.query_one("#barrier-text", Input)
        assert column(app, "category") == ["systems / IT"]
        assert column(app, "department") == ["IT"]
    barrier = store.load("ws").barriers[0]
    assert (barrier.text, barrier.category, barrier.department) == ("Three logins to see one customer", "systems", "IT")


async def test_empty_and_too_long_text_show_a_message_and_save_nothing(store: SessionStore) -> None:
    app = make(store, session_with())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        text_input = app.pane.query_one("#barrier-text", Input)
        await type_text(pilot, "   ")
        await pilot.press("enter")
        await pilot.pause()
        assert entry_error(app) == "Text: cannot be empty."
        text_input.value = "x" * 2001
        await pilot.press("enter")
        await pilot.pause()
        assert entry_error(app) == "Text: at most 2,000 characters (this is 2,001)."
        assert text_input.value == "x" * 2001, "the typed text is kept so it can be shortened"
        text_input.value = "x" * 2000
        await pilot.press("enter")
        await pilot.pause()
        assert entry_error(app) == ""
    assert [len(b.text) for b in store.load("ws").barriers] == [2000]


async def test_emoji_and_right_to_left_text_are_saved_and_shown_unchanged(store: SessionStore) -> None:
    app = make(store, session_with())
    texts = ["Koffie ☕ is op 🙈", "لا يوجد نظام واحد للعملاء", "[b]not markup[/b]"]
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        text_input = app.pane.query_one("#barrier-text", Input)
        for text in texts:
            text_input.value = text
            await pilot.press("enter")
            await pilot.pause()
        assert sorted(column(app, "text")) == sorted(texts)
    assert sorted(b.text for b in store.load("ws").barriers) == sorted(texts)


async def test_dutch_session_asks_the_leaders_question_in_dutch_and_solo_for_one_person(store: SessionStore) -> None:
    app = make(store, session_with(Barrier("Te veel formulieren"), lang="nl"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        question = str(app.pane.query_one("#barriers-question").content)
        assert question == "Wat heb je van mij nodig om onze klanten beter te helpen?"
        assert "Stem" in [c.label.plain for c in table(app).columns.values()]
    solo = SessionStore(store.folder / "solo")
    app = make(solo, session_with(Barrier("Te weinig tijd"), mode="solo"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        question = str(app.pane.query_one("#barriers-question").content)
        assert question.startswith("What do I need to serve my customers better")
        assert "votes" not in [c.key.value for c in table(app).columns.values()]
        await focus_table(app, pilot)
        await pilot.press("plus")
        await pilot.pause()
    assert solo.load("ws").barriers[0].votes == 0, "no voting alone"


# -- scores, order, votes ------------------------------------------------------------
async def test_score_keys_move_the_barrier_to_its_quadrant_and_the_cursor_follows(store: SessionStore) -> None:
    session = session_with(
        Barrier("Old printer", impact=2, effort=4, id="b1"),
        Barrier("Approval for every refund", id="b2"),
        Barrier("Manual copy of work orders", id="b3"),
    )
    app = make(store, session)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert column(app, "text")[2] == "Old printer"
        await focus_table(app, pilot)
        table(app).select("b3")
        await pilot.press("i", "E", "E")
        await pilot.pause()
        assert table(app).selected_id == "b3" and table(app).cursor_row == 0
        assert column(app, "text")[0] == "Manual copy of work orders"
        assert (cell(app, "b3", "impact"), cell(app, "b3", "effort"), cell(app, "b3", "quadrant")) == ("4", "1", "Quick win")
        await pilot.press("i", "i", "i")  # 5 is the top; extra presses change nothing
        await pilot.press("e", "e", "e", "e")
        await pilot.pause()
        assert cell(app, "b3", "quadrant") == "Big bet"
    b3 = store.load("ws").barrier("b3")
    assert (b3.impact, b3.effort) == (5, 5)


async def test_votes_go_up_and_down_but_never_below_zero(store: SessionStore) -> None:
    app = make(store, session_with(Barrier("A", id="b1"), Barrier("B", id="b2")))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await focus_table(app, pilot)
        table(app).select("b2")
        await pilot.press("plus", "plus", "plus", "minus")
        await pilot.pause()
        assert column(app, "text") == ["B", "A"], "most votes first"
        assert cell(app, "b2", "votes") == "2"
        table(app).select("b1")
        await pilot.press("minus")
        await pilot.pause()
    saved = store.load("ws")
    assert (saved.barrier("b1").votes, saved.barrier("b2").votes) == (0, 2)


async def test_score_keys_do_not_fire_while_typing(store: SessionStore) -> None:
    app = make(store, session_with(Barrier("A", id="b1")))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await type_text(pilot, "ie+-dlm")
        await pilot.pause()
        assert app.pane.query_one("#barrier-text", Input).value == "ie+-dlm"
    barrier = store.load("ws").barrier("b1")
    assert (barrier.impact, barrier.effort, barrier.votes) == (3, 3, 0)


async def test_fast_key_presses_all_count_even_before_the_screen_catches_up(store: SessionStore) -> None:
    """Two presses handled before the first save comes back (a held key) still add two."""
    app = make(store, session_with(Barrier("A", category="time", id="b1")))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await focus_table(app, pilot)
        pane = app.pane
        pane.action_impact(1)
        pane.action_impact(1)  # the pane still shows impact 3 here
        pane.action_effort(-1)
        pane.action_effort(-1)
        pane.action_category()
        pane.action_category()
        await pilot.pause()
        assert cell(app, "b1", "impact") == "5" and cell(app, "b1", "effort") == "1"
    barrier = store.load("ws").barrier("b1")
    assert (barrier.impact, barrier.effort, barrier.category) == (5, 1, "other")
