"""Session ids: short, unique, file-name safe, whatever the title."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cxworkshop.domain.models import Meta
from cxworkshop.store import SessionNotFound, SessionStore, StoreError
from cxworkshop.store.ids import is_safe_id, is_safe_name, new_session_id, slugify

WINDOWS_RESERVED = ["CON", "con", "PRN", "AUX", "NUL", "nul", "COM1", "com9", "LPT1", "lpt3"]


def test_id_is_slug_of_title_plus_random_suffix() -> None:
    session_id = new_session_id("Acme — Kick-off 2025!")
    slug, suffix = session_id.rsplit("-", 1)
    assert slug == "acme-kick-off-2025"
    assert len(suffix) == 4
    assert is_safe_id(session_id)


def test_accents_are_kept_as_plain_letters_and_empty_titles_get_a_word() -> None:
    assert slugify("Café Één") == "cafe-een"
    assert slugify("💡🙂") == "session"
    assert slugify("../../etc/passwd") == "etc-passwd"


def test_new_id_avoids_taken_ids_case_blind() -> None:
    taken = {new_session_id("x") for _ in range(50)}
    upper = {t.upper() for t in taken}
    for _ in range(200):
        fresh = new_session_id("x", upper)
        assert fresh not in taken


@pytest.mark.parametrize(
    "name", ["", ".", "..", "../x", "a/b", "a\\b", "C:x", ".hidden", "a\x00b", "tab\tname",
             "trailing.", "trailing ", "   ", "x" * 201, *WINDOWS_RESERVED, "nul.backup", "Con.json"],
)
def test_unsafe_names_are_refused(name: str) -> None:
    assert not is_safe_name(name)
    assert not is_safe_id(name)


@pytest.mark.parametrize("name", ["acme-3k2a", "Client X", "klant-één", "v2.1 final", "console", "nullish"])
def test_names_people_give_files_are_accepted_for_addressing(name: str) -> None:
    assert is_safe_name(name)


def test_path_for_refuses_escaping_names(store: SessionStore) -> None:
    for bad in ["../outside", "sub/inner", "CON", ".bak", ""]:
        with pytest.raises(SessionNotFound) as caught:
            store.path_for(bad)
        assert str(store.folder) in caught.value.message


@settings(max_examples=300, deadline=None)
@given(title=st.text(max_size=80))
def test_any_unicode_title_gives_a_safe_id(title: str) -> None:
    session_id = new_session_id(title)
    assert is_safe_id(session_id) and is_safe_name(session_id)
    assert len(session_id) <= 29
    assert session_id == session_id.lower()
    assert all(c.isascii() and (c.isalnum() or c == "-") for c in session_id)


@pytest.mark.parametrize("given_id", ["../evil", "a/b", "CON", "nul", ".hidden", "", "UPPER"])
def test_create_replaces_an_unsafe_id_given_by_the_caller(store: SessionStore, given_id: str) -> None:
    from cxworkshop.domain.models import Session

    session = store.create(Session(id=given_id, meta=Meta(title="T")))
    assert session.id != given_id and is_safe_id(session.id)
    assert [p.name for p in store.session_paths()] == [f"{session.id}.json"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=st.text(min_size=0, max_size=60))
def test_creating_a_session_with_any_title_writes_inside_the_folder(tmp_path: Path, title: str) -> None:
    store = SessionStore(tmp_path / "s")
    session = store.new_session(Meta(title=title))
    path = store.path_for(session.id)
    assert path.parent == store.folder
    assert path.is_file()
    assert store.load(session.id).meta.title == title
    # nothing was written anywhere else
    assert {p.parent for p in (tmp_path).rglob("*") if p.is_file()} == {store.folder}


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ref=st.text(max_size=40).filter(lambda r: "/" not in r and "\\" not in r and not r.endswith(".json")))
def test_any_id_or_prefix_stays_inside_the_folder_or_is_refused(tmp_path: Path, ref: str) -> None:
    """(A reference with a separator or ending in .json is a path, and may point anywhere.)"""
    store = SessionStore(tmp_path / "s")
    if not store.folder.exists():
        store.new_session(Meta(title="Alpha"))
        store.new_session(Meta(title="Beta"))
    try:
        path = store.path_for(ref)
    except SessionNotFound:
        pass
    else:
        assert path.parent == store.folder and path.name == f"{ref}.json"
    try:
        found = store.resolve(ref)
    except StoreError:
        return
    assert found.parent == store.folder and found.is_file()
