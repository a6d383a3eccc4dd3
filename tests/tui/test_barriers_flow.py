"""Barriers and Actions together in the real app: what one step saves, the other shows."""

from __future__ import annotations

from cxworkshop.domain.demo import demo_session
from cxworkshop.domain.frustration import frustration_hours
from cxworkshop.store import SessionStore
from cxworkshop.tui.app import make_app
from cxworkshop.tui.dialogs.action_edit import ActionEditDialog
from cxworkshop.tui.dialogs.barrier_links import BarrierLinksDialog
from cxworkshop.tui.steps.actions import ActionsPane
from cxworkshop.tui.steps.barriers import BarriersPane
from cxworkshop.tui.widgets.action_table import ActionTable
from cxworkshop.tui.widgets.barrier_table import BarrierTable


async def type_text(pilot, text: str) -> None:  # type: ignore[no-untyped-def]
    await pilot.press(*[c if c != " " else "space" for c in text])


async def test_a_new_barrier_voted_to_the_top_leads_the_action_plan(store: SessionStore) -> None:
    store.create(demo_session())
    app = make_app(store, "demo")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("f6")  # the plan is built first, then hidden while barriers change
        await pilot.pause()
        await pilot.press("f5")
        await pilot.pause()
        pane = app.screen.query_one(BarriersPane)
        assert app.focused is pane.query_one("#barrier-text"), "the step opens on its input line"
        await type_text(pilot, "Geen headsets")
        await pilot.press("enter")
        await pilot.pause()
        barrier = next(b for b in store.load("demo").barriers if b.text == "Geen headsets")
        table = pane.query_one(BarrierTable)
        assert table.selected_id == barrier.id, "the new barrier is selected"
        await pilot.press("down")  # from the input line to the table
        await pilot.press(*["plus"] * 7, "l")
        await pilot.pause()
        assert isinstance(app.screen, BarrierLinksDialog)
        await pilot.press("space", "escape")  # link the biggest frustration (640 hours)
        await pilot.pause()
        assert table.selected_id == barrier.id and table.cursor_row == 0, "7 votes: first"
        assert table.get_cell(barrier.id, "hours").plain == "640 u"

        await pilot.press("f6")
        await pilot.pause()
        plan = app.screen.query_one(ActionsPane)
        actions = plan.query_one(ActionTable)
        first = actions.ordered_rows[0].key.value
        assert first == f"barrier:{barrier.id}"
        assert actions.get_cell(first, "what").plain == "B8 · Geen headsets", "the plan's number: the eighth barrier entered"
        actions.focus()
        actions.select(first)
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, ActionEditDialog)
        await type_text(pilot, "Headsets bestellen")
        await pilot.press("enter")
        await pilot.pause()
        assert actions.ordered_rows[1].key.value.startswith("action:")

    saved = store.load("demo")
    stored = saved.barrier(barrier.id)
    assert stored is not None and stored.votes == 7
    assert stored.frustration_ids == ["f01"]
    assert frustration_hours(saved.frustration("f01"), 200) == 640
    action = next(a for a in saved.actions if a.what == "Headsets bestellen")
    assert action.barrier_id == barrier.id and action.status == "open"


async def test_barriers_and_actions_show_the_plans_barrier_numbers(store: SessionStore) -> None:
    """A barrier entered seventh but ranked fifth is B7 in the table (next to its rank 5),
    in the 2×2 and in the Actions step, as the plan calls it."""
    from cxworkshop.domain.barriers import ranked
    from cxworkshop.export.markdown import render_markdown

    session = demo_session()
    store.create(session)
    row = next(r for r in ranked(session) if session.barriers.index(r.barrier) + 1 != r.rank)
    ref, text = f"B{session.barriers.index(row.barrier) + 1}", row.barrier.text
    plan = render_markdown(session)
    assert f"| {ref} | {text} |" in plan, "the plan's barrier table"
    app = make_app(store, "demo")
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.press("f5")
        await pilot.pause()
        pane = app.screen.query_one(BarriersPane)
        table = pane.query_one(BarrierTable)
        assert table.get_cell(row.barrier.id, "rank").plain == str(row.rank) != ref[1:]
        assert table.get_cell(row.barrier.id, "ref").plain == ref
        table.focus()
        table.select(row.barrier.id)
        await pilot.pause()
        detail = str(pane.query_one("#barriers-detail").render())
        assert detail.startswith(f"{ref} · {text}\n"), "the line under the table names it too"
        box = pane.matrix.boxes[row.quadrant]
        assert any(line.plain.startswith(f"{ref} {text}") for line in box.lines(200, 20))
        await pilot.press("f6")
        await pilot.pause()
        actions = app.screen.query_one(ActionsPane).query_one(ActionTable)
        assert actions.get_cell(f"barrier:{row.barrier.id}", "what").plain == f"{ref} · {text}"
        actions.focus()
        actions.select(f"barrier:{row.barrier.id}")
        await pilot.pause()
        detail = str(app.screen.query_one(ActionsPane).query_one("#actions-detail").render())
        assert detail.startswith(f"{ref} · {text}\n"), "the line under the Actions table too"
