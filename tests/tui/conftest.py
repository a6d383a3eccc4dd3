"""Shared fixtures for the TUI tests.

Every TUI test gets a private preferences folder (so no test reads or writes the real
user settings) and English as the language outside a session. ``async def`` tests run
in a fresh event loop (there is no pytest-asyncio here; Pilot needs an event loop).
"""

from __future__ import annotations

import asyncio
import inspect
from pathlib import Path

import pytest

from cxworkshop.store import SessionStore


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


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem: pytest.Function) -> bool | None:
    """Run ``async def test_...`` functions with ``asyncio.run``."""
    if not inspect.iscoroutinefunction(pyfuncitem.obj):
        return None
    names = pyfuncitem._fixtureinfo.argnames
    asyncio.run(pyfuncitem.obj(**{name: pyfuncitem.funcargs[name] for name in names}))
    return True
