"""Dot voting on one shared screen.

Each participant has ``dots_per_person`` dots per kind of item (promise drafts or
barriers) and may put at most ``max_per_item`` of them on one item. Votes are stored per
participant, so a participant can move their dots and the budget holds. Blind results
stay hidden until the facilitator reveals them; open votes (``item.votes``, +/- keys)
always count.
"""

from __future__ import annotations

from cxworkshop.domain.facilitation import VOTE_KINDS, Vote
from cxworkshop.domain.models import Session
from cxworkshop.errors import CxError


class VoteRefused(CxError):
    title_key = "error.title.vote"


def _check_kind(kind: str) -> None:
    if kind not in VOTE_KINDS:
        raise ValueError(f"unknown vote kind {kind!r}")


def dots_on(session: Session, participant_id: str, kind: str, item_id: str) -> int:
    return sum(
        v.dots
        for v in session.facilitation.votes
        if v.participant_id == participant_id and v.kind == kind and v.item_id == item_id
    )


def dots_used(session: Session, participant_id: str, kind: str) -> int:
    return sum(
        v.dots for v in session.facilitation.votes if v.participant_id == participant_id and v.kind == kind
    )


def dots_left(session: Session, participant_id: str, kind: str) -> int:
    return session.facilitation.voting.dots_per_person - dots_used(session, participant_id, kind)


def _item_ids(session: Session, kind: str) -> set[str]:
    items = session.promise.drafts if kind == "drafts" else session.barriers
    return {item.id for item in items}


def set_dots(session: Session, participant_id: str, kind: str, item_id: str, dots: int) -> None:
    """Put exactly ``dots`` of this participant's dots on the item (0 takes them off).

    Raises :class:`VoteRefused` (budget or per-item cap) and LookupError (unknown
    participant or item: deleted elsewhere).
    """
    _check_kind(kind)
    if not any(p.id == participant_id for p in session.participants):
        raise LookupError(f"participant {participant_id} no longer exists")
    if item_id not in _item_ids(session, kind):
        raise LookupError(f"{kind} item {item_id} no longer exists")
    settings = session.facilitation.voting
    if dots < 0:
        raise VoteRefused("vote.negative")
    if dots > settings.max_per_item:
        raise VoteRefused("vote.item_cap", cap=settings.max_per_item)
    current = dots_on(session, participant_id, kind, item_id)
    if dots_used(session, participant_id, kind) - current + dots > settings.dots_per_person:
        raise VoteRefused("vote.budget", budget=settings.dots_per_person)
    votes = session.facilitation.votes
    votes[:] = [
        v
        for v in votes
        if not (v.participant_id == participant_id and v.kind == kind and v.item_id == item_id)
    ]
    if dots:
        votes.append(Vote(participant_id, kind, item_id, dots))


def add_dot(session: Session, participant_id: str, kind: str, item_id: str, delta: int = 1) -> int:
    """Add (or with a negative delta, remove) dots; returns the participant's dots on the item."""
    new = max(0, dots_on(session, participant_id, kind, item_id) + delta)
    set_dots(session, participant_id, kind, item_id, new)
    return new


def is_revealed(session: Session, kind: str) -> bool:
    return kind in session.facilitation.voting.revealed


def reveal(session: Session, kind: str, revealed: bool = True) -> None:
    _check_kind(kind)
    shown = session.facilitation.voting.revealed
    if revealed and kind not in shown:
        shown.append(kind)
    elif not revealed and kind in shown:
        shown.remove(kind)


def blind_totals(session: Session, kind: str) -> dict[str, int]:
    """Dots per item from the blind vote (all of them, whether revealed or not)."""
    totals: dict[str, int] = {item_id: 0 for item_id in _item_ids(session, kind)}
    for v in session.facilitation.votes:
        if v.kind == kind and v.item_id in totals:
            totals[v.item_id] += v.dots
    return totals


def total_votes(session: Session, kind: str, item_id: str) -> int:
    """What counts for ranking: open votes plus blind dots once they are revealed."""
    items = session.promise.drafts if kind == "drafts" else session.barriers
    item = next((i for i in items if i.id == item_id), None)
    if item is None:
        raise LookupError(f"{kind} item {item_id} no longer exists")
    blind = blind_totals(session, kind).get(item_id, 0) if is_revealed(session, kind) else 0
    return item.votes + blind


def voters_done(session: Session, kind: str) -> list[str]:
    """Participants who have used all their dots."""
    return [p.id for p in session.participants if dots_left(session, p.id, kind) <= 0]


def ranking(session: Session, kind: str) -> list[tuple[str, int]]:
    """Item ids with their total votes, most first (stable for ties)."""
    items = session.promise.drafts if kind == "drafts" else session.barriers
    rows = [(item.id, total_votes(session, kind, item.id)) for item in items]
    return sorted(rows, key=lambda row: -row[1])
