"""The barriers of a session as display rows: priority order, quadrant, links, freed hours.

A thin, flat view of ``domain.barriers.ranked`` for the table and the 2x2 view.
"""

from __future__ import annotations

from dataclasses import dataclass

from cxworkshop.domain.barriers import ranked
from cxworkshop.domain.models import Session


@dataclass(frozen=True)
class BarrierRow:
    """What one barrier shows on screen (domain values, not yet formatted)."""

    id: str
    rank: int
    text: str
    category: str
    department: str
    impact: int
    effort: int
    votes: int
    quadrant: str
    links: int
    hours: float


def barrier_rows(session: Session) -> list[BarrierRow]:
    """Every barrier in priority order (``domain.barriers.ranked``) as display rows."""
    return [
        BarrierRow(r.barrier.id, r.rank, r.barrier.text, r.barrier.category, r.barrier.department,
                   r.barrier.impact, r.barrier.effort, r.votes, r.quadrant, r.links, r.freed_hours)
        for r in ranked(session)
    ]
