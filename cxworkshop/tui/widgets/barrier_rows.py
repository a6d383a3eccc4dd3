"""The barriers of a session as display rows: priority order, quadrant, links, freed hours.

A thin, flat view of ``domain.barriers.ranked`` for the table and the 2x2 view. Each row
carries the plan's number for the barrier (``ref``: B1, B2 … by entry order,
``domain.refs``) next to its rank (1, 2 … in priority order).
"""

from __future__ import annotations

from dataclasses import dataclass

from cxworkshop.domain.barriers import ranked
from cxworkshop.domain.models import Session
from cxworkshop.domain.refs import barrier_refs


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
    ref: str = ""  # the plan's number: "B3"

    @property
    def label(self) -> str:
        """"B3 · text", as the plan's headings name a barrier."""
        return f"{self.ref} · {self.text}" if self.ref else self.text


def barrier_rows(session: Session) -> list[BarrierRow]:
    """Every barrier in priority order (``domain.barriers.ranked``) as display rows."""
    refs = barrier_refs(session)
    return [
        BarrierRow(r.barrier.id, r.rank, r.barrier.text, r.barrier.category, r.barrier.department,
                   r.barrier.impact, r.barrier.effort, r.votes, r.quadrant, r.links, r.freed_hours,
                   refs.get(r.barrier.id, ""))
        for r in ranked(session)
    ]
