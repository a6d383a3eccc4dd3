"""Barriers step: linking frustrations, the 2×2, the edit dialog, delete, many items.

Focused Pilot tests on the PaneHarness with a real store in tmp_path (helpers shared
with test_barriers.py): each test checks the screen and the session file.
"""

from __future__ import annotations

from textual.widgets import Input, Select, SelectionList

from cxworkshop.domain.barriers import freed_hours
from cxworkshop.domain.frustration import frustration_hours
from cxworkshop.domain.models import Action, Barrier, Frustration
from cxworkshop.store import SessionStore
from cxworkshop.tui.dialogs.barrier_edit import BarrierEditDialog
from cxworkshop.tui.dialogs.barrier_links import BarrierLinksDialog
from cxworkshop.tui.dialogs.confirm import ConfirmDialog
from cxworkshop.tui.widgets.field import FieldError
from tests.tui.test_barriers import cell, column, focus_table, make, session_with, table


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


async def test_typing_in_the_link_list_filters_at_once_and_space_still_toggles(store: SessionStore) -> None:
    frustrations = [Frustration(f"Frustration {i}", id=f"f{i}") for i in range(5)]
    frustrations.append(Frustration("Printer jams", id="fp"))
    app = make(store, session_with(Barrier("B", id="b1"), frustrations=frustrations))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await focus_table(app, pilot)
        await pilot.press("l")
        await pilot.pause()
        dialog = app.screen
        selections = dialog.query_one(SelectionList)
        field = dialog.query_one("#links-filter", Input)
        assert str(dialog.query_one("#links-keys").content) == (
            "Space (un)links · Backspace removes one letter · Esc closes")
        await pilot.press("P", "r", "i")  # no "/" first
        await pilot.pause()
        assert field.value == "Pri" and selections.option_count == 1
        assert app.focused is selections, "the list keeps the focus"
        await pilot.press("space")
        await pilot.pause()
        assert selections.selected == ["fp"] and field.value == "Pri"
        await pilot.press("backspace", "backspace", "backspace")
        await pilot.pause()
        assert field.value == "" and selections.option_count == 6
        await pilot.press("down", "enter")  # arrows move, Enter toggles the second row
        await pilot.pause()
        assert len(selections.selected) == 2
        await pilot.press("slash")  # / still opens the filter line, where spaces are text
        await pilot.pause()
        assert app.focused is field
        await pilot.press("j", "a", "m", "s")
        await pilot.pause()
        assert field.value == "jams" and selections.option_count == 1
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, BarrierLinksDialog)
    linked = store.load("ws").barrier("b1").frustration_ids
    assert "fp" in linked and len(linked) == 2


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
        assert lines["quick_win"][0].startswith("B1 Quick one") and lines["quick_win"][0].endswith("100 h")
        assert lines["big_bet"][0].startswith("B2 Huge project")
        assert lines["fill_in"][0].startswith("B3 Small fix")
        assert lines["money_pit"][0].startswith("B4 Expensive nothing")
        assert matrix.boxes["quick_win"].border_title == "Quick win · 1 · 100 h"
        selected = matrix.boxes["quick_win"].lines(60, 10)[0]
        assert any("reverse" in str(span.style) for span in selected.spans), "the selection stands out"
        await pilot.press("down", "i", "i", "i", "E", "E", "E", "E")  # the big bet becomes a quick win
        await pilot.pause()
        assert [r.text for r in matrix.boxes["quick_win"].rows] == ["Quick one", "Huge project"]
        await pilot.press("enter")  # Enter in the 2×2 edits the selected barrier too
        await pilot.pause()
        assert isinstance(app.screen, BarrierEditDialog)
        assert app.screen.query_one("#text", Input).value == "Huge project"
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("m")
        await pilot.pause()
        assert app.focused is table(app) and table(app).selected_id == "b"
        assert column(app, "text")[:2] == ["Quick one", "Huge project"], "the hidden table caught up"
        assert cell(app, "b", "quadrant") == "Quick win"
    assert store.load("ws").barrier("b").effort == 1


async def test_matrix_box_counts_a_frustration_shared_by_its_barriers_once(store: SessionStore) -> None:
    session = session_with(
        Barrier("Old CRM", impact=5, effort=1, votes=2, frustration_ids=["f1"], id="q1"),
        Barrier("No customer view", impact=5, effort=2, votes=1, frustration_ids=["f1", "f2"], id="q2"),
        frustrations=[Frustration("Searching", occurrences=3, minutes=10, id="f1"),  # 100 h
                      Frustration("Retyping", occurrences=1, minutes=6, id="f2")],  # 20 h
    )
    app = make(store, session)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        boxes = app.pane.matrix.boxes
        assert boxes["quick_win"].border_title == "Quick win · 2 · 120 h", "f1 once, not twice"
        assert [line.plain[-5:] for line in boxes["quick_win"].lines(40, 5)] == ["100 h", "120 h"]
        await focus_table(app, pilot)
        table(app).select("q2")
        await pilot.press("e", "e", "e")  # q2 becomes a big bet and takes its hours along
        await pilot.pause()
        assert boxes["quick_win"].border_title == "Quick win · 1 · 100 h"
        assert boxes["big_bet"].border_title == "Big bet · 1 · 120 h"


async def test_wide_screen_shows_table_and_matrix_together(store: SessionStore) -> None:
    app = make(store, session_with(Barrier("A", impact=5, effort=1)))
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.pause()
        assert table(app).display and app.pane.matrix.display
        assert [c.key.value for c in table(app).columns.values()][:5] == ["rank", "ref", "text", "category", "department"]
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
