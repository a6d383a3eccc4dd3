"""Snapshots of the customer tally with the Dutch demo session (seven participants)."""

from __future__ import annotations

import pytest

from cxworkshop.domain.demo import demo_session
from cxworkshop.store import SessionStore
from tests.tui.test_voting_harness import ScreenHarness, tally_app
from cxworkshop.tui.screens.tally import TallyScreen
from tests.tui.waiting import screen_is, script

# Joost (key 4) says "klant" three times, Sanne (1) twice, Erik (7) once.
STROKES = ["4", "1", "4", "7", "1", "4"]


@pytest.fixture
def demo_tally(tmp_path) -> ScreenHarness:  # type: ignore[no-untyped-def]
    session = demo_session()
    assert len(session.participants) == 7 and session.facilitation.tally == []
    store = SessionStore(tmp_path / "sessions")
    store.create(session)
    return tally_app(store, "demo")


def counted(app: ScreenHarness) -> bool:
    """all six strokes are saved"""
    return len(app.reload().facilitation.tally) == len(STROKES)


def tallied(app: ScreenHarness):  # type: ignore[no-untyped-def]
    return script(screen_is(TallyScreen), *STROKES, lambda _app: counted(app))


def test_tally_80x24(snap_compare, demo_tally) -> None:
    """At 80×24: title "De “klant”-turflijst   6 streepjes in totaal", the rules in grey,
    then the leaderboard: "4 ★ Joost Bakker" with a full green bar and 3 (bold), "1 Sanne
    de Vries" (highlighted) with a plain bar of two thirds and 2, "7 Erik Hoekstra" 1, then Fatima
    (2), Mohamed (3), Linda (5), Kees (6) with 0; each key in a reversed box. At the
    right a green card "Grootste klantdenker" with "Joost Bakker" in a green band and a
    big "3". Footer: - Streepje terug, 1–7 Streepje, ⌫ Laatste terug, Esc Sluiten."""
    assert snap_compare(demo_tally, terminal_size=(80, 24), run_before=tallied(demo_tally))


def test_tally_160x48(snap_compare, demo_tally) -> None:
    """At 160×48 the same standings with long bars and thin rules between the rows, and
    a wider leader card with "J o o s t   B a k k e r" spaced out above a big "3"."""
    assert snap_compare(demo_tally, terminal_size=(160, 48), run_before=tallied(demo_tally))
