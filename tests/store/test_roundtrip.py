"""What a session file holds and how update/replace/duplicate change it."""

from __future__ import annotations

import json
from dataclasses import fields
from pathlib import Path

import orjson
import pytest
from tinydb import TinyDB

from cxworkshop.domain import edits
from cxworkshop.domain.models import SCHEMA_VERSION, Frustration, Promise, Session
from cxworkshop.store import ConflictError, SessionNotFound, SessionStore
from cxworkshop.store import layout
from cxworkshop.store.storage import dump
from cxworkshop.store.tinydb_storage import AtomicJSONStorage
from tests.store.helpers import full_session


def test_file_is_tinydb_tables_with_schema_version_and_revision(store: SessionStore, saved: Session) -> None:
    path = store.path_for(saved.id)
    raw = json.loads(path.read_text(encoding="utf-8"))
    header = raw["session"]["1"]
    assert header["schema_version"] == SCHEMA_VERSION
    assert header["revision"] == 1
    assert header["id"] == saved.id
    assert [row["text"] for row in raw["frustrations"].values()] == [f.text for f in saved.frustrations]
    with TinyDB(path, storage=AtomicJSONStorage) as db:
        assert len(db.table("frustrations")) == 3
        assert db.table("barriers").all()[0]["frustration_ids"] == saved.barriers[0].frustration_ids


def test_reading_gives_back_exactly_what_was_saved(store: SessionStore, saved: Session) -> None:
    assert store.load(saved.id) == saved
    assert store.load(saved.id).to_dict() == saved.to_dict()


def test_every_field_of_a_session_survives_a_save(store: SessionStore, saved: Session) -> None:
    """New fields in the domain land in the header by themselves; this catches any that
    would silently be dropped."""
    loaded = store.load(saved.id)
    for name in [f.name for f in fields(Session)]:
        assert getattr(loaded, name) == getattr(saved, name), name
    assert loaded.facilitation.votes[0].dots == 2 and loaded.previous == saved.previous
    assert set(layout.header_fields()) | set(layout.ITEM_TABLES) >= (
        {f.name for f in fields(Session)} - {"promise"}
    ) | {f.name for f in fields(Promise)}


def test_fast_layout_matches_the_domain_serialisation() -> None:
    """layout skips asdict/from_dict for speed; it must agree with the domain's own."""
    session = full_session(frustrations=5)
    session.id, session.revision = "x", 4
    raw = orjson.loads(dump(layout.to_tables(session)))
    assert layout.from_tables(raw) == Session.from_dict(session.to_dict())
    assert orjson.loads(dump(layout.to_tables(layout.from_tables(raw)))) == raw


def test_older_rows_get_defaults_and_unknown_fields_are_dropped() -> None:
    session = full_session()
    session.id = "x"
    raw = orjson.loads(dump(layout.to_tables(session)))
    del raw["frustrations"]["1"]["people"]
    raw["frustrations"]["2"]["from_the_future"] = True
    loaded = layout.from_tables(raw)
    assert loaded.frustrations[0].people == Frustration(text="").people
    assert loaded.frustrations[1] == session.frustrations[1]


def test_update_rereads_applies_and_bumps_revision(store: SessionStore, saved: Session) -> None:
    item = Frustration(text="Printer again")
    result = store.update(saved.id, edits.add("frustrations", item), base_revision=1)
    assert result.revision == 2
    on_disk = store.load(saved.id)
    assert on_disk.revision == 2 and on_disk.frustrations[-1] == item
    assert on_disk.meta.updated_at >= saved.meta.updated_at


def test_update_applies_on_top_of_changes_made_elsewhere(store: SessionStore, saved: Session) -> None:
    draft_id = saved.promise.drafts[0].id
    other_window = SessionStore(store.folder)
    other_window.update(saved.id, edits.change_votes("drafts", draft_id, 3))
    # this window still thinks revision 1; its relative vote is applied on the fresh file
    result = store.update(saved.id, edits.change_votes("drafts", draft_id, 1), base_revision=1)
    assert result.revision == 3
    assert result.promise.drafts[0].votes == 2 + 3 + 1


def test_a_mutation_cannot_move_the_session_to_another_file(store: SessionStore, saved: Session) -> None:
    def rename(session: Session) -> None:
        session.id = "../elsewhere"
        session.revision = 99

    result = store.update(saved.id, rename)
    assert result.id == saved.id and result.revision == 2
    assert [p.name for p in store.session_paths()] == [f"{saved.id}.json"]


def test_a_failing_mutation_writes_nothing(store: SessionStore, saved: Session) -> None:
    path = store.path_for(saved.id)
    before = path.read_bytes()

    def broken(session: Session) -> None:
        session.frustrations.clear()
        raise ValueError("bad input")

    with pytest.raises(ValueError):
        store.update(saved.id, broken)
    assert path.read_bytes() == before


def test_replace_with_current_revision_saves(store: SessionStore, saved: Session) -> None:
    saved.meta.title = "Renamed"
    result = store.replace(saved)
    assert result.revision == 2
    assert store.load(saved.id).meta.title == "Renamed"


def test_replace_with_a_stale_revision_is_refused(store: SessionStore, saved: Session) -> None:
    stale = store.load(saved.id)
    store.update(saved.id, edits.update_meta(organisation="Changed elsewhere"))
    path = store.path_for(saved.id)
    before = path.read_bytes()
    stale.meta.title = "Overwrite attempt"
    with pytest.raises(ConflictError) as caught:
        store.replace(stale)
    assert path.read_bytes() == before
    assert str(path) in caught.value.message and str(path) in caught.value.message_in("nl")
    assert "version 1" in caught.value.message and "2" in caught.value.message
    with pytest.raises(ConflictError):
        store.replace(store.load(saved.id), base_revision=1)


def test_replace_of_a_session_deleted_elsewhere_is_refused(store: SessionStore, saved: Session) -> None:
    store.delete(saved.id)
    with pytest.raises(SessionNotFound):
        store.replace(saved)
    assert store.ids() == set()


def test_duplicate_gets_a_new_id_and_a_copy_title(store: SessionStore, saved: Session) -> None:
    copy = store.duplicate(saved.id)
    assert copy.id != saved.id and copy.revision == 1
    assert copy.meta.title == "Acme kick-off (kopie)"  # the session is in Dutch
    assert copy.frustrations == saved.frustrations
    named = store.duplicate(saved.id, title="Second round")
    assert store.load(named.id).meta.title == "Second round"
    assert store.load(saved.id) == saved


def test_file_is_human_readable(store: SessionStore, saved: Session) -> None:
    text = Path(store.path_for(saved.id)).read_text(encoding="utf-8")
    assert '\n  "frustrations": {' in text
