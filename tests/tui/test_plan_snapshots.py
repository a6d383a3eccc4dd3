"""Snapshots of the Plan step in the real app (header, step bar and footer included)."""

from __future__ import annotations

from datetime import datetime

import pytest
from textual.pilot import Pilot

from cxworkshop.domain.demo import demo_session
from cxworkshop.store import SessionStore
from cxworkshop.tui import app as tui_app
from cxworkshop.tui.steps.plan import PlanPane
from cxworkshop.tui.widgets import session_header


@pytest.fixture
def demo_app(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(session_header, "now", lambda: datetime(2026, 3, 12, 9, 30))
    store = SessionStore(tmp_path / "sessions")
    store.create(demo_session())
    return tui_app.make_app(store, "demo")


async def rendered(pilot: Pilot) -> None:
    """Open the Plan step (F7) and wait until the plan is rendered (a background worker).
    snap_compare presses its own keys *after* this with no waiting, so F7 is pressed here."""
    await pilot.press("f7")
    for _ in range(200):
        panes = pilot.app.screen.query(PlanPane)
        if panes and panes.first().markdown is not None:
            break
        await pilot.pause()
        await pilot.app.workers.wait_for_complete()
    else:
        raise AssertionError("the plan was never rendered")
    await pilot.pause()


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
    Barrières…, Actieplan with B1 … B7, Bijlage) and the document on the right down to the
    chosen promise as a quote and the table "Hoe de belofte de toets doorstaat" with four
    "✓ in orde" rows."""
    assert snap_compare(demo_app, terminal_size=(160, 48), run_before=rendered)
