"""The barriers of a session as display rows: priority order, quadrant, links, freed hours.

Same order and figures as ``domain.barriers.priority_order`` and ``freed_hours`` (a test
checks that on random sessions), but each frustration's hours are computed once: the
domain functions scan every frustration for every barrier, which costs about 50 ms per
call with a thousand of each, and these rows are rebuilt after every save.
"""

from __future__ import annotations

from dataclasses import dataclass

from cxworkshop.domain.barriers import QUADRANTS, quadrant
from cxworkshop.domain.frustration import frustration_hours
from cxworkshop.domain.models import Session

_RANK = {q: i for i, q in enumerate(QUADRANTS)}


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
    """Every barrier in priority order: most votes, then quick wins first, then most hours freed."""
    days = session.meta.working_days
    position: dict[str, int] = {}
    hours: dict[str, float] = {}
    for index, f in enumerate(session.frustrations):
        if f.id not in position:
            position[f.id] = index
            hours[f.id] = frustration_hours(f, days)
    facts = []
    for b in session.barriers:
        # summed in the session's frustration order, like freed_hours, so ties sort the same
        linked = sorted({fid for fid in b.frustration_ids if fid in position}, key=position.__getitem__)
        freed = sum(hours[fid] for fid in linked)
        kind = quadrant(b.impact, b.effort)
        facts.append((b, kind, len(linked), freed))
    facts.sort(key=lambda fact: (-fact[0].votes, _RANK[fact[1]], -fact[3]))
    return [
        BarrierRow(b.id, rank, b.text, b.category, b.department, b.impact, b.effort, b.votes,
                   kind, links, freed)
        for rank, (b, kind, links, freed) in enumerate(facts, start=1)
    ]
