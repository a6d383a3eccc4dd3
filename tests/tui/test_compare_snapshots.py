"""Snapshots of the then-and-now screen for edited follow-ups of the demo sessions.

The follow-ups are the ones of ``test_compare.py``: the Dutch demo three months later
(one frustration gone, two cheaper, one new; a barrier removed; actions done, stuck and
dropped) and the English example a quarter later (a new, shorter promise).
"""

from __future__ import annotations

from pathlib import Path

from cxworkshop.store import SessionStore
from cxworkshop.tui.screens.compare import CompareScreen
from tests.tui.test_compare import CompareApp, dutch_pair, english_pair
from tests.tui.waiting import screen_is, script

steady = script(screen_is(CompareScreen))


def dutch_app(tmp_path: Path) -> CompareApp:
    old, new = dutch_pair(SessionStore(tmp_path / "sessions"))
    return CompareApp(old, new, "nl")


def test_compare_dutch_80x24(snap_compare, tmp_path: Path) -> None:
    """Dutch follow-up at 80×24. Top line "Toen en nu · Klantbelofte en frustratie-uren
    (2026-03-12) → Klantbelofte, dri…"; under it the headline in bold "Frustratie-uren per
    jaar: 3.487 → 2.320" and in green "▼ −1.167 uur (−33%)". Then the box "Frustratie-uren
    per jaar" with right-aligned columns Toen / Nu / Verschil / %: Totaal 3.487 2.320
    −1.167 −33% (bold), Per persoon 498 331, Fte 2,2 1,4, Kosten per jaar € 226.633
    € 150.800 € −75.833; "Per kant" in orange with Medewerkers (green −1.200) and Klanten
    (red +33 +4,1%); "Per afdeling" with Klantenservice, Technische dienst, Facturatie
    (−400 −67%), Marketing and IT (0 0%); then the start of the bars "Uren per afdeling,
    toen en nu" (Klantenservice Toen in white, Nu in blue). Footer: Esc Sluiten, 1-5
    Onderdeel, PgDn Pagina omlaag, PgUp Pagina omhoog."""
    assert snap_compare(dutch_app(tmp_path), terminal_size=(80, 24), run_before=steady)


def test_compare_dutch_160x48(snap_compare, tmp_path: Path) -> None:
    """Dutch follow-up at 160×48: the title fits on one line; the headline as at 80×24.
    Left the hours box: the whole table and under it the bars, two per department (Toen
    white, Nu blue, all on one scale: Klantenservice 1.487 the longest). Right, in boxes:
    Frustraties (Verdwenen (1) in green: "Correctienota's …", Nieuw (1) in orange: "Klanten
    krijgen de sms …", Grootste veranderingen in uren: Werkbon 600 → 120 −480 and
    Klantgegevens 640 → 320 −320 in green, wrapped lines indented under their text),
    Barrières (Weggenomen (1) "De teamleider moet elke correctie goedkeuren…", Nieuw (0)
    "geen", Nog steeds (6) with six bullets), and the start of Acties (Klaar (1) with
    "bezig → klaar", Nog open (5) with "bezig → vastgelopen" after the tablet pilot).
    Then-figures and Toen-bars are grey, now-figures white and Nu-bars blue."""
    assert snap_compare(dutch_app(tmp_path), terminal_size=(160, 48), run_before=steady)


def test_compare_english_actions_80x24(snap_compare, tmp_path: Path) -> None:
    """English follow-up at 80×24 after pressing 4 (jump to Actions): the headline
    "Frustration hours a year: 473 → 220   ▼ −253 hours (−54%)" stays on top; the Actions
    box is at the top of the scroll area: Done (1) "Count one shelf section every day
    in progress → done", Still open (2) with the image resizer and the review digest,
    Dropped (0) "none"; then the Customer promise box: Then (muted) the old promise, Now
    in bold "The book you see is the book you get." and "The promise has changed."."""
    old, new = english_pair(SessionStore(tmp_path / "sessions"))

    def scrolled(app) -> bool:  # type: ignore[no-untyped-def]
        """the Actions box is scrolled to the top"""
        return app.screen.query_one("#compare-body").scroll_y > 0

    jump = script(screen_is(CompareScreen), "4", scrolled)
    assert snap_compare(CompareApp(old, new, "en"), terminal_size=(80, 24), run_before=jump)
