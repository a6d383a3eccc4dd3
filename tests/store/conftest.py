"""Fixtures for the store tests: a store on a fresh folder in tmp_path."""

from __future__ import annotations

from pathlib import Path

import pytest

from cxworkshop.domain.models import Session
from cxworkshop.store import SessionStore
from tests.store.helpers import full_session


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "sessions"


@pytest.fixture
def store(folder: Path) -> SessionStore:
    return SessionStore(folder)


@pytest.fixture
def saved(store: SessionStore) -> Session:
    return store.create(full_session())

