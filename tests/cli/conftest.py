"""Fixtures for the command-line tests: a sessions folder in tmp_path, a runner, a fake TUI."""

from __future__ import annotations

import sys
import types
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result


@pytest.fixture(autouse=True)
def english(monkeypatch: pytest.MonkeyPatch) -> None:
    """CLI output in English unless a test asks for Dutch; no folder from the environment."""
    monkeypatch.setenv("CXWORKSHOP_LANG", "en")
    monkeypatch.delenv("CXWORKSHOP_SESSIONS_DIR", raising=False)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "sessions"


@pytest.fixture
def cli(folder: Path) -> Callable[..., Result]:
    """Run ``cxworkshop --sessions-dir <folder> ARGS`` in-process."""
    from cxworkshop.cli.app import app

    runner = CliRunner()

    def run(*args: str, input: str | None = None, env: dict[str, str] | None = None) -> Result:
        return runner.invoke(app, ["--sessions-dir", str(folder), *args], input=input, env=env)

    return run


@dataclass
class FakeTui:
    """Stands in for ``cxworkshop.tui.app``: records what the CLI asked it to open."""

    calls: list[tuple[Path, str | None]] = field(default_factory=list)

    def run_app(self, store: Any, session_id: str | None = None) -> None:
        self.calls.append((store.folder, session_id))


@pytest.fixture
def fake_tui(monkeypatch: pytest.MonkeyPatch) -> FakeTui:
    """A terminal is present and the TUI module is replaced by a recorder."""
    fake = FakeTui()
    module = types.ModuleType("cxworkshop.tui.app")
    module.run_app = fake.run_app  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "cxworkshop.tui.app", module)
    monkeypatch.setattr("cxworkshop.cli.common.interactive", lambda: True)
    return fake


@pytest.fixture
def no_tui(monkeypatch: pytest.MonkeyPatch) -> FakeTui:
    """No terminal; the TUI module is still replaced, so a wrong launch would be recorded."""
    fake = FakeTui()
    module = types.ModuleType("cxworkshop.tui.app")
    module.run_app = fake.run_app  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "cxworkshop.tui.app", module)
    monkeypatch.setattr("cxworkshop.cli.common.interactive", lambda: False)
    return fake
