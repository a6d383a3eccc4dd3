"""Old files are migrated in memory and saved in the new format; newer files are refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cxworkshop.domain import edits
from cxworkshop.domain.models import SCHEMA_VERSION, Session
from cxworkshop.store import BrokenFile, CorruptSession, SessionStore
from cxworkshop.store import migrations
from cxworkshop.store.migrations import migrate
from tests.store.helpers import file_state

OLD = SCHEMA_VERSION - 1


def _rewrite_header(path: Path, **changes: object) -> None:
    raw = json.loads(path.read_text(encoding="utf-8"))
    raw["session"]["1"].update(changes)
    path.write_text(json.dumps(raw), encoding="utf-8")


def _write_old_format(path: Path) -> None:
    """A fake previous format: frustrations lived in a table called "pains" with "what"."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    raw["pains"] = {k: {**{n: v for n, v in row.items() if n != "text"}, "what": row["text"]}
                    for k, row in raw.pop("frustrations").items()}
    raw["session"]["1"]["schema_version"] = OLD
    path.write_text(json.dumps(raw), encoding="utf-8")


def _pains_to_frustrations(raw: dict) -> dict:
    pains = raw.pop("pains", {})
    raw["frustrations"] = {k: {**{n: v for n, v in row.items() if n != "what"}, "text": row["what"]}
                           for k, row in pains.items()}
    return raw


def test_old_file_is_migrated_on_read_and_saved_in_the_new_format(
    store: SessionStore, saved: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(migrations.MIGRATIONS, OLD, _pains_to_frustrations)
    path = store.path_for(saved.id)
    _write_old_format(path)
    before = file_state(path)

    loaded = store.load(saved.id)
    assert [f.text for f in loaded.frustrations] == [f.text for f in saved.frustrations]
    assert loaded.schema_version == SCHEMA_VERSION
    assert file_state(path) == before  # reading never rewrites

    store.update(saved.id, edits.update_meta(organisation="Acme BV"))
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert raw["session"]["1"]["schema_version"] == SCHEMA_VERSION
    assert "pains" not in raw and len(raw["frustrations"]) == 3
    backup = json.loads((path.parent / f".{path.name}.bak").read_text(encoding="utf-8"))
    assert backup["session"]["1"]["schema_version"] == OLD  # the old file stays as the backup


def test_an_old_file_without_a_migration_is_reported_not_rewritten(store: SessionStore, saved: Session) -> None:
    path = store.path_for(saved.id)
    _rewrite_header(path, schema_version=OLD)
    before = file_state(path)
    with pytest.raises(CorruptSession) as caught:
        store.update(saved.id, edits.update_meta(organisation="x"))
    assert str(path) in caught.value.message and f"format {OLD}" in caught.value.message
    assert file_state(path) == before


def test_migrations_run_step_by_step_to_the_target() -> None:
    steps = {
        1: lambda raw: {**raw, "log": ["1->2"]},
        2: lambda raw: {**raw, "log": raw["log"] + ["2->3"]},
    }
    raw = {"session": {"1": {"id": "x", "meta": {"title": "t"}, "schema_version": 1}}}
    result = migrate(raw, steps, target=3)
    assert result["log"] == ["1->2", "2->3"]
    assert result["session"]["1"]["schema_version"] == 3


def test_a_file_without_a_version_is_the_first_format() -> None:
    raw = {"session": {"1": {"id": "x", "meta": {"title": "t"}}}}
    assert migrate(raw, {}, target=1)["session"]["1"]["schema_version"] == 1


def test_registering_two_steps_from_one_version_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(migrations, "MIGRATIONS", {})
    migrations.migration(7)(lambda raw: raw)
    with pytest.raises(RuntimeError):
        migrations.migration(7)(lambda raw: raw)


@pytest.mark.parametrize("newer", [SCHEMA_VERSION + 1, SCHEMA_VERSION + 40])
def test_a_newer_file_is_refused_and_never_rewritten(store: SessionStore, saved: Session, newer: int) -> None:
    path = store.path_for(saved.id)
    _rewrite_header(path, schema_version=newer)
    before = file_state(path)
    with pytest.raises(CorruptSession) as caught:
        store.load(saved.id)
    assert "newer cxworkshop" in caught.value.message and str(path) in caught.value.message
    assert "nieuwere cxworkshop" in caught.value.message_in("nl")
    with pytest.raises(CorruptSession):
        store.update(saved.id, edits.update_meta(title="x"))
    with pytest.raises(CorruptSession):
        store.replace(saved)
    (broken,) = list(store.scan())
    assert isinstance(broken, BrokenFile) and broken.path == path
    assert file_state(path) == before


def test_a_version_that_is_not_a_number_is_reported(store: SessionStore, saved: Session) -> None:
    path = store.path_for(saved.id)
    _rewrite_header(path, schema_version="two")
    with pytest.raises(CorruptSession) as caught:
        store.load(saved.id)
    assert '"session" table cannot be read' in caught.value.message
