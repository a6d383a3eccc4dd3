"""TUI benchmarks, run through ``benchmarks/bench.py --only startup,keys,plan``.

- ``startup``: process start to the first screen that is ready (``on_ready`` plus one
  refresh), headless, for cxworkshop opening the demo session (the README's run command,
  on the Setup step) and opening its home screen, against a minimal Textual app with
  Header, Footer and a DataTable (target ratio <= 1.5). For context, the same for Textual
  alone showing the widgets the Setup step must show (ten labelled inputs and a table):
  the floor no code of ours can go below.
- ``keys``: keystroke latency in the quick-entry input of the Frustrations step of the
  real app, with 1 000 frustrations against 10 (target ratio <= 1.5). Measured from
  posting a key to the refresh that shows it (``call_after_refresh``), never with
  Pilot's ``press`` (which costs ~70 ms by itself).
- ``plan``: the first visit to the Plan step of the real app, for the demo session and
  for one with N frustrations, against the first visit to the Actions step in the same
  app: from the key to the first picture that shows plan text (target ratio <= 10), and
  the longest gap between turns of the event loop until the plan is complete (a freeze:
  keys wait that long; target ratio <= 4). Textual's own Markdown widget, which the Plan
  step used before, measured x50 and x25 for the demo (2.8 s to the first text, 1.0 s
  frozen); the light document x3 and x2.6 (0.08 s and 0.08 s; 1 000 frustrations: 0.17 s
  and 0.11 s) on a quiet 2-core machine.
  Each app runs in this process, so module imports on a real first visit (~0.1 s) are
  only in the first run, not in the medians. Most of the longest freezes left are
  gen-2 garbage collections over the whole app (60-140 ms), not plan work: with
  ``gc.freeze()`` before the key they stayed under 50 ms in a quick try.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench import ROOT, Row, big_session, child_env

# Each child process prints the wall-clock time at which its first screen was ready.
_READY = """    def on_ready(self):
        self.call_after_refresh(self.done)

    def done(self):
        print(time.time(), flush=True)
        self.exit()
"""

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

{ready}
Minimal().run(headless=True, size=(80, 24))
""".replace("{ready}", _READY)

_CXWORKSHOP_APP = """
import sys, time
from pathlib import Path

import cxworkshop.tui.app as app_module
from cxworkshop.store import SessionStore
from cxworkshop.tui.app import CxApp, run_app

class Timed(CxApp):
    CSS_PATH = str(Path(app_module.__file__).with_name("app.tcss"))

    def on_ready(self):  # as the minimal app: at once when the screen is there
        self.check()

    def check(self):  # by name: importing the screens here would add to the time
        wanted = "SessionScreen" if sys.argv[2] == "demo" else "HomeScreen"
        if type(self.screen).__name__ == wanted and self.screen.is_mounted:
            self.call_after_refresh(self.done)
        else:
            self.set_timer(0.005, self.check)

    def done(self):
        print(time.time(), flush=True)
        self.exit()

# as the CLI starts it (cxworkshop.cli.common.launch_tui), with the CLI's own imports left out
run_app(SessionStore(sys.argv[1]), "demo" if sys.argv[2] == "demo" else None,
        app_class=Timed, headless=True, size=(80, 24))
"""

# The floor: Textual alone with the widgets the Setup step has to show (ten labelled
# inputs and the participants table) next to the minimal app's Header, Footer and table.
_FLOOR_APP = """
import time
from textual.app import App
from textual.containers import Grid, Vertical
from textual.widgets import DataTable, Footer, Header, Input, Label

class Floor(App):
    CSS = "Grid { grid-size: 2; height: auto; } Vertical { height: auto; }"

    def compose(self):
        yield Header()
        with Grid():
            for i in range(10):
                with Vertical():
                    yield Label(f"Field {i}")
                    yield Input(f"value {i}", compact=True)
        table = DataTable()
        table.add_columns("name", "department")
        for i in range(7):
            table.add_row(f"name {i}", f"department {i}")
        yield table
        yield Footer()

{ready}
Floor().run(headless=True, size=(80, 24))
""".replace("{ready}", _READY)


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
    runs: dict[str, list[float]] = {"minimal": [], "demo": [], "home": [], "floor": []}

    def once(kind: str) -> float:
        if kind == "minimal":
            return _time_to_ready(_MINIMAL_APP)
        if kind == "floor":
            return _time_to_ready(_FLOOR_APP)
        return _time_to_ready(_CXWORKSHOP_APP, str(folder), kind)

    for kind in runs:  # warm the file cache and byte code
        once(kind)
    for _ in range(args.runs):  # interleaved, so a busy moment hits all of them
        for kind, samples in runs.items():
            samples.append(once(kind))
    median = {kind: statistics.median(samples) for kind, samples in runs.items()}
    base, label = median["minimal"], "minimal Header+DataTable+Footer app"
    return [
        Row("TUI: start to demo session on screen", median["demo"], label, base,
            target="ratio <= 1.5", ok=median["demo"] / base <= 1.5),
        Row("TUI: start to home screen (no arguments)", median["home"], label, base,
            target="ratio <= 1.5", ok=median["home"] / base <= 1.5),
        # context, no target: Textual alone showing what the Setup step must show
        Row("TUI: Textual alone, Setup's 10 inputs + table", median["floor"], label, base),
    ]


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


# -- the Plan step ---------------------------------------------------------------
async def _step_visits(count: int | None) -> dict[str, tuple[float, float]]:
    """First visit to the Actions step (f6), then to the Plan step (f7), in the real app:
    per step the seconds from the key to the first screen that shows the step's content,
    and the longest time the event loop did not get round (a freeze: keys wait that long)
    until the step is complete. ``count``: frustrations in a big session, None for the demo."""
    import cxworkshop.tui.app as app_module
    from cxworkshop.domain.demo import demo_session
    from cxworkshop.store import SessionStore
    from cxworkshop.tui.app import CxApp
    from textual import events
    from textual.widgets.markdown import MarkdownBlock

    class Probe(CxApp):
        CSS_PATH = str(Path(app_module.__file__).with_name("app.tcss"))

    def plan_shown(app: CxApp) -> bool:
        return app.screen.step == "plan" and bool(app.screen.pane.query(MarkdownBlock))

    def plan_done(app: CxApp) -> bool:
        return plan_shown(app) and app.screen.pane.markdown is not None and not any(
            worker.is_running for worker in app.workers)

    def actions_shown(app: CxApp) -> bool:
        return app.screen.step == "actions" and bool(app.screen.pane.children)

    store = SessionStore(tempfile.mkdtemp(prefix="cx-bench-"))
    session = store.create(demo_session() if count is None else big_session(count))
    app = Probe(store, session.id)
    results: dict[str, tuple[float, float]] = {}
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        wanted: list[Callable[[CxApp], bool]] = []
        painted: list[float] = []  # when a picture showing the wanted content went out
        display = app._display

        def timed_display(screen: object, renderable: object) -> None:
            if renderable is not None and not app._batch_count and wanted and wanted[0](app):
                painted.append(time.perf_counter())
            display(screen, renderable)  # type: ignore[arg-type]

        app._display = timed_display  # type: ignore[method-assign]
        for key, shown, done in (("f6", actions_shown, actions_shown), ("f7", plan_shown, plan_done)):
            for _ in range(3):
                await pilot.pause()
            wanted[:] = [shown]
            painted.clear()
            event = events.Key(key, None)
            event.set_sender(app)
            ticks = [time.perf_counter()]
            started = ticks[0]
            app._driver.send_message(event)  # type: ignore[union-attr]
            while not (done(app) and painted):  # this probe runs between the app's own work
                await asyncio.sleep(0.001)
                ticks.append(time.perf_counter())
            gaps = [b - a for a, b in zip(ticks, ticks[1:])]
            results[key] = (painted[0] - started, max(gaps))
    return results


def bench_plan(args: argparse.Namespace) -> list[Row]:
    rows: list[Row] = []
    for label, count in (("demo", None), (f"{args.frustrations} frustrations", args.frustrations)):
        actions_first, actions_freeze, plan_first, plan_freeze = [], [], [], []
        for _ in range(max(3, args.runs // 2)):
            visits = asyncio.run(_step_visits(count))
            actions_first.append(visits["f6"][0])
            actions_freeze.append(visits["f6"][1])
            plan_first.append(visits["f7"][0])
            plan_freeze.append(visits["f7"][1])
        first, base_first = statistics.median(plan_first), statistics.median(actions_first)
        freeze, base_freeze = statistics.median(plan_freeze), statistics.median(actions_freeze)
        rows.append(Row(f"TUI: Plan key to first text, {label}", first,
                        "Actions step", base_first, target="ratio <= 10", ok=first / base_first <= 10))
        rows.append(Row(f"TUI: Plan longest freeze, {label}", freeze,
                        "Actions step", base_freeze, target="ratio <= 4", ok=freeze / base_freeze <= 4))
    return rows
