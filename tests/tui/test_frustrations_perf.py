"""A thousand frustrations: the step still works; and a latency probe to run by hand.

The test checks behaviour only (the machine is shared, so no timing assertions).
``python -m tests.tui.test_frustrations_perf`` prints keystroke latency in the
quick-entry input with 1 000 frustrations against 10, measured from posting a key to
the refresh that shows it (``call_after_refresh``), plus the time to add one.
"""

from __future__ import annotations

import asyncio
import statistics
import tempfile
from pathlib import Path
from time import perf_counter

from textual import events, on
from textual.widgets import Input

from cxworkshop.domain.models import Frustration
from cxworkshop.store import SessionStore
from cxworkshop.tui.steps.frustrations import FrustrationsPane
from tests.tui.harness import PaneHarness
from tests.tui.test_frustrations_helpers import make_session, on_disk, open_pane, settle, table, table_rows


def many(count: int) -> list[Frustration]:
    departments = ["Service", "Billing", "IT", "Field", "Marketing", "Sales", "Legal"]
    return [
        Frustration(f"Frustration number {i} with a reasonably long description of what goes wrong",
                    "customer" if i % 3 else "employee", departments[i % 7], "week" if i % 2 else "day",
                    1 + i % 9, 2 + i % 25, 1 + i % 4, id=f"f{i:04d}")
        for i in range(count)
    ]


async def test_a_thousand_frustrations_stay_workable(tmp_path) -> None:
    async with open_pane(tmp_path, make_session("en", frustrations=many(1000)), (80, 24)) as (app, pilot):
        assert table(app).row_count == 1000
        app.screen.query_one("#entry-minutes").value = "480"
        app.screen.query_one("#entry-people").value = "50"
        await pilot.press(*"Top", "enter")
        await settle(pilot)
        assert len(on_disk(app).frustrations) == 1001
        assert table(app).row_count == 1001 and table_rows(app)[0][0] == "Top"
        assert table(app).cursor_row == 0
        hours = [float(row[-1].replace(",", "")) for row in table_rows(app)]
        assert hours == sorted(hours, reverse=True)


# -- the latency probe (not a test) -----------------------------------------------------
class ProbedHarness(PaneHarness):
    """Marks the refresh that follows each change of the quick-entry text."""

    def __init__(self, *args: object) -> None:
        super().__init__(*args)  # type: ignore[arg-type]
        self.shown = asyncio.Event()
        self.saved = asyncio.Event()

    @on(Input.Changed, "#entry-text")
    def _probe(self) -> None:
        self.call_after_refresh(self.shown.set)

    def on_mount(self) -> None:
        refresh_view = self.pane.refresh_view

        def refresh_and_mark() -> None:
            refresh_view()
            self.call_after_refresh(self.saved.set)

        self.pane.refresh_view = refresh_and_mark  # type: ignore[method-assign]


async def _latencies(count: int, keys: int = 60) -> tuple[list[float], list[float]]:
    folder = Path(tempfile.mkdtemp())
    store = SessionStore(folder)
    session = store.create(make_session("en", frustrations=many(count)))
    app = ProbedHarness(store, session.id, FrustrationsPane)
    typing: list[float] = []
    adding: list[float] = []
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        driver = app._driver
        assert driver is not None
        for round_ in range(3):
            for i in range(keys // 3):
                char = "abcdefghij"[i % 10]
                app.shown.clear()
                event = events.Key(char, char)
                event.set_sender(app)
                started = perf_counter()
                driver.send_message(event)
                await asyncio.wait_for(app.shown.wait(), 30)
                typing.append((perf_counter() - started) * 1000)
                await pilot.pause()
            app.saved.clear()
            event = events.Key("enter", None)
            event.set_sender(app)
            started = perf_counter()
            driver.send_message(event)
            await asyncio.wait_for(app.saved.wait(), 30)
            adding.append((perf_counter() - started) * 1000)
            await settle(pilot)
    return typing, adding


def measure() -> None:
    results = {}
    for count in (10, 1000, 10, 1000):  # interleaved, so a busy moment hits both
        typing, adding = asyncio.run(_latencies(count))
        results.setdefault(count, ([], []))
        results[count][0].extend(typing)
        results[count][1].extend(adding)
    for count, (typing, adding) in results.items():
        print(f"{count:>5} frustrations: key→screen median {statistics.median(typing):6.2f} ms, "
              f"p90 {statistics.quantiles(typing, n=10)[-1]:6.2f} ms, max {max(typing):6.2f} ms; "
              f"add→screen median {statistics.median(adding):6.1f} ms")
    ratio = statistics.median(results[1000][0]) / statistics.median(results[10][0])
    print(f"typing latency ratio 1000/10: {ratio:.2f}")


if __name__ == "__main__":
    measure()
