"""The plan's tables stay readable on a projector at 80 columns: a table that does not
fit as a grid shows each row as a block of "Column: value" lines; wide screens keep the
grid; a resize switches; the file (and the clipboard) keep the markdown tables."""

from __future__ import annotations

import re

from textual.app import App, ComposeResult

from cxworkshop.domain.demo import demo_session
from cxworkshop.export.markdown import render_markdown
from cxworkshop.tui.steps.plan import PlanPane
from cxworkshop.tui.widgets.plan_document import LightTable, PlanDocument, PlanViewer
from cxworkshop.tui.widgets.plan_preview import parts
from tests.tui import waiting
from tests.tui.screen import screen_text

_SPLIT = re.compile(r"[\s│:]+")


def words(text: str) -> set[str]:
    return {word for word in _SPLIT.split(text) if word}


def whole_words_kept(table: LightTable) -> list[str]:
    """Words of the table's cells (under the header) that its drawing at the current
    width breaks apart."""
    drawn = words(table.render().plain)
    return [word for row in table.rows[1:] for cell, _ in row for word in words(cell.plain) if word not in drawn]


async def show_plan_table(app: App, pilot, first_cell: str) -> LightTable:  # type: ignore[no-untyped-def]
    """Open the Plan step and scroll the table whose first row starts with
    ``first_cell`` to the top of the screen."""
    await pilot.press("f7")
    await waiting.until(pilot, lambda: app.screen.query_one(PlanPane).markdown is not None, "the plan is rendered")
    pane = app.screen.query_one(PlanPane)
    table = next(t for t in pane.viewer.document.query(LightTable) if t.rows[1][0][0].plain == first_cell)
    pane.viewer.scroll_to_widget(table, animate=False, top=True)
    await waiting.settle(pilot)
    return table


async def test_at_80x24_the_frustrations_and_barriers_read_as_records(demo_app) -> None:
    async with demo_app.run_test(size=(80, 24)) as pilot:
        table = await show_plan_table(demo_app, pilot, "F1")
        screen = screen_text(demo_app)
        assert "F1 · Klantgegevens opzoeken in drie systemen" in screen
        assert "Kant: medewerker" in screen and "Afdeling: Klantenservice" in screen
        assert "Hoe vaak: 8× per dag" in screen
        assert "Uur/jaar: 640,0" in screen and "Aandeel: 18%" in screen
        assert "F3 · Werkbon op papier" in screen, "the next frustration follows"
        assert "│" not in screen.split("Frustraties, de duurste eerst")[-1], "no grid"
        assert whole_words_kept(table) == [], "no word broken over lines"
        for other in demo_app.screen.query_one(PlanPane).viewer.document.query(LightTable):
            assert whole_words_kept(other) == [], other.rows[0]

        barriers = await show_plan_table(demo_app, pilot, "B1")
        screen = screen_text(demo_app)
        assert "B1 · Het klantbeeld is versnipperd over CRM, facturatie en planning" in screen
        assert "Kwadrant: Grote gok" in screen and "Uren vrij: 1.120,0" in screen
        assert "Frustraties: F1, F6" in screen
        assert whole_words_kept(barriers) == []


async def test_at_160x48_the_tables_stay_grids(demo_app) -> None:
    async with demo_app.run_test(size=(160, 48)) as pilot:
        table = await show_plan_table(demo_app, pilot, "F1")
        screen = screen_text(demo_app)
        assert re.search(r"│ Nr\. │ Frustratie +│ Kant +│ Afdeling +│", screen), "the header row"
        assert re.search(r"│ F1 +│ Klantgegevens opzoeken in drie .*│ medewerker │ Klantenservice │", screen)
        assert re.search(r"│ +640,0 │ +18% │", screen), "the figures right-aligned in their columns"
        assert "F1 · " not in screen
        assert whole_words_kept(table) == []


async def test_a_resize_switches_between_grid_and_records(demo_app) -> None:
    async with demo_app.run_test(size=(160, 48)) as pilot:
        table = await show_plan_table(demo_app, pilot, "F1")
        assert "│ F1 " in table.render().plain
        await pilot.resize_terminal(80, 24)
        await waiting.settle(pilot)
        demo_app.screen.query_one(PlanPane).viewer.scroll_to_widget(table, animate=False, top=True)
        await waiting.settle(pilot)
        screen = screen_text(demo_app)
        assert "F1 · Klantgegevens" in screen and "Uur/jaar: 640,0" in screen
        assert "│ F1 " not in table.render().plain
        await pilot.resize_terminal(160, 48)
        await waiting.settle(pilot)
        assert "│ F1 " in table.render().plain, "the grid again"


async def test_the_copied_plan_keeps_the_markdown_tables(demo_app) -> None:
    async with demo_app.run_test(size=(80, 24)) as pilot:
        await show_plan_table(demo_app, pilot, "F1")
        await pilot.press("c")
        copied = demo_app.clipboard
        assert copied == render_markdown(demo_app.screen.query_one(PlanPane).session)
        assert "| F1 | Klantgegevens opzoeken in drie systemen" in copied
        assert "F1 · Klantgegevens" not in copied


class ViewerApp(App[None]):
    def compose(self) -> ComposeResult:
        yield PlanViewer(show_table_of_contents=False)


async def test_records_put_short_references_in_the_title_and_line_up_the_fields() -> None:
    markdown = "\n".join([
        "| No. | Barrier | Quadrant | Votes | Hours freed | Frustrations |",
        "| --- | --- | --- | ---: | ---: | --- |",
        "| B1 | The customer picture is spread over the CRM, billing and the planning | Big bet | 6 | 1,120.0 | F1, F6 |",
        "| B12 | **Approval** for every correction | Quick win | 5 | 80.0 | F5 |",
    ])
    app = ViewerApp()
    async with app.run_test(size=(50, 20)) as pilot:
        document = app.query_one(PlanDocument)
        await document.show(parts(markdown))
        await waiting.settle(pilot)
        lines = [line.rstrip() for line in document.query_one(LightTable).render().plain.split("\n")]
        assert lines[0] == "B1 · The customer picture is spread over the"
        assert lines[1].startswith("     CRM, billing"), "wrapped under the title's text"
        first = lines.index("B12 · Approval for every correction")
        assert lines[first - 1] == "", "a blank line between two records"
        fields = [line for line in lines if line.startswith("  ") and ":" in line]
        assert fields[0].startswith("  Quadrant: Big bet     Votes: 6")
        assert fields[len(fields) // 2].startswith("  Quadrant: Quick win   Votes: 5"), "the same places"
        assert "Hours freed: 1,120.0" in "\n".join(lines) and "Frustrations: F5" in "\n".join(lines)
        assert all(len(line) <= 48 for line in lines)


async def test_at_80x24_a_long_barrier_heading_wraps_instead_of_being_cut(demo_app) -> None:
    from textual.widgets import Markdown

    async with demo_app.run_test(size=(80, 24)) as pilot:
        await show_plan_table(demo_app, pilot, "F1")
        pane = demo_app.screen.query_one(PlanPane)
        heading = next(h for h in pane.viewer.document.query(Markdown.BLOCKS["h3"]) if (h.source or "").startswith("### B7 ·"))
        pane.viewer.scroll_to_widget(heading, animate=False, top=True)
        await waiting.settle(pilot)
        lines = screen_text(demo_app).split("\n")
        at = next(i for i, line in enumerate(lines) if "B7 · Collega's aan de telefoon" in line)
        assert "opgebouwd" in lines[at] + lines[at + 1], "the whole heading is on screen"
