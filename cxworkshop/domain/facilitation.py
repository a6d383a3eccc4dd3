"""Facilitation data of a session: timeboxes, dot voting, the customer tally, the solo
self-review, and the link to the session it follows up.

Plain dataclasses like ``models.py``; the rules that work on them live in
``timebox.py``, ``voting.py``, ``tally.py``, ``selfreview.py`` and ``followup.py``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from cxworkshop.domain.serial import pick as _pick

# Minutes per step when nobody changed them: a workshop of about two and a half hours.
DEFAULT_TIMEBOXES: dict[str, float] = {
    "setup": 10,
    "promise": 40,
    "frustrations": 30,
    "barriers": 30,
    "actions": 30,
    "plan": 10,
}

VOTE_KINDS: tuple[str, ...] = ("drafts", "barriers")
REVIEW_ANSWERS: tuple[str, ...] = ("yes", "partly", "no")


@dataclass
class Timebox:
    """Planned minutes for one step and the time actually spent on it.

    ``spent_seconds`` holds finished stretches; while the timer runs, ``running_since``
    is the wall-clock start (seconds since the epoch) of the current stretch.
    """

    step: str
    minutes: float
    spent_seconds: float = 0.0
    running_since: float | None = None

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Timebox:
        return cls(**_pick(cls, data))


@dataclass
class Vote:
    """Dots one participant put on one item (a promise draft or a barrier)."""

    participant_id: str
    kind: str  # "drafts" or "barriers"
    item_id: str
    dots: int = 1

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Vote:
        return cls(**_pick(cls, data))


@dataclass
class VotingSettings:
    dots_per_person: int = 3
    max_per_item: int = 3
    revealed: list[str] = field(default_factory=list)  # kinds whose blind results are shown

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> VotingSettings:
        values = _pick(cls, data)
        values["revealed"] = list(values.get("revealed", []))
        return cls(**values)


@dataclass
class ReviewAnswer:
    """An answer to one self-review question: yes / partly / no, plus a note."""

    question: str
    answer: str = ""
    note: str = ""

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ReviewAnswer:
        return cls(**_pick(cls, data))


@dataclass
class Facilitation:
    timeboxes: list[Timebox] = field(default_factory=list)
    voting: VotingSettings = field(default_factory=VotingSettings)
    votes: list[Vote] = field(default_factory=list)
    tally: list[str] = field(default_factory=list)  # participant ids, one per stroke, in order
    review: list[ReviewAnswer] = field(default_factory=list)

    def timebox(self, step: str) -> Timebox:
        """The timebox of ``step`` (created with the default minutes on first use)."""
        for box in self.timeboxes:
            if box.step == step:
                return box
        box = Timebox(step=step, minutes=DEFAULT_TIMEBOXES.get(step, 15))
        self.timeboxes.append(box)
        return box

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Facilitation:
        data = data or {}
        return cls(
            timeboxes=[Timebox.from_dict(t) for t in data.get("timeboxes", [])],
            voting=VotingSettings.from_dict(data.get("voting", {})),
            votes=[Vote.from_dict(v) for v in data.get("votes", [])],
            tally=[str(p) for p in data.get("tally", [])],
            review=[ReviewAnswer.from_dict(r) for r in data.get("review", [])],
        )
