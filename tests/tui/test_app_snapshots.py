"""SVG snapshots of the shell: home, Setup step, projector theme, help.

The header clock, the time zone and the home folder are fixed for every snapshot test
(``conftest.py``), and a session opens with the timer on ``fixed_clock``, so the pictures
do not depend on when or where the tests run. Update with ``--snapshot-update`` and look
at the SVGs in ``__snapshots__`` before committing them.
"""

from __future__ import annotations

import pytest

from cxworkshop.domain.demo import demo_session, example_session_en
from cxworkshop.store import SessionStore
from cxworkshop.tui import prefs
from cxworkshop.tui.app import make_app
from tests.tui.clock import FakeClock


@pytest.fixture
def full_world(store: SessionStore) -> SessionStore:
    """The store at ~/sessions with the Dutch demo and the English example."""
    store.create(demo_session())
    store.create(example_session_en())
    return store


def test_home_80x24(full_world: SessionStore, snap_compare) -> None:
    """Home at 80×24: blue title bar "cxworkshop · sessions" with "2 in ~/sessions" on the
    right, the filter line, a table with the Dutch demo (first, newest) and the English
    example; columns Title, Organisation, Date, Frustr. h, Actions; footer with F1 Help,
    N New, D Delete, E Export, F Follow-up, M Demo, F9 Projector."""
    assert snap_compare(make_app(full_world), terminal_size=(80, 24))


def test_home_160x48(full_world: SessionStore, snap_compare) -> None:
    """Home at 160×48: all columns (Mode, Lang and Last change in UTC too), the demo with
    its frustration hours and 10 actions on top, the example below."""
    assert snap_compare(make_app(full_world), terminal_size=(160, 48))


def test_home_first_run(store: SessionStore, snap_compare) -> None:
    """Empty folder at 80×24: a framed welcome text that names ~/sessions and offers
    N for a new session and M for the demo; no table."""
    assert snap_compare(make_app(store), terminal_size=(80, 24))


def test_setup_80x24(full_world: SessionStore, fixed_clock: FakeClock, snap_compare) -> None:
    """The demo's Setup step at 80×24, in Dutch: header "Klantbelofte en frustratie-uren ·
    Energie Noordkust", the paused timer "‖ 10:00" and "Geopend 14:02", step bar with Opzet highlighted and ✓ on the
    other steps, the form in two columns (Titel, Organisatie, ..., Uurtarief in EUR,
    Valuta), "Deelnemers (7)" with the quick-add row and the participants table."""
    assert snap_compare(make_app(full_world, "demo", clock=fixed_clock), terminal_size=(80, 24))


def test_setup_160x48(full_world: SessionStore, fixed_clock: FakeClock, snap_compare) -> None:
    """The demo's Setup step at 160×48: form on the left, participants on the right; the
    step bar shows F2…F7 before each step name."""
    assert snap_compare(make_app(full_world, "demo", clock=fixed_clock), terminal_size=(160, 48))


def test_setup_projector_theme(full_world: SessionStore, fixed_clock: FakeClock, snap_compare) -> None:
    """Setup at 80×24 in the projector theme: black background, white bold text, yellow
    header bar, current step and table cursor; no grey text."""
    assert prefs.save_prefs(prefs.Prefs(theme=prefs.PROJECTOR_THEME))
    assert snap_compare(make_app(full_world, "demo", clock=fixed_clock), terminal_size=(80, 24))


def test_help_on_setup(full_world: SessionStore, fixed_clock: FakeClock, snap_compare) -> None:
    """F1 on the Opzet (Setup) step at 80×24: a framed help "Hulp · Opzet" in Dutch that
    explains the session facts and the assumptions (200 werkdagen, uren per werkdag,
    uurtarief) in bold, then "Met een groep"; "Esc / F1 sluit de hulp" at the bottom.
    (Setup, because its keys are the shell's own: other steps' keys may change.)"""
    assert snap_compare(make_app(full_world, "demo", clock=fixed_clock), terminal_size=(80, 24), press=["f1"])
