"""Shared fixtures for the TUI tests.

Every TUI test gets a private preferences folder (so no test reads or writes the real
user settings) and English as the language outside a session. ``async def`` tests run
in a fresh event loop (there is no pytest-asyncio here; Pilot needs an event loop).

Steady screens, so tests pass on a loaded machine too:

- ``Pilot.pause()`` and ``Pilot.press()`` wait until the app has settled (after every
  key), not until the CPU looks idle (see ``tests/tui/waiting.py``);
- text cursors do not blink (a cursor is drawn while its input has the focus) and
  nothing animates;
- a snapshot test (one that uses ``snap_compare``) also gets a fixed world: the header
  clock at 2026-03-12 14:02, UTC, and HOME at ``tmp_path`` (a store in
  ``tmp_path / "sessions"`` shows as ``~/sessions``). The step timer reads the clock
  given to ``make_app``: a snapshot that opens a session passes ``clock=fixed_clock``
  (``tests/tui/clock.py``), never the real one.
"""

from __future__ import annotations

import asyncio
import inspect
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import textual.constants
from textual.pilot import Pilot
from textual.widgets import Input

from cxworkshop.store import SessionStore
from tests.tui import waiting
from tests.tui.clock import FIXED_NOW, FakeClock


async def _settling_pause(pilot: Pilot, delay: float | None = None) -> None:
    if delay is not None:
        await waiting.ORIGINAL_PAUSE(pilot, delay)
    await waiting.settle(pilot)


@pytest.fixture(autouse=True)
def _steady_app(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Pilot, "pause", _settling_pause)
    monkeypatch.setattr(Pilot, "press", waiting.press)
    monkeypatch.setattr(Input, "_toggle_cursor", lambda self: None)
    monkeypatch.setattr(textual.constants, "TEXTUAL_ANIMATIONS", "none")


@pytest.fixture(autouse=True)
def _fixed_world(request: pytest.FixtureRequest, tmp_path: Path,
                 monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    if "snap_compare" not in request.fixturenames:
        yield
        return
    from cxworkshop.tui.widgets import session_header

    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    monkeypatch.setattr(session_header, "now", lambda: FIXED_NOW)
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture(autouse=True)
def _private_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "config"
    monkeypatch.setenv("CXWORKSHOP_CONFIG_DIR", str(folder))
    monkeypatch.setenv("CXWORKSHOP_LANG", "en")
    return folder


@pytest.fixture
def store(tmp_path: Path) -> SessionStore:
    """An empty sessions folder in tmp_path."""
    return SessionStore(tmp_path / "sessions")


@pytest.fixture
def demo_store(store: SessionStore) -> SessionStore:
    """A store holding the Dutch demo session (id "demo")."""
    from cxworkshop.domain.demo import demo_session

    store.create(demo_session())
    return store


@pytest.fixture
def fixed_clock() -> FakeClock:
    """The step timer's clock, standing still at 2026-03-12 14:02 UTC (``advance`` moves it)."""
    return FakeClock()


@pytest.fixture
def demo_app(demo_store: SessionStore, fixed_clock: FakeClock):  # type: ignore[no-untyped-def]
    """The whole app opened on the Dutch demo session, its timer on ``fixed_clock``."""
    from cxworkshop.tui.app import make_app

    return make_app(demo_store, "demo", clock=fixed_clock)


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem: pytest.Function) -> bool | None:
    """Run ``async def test_...`` functions with ``asyncio.run``."""
    if not inspect.iscoroutinefunction(pyfuncitem.obj):
        return None
    names = pyfuncitem._fixtureinfo.argnames
    asyncio.run(pyfuncitem.obj(**{name: pyfuncitem.funcargs[name] for name in names}))
    return True
