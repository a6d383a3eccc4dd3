"""Which folder is used, when it is created, and how a session is addressed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from cxworkshop.domain import edits
from cxworkshop.domain.models import Meta
from cxworkshop.store import AmbiguousSession, SessionNotFound, SessionStore, resolve_sessions_dir
from cxworkshop.store.paths import ENV_VAR


def test_folder_comes_from_argument_then_environment_then_cwd(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv(ENV_VAR, raising=False)
    assert resolve_sessions_dir() == tmp_path / "sessions"
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "from-env"))
    assert SessionStore().folder == tmp_path / "from-env"
    assert SessionStore(tmp_path / "explicit").folder == tmp_path / "explicit"
    assert SessionStore("relative").folder == tmp_path / "relative"  # made absolute


def test_nothing_is_created_until_the_first_write(folder: Path) -> None:
    store = SessionStore(folder)
    assert list(store.scan()) == []
    assert store.ids() == set()
    assert store.trashed_ids() == set()
    with pytest.raises(SessionNotFound):
        store.load("anything")
    assert not folder.exists()
    store.new_session(Meta(title="First"))
    assert folder.is_dir()


def test_address_by_id_prefix_and_path(store: SessionStore) -> None:
    one = store.new_session(Meta(title="Alpha"))
    two = store.new_session(Meta(title="Beta"))
    path = store.path_for(one.id)
    assert store.resolve(one.id) == path
    assert store.resolve("alp") == path
    assert store.resolve("ALP") == path  # prefixes are case-blind
    assert store.resolve(str(path)) == path
    assert store.resolve(path) == path
    assert store.resolve(path.name) == path  # a bare file name is looked up in the folder
    assert store.load(two.id[:3]).meta.title == "Beta"


def test_ambiguous_and_unknown_refs_name_the_folder(store: SessionStore) -> None:
    first = store.new_session(Meta(title="Workshop"))
    second = store.new_session(Meta(title="Workshop"))
    with pytest.raises(AmbiguousSession) as caught:
        store.resolve("works")
    assert first.id in caught.value.message and second.id in caught.value.message
    assert str(store.folder) in caught.value.message
    with pytest.raises(SessionNotFound) as missing:
        store.resolve("nothing-like-this")
    assert str(store.folder) in missing.value.message
    assert str(store.folder) in missing.value.message_in("nl")
    with pytest.raises(SessionNotFound):
        store.resolve("../escape")


def test_a_file_outside_the_folder_can_be_opened_and_updated_by_path(
    store: SessionStore, tmp_path: Path
) -> None:
    session = store.new_session(Meta(title="Travelling"))
    elsewhere = tmp_path / "usb" / "travelling.json"
    elsewhere.parent.mkdir()
    shutil.copy(store.path_for(session.id), elsewhere)
    saved = store.update(elsewhere, edits.update_meta(organisation="Moved"))
    assert saved.id == "travelling"
    assert SessionStore.read_file(elsewhere).meta.organisation == "Moved"
    assert store.load(session.id).meta.organisation == ""  # the original is untouched


def test_a_copied_file_is_its_own_session(store: SessionStore) -> None:
    """The id is the file name, so editing a copy never writes to the original."""
    original = store.new_session(Meta(title="Original"))
    shutil.copy(store.path_for(original.id), store.folder / "Client X.json")
    copy = store.load("Client X")
    assert copy.id == "Client X"
    store.update(copy.id, edits.update_meta(title="The copy"))
    assert store.load(original.id).meta.title == "Original"
    assert store.load("client x").meta.title == "The copy"
    assert {s.id for s in store.scan()} == {original.id, "Client X"}
