"""Starting the app as the CLI does (``run_app``): the garbage collector waits for the
first screen, then what start-up built is frozen out of later full sweeps."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from cxworkshop.store import SessionStore
from cxworkshop.tui.app import CxApp, run_app


@pytest.fixture
def restore_gc() -> Iterator[None]:
    yield
    gc.unfreeze()  # a test process must be able to free what the app froze
    gc.enable()


def test_run_app_pauses_the_collector_until_the_first_screen_is_up(
        demo_store: SessionStore, restore_gc: None) -> None:
    seen: dict[str, object] = {}

    class Probe(CxApp):
        def on_mount(self) -> None:  # runs next to CxApp.on_mount (Textual calls both)
            seen["collecting while starting"] = gc.isenabled()
            self.set_timer(0.5, self.look)

        def look(self) -> None:
            seen["screen"] = type(self.screen).__name__
            seen["title on screen"] = "Energie Noordkust" in str(
                self.screen.query_one("#session-title").render())
            seen["collecting once up"] = gc.isenabled()
            seen["frozen objects"] = gc.get_freeze_count() > 10_000
            self.exit()

    assert gc.isenabled()
    run_app(demo_store, "demo", app_class=Probe, headless=True, size=(80, 24))
    assert seen == {
        "collecting while starting": False,
        "screen": "SessionScreen",
        "title on screen": True,
        "collecting once up": True,
        "frozen objects": True,
    }
    assert gc.isenabled()  # also after the app has ended


def test_the_collector_runs_again_when_the_app_fails_to_start(
        store: SessionStore, restore_gc: None) -> None:
    class Broken(CxApp):
        def on_mount(self) -> None:
            raise RuntimeError("start-up went wrong")

    gc.enable()
    run_app(store, None, app_class=Broken, headless=True, size=(80, 24))  # Textual reports it
    assert gc.isenabled()
