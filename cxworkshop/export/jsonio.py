"""The session as one JSON document: ``to_json`` and a validating ``from_json``.

The format is documented in ``sessions/README.md``. It is the shape of
``Session.to_dict()`` with a ``format`` marker in front, so a file identifies itself.
``from_json`` trusts nothing: every field is type-checked and bounded with the same
``check_*`` functions as the forms, ids must be unique and links must point at existing
items. A problem raises :class:`InvalidSessionFile` naming the place, e.g.
``frustrations[2].minutes: Minutes each time: must be between 0 and 480.``
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from cxworkshop.domain.models import (
    AREAS,
    CATEGORIES,
    FREQUENCIES,
    LANGUAGES,
    MODES,
    SCHEMA_VERSION,
    SIDES,
    STATUSES,
    Action,
    Barrier,
    Draft,
    Frustration,
    Meta,
    Note,
    Participant,
    Promise,
    Session,
    new_item_id,
    now_iso,
    today_iso,
)
from cxworkshop.export.json_facilitation import FACILITATION_FIELDS, read_facilitation
from cxworkshop.export.json_fields import Fields, InvalidSessionFile, short

__all__ = ["FORMAT", "InvalidSessionFile", "from_json", "read_session", "to_json"]

FORMAT = "cxworkshop-session"

Raw = dict[str, Any]
# Schema version N -> function that turns a version-N document into version N + 1.
# When SCHEMA_VERSION is bumped, add the step from the old version here.
MIGRATIONS: dict[int, Callable[[Raw], Raw]] = {}

_TOP = ("format", "schema_version", "id", "revision", "meta", "participants", "promise",
        "frustrations", "barriers", "actions", "facilitation", "previous")


def to_json(session: Session) -> str:
    """The whole session as pretty-printed UTF-8 JSON text (ending in a newline)."""
    data = session.to_dict()
    data["schema_version"] = SCHEMA_VERSION
    document = {"format": FORMAT, **{key: data[key] for key in _TOP[1:]}}
    return json.dumps(document, ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def from_json(text: str | bytes) -> Session:
    """A validated :class:`Session` from JSON text; :class:`InvalidSessionFile` if not."""
    raw = _parse(text)
    if not isinstance(raw, dict):
        raise InvalidSessionFile("export.json.not_object")
    if raw.get("format") != FORMAT:
        raise InvalidSessionFile("export.json.format", marker=FORMAT)
    version = Fields(raw, "", _TOP).integer("schema_version", SCHEMA_VERSION, low=1)
    return read_session(_migrate(raw, version))


def read_session(raw: object, where: str = "", *, nested: bool = False) -> Session:
    """Validate one session document (already at the current schema version).

    ``where`` prefixes the field paths in messages; ``nested`` is set for the earlier
    session embedded in a follow-up, which may not embed another one itself.
    """
    top = Fields(raw, where, _TOP)
    promise_fields = Fields(top.raw("promise", {}), top.at("promise"),
                            ("notes", "drafts", "chosen_draft_id"))
    previous = top.raw("previous", None)
    if previous is not None and nested:
        raise InvalidSessionFile("export.json.nested_previous", where=top.at("previous"))
    session = Session(
        id=top.item_id("id"),
        meta=_meta(Fields(top.raw("meta"), top.at("meta"), _META)),
        participants=_list(top, "participants", _participant),
        promise=Promise(
            _list(promise_fields, "notes", _note),
            _list(promise_fields, "drafts", _draft),
            promise_fields.optional_id("chosen_draft_id"),
        ),
        frustrations=_list(top, "frustrations", _frustration),
        barriers=_list(top, "barriers", _barrier),
        actions=_list(top, "actions", _action),
        facilitation=read_facilitation(Fields(top.raw("facilitation", {}),
                                              top.at("facilitation"), FACILITATION_FIELDS)),
        previous=None if previous is None else read_session(
            previous, top.at("previous"), nested=True).to_dict(),
        revision=top.integer("revision", 0),
        schema_version=SCHEMA_VERSION,
    )
    top.integer("schema_version", SCHEMA_VERSION, low=1)
    _check_links(session, where)
    return session


def _parse(text: str | bytes) -> Any:
    def no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, value in pairs:
            if key in out:
                raise InvalidSessionFile("export.json.duplicate_key", key=short(key))
            out[key] = value
        return out

    try:
        return json.loads(text, object_pairs_hook=no_duplicates)
    except json.JSONDecodeError as exc:
        raise InvalidSessionFile("export.json.syntax", line=exc.lineno, column=exc.colno) from None
    except UnicodeDecodeError:
        raise InvalidSessionFile("export.json.encoding") from None
    except RecursionError:
        raise InvalidSessionFile("export.json.too_deep") from None


def _migrate(raw: Raw, version: int) -> Raw:
    if version > SCHEMA_VERSION:
        raise InvalidSessionFile("export.json.newer", found=version, supported=SCHEMA_VERSION)
    while version < SCHEMA_VERSION:
        if version not in MIGRATIONS:
            raise InvalidSessionFile("export.json.no_migration", found=version)
        raw = MIGRATIONS[version](raw)
        version += 1
    return raw


def _list(parent: Fields, name: str, read: Callable[[Fields], Any]) -> list[Any]:
    items = []
    seen: set[str] = set()
    for i, data in enumerate(parent.items(name)):
        where = f"{parent.at(name)}[{i}]"
        item = read(Fields(data, where, _FIELDS[name]))
        if item.id in seen:
            raise InvalidSessionFile("export.json.duplicate_id", where=f"{where}.id",
                                     id=short(item.id), collection=name)
        seen.add(item.id)
        items.append(item)
    return items


_META = ("title", "organisation", "facilitator", "date", "mode", "language", "working_days",
         "hours_per_day", "hourly_rate", "currency", "created_at", "updated_at",
         "previous_session_id")
_FIELDS: dict[str, tuple[str, ...]] = {
    "participants": ("name", "department", "id"),
    "notes": ("area", "text", "author", "id"),
    "drafts": ("text", "author", "votes", "id"),
    "frustrations": ("text", "side", "department", "frequency", "occurrences", "minutes",
                     "people", "author", "minutes_low", "minutes_high", "id"),
    "barriers": ("text", "category", "department", "impact", "effort", "votes",
                 "frustration_ids", "id"),
    "actions": ("what", "owner", "due", "first_step", "success", "status", "barrier_id", "id"),
}


def _meta(f: Fields) -> Meta:
    return Meta(
        title=f.text("title", required=True),
        organisation=f.text("organisation"),
        facilitator=f.text("facilitator"),
        date=f.date("date", today_iso()),
        mode=f.choice("mode", MODES, "team"),
        language=f.choice("language", LANGUAGES, "en"),
        working_days=f.number("working_days", 200.0),
        hours_per_day=f.number("hours_per_day", 8.0),
        hourly_rate=f.optional_number("hourly_rate", bounds="hourly_rate"),
        currency=f.currency("currency", "EUR"),
        created_at=f.timestamp("created_at", now_iso()),
        updated_at=f.timestamp("updated_at", now_iso()),
        previous_session_id=f.optional_id("previous_session_id"),
    )


def _new_id(f: Fields) -> str:
    return f.item_id("id", new_item_id())


def _participant(f: Fields) -> Participant:
    return Participant(f.text("name", required=True), f.text("department"), id=_new_id(f))


def _note(f: Fields) -> Note:
    return Note(f.choice("area", AREAS), f.text("text", required=True), f.text("author"),
                id=_new_id(f))


def _draft(f: Fields) -> Draft:
    return Draft(f.text("text", required=True), f.text("author"),
                 f.number("votes", 0, integer=True), id=_new_id(f))


def _frustration(f: Fields) -> Frustration:
    frequency = f.choice("frequency", FREQUENCIES, "day")
    return Frustration(
        text=f.text("text", required=True),
        side=f.choice("side", SIDES, "employee"),
        department=f.text("department"),
        frequency=frequency,
        occurrences=f.number("occurrences", 1.0,
                             bounds="occurrences_week" if frequency == "week" else "occurrences"),
        minutes=f.number("minutes", 10.0),
        people=f.number("people", 1, integer=True),
        author=f.text("author"),
        minutes_low=f.optional_number("minutes_low", bounds="minutes"),
        minutes_high=f.optional_number("minutes_high", bounds="minutes"),
        id=_new_id(f),
    )


def _barrier(f: Fields) -> Barrier:
    links = f.strings("frustration_ids")
    return Barrier(
        text=f.text("text", required=True),
        category=f.choice("category", CATEGORIES, "process"),
        department=f.text("department"),
        impact=f.number("impact", 3, integer=True, bounds="score"),
        effort=f.number("effort", 3, integer=True, bounds="score"),
        votes=f.number("votes", 0, integer=True),
        frustration_ids=list(links),
        id=_new_id(f),
    )


def _action(f: Fields) -> Action:
    return Action(
        what=f.text("what", required=True),
        owner=f.text("owner"),
        due=f.date("due", ""),
        first_step=f.text("first_step"),
        success=f.text("success"),
        status=f.choice("status", STATUSES, "open"),
        barrier_id=f.optional_id("barrier_id"),
        id=_new_id(f),
    )


def _check_links(session: Session, prefix: str = "") -> None:
    def dangling(where: str, item_id: str, collection: str) -> InvalidSessionFile:
        where = f"{prefix}.{where}" if prefix else where
        return InvalidSessionFile("export.json.dangling", where=where, id=short(item_id),
                                  collection=collection)

    draft_ids = {d.id for d in session.promise.drafts}
    chosen = session.promise.chosen_draft_id
    if chosen is not None and chosen not in draft_ids:
        raise dangling("promise.chosen_draft_id", chosen, "drafts")
    frustration_ids = {f.id for f in session.frustrations}
    for i, barrier in enumerate(session.barriers):
        for j, link in enumerate(barrier.frustration_ids):
            if link not in frustration_ids:
                raise dangling(f"barriers[{i}].frustration_ids[{j}]", link, "frustrations")
    barrier_ids = {b.id for b in session.barriers}
    for i, action in enumerate(session.actions):
        if action.barrier_id is not None and action.barrier_id not in barrier_ids:
            raise dangling(f"actions[{i}].barrier_id", action.barrier_id, "barriers")
