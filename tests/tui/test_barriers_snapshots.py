"""Snapshots of the Barriers step in the real app (header, step bar, footer included).

``conftest.py`` fixes the clock and stops cursors blinking; every key is pressed in
``run_before`` and each picture waits for what it shows (``tests/tui/waiting.py``).
"""

from __future__ import annotations

from cxworkshop.tui.dialogs.barrier_links import BarrierLinksDialog
from tests.tui.waiting import focus_in, screen_is, script

ON_BARRIERS = ("f5", focus_in("#barrier-text"))


def test_barriers_demo_dutch_80x24(snap_compare, demo_app) -> None:
    """Dutch demo, Barrières step at 80×24. You should see the question "Wat heb je van
    mij nodig om onze klanten beter te helpen?" on top, the entry line (barrier text with
    the cursor, category "proces", department), and the seven barriers in priority order,
    each with its rank (#) and the plan's number (Nr.: B1 … B7, rank 5 is B7):
    1 Het klantbeeld … (5/5, 6 votes, Grote gok, 2 frustrations, 1.120 u), 2 De teamleider
    … (Quick win, 600 u), 3 Werkbonnen … (Quick win, 960 u) … down to 7 De change-procedure
    (Geldput, 80 u). Below the table the full text of barrier 1 as "B1 · Het klantbeeld
    …" with "systemen / IT · IT · 2 frustratie(s) gekoppeld · levert 1.120 u per jaar op"."""
    assert snap_compare(demo_app, terminal_size=(80, 24), run_before=script(*ON_BARRIERS))


def test_barriers_demo_dutch_160x48(snap_compare, demo_app) -> None:
    """Dutch demo at 160×48: the hint under the question, the table with category and
    department columns and impact/effort as dots (5 ●●●●●), and below it the 2×2 at the
    same time: Quick win (2 · 1.560 u: B2 and B3), Grote gok (2 · 1.360 u: B1 and B4),
    Opvuller (2 · 420 u: B7 and B5), Geldput (1 · 80 u: B6), each line starting with the
    plan's number and ending with its hours."""
    assert snap_compare(demo_app, terminal_size=(160, 48), run_before=script(*ON_BARRIERS))


def test_barriers_matrix_80x24(snap_compare, demo_app) -> None:
    """Dutch demo at 80×24 after Down (to the table), Down (barrier 2) and m: the 2×2
    replaces the table. Quick win top left with "B2 De teamleider …  600 u" highlighted
    and "B3 Werkbonnen … 960 u", Grote gok top right (B1 and B4), Opvuller bottom left
    (B7 and B5), Geldput bottom right (B6, 80 u); the axis line "↑ meer impact · meer
    inspanning →"; the footer shows the single keys (iI Impact, eE Inspanning, +- Stemmen,
    l Koppel, m 2×2, d Verwijder)."""
    assert snap_compare(demo_app, terminal_size=(80, 24), run_before=script(
        *ON_BARRIERS, "down", focus_in("BarrierTable"), "down", "m", focus_in("BarrierMatrix")))


def test_barriers_link_dialog_80x24(snap_compare, demo_app) -> None:
    """Dutch demo at 80×24, barrier 1 selected and l pressed: the dialog "Welke
    frustraties veroorzaakt deze barrière?" lists all eleven frustrations with their
    hours, biggest first (640 u …); the two linked to barrier 1 (the three-systems search,
    640 u, and the missing planning view, 480 u) show ✓ in their box, the others an empty
    box (no X anywhere), and the total reads "Gekoppeld: 2 · deze barrière wegnemen levert
    1.120 u per jaar op". The key line reads "Spatie (ont)koppelt · Backspace wist één
    letter · Esc sluit" on one line. The header and the Barriers step show dimmed around
    the dialog."""
    assert snap_compare(demo_app, terminal_size=(80, 24), run_before=script(
        *ON_BARRIERS, "down", focus_in("BarrierTable"), "l", screen_is(BarrierLinksDialog)))
