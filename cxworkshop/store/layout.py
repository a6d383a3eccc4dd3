"""How a :class:`Session` is laid out as TinyDB tables in one file.

File shape (TinyDB's own format, one table per kind of item)::

    {"session":      {"1": {"schema_version": 1, "revision": 7, "id": ..., "meta": {...},
                             "chosen_draft_id": ...}},
     "participants": {"1": {...}, "2": {...}},
     "notes": {...}, "drafts": {...}, "frustrations": {...},
     "barriers": {...}, "actions": {...}}

Document ids keep the order of the items. Items carry their own string ``id``, which
links (barrier -> frustrations, action -> barrier) and edits use.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from cxworkshop.domain.models import Session

HEADER_TABLE = "session"
ITEM_TABLES = ("participants", "notes", "drafts", "frustrations", "barriers", "actions")


def _table(items: list[Any]) -> dict[str, dict[str, Any]]:
    return {str(i): asdict(item) for i, item in enumerate(items, start=1)}


def to_tables(session: Session) -> dict[str, dict[str, Any]]:
    header = {
        "schema_version": session.schema_version,
        "revision": session.revision,
        "id": session.id,
        "meta": asdict(session.meta),
        "chosen_draft_id": session.promise.chosen_draft_id,
    }
    return {
        HEADER_TABLE: {"1": header},
        "participants": _table(session.participants),
        "notes": _table(session.promise.notes),
        "drafts": _table(session.promise.drafts),
        "frustrations": _table(session.frustrations),
        "barriers": _table(session.barriers),
        "actions": _table(session.actions),
    }


def _rows(raw: dict[str, Any], name: str) -> list[dict[str, Any]]:
    table = raw.get(name) or {}
    if not isinstance(table, dict):
        raise ValueError(f"table {name!r} is not a mapping")
    return [table[k] for k in sorted(table, key=int)]


def header_of(raw: Any) -> dict[str, Any]:
    """The header document, or ValueError when this is not a cxworkshop session file."""
    if not isinstance(raw, dict) or not isinstance(raw.get(HEADER_TABLE), dict):
        raise ValueError("no 'session' table")
    header = raw[HEADER_TABLE].get("1")
    if not isinstance(header, dict) or "meta" not in header or "id" not in header:
        raise ValueError("the 'session' table has no header document")
    return header


def from_tables(raw: dict[str, Any]) -> Session:
    """Inverse of :func:`to_tables` (the data must already be at the current schema)."""
    header = header_of(raw)
    return Session.from_dict(
        {
            "id": header["id"],
            "meta": header["meta"],
            "revision": header.get("revision", 0),
            "schema_version": header.get("schema_version"),
            "participants": _rows(raw, "participants"),
            "promise": {
                "notes": _rows(raw, "notes"),
                "drafts": _rows(raw, "drafts"),
                "chosen_draft_id": header.get("chosen_draft_id"),
            },
            "frustrations": _rows(raw, "frustrations"),
            "barriers": _rows(raw, "barriers"),
            "actions": _rows(raw, "actions"),
        }
    )
