"""SVG snapshots of the step timer in the session header (fixed clock, see conftest.py)."""

from __future__ import annotations

from cxworkshop.domain.demo import example_session_en
from cxworkshop.store import SessionStore
from cxworkshop.tui import prefs
from cxworkshop.tui.app import make_app
from tests.tui.clock import FakeClock


def amber_app(store: SessionStore, clock: FakeClock):  # type: ignore[no-untyped-def]
    store.create(example_session_en())

    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await pilot.press("f5")  # Barriers: 30 minutes
        await pilot.pause()
        await pilot.press("f12")
        await pilot.pause()
        clock.advance(25 * 60 + 1)  # 4:59 left: under 20 %
        pilot.app.screen.timer.tick()
        await pilot.pause()

    return make_app(store, "example-en", clock=clock), run_before


def test_header_with_an_amber_timer_80x24(store: SessionStore, fixed_clock: FakeClock, snap_compare) -> None:
    """The Barriers step of the English example at 80×24. The header reads "Customer promise
    review · Brightside Books", then the timer "▶ 04:59" in dark text on an amber block, then
    "Saved 14:02"; the step bar has Barriers highlighted."""
    app, run_before = amber_app(store, fixed_clock)
    assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)


def test_amber_timer_in_the_projector_theme(
    store: SessionStore, fixed_clock: FakeClock, snap_compare,
) -> None:
    """The same in the projector theme: a yellow header with black text, and the timer
    "▶ 04:59" in amber letters on a black block, so it stands out from the yellow."""
    assert prefs.save_prefs(prefs.Prefs(theme=prefs.PROJECTOR_THEME))
    app, run_before = amber_app(store, fixed_clock)
    assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)
