"""Short references for people: F1, B2, A3 by the order items were entered.

One numbering for everything a user sees: the action plan (its tables, headings and
appendix) and the screens (the Barriers table and 2×2, the Actions table) all call
these, so "B3" on screen is "B3" in the plan. Ids are not for people; list positions
are stable while nothing is deleted.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from cxworkshop.domain.models import Session


class _HasId(Protocol):
    id: str


def numbered(items: Iterable[_HasId], prefix: str) -> dict[str, str]:
    """Item id -> ``prefix`` plus its position from 1 (the first of duplicate ids wins)."""
    out: dict[str, str] = {}
    for i, item in enumerate(items, start=1):
        out.setdefault(item.id, f"{prefix}{i}")
    return out


def frustration_refs(session: Session) -> dict[str, str]:
    """Frustration id -> "F1", "F2" … in the order they were entered."""
    return numbered(session.frustrations, "F")


def barrier_refs(session: Session) -> dict[str, str]:
    """Barrier id -> "B1", "B2" … in the order they were entered (not the priority order)."""
    return numbered(session.barriers, "B")


def action_refs(session: Session) -> dict[str, str]:
    """Action id -> "A1", "A2" … in the order they were entered."""
    return numbered(session.actions, "A")
