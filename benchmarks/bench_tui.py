"""TUI benchmarks, run through ``benchmarks/bench.py --only startup,keys``.

- ``startup``: process start to the first screen that is ready (``on_ready`` plus one
  refresh), headless, for cxworkshop opening the demo session and for a minimal Textual
  app with Header, Footer and a DataTable (target ratio <= 1.5).
- ``keys``: keystroke latency in the quick-entry input of the Frustrations step of the
  real app, with 1 000 frustrations against 10 (target ratio <= 1.5). Measured from
  posting a key to the refresh that shows it (``call_after_refresh``), never with
  Pilot's ``press`` (which costs ~70 ms by itself).
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench import ROOT, Row, big_session, child_env

# A child process prints the wall-clock time at which its first screen was ready.
_MINIMAL_APP = """
import sys, time
from textual.app import App
from textual.widgets import DataTable, Footer, Header

class Minimal(App):
    def compose(self):
        yield Header()
        table = DataTable()
        table.add_columns("title", "organisation", "hours")
        yield table
        yield Footer()

    def on_ready(self):
        self.call_after_refresh(self.done)

    def done(self):
        print(time.time(), flush=True)
        self.exit()

Minimal().run(headless=True, size=(80, 24))
"""

_CXWORKSHOP_APP = """
import sys, time
from cxworkshop.store import SessionStore
from cxworkshop.tui.app import CxApp

import cxworkshop.tui.app as app_module
from pathlib import Path

class Timed(CxApp):
    CSS_PATH = str(Path(app_module.__file__).with_name("app.tcss"))

    def on_ready(self):
        self.set_timer(0.001, self.check)

    def check(self):
        from cxworkshop.tui.screens.session import SessionScreen
        if isinstance(self.screen, SessionScreen) and self.screen.is_mounted:
            self.call_after_refresh(self.done)
        else:
            self.set_timer(0.005, self.check)

    def done(self):
        print(time.time(), flush=True)
        self.exit()

Timed(SessionStore(sys.argv[1]), "demo").run(headless=True, size=(80, 24))
"""


def _time_to_ready(code: str, *argv: str) -> float:
    started = time.time()
    out = subprocess.run([sys.executable, "-c", code, *argv], capture_output=True, text=True,
                         env=child_env(), cwd=ROOT, check=True)
    return float(out.stdout.strip().splitlines()[-1]) - started


def bench_startup(args: argparse.Namespace) -> list[Row]:
    from cxworkshop.domain.demo import demo_session
    from cxworkshop.store import SessionStore

    folder = Path(tempfile.mkdtemp(prefix="cx-bench-"))
    SessionStore(folder).create(demo_session())
    minimal: list[float] = []
    ours: list[float] = []
    _time_to_ready(_MINIMAL_APP)  # warm the file cache and byte code
    _time_to_ready(_CXWORKSHOP_APP, str(folder))
    for _ in range(args.runs):  # interleaved, so a busy moment hits both
        minimal.append(_time_to_ready(_MINIMAL_APP))
        ours.append(_time_to_ready(_CXWORKSHOP_APP, str(folder)))
    seconds, base = statistics.median(ours), statistics.median(minimal)
    return [Row("TUI: start to demo session on screen", seconds,
                "minimal Header+DataTable+Footer app", base,
                target="ratio <= 1.5", ok=seconds / base <= 1.5)]


async def _key_latencies(count: int, keys: int) -> list[float]:
    from textual import events, on
    from textual.widgets import Input

    import cxworkshop.tui.app as app_module
    from cxworkshop.store import SessionStore
    from cxworkshop.tui.app import CxApp

    class Probe(CxApp):
        CSS_PATH = str(Path(app_module.__file__).with_name("app.tcss"))
        shown: asyncio.Event

        @on(Input.Changed)
        def _mark(self) -> None:
            self.call_after_refresh(self.shown.set)

    store = SessionStore(tempfile.mkdtemp(prefix="cx-bench-"))
    session = store.create(big_session(count))
    app = Probe(store, session.id)
    app.shown = asyncio.Event()
    latencies: list[float] = []
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("f4")
        for _ in range(50):
            await pilot.pause()
            found = app.screen.query("#entry-text")
            if found:
                break
        entry = found.first()
        entry.focus()
        await pilot.pause()
        driver = app._driver
        assert driver is not None
        for i in range(keys):
            char = "abcdefghij"[i % 10]
            app.shown.clear()
            event = events.Key(char, char)
            event.set_sender(app)
            started = time.perf_counter()
            driver.send_message(event)
            await asyncio.wait_for(app.shown.wait(), 30)
            latencies.append(time.perf_counter() - started)
            await pilot.pause()
    return latencies


def bench_keys(args: argparse.Namespace) -> list[Row]:
    few: list[float] = []
    many: list[float] = []
    for _ in range(2):  # interleaved
        few += asyncio.run(_key_latencies(10, keys=40))
        many += asyncio.run(_key_latencies(args.frustrations, keys=40))
    base, seconds = statistics.median(few), statistics.median(many)
    return [Row(f"TUI: key to screen, {args.frustrations} frustrations", seconds,
                "10 frustrations", base, target="ratio <= 1.5", ok=seconds / base <= 1.5)]
