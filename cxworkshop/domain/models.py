"""The workshop session as plain dataclasses.

Nothing here knows about Textual or TinyDB: the CLI, the TUI, the store and the
exporters all share these types. ``to_dict``/``from_dict`` define the stable JSON
shape documented in ``sessions/README.md``.
"""

from __future__ import annotations

import secrets
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timezone
from typing import Any, Literal

from cxworkshop.domain.facilitation import Facilitation
from cxworkshop.domain.serial import pick as _pick

SCHEMA_VERSION = 1

Mode = Literal["team", "solo"]
Language = Literal["en", "nl"]
Side = Literal["employee", "customer"]
Frequency = Literal["day", "week"]
Area = Literal["basisplek", "bezieling", "belofte", "bewijs"]
Status = Literal["open", "in_progress", "stuck", "done", "dropped"]

MODES: tuple[str, ...] = ("team", "solo")
LANGUAGES: tuple[str, ...] = ("en", "nl")
SIDES: tuple[str, ...] = ("employee", "customer")
FREQUENCIES: tuple[str, ...] = ("day", "week")
AREAS: tuple[str, ...] = ("basisplek", "bezieling", "belofte", "bewijs")
STATUSES: tuple[str, ...] = ("open", "in_progress", "stuck", "done", "dropped")
CATEGORIES: tuple[str, ...] = (
    "process",
    "systems",
    "budget",
    "rules",
    "politics",
    "culture",
    "knowledge",
    "time",
    "other_department",
    "other",
)


def new_item_id() -> str:
    """A short random id for an item inside a session (8 hex characters)."""
    return secrets.token_hex(4)


def now_iso() -> str:
    """The current UTC time as an ISO-8601 string with seconds precision."""
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def today_iso() -> str:
    return date.today().isoformat()


@dataclass
class Meta:
    title: str
    organisation: str = ""
    facilitator: str = ""
    date: str = field(default_factory=today_iso)
    mode: str = "team"
    language: str = "en"
    working_days: float = 200.0
    hours_per_day: float = 8.0
    hourly_rate: float | None = None
    currency: str = "EUR"
    created_at: str = field(default_factory=now_iso)
    updated_at: str = field(default_factory=now_iso)
    previous_session_id: str | None = None  # set on a follow-up session

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Meta:
        return cls(**_pick(cls, data))


@dataclass
class Participant:
    name: str
    department: str = ""
    id: str = field(default_factory=new_item_id)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Participant:
        return cls(**_pick(cls, data))


@dataclass
class Note:
    """A note collected under one of the four B's."""

    area: str
    text: str
    author: str = ""
    id: str = field(default_factory=new_item_id)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Note:
        return cls(**_pick(cls, data))


@dataclass
class Draft:
    """One candidate wording of the customer promise."""

    text: str
    author: str = ""
    votes: int = 0
    id: str = field(default_factory=new_item_id)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Draft:
        return cls(**_pick(cls, data))


@dataclass
class Promise:
    notes: list[Note] = field(default_factory=list)
    drafts: list[Draft] = field(default_factory=list)
    chosen_draft_id: str | None = None

    @property
    def chosen(self) -> Draft | None:
        for draft in self.drafts:
            if draft.id == self.chosen_draft_id:
                return draft
        return None

    def notes_for(self, area: str) -> list[Note]:
        return [n for n in self.notes if n.area == area]

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Promise:
        return cls(
            notes=[Note.from_dict(n) for n in data.get("notes", [])],
            drafts=[Draft.from_dict(d) for d in data.get("drafts", [])],
            chosen_draft_id=data.get("chosen_draft_id"),
        )


@dataclass
class Frustration:
    """Something that costs time because processes, systems or rules get in the way.

    ``occurrences`` counts how often it happens per ``frequency`` (a day or a week).
    ``minutes_low``/``minutes_high`` are optional and record disagreement in the room.
    """

    text: str
    side: str = "employee"
    department: str = ""
    frequency: str = "day"
    occurrences: float = 1.0
    minutes: float = 10.0
    people: int = 1
    author: str = ""
    minutes_low: float | None = None
    minutes_high: float | None = None
    id: str = field(default_factory=new_item_id)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Frustration:
        return cls(**_pick(cls, data))


@dataclass
class Barrier:
    text: str
    category: str = "process"
    department: str = ""
    impact: int = 3
    effort: int = 3
    votes: int = 0
    frustration_ids: list[str] = field(default_factory=list)
    id: str = field(default_factory=new_item_id)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Barrier:
        values = _pick(cls, data)
        values["frustration_ids"] = list(values.get("frustration_ids", []))
        return cls(**values)


@dataclass
class Action:
    what: str
    owner: str = ""
    due: str = ""
    first_step: str = ""
    success: str = ""
    status: str = "open"
    barrier_id: str | None = None
    id: str = field(default_factory=new_item_id)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Action:
        return cls(**_pick(cls, data))


@dataclass
class Session:
    """A whole workshop. ``revision`` is managed by the store (optimistic concurrency)."""

    id: str
    meta: Meta
    participants: list[Participant] = field(default_factory=list)
    promise: Promise = field(default_factory=Promise)
    frustrations: list[Frustration] = field(default_factory=list)
    barriers: list[Barrier] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)
    facilitation: Facilitation = field(default_factory=Facilitation)
    # A follow-up session embeds the session it follows (as to_dict()), for "since last time".
    previous: dict[str, Any] | None = None
    revision: int = 0
    schema_version: int = SCHEMA_VERSION

    # -- lookups ---------------------------------------------------------------
    @property
    def lang(self) -> str:
        return self.meta.language if self.meta.language in LANGUAGES else "en"

    @property
    def is_solo(self) -> bool:
        return self.meta.mode == "solo"

    def frustration(self, item_id: str) -> Frustration | None:
        return next((f for f in self.frustrations if f.id == item_id), None)

    def barrier(self, item_id: str) -> Barrier | None:
        return next((b for b in self.barriers if b.id == item_id), None)

    def action(self, item_id: str) -> Action | None:
        return next((a for a in self.actions if a.id == item_id), None)

    # -- (de)serialisation -----------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """The stable JSON shape (see sessions/README.md)."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Session:
        return cls(
            id=str(data["id"]),
            meta=Meta.from_dict(data["meta"]),
            participants=[Participant.from_dict(p) for p in data.get("participants", [])],
            promise=Promise.from_dict(data.get("promise", {})),
            frustrations=[Frustration.from_dict(f) for f in data.get("frustrations", [])],
            barriers=[Barrier.from_dict(b) for b in data.get("barriers", [])],
            actions=[Action.from_dict(a) for a in data.get("actions", [])],
            facilitation=Facilitation.from_dict(data.get("facilitation")),
            previous=data.get("previous"),
            revision=int(data.get("revision", 0)),
            schema_version=int(data.get("schema_version", SCHEMA_VERSION)),
        )
