"""Snapshots of the Frustrations step inside a stand-in for the session screen.

The stand-in has what the real session screen puts around a pane (a header, a step
bar and the footer with the key bindings), so the pane gets the same ~20 rows at 80×24.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Footer, Header, Static

from cxworkshop.domain.demo import demo_session, example_session_en
from cxworkshop.store import SessionStore
from cxworkshop.tui.steps.frustrations import FrustrationsPane
from tests.tui.harness import PaneHarness
from tests.tui.waiting import focus_in, script


class SessionScreenStandIn(PaneHarness):
    CSS = "#stepbar { height: 1; background: $primary 30%; padding: 0 1; }"

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("1 · 2 · [3 Frustration hours] · 4 · 5 · 6", id="stepbar", markup=False)
        yield self.pane
        yield Footer()

    def on_mount(self) -> None:
        self.title = self.session.meta.title


steady_cursor = script(focus_in("#entry-text"))


def bars_shown(app) -> bool:  # type: ignore[no-untyped-def]
    """the bars replace the table"""
    return app.screen.query_one(FrustrationsPane).has_class("-bars")


def stand_in(tmp_path, session) -> SessionScreenStandIn:  # type: ignore[no-untyped-def]
    store = SessionStore(tmp_path / "sessions")
    saved = store.create(session)
    return SessionScreenStandIn(store, saved.id, FrustrationsPane)


def test_demo_dutch_80x24(snap_compare, tmp_path) -> None:
    """The Dutch demo at 80×24. You should see: the team's 3.487 hours a year in big
    digits, beside it "uur per jaar, hele team", 498 per person (team of 7), 2,2 fte and
    € 226.633, and the range 3.140–4.210; the assumptions (200 workdays × 8 hours, € 65
    an hour) with the 3 × 10 min ≈ 100 hours reference; the one-line entry row with
    its defaults (medewerker, dag, 1, 10, 1) and the cursor in the text; the eleven
    frustrations, most hours first (640, 600, 480 ...), and a footer with ctrl+b, ctrl+o
    and ctrl+n in Dutch."""
    assert snap_compare(stand_in(tmp_path, demo_session()), terminal_size=(80, 24), run_before=steady_cursor)


def test_demo_dutch_160x48(snap_compare, tmp_path) -> None:
    """The Dutch demo at 160×48. You should see a big number per figure (3.487 team
    hours, 498 per person, 2,2 fte, € 226.633) each with its label, the range to the
    right; bordered entry fields; the table with full column names (Van wie, Hoe vaak,
    Minuten with low–high ranges like "20 (15–30)") and, beside it, bars per department
    (Klantenservice longest, 1.487 u) and the employee/customer split (77% / 23%)."""
    assert snap_compare(stand_in(tmp_path, demo_session()), terminal_size=(160, 48), run_before=steady_cursor)


def test_example_english_80x24(snap_compare, tmp_path) -> None:
    """The English example at 80×24. You should see 473 hours a year for the whole
    team, 158 h per person (team of 3) and 0.3 FTE, no cost (no hourly rate: the
    assumptions line says "no hourly cost"), the range 440–573 h, 7.5 hours a day, and
    four frustrations with the shelf check (200 hours) on top."""
    assert snap_compare(stand_in(tmp_path, example_session_en()), terminal_size=(80, 24), run_before=steady_cursor)


def test_bars_toggled_english_80x24(snap_compare, tmp_path) -> None:
    """The English example at 80×24 after ctrl+b: the table makes way for bars per
    department (Warehouse 300 h longest, Customer service 120 h, Web team 53 h) and the
    employee/customer split bar with 79% and 21%."""
    assert snap_compare(stand_in(tmp_path, example_session_en()), terminal_size=(80, 24), 
                        run_before=script(focus_in("#entry-text"), "ctrl+b", bars_shown))
