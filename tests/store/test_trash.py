"""Delete moves to .trash/, restore brings it back; nothing is destroyed."""

from __future__ import annotations

import pytest

from cxworkshop.domain import edits
from cxworkshop.domain.models import Meta, Session
from cxworkshop.store import AmbiguousSession, SessionNotFound, SessionStore, StoreError


def test_delete_moves_the_file_and_its_backup_to_the_trash(store: SessionStore, saved: Session) -> None:
    store.update(saved.id, edits.update_meta(organisation="v2"))
    content = store.path_for(saved.id).read_bytes()
    target = store.delete(saved.id)
    assert target == store.folder / ".trash" / f"{saved.id}.json"
    assert target.read_bytes() == content
    assert (store.folder / ".trash" / f".{saved.id}.json.bak").is_file()
    assert list(store.scan()) == [] and store.ids() == set()
    assert store.trashed_ids() == {saved.id}
    with pytest.raises(SessionNotFound):
        store.load(saved.id)


def test_restore_brings_it_back_with_its_backup(store: SessionStore, saved: Session) -> None:
    store.update(saved.id, edits.update_meta(organisation="v2"))
    store.delete(saved.id)
    restored = store.restore(saved.id[:4])
    assert restored.id == saved.id and restored.meta.organisation == "v2"
    assert store.trashed_ids() == set()
    assert store.restore_backup(saved.id).meta.organisation == "Acme"


def test_a_trashed_id_is_never_handed_out_again(store: SessionStore, saved: Session) -> None:
    store.delete(saved.id)
    again = Session(id=saved.id, meta=Meta(title="Same id please"))
    assert store.create(again).id != saved.id


def test_deleting_the_same_id_twice_keeps_both_versions(store: SessionStore, saved: Session) -> None:
    store.delete(saved.id)
    store.restore(saved.id)
    store.update(saved.id, edits.update_meta(organisation="second life"))
    path = store.path_for(saved.id)
    (store.folder / ".trash" / path.name).write_bytes(path.read_bytes())  # trash slot is taken
    second = store.delete(saved.id)
    assert second.name.startswith(f"{saved.id}~") and second.name.endswith(".json")
    assert len(list((store.folder / ".trash").glob("*.json"))) == 2
    assert store.trashed_ids() == {saved.id}
    assert store.restore(saved.id).meta.organisation == "second life"  # the newest comes back


def test_restore_refuses_to_overwrite(store: SessionStore, saved: Session) -> None:
    store.delete(saved.id)
    path = store.path_for(saved.id)
    path.write_bytes(b"someone else's file")
    with pytest.raises(StoreError) as caught:
        store.restore(saved.id)
    assert str(path) in caught.value.message
    assert path.read_bytes() == b"someone else's file"
    assert store.trashed_ids() == {saved.id}


def test_restore_errors(store: SessionStore) -> None:
    one = store.new_session(Meta(title="Plan"))
    two = store.new_session(Meta(title="Plan"))
    store.delete(one.id)
    store.delete(two.id)
    with pytest.raises(AmbiguousSession):
        store.restore("plan")
    for ref in ["nothing", "../x", ""]:
        with pytest.raises(SessionNotFound) as caught:
            store.restore(ref)
        assert ".trash" in caught.value.message
    with pytest.raises(SessionNotFound):
        store.delete("nothing")
