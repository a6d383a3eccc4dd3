"""Snapshots of the Plan step in the real app (header, step bar and footer included).

``conftest.py`` fixes the clock; the plan is rendered by a background worker, so each
picture waits until the pane holds the rendered plan (``tests/tui/waiting.py``).
"""

from __future__ import annotations

from cxworkshop.tui.steps.plan import PlanPane
from tests.tui.waiting import script


def plan_rendered(app) -> bool:  # type: ignore[no-untyped-def]
    """the plan is rendered"""
    panes = app.screen.query(PlanPane)
    return bool(panes) and panes.first().markdown is not None


rendered = script("f7", plan_rendered)


def test_plan_demo_dutch_80x24(snap_compare, demo_app) -> None:
    """Dutch demo, Actieplan step at 80×24: the muted line "Voorbeeld actieplan · w slaat op
    als demo-actieplan.md · c kopieert", then the rendered document from its top: the title "Klantbelofte
    en frustratie-uren" centred, the intro sentence, the bullets Organisatie: Energie
    Noordkust, Datum: 2026-03-12, Facilitator: Marieke Visser, Vorm, Taal, and the heading
    "In het kort". No table of contents at this width. The footer offers w Naar bestand,
    c Kopieer, j JSON opslaan and t Inhoud."""
    assert snap_compare(demo_app, terminal_size=(80, 24), run_before=rendered)


def test_plan_demo_dutch_160x48(snap_compare, demo_app) -> None:
    """Dutch demo at 160×48: the table of contents on the left (Klantbelofte en
    frustratie-uren, In het kort, Klantbelofte with its subsections, Frustratie-uren,
    Barrières…, Actieplan with B1 … B7 and Overige acties; no Bijlage: the screen leaves
    the appendix to the file) and the document on the right down to the chosen promise as
    a quote and the table "Hoe de belofte de toets doorstaat" with four "✓ in orde" rows,
    as wide as its text, in thin lines. The document has the focus, not the contents."""
    assert snap_compare(demo_app, terminal_size=(160, 48), run_before=rendered)


def frustrations_on_top(app) -> bool:  # type: ignore[no-untyped-def]
    """the frustrations table is scrolled to the top of the plan"""
    from cxworkshop.tui.widgets.plan_document import LightTable

    pane = app.screen.query_one(PlanPane)
    table = next(t for t in pane.viewer.document.query(LightTable) if t.rows[1][0][0].plain == "F1")
    pane.viewer.scroll_to_widget(table, animate=False, top=True)
    return pane.viewer.scroll_y > 0 and table.region.y <= pane.viewer.region.y + 1


def test_plan_frustrations_as_records_80x24(snap_compare, demo_app) -> None:
    """Dutch demo at 80×24, the plan scrolled to "Frustraties, de duurste eerst": the
    nine-column table does not fit, so each frustration is a small block: "F1 ·
    Klantgegevens opzoeken in drie systemen voordat ik een vraag over de" in bold primary
    colour, its second line indented under the text, then muted labels with the values
    "Kant: medewerker   Afdeling: Klantenservice   Hoe vaak: 8× per dag" and "Minuten: 4
    Mensen: 6   Uur/jaar: 640,0   Aandeel: 18%" (the same places in every block), a blank
    line, then F3 and F6 the same way. No grid lines, no word broken over lines."""
    assert snap_compare(demo_app, terminal_size=(80, 24), run_before=script("f7", plan_rendered, frustrations_on_top))
