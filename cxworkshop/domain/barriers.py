"""Barrier priorities: the impact/effort quadrant and the hours removing a barrier frees."""

from __future__ import annotations

from cxworkshop.domain.frustration import frustration_hours
from cxworkshop.domain.models import Barrier, Session

QUADRANTS: tuple[str, ...] = ("quick_win", "big_bet", "fill_in", "money_pit")
_QUADRANT_RANK = {q: i for i, q in enumerate(QUADRANTS)}

# Scores run 1-5; 4 and 5 count as "high", 1-3 as "low". A 3 is the neutral default
# and should not make a barrier look important.
HIGH_THRESHOLD = 4


def quadrant(impact: int, effort: int) -> str:
    """quick_win (high impact, low effort), big_bet (high, high),
    fill_in (low, low), money_pit (low impact, high effort)."""
    high_impact = impact >= HIGH_THRESHOLD
    high_effort = effort >= HIGH_THRESHOLD
    if high_impact:
        return "big_bet" if high_effort else "quick_win"
    return "money_pit" if high_effort else "fill_in"


def barrier_quadrant(barrier: Barrier) -> str:
    return quadrant(barrier.impact, barrier.effort)


def freed_hours(session: Session, barrier: Barrier) -> float:
    """Hours a year that removing the barrier would free: its linked frustrations."""
    days = session.meta.working_days
    linked = set(barrier.frustration_ids)
    return sum(frustration_hours(f, days) for f in session.frustrations if f.id in linked)


def priority_order(session: Session) -> list[Barrier]:
    """Most votes first, then by quadrant (quick wins first), then by freed hours."""
    freed = {b.id: freed_hours(session, b) for b in session.barriers}
    return sorted(
        session.barriers,
        key=lambda b: (-b.votes, _QUADRANT_RANK[barrier_quadrant(b)], -freed[b.id]),
    )
