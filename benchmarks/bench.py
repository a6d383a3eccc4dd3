"""Benchmarks: prints figures and ratios, all measured in one run on this machine.

    python benchmarks/bench.py                # everything, 7 runs each (medians)
    python benchmarks/bench.py --runs 15 --only list,update
    python benchmarks/bench.py --sessions 200 --frustrations 5000

Not part of the test run. Machines are noisy and shared, so every figure is printed
next to a baseline measured in the same run, and the ratio is what to compare:

- ``list``:     ``cxworkshop list`` over N sessions vs ``python -c "import typer, tinydb"``
                (target ratio <= 2.0); start-up alone (empty folder) and ``--help`` for context.
- ``update``:   one ``SessionStore.update`` on a session with N frustrations vs plain
                ``json.dumps`` + write + fsync of the same data (target ratio <= 2.0).
- ``markdown``: ``render_markdown`` of that session (target <= 50 ms).
- ``startup``:  the TUI from process start to the demo session on screen vs a minimal
                Textual app with Header, Footer and a DataTable (target ratio <= 1.5).
- ``keys``:     key-to-screen latency typing in the Frustrations step with N frustrations
                vs 10 (target ratio <= 1.5). See ``bench_tui.py``.
- ``plan``:     first visit to the Plan step (demo, and N frustrations): key to first plan
                text and longest freeze vs the Actions step (target ratios <= 10 and <= 4).

To add a benchmark (e.g. for the TUI: time to first screen against a minimal Textual
app, keystroke latency with 1 000 frustrations against 10), write a function
``bench_<name>(args) -> list[Row]`` and add it to ``BENCHMARKS``. Measure key latency
with timestamps around a key press and ``call_after_refresh``, not with Pilot's ``press``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


@dataclass
class Row:
    name: str
    seconds: float
    baseline: str = ""
    baseline_seconds: float | None = None
    target: str = ""
    ok: bool | None = None

    @property
    def ratio(self) -> float | None:
        if self.baseline_seconds:
            return self.seconds / self.baseline_seconds
        return None


def median_seconds(action: Callable[[], object], runs: int, warmup: int = 1) -> float:
    for _ in range(warmup):
        action()
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def interleaved(actions: dict[str, Callable[[], object]], runs: int) -> dict[str, float]:
    """Median seconds of each action, run in turns (a, b, c, a, b, c, ...), so a burst of
    load on a shared machine hits every figure alike and the ratios stay fair."""
    for action in actions.values():
        action()  # warm-up: byte code, file cache
    samples: dict[str, list[float]] = {name: [] for name in actions}
    for _ in range(runs):
        for name, action in actions.items():
            start = time.perf_counter()
            action()
            samples[name].append(time.perf_counter() - start)
    return {name: statistics.median(values) for name, values in samples.items()}


def child_env(**extra: str) -> dict[str, str]:
    """The environment for measured processes: byte code is cached as in a normal install
    (a development shell with PYTHONDONTWRITEBYTECODE=1 would recompile our modules on
    every start and add tens of milliseconds that users never see)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(extra)
    return env


def process(command: list[str], env: dict[str, str] | None = None,
            before: Callable[[], None] | None = None) -> Callable[[], None]:
    def run() -> None:
        if before is not None:
            before()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       stdin=subprocess.DEVNULL, env=env or child_env())

    return run


def cxworkshop_command() -> list[str]:
    """The installed console script next to this Python, else ``python -m cxworkshop``."""
    script = Path(sys.executable).with_name("cxworkshop")
    if script.exists():
        return [str(script)]
    found = shutil.which("cxworkshop")
    return [found] if found else [sys.executable, "-m", "cxworkshop"]


# -- sessions to measure ---------------------------------------------------------
def big_session(frustrations: int):
    """The demo session with ``frustrations`` frustrations (about 100 characters each)."""
    from cxworkshop.domain.demo import demo_session
    from cxworkshop.domain.models import Frustration

    session = demo_session()
    departments = ["Klantenservice", "Facturatie", "IT", "Technische dienst", "Marketing"]
    session.frustrations = [
        Frustration(
            text=f"Frustratie {i}: klantgegevens opnieuw overtypen omdat systeem {i % 7} niet koppelt",
            department=departments[i % len(departments)],
            occurrences=1 + i % 4,
            minutes=5 + i % 20,
            people=1 + i % 3,
            id=f"f{i:05d}",
        )
        for i in range(frustrations)
    ]
    for barrier in session.barriers:
        barrier.frustration_ids = [f.id for f in session.frustrations[: frustrations // 10]]
    return session


def fill_folder(folder: Path, count: int) -> None:
    """``count`` demo-sized sessions, written through the store like real ones."""
    from cxworkshop.domain.demo import demo_session
    from cxworkshop.store import SessionStore

    store = SessionStore(folder)
    for i in range(count):
        session = demo_session()
        session.id = f"workshop-{i:04d}"
        session.meta.title = f"Workshop {i}"
        store.create(session)


# -- benchmarks ------------------------------------------------------------------
def bench_list(args: argparse.Namespace) -> list[Row]:
    with tempfile.TemporaryDirectory() as tmp:
        full, empty = Path(tmp) / "full", Path(tmp) / "empty"
        started = time.perf_counter()
        fill_folder(full, args.sessions)
        print(f"  (wrote {args.sessions} sessions in {time.perf_counter() - started:.1f} s)",
              file=sys.stderr)
        env = child_env(CXWORKSHOP_LANG="en")
        cli = cxworkshop_command()
        baseline = 'python -c "import typer, tinydb"'
        list_full = [*cli, "--sessions-dir", str(full), "list"]

        def drop_cache() -> None:
            from cxworkshop.cli.summaries import CACHE_NAME

            (full / CACHE_NAME).unlink(missing_ok=True)

        cold = median_seconds(process(list_full, env, before=drop_cache), max(3, args.runs // 2),
                              warmup=0)
        times = interleaved({
            "base": process([sys.executable, "-c", "import typer, tinydb"], env),
            "list": process(list_full, env),
            "empty": process([*cli, "--sessions-dir", str(empty), "list"], env),
            "help": process([*cli, "--help"], env),
            "estimate": process([*cli, "estimate"], env),
        }, args.runs)
        base = times["base"]
        rows = [
            Row(f"cxworkshop list ({args.sessions} sessions)", times["list"], baseline, base,
                "ratio <= 2.0"),
            Row(f"cxworkshop list ({args.sessions}, no summary cache)", cold, baseline, base),
            Row("cxworkshop list (empty folder)", times["empty"], baseline, base),
            Row("cxworkshop --help", times["help"], baseline, base),
            Row("cxworkshop estimate", times["estimate"], baseline, base),
        ]
    rows[0].ok = rows[0].ratio is not None and rows[0].ratio <= 2.0
    return rows


def bench_update(args: argparse.Namespace) -> list[Row]:
    from cxworkshop.domain import edits
    from cxworkshop.store import SessionStore

    with tempfile.TemporaryDirectory() as tmp:
        store = SessionStore(Path(tmp) / "sessions")
        session = store.create(big_session(args.frustrations))
        path = store.path_for(session.id)
        raw = json.loads(path.read_text(encoding="utf-8"))  # the same data, as on disk
        plain_file = Path(tmp) / "plain.json"
        counter = iter(range(10**9))

        def store_update() -> None:
            change = edits.update("frustrations", "f00042", minutes=1 + next(counter) % 60)
            store.update(session.id, change)

        def plain_write() -> None:
            data = json.dumps(raw)
            with open(plain_file, "w", encoding="utf-8") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())

        times = interleaved({"store": store_update, "plain": plain_write}, args.runs * 3)
        updated, plain = times["store"], times["plain"]
    row = Row(f"SessionStore.update ({args.frustrations} frustrations)", updated,
              "json.dumps + write + fsync", plain, "ratio <= 2.0")
    row.ok = row.ratio is not None and row.ratio <= 2.0
    return [row]


def bench_markdown(args: argparse.Namespace) -> list[Row]:
    from cxworkshop.export.markdown import render_markdown

    session = big_session(args.frustrations)
    seconds = median_seconds(lambda: render_markdown(session), args.runs * 3, warmup=2)
    return [Row(f"render_markdown ({args.frustrations} frustrations)", seconds,
                target="<= 50 ms", ok=seconds <= 0.050)]


def bench_startup(args: argparse.Namespace) -> list[Row]:
    from bench_tui import bench_startup as run

    return run(args)


def bench_keys(args: argparse.Namespace) -> list[Row]:
    from bench_tui import bench_keys as run

    return run(args)


def bench_plan(args: argparse.Namespace) -> list[Row]:
    from bench_tui import bench_plan as run

    return run(args)


BENCHMARKS: dict[str, Callable[[argparse.Namespace], list[Row]]] = {
    "list": bench_list,
    "update": bench_update,
    "markdown": bench_markdown,
    "startup": bench_startup,
    "keys": bench_keys,
    "plan": bench_plan,
}


def report(rows: list[Row]) -> None:
    for row in rows:
        line = f"{row.name:<44} {row.seconds * 1000:8.1f} ms"
        if row.baseline_seconds is not None:
            line += f"   vs {row.baseline} {row.baseline_seconds * 1000:.1f} ms = x{row.ratio:.2f}"
        if row.target:
            line += f"   target {row.target}: {'ok' if row.ok else 'MISSED'}"
        print(line, flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="runs per figure (median)")
    parser.add_argument("--sessions", type=int, default=1000, help="sessions for `list`")
    parser.add_argument("--frustrations", type=int, default=1000, help="frustrations in one session")
    parser.add_argument("--only", default="", help=f"comma-separated: {','.join(BENCHMARKS)}")
    args = parser.parse_args(argv)
    chosen = [n.strip() for n in args.only.split(",") if n.strip()] or list(BENCHMARKS)
    unknown = set(chosen) - set(BENCHMARKS)
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(sorted(unknown))}")
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, medians of {args.runs}+ runs")
    missed = 0
    for name in chosen:
        rows = BENCHMARKS[name](args)
        report(rows)
        missed += sum(1 for row in rows if row.ok is False)
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
