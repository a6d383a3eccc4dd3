"""Snapshots of the Barriers step in the real app (header, step bar, footer included).

The clock in the header is fixed and the text cursor does not blink, so the pictures
only change when the screen really does.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from cxworkshop.domain.demo import demo_session
from cxworkshop.store import SessionStore
from cxworkshop.tui import app as tui_app
from cxworkshop.tui.widgets import session_header


@pytest.fixture
def demo_app(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(session_header, "now", lambda: datetime(2026, 3, 12, 9, 30))
    store = SessionStore(tmp_path / "sessions")
    store.create(demo_session())
    return tui_app.make_app(store, "demo")


def after(*keys: str) -> Callable[[Pilot], Awaitable[None]]:
    """A ``run_before`` that presses ``keys``, waits until the focus has landed in the
    current step (or a dialog) and stops text cursors from blinking.

    ``snap_compare``'s own ``press`` runs after ``run_before``, too late to stop the
    blinking of an input that only appears after the keys.
    """

    async def run(pilot: Pilot) -> None:
        await pilot.pause()
        await pilot.press(*keys)
        for _ in range(100):  # a bounded wait on a condition, not on time
            await pilot.pause()
            if pilot.app.focused is not None:
                break
        for field in pilot.app.screen.query(Input):
            field.cursor_blink = False
        await pilot.wait_for_scheduled_animations()
        await pilot.pause()

    return run


def test_barriers_demo_dutch_80x24(snap_compare, demo_app) -> None:
    """Dutch demo, Barrières step at 80×24. You should see the question "Wat heb je van
    mij nodig om onze klanten beter te helpen?" on top, the entry line (barrier text with
    the cursor, category "proces", department), and the seven barriers in priority order:
    1 Het klantbeeld … (5/5, 6 votes, Grote gok, 2 frustrations, 1.120 u), 2 De teamleider
    … (Quick win, 600 u), 3 Werkbonnen … (Quick win, 960 u) … down to 7 De change-procedure
    (Geldput, 80 u). Below the table the full text of barrier 1 with "systemen / IT · IT ·
    2 frustratie(s) gekoppeld · levert 1.120 u per jaar op"."""
    assert snap_compare(demo_app, terminal_size=(80, 24), run_before=after("f5"))


def test_barriers_demo_dutch_160x48(snap_compare, demo_app) -> None:
    """Dutch demo at 160×48: the hint under the question, the table with category and
    department columns and impact/effort as dots (5 ●●●●●), and below it the 2×2 at the
    same time: Quick win (2 · 1.560 u: barriers 2 and 3), Grote gok (2 · 1.360 u: 1 and 4),
    Opvuller (2 · 420 u: 5 and 6), Geldput (1 · 80 u: 7), each line with its hours."""
    assert snap_compare(demo_app, terminal_size=(160, 48), run_before=after("f5"))


def test_barriers_matrix_80x24(snap_compare, demo_app) -> None:
    """Dutch demo at 80×24 after Down (to the table), Down (barrier 2) and m: the 2×2
    replaces the table. Quick win top left with "2. De teamleider …  600 u" highlighted
    and "3. Werkbonnen … 960 u", Grote gok top right (1 and 4), Opvuller bottom left
    (5 and 6), Geldput bottom right (7, 80 u); the axis line "↑ meer impact · meer
    inspanning →"; the footer shows the single keys (iI Impact, eE Inspanning, +- Stemmen,
    l Koppel, m 2×2, d Verwijder)."""
    assert snap_compare(demo_app, terminal_size=(80, 24), run_before=after("f5", "down", "down", "m"))


def test_barriers_link_dialog_80x24(snap_compare, demo_app) -> None:
    """Dutch demo at 80×24, barrier 1 selected and l pressed: the dialog "Welke
    frustraties veroorzaakt deze barrière?" lists all eleven frustrations with their
    hours, biggest first (640 u …); the two linked to barrier 1 (the three-systems search,
    640 u, and the missing planning view, 480 u) are ticked, and the total reads
    "Gekoppeld: 2 · deze barrière wegnemen levert 1.120 u per jaar op"."""
    assert snap_compare(demo_app, terminal_size=(80, 24), run_before=after("f5", "down", "l"))
