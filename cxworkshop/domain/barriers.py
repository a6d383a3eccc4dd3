"""Barrier priorities: the impact/effort quadrant and the hours removing a barrier frees."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

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


def hours_by_frustration(session: Session) -> dict[str, float]:
    """Hours a year per frustration id (computed once; the first of duplicate ids wins)."""
    days = session.meta.working_days
    hours: dict[str, float] = {}
    for f in session.frustrations:
        hours.setdefault(f.id, frustration_hours(f, days))
    return hours


def freed_hours(
    session: Session, barrier: Barrier, hours: dict[str, float] | None = None
) -> float:
    """Hours a year that removing the barrier would free: its linked frustrations.

    Pass ``hours`` (from :func:`hours_by_frustration`) when asking for many barriers.
    """
    table = hours_by_frustration(session) if hours is None else hours
    return sum(table[fid] for fid in dict.fromkeys(barrier.frustration_ids) if fid in table)


def combined_freed_hours(
    session: Session, barrier_ids: Iterable[str], hours: dict[str, float] | None = None
) -> float:
    """Hours a year that removing all these barriers together would free.

    Each linked frustration counts once, however many of the barriers cause it: two
    barriers linked to the same 100 h frustration free 100 h together, not 200 h.
    """
    wanted = set(barrier_ids)
    table = hours_by_frustration(session) if hours is None else hours
    return _distinct_hours([b for b in session.barriers if b.id in wanted], table)


def freed_hours_by_quadrant(session: Session) -> dict[str, float]:
    """Per quadrant, the hours removing all its barriers would free (each frustration
    once per quadrant, as in :func:`combined_freed_hours`)."""
    table = hours_by_frustration(session)
    members: dict[str, list[Barrier]] = {q: [] for q in QUADRANTS}
    for b in session.barriers:
        members[barrier_quadrant(b)].append(b)
    return {q: _distinct_hours(barriers, table) for q, barriers in members.items()}


def _distinct_hours(barriers: Iterable[Barrier], table: dict[str, float]) -> float:
    linked = dict.fromkeys(fid for b in barriers for fid in b.frustration_ids if fid in table)
    return sum(table[fid] for fid in linked)


def ranking_votes(session: Session) -> dict[str, int]:
    """Votes that count for ranking, per barrier id: open votes plus the blind dots
    once the blind vote on barriers has been revealed."""
    from cxworkshop.domain.voting import blind_totals, is_revealed

    blind = blind_totals(session, "barriers") if is_revealed(session, "barriers") else {}
    return {b.id: b.votes + blind.get(b.id, 0) for b in session.barriers}


@dataclass(frozen=True)
class RankedBarrier:
    """A barrier with every figure its priority rests on."""

    barrier: Barrier
    rank: int
    quadrant: str
    votes: int
    links: int
    freed_hours: float


def ranked(session: Session) -> list[RankedBarrier]:
    """Barriers in priority order with their figures: most votes (open + revealed blind
    dots) first, then by quadrant (quick wins first), then by the hours they would free."""
    hours = hours_by_frustration(session)
    votes = ranking_votes(session)
    facts = []
    for b in session.barriers:
        linked = [fid for fid in dict.fromkeys(b.frustration_ids) if fid in hours]
        facts.append((b, barrier_quadrant(b), votes[b.id], len(linked), sum(hours[f] for f in linked)))
    facts.sort(key=lambda f: (-f[2], _QUADRANT_RANK[f[1]], -f[4]))
    return [
        RankedBarrier(b, rank, kind, n_votes, links, freed)
        for rank, (b, kind, n_votes, links, freed) in enumerate(facts, start=1)
    ]


def priority_order(session: Session) -> list[Barrier]:
    """Barriers in priority order (see :func:`ranked`)."""
    return [row.barrier for row in ranked(session)]
