"""Barriers step: quick entry, scores and votes by key, links, edit, delete, bad input.

Focused Pilot tests on the PaneHarness with a real store in tmp_path: every test checks
what the screen shows (table cells, the 2×2, messages) and what the session file holds.
"""

from __future__ import annotations

from textual.widgets import Input, Select, SelectionList

from cxworkshop.domain.barriers import freed_hours
from cxworkshop.domain.frustration import frustration_hours
from cxworkshop.domain.models import Barrier, Frustration, Meta, Session
from cxworkshop.store import SessionStore
from cxworkshop.tui.dialogs.barrier_edit import BarrierEditDialog
from cxworkshop.tui.dialogs.barrier_links import BarrierLinksDialog
from cxworkshop.tui.dialogs.confirm import ConfirmDialog
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
    app = make(store, session_with(lang="nl"))
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


# -- links ---------------------------------------------------------------------------
async def test_linking_two_frustrations_shows_their_hours_as_freed(store: SessionStore) -> None:
    frustrations = [
        Frustration("Searching three systems", occurrences=8, minutes=4, people=6, id="f1"),
        Frustration("Retyping work orders", occurrences=1, minutes=20, people=9, id="f2"),
        Frustration("Small one", occurrences=1, minutes=1, id="f3"),
    ]
    app = make(store, session_with(Barrier("Scattered customer view", id="b1"), frustrations=frustrations))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await focus_table(app, pilot)
        await pilot.press("l")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, BarrierLinksDialog)
        assert app.focused is dialog.query_one(SelectionList)
        await pilot.press("space", "down", "space")  # the two biggest come first
        await pilot.pause()
        assert str(dialog.query_one("#links-total").content) == (
            "Linked: 2 · removing this barrier frees 1,240 h a year")
        await pilot.press("escape")
        await pilot.pause()
        assert cell(app, "b1", "links") == "2"
        assert cell(app, "b1", "hours") == "1,240 h"
    saved = store.load("ws")
    barrier = saved.barrier("b1")
    assert sorted(barrier.frustration_ids) == ["f1", "f2"]
    expected = frustration_hours(frustrations[0], 200) + frustration_hours(frustrations[1], 200)
    assert freed_hours(saved, barrier) == expected == 1240


async def test_unlinking_in_the_dialog_and_filtering_the_list(store: SessionStore) -> None:
    frustrations = [Frustration(f"Frustration {i}", id=f"f{i}") for i in range(5)]
    frustrations.append(Frustration("Printer jams", id="fp"))
    app = make(store, session_with(Barrier("B", frustration_ids=["fp"], id="b1"), frustrations=frustrations))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await focus_table(app, pilot)
        await pilot.press("l")
        await pilot.pause()
        dialog = app.screen
        selections = dialog.query_one(SelectionList)
        assert selections.selected == ["fp"]
        dialog.query_one("#links-filter", Input).value = "printer"
        await pilot.pause()
        assert selections.option_count == 1
        selections.focus()
        await pilot.press("space")
        await pilot.pause()
        assert selections.selected == []
        await pilot.press("escape")
        await pilot.pause()
        assert cell(app, "b1", "links") == "0"
    assert store.load("ws").barrier("b1").frustration_ids == []


# -- 2x2 -----------------------------------------------------------------------------
async def test_matrix_key_shows_each_barrier_in_its_quadrant_with_hours(store: SessionStore) -> None:
    session = session_with(
        Barrier("Quick one", impact=5, effort=1, frustration_ids=["f1"], id="q"),
        Barrier("Huge project", impact=5, effort=5, id="b"),
        Barrier("Small fix", impact=2, effort=2, id="f"),
        Barrier("Expensive nothing", impact=1, effort=5, id="m"),
        frustrations=[Frustration("x", occurrences=3, minutes=10, id="f1")],
    )
    app = make(store, session)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        matrix = app.pane.matrix
        assert not matrix.display
        await focus_table(app, pilot)
        await pilot.press("m")
        await pilot.pause()
        assert matrix.display and not table(app).display
        assert app.focused is matrix
        lines = {q: [line.plain for line in box.lines(60, 10)] for q, box in matrix.boxes.items()}
        assert lines["quick_win"][0].startswith("1. Quick one") and lines["quick_win"][0].endswith("100 h")
        assert lines["big_bet"][0].startswith("2. Huge project")
        assert lines["fill_in"][0].startswith("3. Small fix")
        assert lines["money_pit"][0].startswith("4. Expensive nothing")
        assert matrix.boxes["quick_win"].border_title == "Quick win · 1 · 100 h"
        await pilot.press("down", "i", "i", "i", "E", "E", "E", "E")  # the big bet becomes a quick win
        await pilot.pause()
        assert [r.text for r in matrix.boxes["quick_win"].rows] == ["Quick one", "Huge project"]
        await pilot.press("m")
        await pilot.pause()
        assert app.focused is table(app) and table(app).selected_id == "b"
    assert store.load("ws").barrier("b").effort == 1


async def test_wide_screen_shows_table_and_matrix_together(store: SessionStore) -> None:
    app = make(store, session_with(Barrier("A", impact=5, effort=1)))
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.pause()
        assert table(app).display and app.pane.matrix.display
        assert [c.key.value for c in table(app).columns.values()][:4] == ["rank", "text", "category", "department"]
        await focus_table(app, pilot)
        assert app.pane.check_action("matrix", ()) is False, "no toggle needed when both show"


# -- edit and delete -----------------------------------------------------------------
async def test_edit_dialog_validates_in_place_and_saves_the_changes(store: SessionStore) -> None:
    app = make(store, session_with(Barrier("Old text", id="b1")))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await focus_table(app, pilot)
        await pilot.press("enter")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, BarrierEditDialog)
        dialog.query_one("#text", Input).value = "New text"
        dialog.query_one("#impact", Input).value = "9"
        dialog.query_one("#effort", Input).value = "abc"
        dialog.query_one("#votes", Input).value = "-1"
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is dialog, "invalid input keeps the dialog open"
        errors = [str(e.content) for e in dialog.query(FieldError) if e.has_class("-visible")]
        assert errors == ["Impact: must be between 1 and 5.", 'Effort: "abc" is not a number.',
                          "Votes: must be between 0 and 10,000."]
        assert store.load("ws").barrier("b1").text == "Old text"
        dialog.query_one("#impact", Input).value = "5"
        dialog.query_one("#effort", Input).value = "2"
        dialog.query_one("#votes", Input).value = "3"
        dialog.query_one("#department", Input).value = "Billing"
        dialog.query_one("#category", Select).value = "rules"
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is not dialog
        assert cell(app, "b1", "text") == "New text" and cell(app, "b1", "quadrant") == "Quick win"
    b = store.load("ws").barrier("b1")
    assert (b.text, b.category, b.department, b.impact, b.effort, b.votes) == (
        "New text", "rules", "Billing", 5, 2, 3)


async def test_escape_in_the_edit_dialog_changes_nothing(store: SessionStore) -> None:
    app = make(store, session_with(Barrier("Keep me", id="b1")))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await focus_table(app, pilot)
        await pilot.press("enter")
        await pilot.pause()
        app.screen.query_one("#text", Input).value = ""
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, BarrierEditDialog)
    saved = store.load("ws")
    assert saved.barrier("b1").text == "Keep me" and saved.revision == 1


async def test_delete_asks_first_and_keeps_the_actions_without_a_barrier(store: SessionStore) -> None:
    from cxworkshop.domain.models import Action

    session = session_with(Barrier("Keep", id="b1"), Barrier("Remove", votes=1, id="b2"))
    session.actions = [Action("Talk to IT", barrier_id="b2", id="a1")]
    app = make(store, session)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await focus_table(app, pilot)
        table(app).select("b2")
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("n")
        await pilot.pause()
        assert column(app, "text") == ["Remove", "Keep"]
        await pilot.press("delete")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert column(app, "text") == ["Keep"]
        assert table(app).selected_id == "b1"
    saved = store.load("ws")
    assert [b.id for b in saved.barriers] == ["b1"]
    assert saved.action("a1").barrier_id is None


async def test_category_key_cycles_the_category(store: SessionStore) -> None:
    app = make(store, session_with(Barrier("A", category="other", id="b1")))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await focus_table(app, pilot)
        await pilot.press("c")
        await pilot.pause()
    assert store.load("ws").barrier("b1").category == "process"


async def test_a_thousand_barriers_and_frustrations_load_and_respond(store: SessionStore) -> None:
    frustrations = [Frustration(f"Frustration {i}", id=f"f{i:04}") for i in range(1000)]
    barriers = [Barrier(f"Barrier {i}", frustration_ids=[f"f{i:04}"], id=f"b{i:04}") for i in range(1000)]
    app = make(store, session_with(*barriers, frustrations=frustrations))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert table(app).row_count == 1000
        await focus_table(app, pilot)
        table(app).select("b0500")
        await pilot.press("i", "i")
        await pilot.pause()
        assert table(app).selected_id == "b0500" and table(app).cursor_row == 0
        await pilot.press("l")
        await pilot.pause()
        assert app.screen.query_one(SelectionList).option_count == 1000
    assert store.load("ws").barrier("b0500").impact == 5
