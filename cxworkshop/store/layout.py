"""How a :class:`Session` is laid out as TinyDB tables in one file.

File shape (TinyDB's own format, one table per kind of item)::

    {"session":      {"1": {"schema_version": 1, "revision": 7, "id": ..., "meta": {...},
                             "chosen_draft_id": ..., "facilitation": {...}, "previous": ...}},
     "participants": {"1": {...}, "2": {...}},
     "notes": {...}, "drafts": {...}, "frustrations": {...},
     "barriers": {...}, "actions": {...}}

Document ids ("1", "2", ...) keep the order of the items. Items carry their own string
``id``, which links (barrier -> frustrations, action -> barrier) and edits use.

This sits on the hot path of every save, so it avoids ``dataclasses.asdict`` (orjson
serialises dataclasses itself) and builds each item straight from its row when the row
has exactly the item's fields. The result is the same as ``Session.from_dict`` (a test
holds the two together). orjson writes an item's ``__dict__``, so attributes set on an
item outside its fields would be saved too (and dropped again when read): don't.
"""

from __future__ import annotations

from dataclasses import fields
from functools import cache
from typing import Any

from cxworkshop.domain.models import (
    Action,
    Barrier,
    Draft,
    Frustration,
    Note,
    Participant,
    Promise,
    Session,
)

HEADER_TABLE = "session"
ITEM_TABLES = ("participants", "notes", "drafts", "frustrations", "barriers", "actions")
ITEM_TYPES: dict[str, type] = {
    "participants": Participant,
    "notes": Note,
    "drafts": Draft,
    "frustrations": Frustration,
    "barriers": Barrier,
    "actions": Action,
}

_doc_ids: list[str] = []


def _ids(count: int) -> list[str]:
    while len(_doc_ids) < count:
        _doc_ids.append(str(len(_doc_ids) + 1))
    return _doc_ids[:count]


def _table(items: list[Any]) -> dict[str, Any]:
    return dict(zip(_ids(len(items)), items))


# Session fields kept as tables, and header fields with a fixed place; every other field of
# Session (facilitation, previous, ... and whatever the domain adds later) and of Promise
# (chosen_draft_id ...) is stored in the header document under its own name.
_TABLE_FIELDS = frozenset({"participants", "frustrations", "barriers", "actions"})
_FIXED_HEADER = frozenset({"schema_version", "revision", "id", "meta", "promise"})
_PROMISE_TABLES = frozenset({"notes", "drafts"})


@cache
def _session_extras() -> tuple[str, ...]:
    return tuple(f.name for f in fields(Session) if f.name not in _TABLE_FIELDS | _FIXED_HEADER)


@cache
def _promise_extras() -> tuple[str, ...]:
    names = tuple(f.name for f in fields(Promise) if f.name not in _PROMISE_TABLES)
    clash = set(names) & (set(_session_extras()) | _FIXED_HEADER)
    if clash:
        raise RuntimeError(f"Promise and Session both have {sorted(clash)}: give one a header key")
    return names


def header_fields() -> tuple[str, ...]:
    """Every key the header document holds."""
    return ("schema_version", "revision", "id", "meta", *_promise_extras(), *_session_extras())


def to_tables(session: Session) -> dict[str, dict[str, Any]]:
    """The file's tables; the items stay dataclasses (``storage.dump`` serialises them)."""
    header: dict[str, Any] = {
        "schema_version": session.schema_version,
        "revision": session.revision,
        "id": session.id,
        "meta": session.meta,
    }
    for name in _promise_extras():
        header[name] = getattr(session.promise, name)
    for name in _session_extras():
        header[name] = getattr(session, name)
    return {
        HEADER_TABLE: {"1": header},
        "participants": _table(session.participants),
        "notes": _table(session.promise.notes),
        "drafts": _table(session.promise.drafts),
        "frustrations": _table(session.frustrations),
        "barriers": _table(session.barriers),
        "actions": _table(session.actions),
    }


class MalformedTable(ValueError):
    """A table is there but its documents cannot be read as items."""

    def __init__(self, table: str) -> None:
        super().__init__(f"table {table!r} is malformed")
        self.table = table


def header_of(raw: Any) -> dict[str, Any]:
    """The header document, or ValueError when this is not a cxworkshop session file."""
    if not isinstance(raw, dict) or not isinstance(raw.get(HEADER_TABLE), dict):
        raise ValueError("no 'session' table")
    header = raw[HEADER_TABLE].get("1")
    if not isinstance(header, dict) or not isinstance(header.get("meta"), dict) or "id" not in header:
        raise ValueError("the 'session' table has no header document")
    return header


def _rows(raw: dict[str, Any], name: str) -> list[Any]:
    table = raw.get(name)
    if table is None:
        return []
    if not isinstance(table, dict):
        raise MalformedTable(name)
    keys = list(table)
    if keys == _ids(len(keys)):  # the usual case: written by us, already in order
        return list(table.values())
    try:
        return [table[k] for k in sorted(keys, key=int)]
    except ValueError:
        raise MalformedTable(name) from None


@cache
def _field_names(cls: type) -> frozenset[str]:
    return frozenset(f.name for f in fields(cls))


@cache
def _plain(cls: type) -> bool:
    """True when an instance is nothing but its fields in ``__dict__`` (no __post_init__,
    no slots, every field set by __init__): then a row holding exactly those fields can
    become the instance without calling __init__, which is 3-4x faster."""
    return (
        not hasattr(cls, "__post_init__")
        and not hasattr(cls, "__slots__")
        and all(f.init for f in fields(cls))
    )


def _build(cls: Any, row: Any, table: str) -> Any:
    if not isinstance(row, dict):
        raise MalformedTable(table)
    try:
        if row.keys() <= _field_names(cls):
            return cls(**row)  # an older file: missing fields get their defaults
        return cls.from_dict(row)  # fields from a newer version: let the domain pick
    except TypeError:  # a required field is missing
        raise MalformedTable(table) from None


def _items(raw: dict[str, Any], table: str) -> list[Any]:
    cls = ITEM_TYPES[table]
    names = _field_names(cls)
    plain = _plain(cls)
    new = object.__new__
    items = []
    for row in _rows(raw, table):
        if plain and type(row) is dict and row.keys() == names:
            item = new(cls)
            item.__dict__ = row  # the row is fresh from the parser and owned by nobody else
        else:
            item = _build(cls, row, table)
        items.append(item)
    if cls is Barrier and not all(isinstance(b.frustration_ids, list) for b in items):
        raise MalformedTable(table)
    return items


def from_tables(raw: dict[str, Any]) -> Session:
    """Inverse of :func:`to_tables` (the data must already be at the current schema).

    The header goes through the domain's ``Session.from_dict`` (so new header fields need
    no change here); the item tables, the bulk of the data, are built directly.
    """
    header = header_of(raw)
    data = {name: header[name] for name in _session_extras() if name in header}
    data["promise"] = {name: header[name] for name in _promise_extras() if name in header}
    try:
        session = Session.from_dict(
            {
                **data,
                "id": str(header["id"]),
                "meta": header["meta"],
                "revision": int(header.get("revision", 0)),
                "schema_version": int(header["schema_version"]),
            }
        )
    except (KeyError, TypeError, ValueError, AttributeError):
        raise MalformedTable(HEADER_TABLE) from None
    session.participants = _items(raw, "participants")
    session.promise.notes = _items(raw, "notes")
    session.promise.drafts = _items(raw, "drafts")
    session.frustrations = _items(raw, "frustrations")
    session.barriers = _items(raw, "barriers")
    session.actions = _items(raw, "actions")
    return session
