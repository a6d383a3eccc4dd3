"""Settings every test shares: never touch the user's real folders or preferences."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    config = tmp_path_factory.mktemp("config")
    monkeypatch.setenv("CXWORKSHOP_CONFIG_DIR", str(config))
    monkeypatch.delenv("CXWORKSHOP_SESSIONS_DIR", raising=False)
    monkeypatch.delenv("CXWORKSHOP_LANG", raising=False)
