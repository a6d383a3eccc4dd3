"""The Plan step stays responsive: a light document (no widget per table cell or list
item) that fills in part by part, keys handled meanwhile, only changed parts rebuilt."""

from __future__ import annotations

import asyncio
from time import monotonic

import pytest
from textual.app import App, ComposeResult
from textual.widgets.markdown import MarkdownBlock

from cxworkshop.domain.barriers import priority_order
from cxworkshop.domain.demo import example_session_en
from cxworkshop.domain.models import Action
from cxworkshop.export.markdown import render_markdown
from cxworkshop.store import SessionStore
from cxworkshop.tui.steps.plan import PlanPane
from cxworkshop.tui.widgets.plan_document import LightList, LightTable, PlanDocument, PlanViewer
from cxworkshop.tui.widgets.plan_preview import parts
from tests.tui import waiting
from tests.tui.harness import PaneHarness


def plan_pane(app: App) -> PlanPane:
    return app.screen.query_one(PlanPane)


def screen_texts(document: PlanDocument) -> list[str]:
    """The text of every block of the document, top to bottom."""
    texts = []
    for block in document.query_children(MarkdownBlock):
        if isinstance(block, (LightTable, LightList)):
            texts.append(block.plain_text)
        else:
            texts.append(" ".join(child.source or "" for child in block.walk_children(MarkdownBlock, with_self=True)))
    return texts


async def wait_without_settling(pilot, condition, what: str) -> None:  # type: ignore[no-untyped-def]
    """Like waiting.until, but does not wait for workers (the plan is still filling in)."""
    deadline = monotonic() + waiting.TIMEOUT
    while not condition():
        assert monotonic() < deadline, f"never happened: {what}"
        await waiting.ORIGINAL_PAUSE(pilot)


async def test_the_demo_plan_shows_promise_hours_barriers_in_order_and_actions(demo_app, demo_store) -> None:
    session = demo_store.load("demo")
    async with demo_app.run_test(size=(120, 40)) as pilot:
        await pilot.press("f7")
        await waiting.until(pilot, lambda: plan_pane(demo_app).markdown is not None, "the plan is rendered")
        pane = plan_pane(demo_app)
        document = pane.viewer.document
        texts = screen_texts(document)
        shown = "\n".join(texts)
        assert session.promise.chosen.text in shown
        assert "3.486,7 uur per jaar" in shown, "the frustration hours"
        barrier_table = next(t for t in document.query(LightTable) if session.barriers[0].text in t.plain_text)
        column = [row[1][0].plain for row in barrier_table.rows[1:]]
        assert column == [b.text for b in priority_order(session)], "barriers in priority order"
        lists = "\n".join(block.plain_text for block in document.query(LightList))
        for action in session.actions:
            assert action.what in lists
        assert "Bijlage: alles wat is ingevoerd" not in shown, "no appendix"
        assert "pie title" not in shown and "quadrantChart" not in shown, "no chart code"
        assert "een bijlage met alles wat is ingevoerd" in texts[-3], "a line says the file has the rest"
        assert len(list(document.walk_children())) < 120, "a light document (Textual's own: ~930 widgets)"


async def test_a_step_key_pressed_right_after_the_plan_key_is_handled(demo_app) -> None:
    async with demo_app.run_test(size=(80, 24)) as pilot:
        await waiting.settle(pilot)
        for key in ("f7", "f6"):  # back to back, as a facilitator types them
            await waiting.ORIGINAL_PRESS(pilot, key)
        await waiting.settle(pilot)
        assert demo_app.screen.step == "actions"
        assert demo_app.screen.pane.display and not plan_pane(demo_app).display
        await pilot.press("f7")
        await waiting.until(pilot, lambda: plan_pane(demo_app).markdown is not None, "the plan is rendered")
        assert plan_pane(demo_app).display
        assert any("Overige acties" in text for text in screen_texts(plan_pane(demo_app).viewer.document))


async def test_keys_are_handled_while_the_plan_is_still_filling_in(demo_app, monkeypatch: pytest.MonkeyPatch) -> None:
    gate, held = asyncio.Event(), asyncio.Event()
    drawn = PlanDocument._refreshed

    async def hold_after_each_part(self: PlanDocument) -> None:
        await drawn(self)
        held.set()
        await gate.wait()

    monkeypatch.setattr(PlanDocument, "_refreshed", hold_after_each_part)
    async with demo_app.run_test(size=(80, 24)) as pilot:
        await waiting.settle(pilot)
        await waiting.ORIGINAL_PRESS(pilot, "f7")
        await wait_without_settling(pilot, held.is_set, "the first part of the plan is on screen")
        document = plan_pane(demo_app).viewer.document
        assert [type(b).__name__ for b in document.query_children(MarkdownBlock)][:1] == ["MarkdownH1"]
        assert len(document.query_children(MarkdownBlock)) < 6, "only the first part so far"
        await waiting.ORIGINAL_PRESS(pilot, "f6")
        await wait_without_settling(pilot, lambda: demo_app.screen.step == "actions", "f6 moved to Actions")
        assert not gate.is_set() and plan_pane(demo_app).markdown is None, "the plan was still filling in"
        gate.set()
        await pilot.press("f7")
        await waiting.until(pilot, lambda: plan_pane(demo_app).markdown is not None, "the plan is rendered")
        assert any("Overige acties" in text for text in screen_texts(plan_pane(demo_app).viewer.document))


async def test_an_edit_rebuilds_only_the_parts_that_changed(store: SessionStore) -> None:
    store.create(example_session_en())
    app = PaneHarness(store, "example-en", PlanPane)
    async with app.run_test(size=(100, 30)) as pilot:
        await waiting.until(pilot, lambda: app.pane.markdown is not None, "the plan is rendered")
        document = app.pane.viewer.document
        before = list(document.query_children(MarkdownBlock))
        changed = store.update("example-en", lambda s: s.actions.append(Action("Call every new customer", id="a9")))
        app.pane.show_session(changed)
        await waiting.until(pilot, lambda: "Call every new customer" in (app.pane.markdown or ""), "re-rendered")
        after = list(document.query_children(MarkdownBlock))
        assert after[0] is before[0], "the title part is kept as it was"
        assert len({id(b) for b in before} & {id(b) for b in after}) > len(after) // 2
        expected = app.pane.preview(render_markdown(changed), "en")
        assert document.source == expected
        lines = expected.split("\n")
        for block in after:  # every block still knows where it comes from
            start, end = block.source_range
            assert block.source == "".join(line + "\n" for line in lines[start:end])[: len(block.source or "")]
        assert any("Call every new customer" in b.plain_text for b in document.query(LightList))


class ViewerApp(App[None]):
    def compose(self) -> ComposeResult:
        yield PlanViewer(show_table_of_contents=False)


async def test_tables_keep_columns_aligned_and_wrap_to_the_width() -> None:
    markdown = "\n".join([
        "| Nr. | Barrier | Hours |", "| --- | --- | ---: |",
        "| B1 | The customer picture is spread over the CRM, billing and the planning | 1,120.0 |",
        "| B2 | **Approval** for every correction | 80.0 |",
    ])
    app = ViewerApp()
    async with app.run_test(size=(50, 20)) as pilot:
        document = app.query_one(PlanDocument)
        await document.show(parts(markdown))
        await waiting.settle(pilot)
        table = document.query_one(LightTable)
        lines = table.render().plain.split("\n")
        assert all(len(line) == len(lines[0]) <= table.content_region.width for line in lines)
        assert lines[1].startswith("│ Nr. │ Barrier") and lines[1].endswith("Hours │")
        assert lines[3].endswith("1,120.0 │") and "│ B1  │ The customer" in lines[3]
        assert any(line.endswith("    80.0 │") for line in lines), "right-aligned as the markdown says"
        words = " ".join(line.strip("│ ") for line in lines)
        for word in ("spread", "billing", "planning", "Approval", "correction"):
            assert word in words
        assert len(document.children) == 1, "one widget for the whole table"


async def test_lists_show_bullets_hanging_indents_and_nested_items() -> None:
    markdown = "\n".join([
        "- [ ] **Pilot with a digital work order on the tablet** — Joost — open",
        "  - First step: choose six engineers",
        "- second",
    ])
    app = ViewerApp()
    async with app.run_test(size=(40, 20)) as pilot:
        document = app.query_one(PlanDocument)
        await document.show(parts(markdown))
        await waiting.settle(pilot)
        lines = document.query_one(LightList).render().plain.split("\n")
        assert lines[0].startswith("• [ ] Pilot with a digital")
        assert lines[1].startswith("  ") and not lines[1].startswith("   ")
        nested = next(i for i, line in enumerate(lines) if "▪ First step" in line)
        assert lines[nested].startswith("  ▪ First step")
        assert lines[-1] == "• second".ljust(len(lines[-1]))
