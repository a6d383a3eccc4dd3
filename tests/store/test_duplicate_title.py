"""duplicate(): the default title of the copy follows the session's language, not the interface's."""

from __future__ import annotations

import pytest

from cxworkshop.domain.models import Meta, Session
from cxworkshop.domain.validation import MAX_TEXT
from cxworkshop.store import SessionStore


@pytest.mark.parametrize(("language", "expected"), [
    ("nl", "Klantdag (kopie)"),
    ("en", "Klantdag (copy)"),
])
def test_default_copy_title_is_in_the_session_language(
    store: SessionStore, monkeypatch: pytest.MonkeyPatch, language: str, expected: str
) -> None:
    monkeypatch.setenv("LANG", "en_GB.UTF-8")  # the interface language must not matter
    original = store.create(Session(id="", meta=Meta(title="Klantdag", language=language)))
    copy = store.duplicate(original.id)
    assert copy.id != original.id
    assert copy.meta.title == expected
    assert store.load(copy.id).meta.title == expected  # on disk too
    assert store.load(original.id).meta.title == "Klantdag"


def test_a_given_title_wins(store: SessionStore) -> None:
    original = store.create(Session(id="", meta=Meta(title="Klantdag", language="nl")))
    assert store.duplicate(original.id, title="Klantdag Q3").meta.title == "Klantdag Q3"


def test_copy_of_a_longest_title_stays_within_the_limit(store: SessionStore) -> None:
    original = store.create(Session(id="", meta=Meta(title="x" * MAX_TEXT, language="nl")))
    copy = store.duplicate(original.id)
    assert len(store.load(copy.id).meta.title) == MAX_TEXT
