"""Actions step: every status in one keystroke (1–5), shown in the footer, the help and
under the table; saved to disk at once."""

from __future__ import annotations

import pytest

from cxworkshop.store import SessionStore
from cxworkshop.tui.screens.help import pane_key_rows
from tests.tui.test_actions import cell, make, plan, table


async def on_row(app, pilot, key: str) -> None:  # type: ignore[no-untyped-def]
    table(app).focus()
    table(app).select(key)
    await pilot.pause()


def legend(app) -> str:  # type: ignore[no-untyped-def]
    """The line under the details that says which number key sets which status."""
    shown = app.pane.query_one("#actions-status-keys")
    return str(shown.render()) if shown.display else ""


def marked(app) -> list[str]:  # type: ignore[no-untyped-def]
    """The parts of the legend drawn in reverse video (the current status)."""
    text = app.pane.query_one("#actions-status-keys").content
    return [text.plain[span.start:span.end] for span in text.spans if "reverse" in str(span.style)]


@pytest.mark.parametrize(("key", "status", "shown"), [
    ("4", "done", "● done"),
    ("3", "stuck", "▲ stuck"),
    ("2", "in_progress", "◐ in progress"),
    ("5", "dropped", "✕ dropped"),
])
async def test_one_key_sets_any_status_and_saves_it(store: SessionStore, key: str, status: str,
                                                     shown: str) -> None:
    app = make(store, plan())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await on_row(app, pilot, "action:a1")
        await pilot.press(key)
        assert cell(app, "a1", "status") == shown
        assert table(app).selected_key == "action:a1"
        assert store.load("ws").action("a1").status == status, "on disk straight away"
        await pilot.press("1")
        assert cell(app, "a1", "status") == "○ open"
    assert store.load("ws").action("a1").status == "open"
    assert store.load("ws").action("a2").status == "open", "only the selected action changes"


async def test_fast_status_keys_end_on_the_last_one_pressed(store: SessionStore) -> None:
    app = make(store, plan())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await on_row(app, pilot, "action:a2")
        app.pane.action_set_status("done")
        app.pane.action_set_status("open")  # before the first save has come back
        app.pane.action_set_status("stuck")
        await pilot.pause()
        assert cell(app, "a2", "status") == "▲ stuck"
    assert store.load("ws").action("a2").status == "stuck"


async def test_status_keys_do_nothing_on_a_barrier_row(store: SessionStore) -> None:
    app = make(store, plan())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await on_row(app, pilot, "barrier:b1")
        assert app.pane.check_action("set_status", ("done",)) is None, "shown greyed out"
        await pilot.press("4", "5")
        assert cell(app, "a1", "status") == "○ open"
    assert store.load("ws").revision == 1


async def test_footer_help_and_detail_show_the_status_keys(store: SessionStore) -> None:
    app = make(store, plan())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await on_row(app, pilot, "action:a1")
        footer = [(b.binding.key_display or b.binding.key, b.binding.group and b.binding.group.description)
                  for b in app.screen.active_bindings.values() if b.binding.show]
        assert ("s", "Status") in footer and ("/1–5", "Status") in footer
        assert not any(key in ("2", "3", "4", "5") for key, _ in footer), "one footer item for 1–5"
        rows = pane_key_rows(app.pane)
        for row in [("s", "Next status"), ("1", "Status: open"), ("2", "Status: in progress"),
                    ("3", "Status: stuck"), ("4", "Status: done"), ("5", "Status: dropped")]:
            assert row in rows
        keys = "Set to: 1 ○ open · 2 ◐ in progress · 3 ▲ stuck · 4 ● done · 5 ✕ dropped"
        assert legend(app) == keys
        assert marked(app) == ["1 ○ open"]
        await pilot.press("4")
        assert legend(app) == keys
        assert marked(app) == ["4 ● done"]
        await pilot.press("up")  # a barrier row: no legend
        assert legend(app) == ""


async def test_dutch_status_keys(store: SessionStore) -> None:
    app = make(store, plan(lang="nl"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await on_row(app, pilot, "action:a1")
        rows = pane_key_rows(app.pane)
        assert ("s", "Volgende status") in rows
        assert ("3", "Status: vastgelopen") in rows and ("4", "Status: klaar") in rows
        assert legend(app) == (
            "Zet op: 1 ○ open · 2 ◐ bezig · 3 ▲ vastgelopen · 4 ● klaar · 5 ✕ geschrapt")
        await pilot.press("4")
        assert cell(app, "a1", "status") == "● klaar"
    assert store.load("ws").action("a1").status == "done"
