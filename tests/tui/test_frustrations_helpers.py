"""Helpers shared by the Frustrations step tests, plus unit tests of the number formats.

``open_pane`` runs the pane in the PaneHarness on a real store in ``tmp_path``;
``screen_text`` is what a person would read on the terminal.
"""

from __future__ import annotations

from contextlib import asynccontextmanager
from pathlib import Path

from textual.app import App
from textual.widgets import Digits, Input, Static

from cxworkshop.domain.models import Frustration, Meta, Participant, Session
from cxworkshop.store import SessionStore
from cxworkshop.tui.steps.frustrations import FrustrationsPane
from cxworkshop.tui.widgets import frustration_format as fmt
from cxworkshop.tui.widgets.frustration_table import FrustrationTable
from tests.tui.harness import PaneHarness
from tests.tui.screen import screen_text


def make_session(lang: str = "nl", mode: str = "team", frustrations: list[Frustration] | None = None,
                 people: int = 2, **meta: object) -> Session:
    return Session(
        id="",
        meta=Meta(title="Test workshop", language=lang, mode=mode, **meta),  # type: ignore[arg-type]
        participants=[Participant(f"Person {i}") for i in range(people)],
        frustrations=list(frustrations or []),
    )


def three_frustrations() -> list[Frustration]:
    """100, 50 and 20 hours a year at 200 working days."""
    return [
        Frustration("Searching three systems", "employee", "Service", "day", 3, 10, 1, id="fa"),
        Frustration("Printer queue", "employee", "IT", "day", 1.5, 10, 1, id="fb"),
        Frustration("Phone menu", "customer", "Service", "week", 5, 6, 1, id="fc"),
    ]


@asynccontextmanager
async def open_pane(tmp_path: Path, session: Session, size: tuple[int, int] = (80, 20)):
    store = SessionStore(tmp_path / "sessions")
    saved = store.create(session)
    app = PaneHarness(store, saved.id, FrustrationsPane)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        yield app, pilot


async def settle(pilot) -> None:  # type: ignore[no-untyped-def]
    """Let messages, saves and the refresh after them run."""
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def on_disk(app: PaneHarness) -> Session:
    return app.store.load(app.session.id)


def team_digits(app: App) -> str:
    return app.screen.query_one("#digits-team", Digits).value


def static_text(app: App, selector: str) -> str:
    return str(app.screen.query_one(selector, Static).render())


def table(app: App) -> FrustrationTable:
    return app.screen.query_one(FrustrationTable)


def table_rows(app: App) -> list[list[str]]:
    """The table's cells as plain text, in the order shown."""
    data = table(app)
    rows = []
    for index in range(data.row_count):
        rows.append([str(getattr(cell, "text", cell)) for cell in data.get_row_at(index)])
    return rows


def entry(app: App, name: str) -> Input:
    return app.screen.query_one(f"#entry-{name}", Input)


def error_text(app: App, name: str) -> str:
    widget = app.screen.query_one(f"#error-{name}", Static)
    return str(widget.render()) if widget.has_class("-visible") else ""


# -- unit tests of the formats (pure functions) --------------------------------------
def test_numbers_follow_the_session_language() -> None:
    assert fmt.number(1234.5, "nl") == "1.234"
    assert fmt.number(1234.5, "en") == "1,234"
    assert fmt.hours(0.84, "nl") == "0,8"
    assert fmt.hours(33.33, "en") == "33"
    assert fmt.fte(2.18, "nl") == "2,2"
    assert fmt.money(226633.4, "EUR", "nl") == "€ 226.633"
    assert fmt.money(226633.4, "EUR", "en") == "€226,633"
    assert fmt.money(5, "CHF", "en") == "CHF 5"
    assert fmt.money(50.5, "EUR", "nl", cents=True) == "€ 50,50"
    assert fmt.money(1250.5, "USD", "en", cents=True) == "$1,250.50"
    assert fmt.money(65, "EUR", "nl", cents=True) == "€ 65"


def test_plain_figures_read_back_the_same() -> None:
    from cxworkshop.domain.validation import check_number

    for value in (2.5, 10.0, 1000.0, 2 / 3, 0.0, 480.0):
        for lang in ("en", "nl"):
            assert check_number("minutes", fmt.plain(value, lang), bounds="occurrences_week") == value


def test_shorten_counts_cells_not_characters() -> None:
    assert fmt.shorten("hello  world 🙂🙂🙂 this", 14) == "hello world…"
    assert fmt.shorten("short", 10) == "short"
    assert fmt.shorten("line\nbreak", 20) == "line break"
