"""Mutations for dot voting and the customer tally, for ``SessionStore.update``.

Each function returns a ``Mutation`` (``Callable[[Session], object]``) that calls the
rules in ``voting.py`` and ``tally.py`` on the freshest copy of the session. Like the
mutations in ``edits.py`` they raise LookupError when a participant or item is gone;
voting rules that refuse raise :class:`~cxworkshop.domain.voting.VoteRefused`.

:func:`trial` runs one of these mutations on a throw-away copy first, so a screen can
show a refusal (budget, cap) without a round trip through the store.
"""

from __future__ import annotations

import copy
from dataclasses import replace

from cxworkshop.domain import tally, voting
from cxworkshop.domain.edits import Mutation
from cxworkshop.domain.facilitation import VOTE_KINDS
from cxworkshop.domain.models import Session

# Limits for the voting settings (a person with more than 20 dots is not choosing).
MAX_DOTS_PER_PERSON = 20


def vote_dot(participant_id: str, kind: str, item_id: str, delta: int) -> Mutation:
    """Add (``delta`` > 0) or take off (< 0) one participant's dots on one item."""

    def mutate(session: Session) -> int:
        return voting.add_dot(session, participant_id, kind, item_id, delta)

    return mutate


def reveal(kind: str, shown: bool = True) -> Mutation:
    """Show (or hide again) the blind results of ``kind``."""

    def mutate(session: Session) -> bool:
        voting.reveal(session, kind, shown)
        return shown

    return mutate


def most_dots_used(session: Session) -> tuple[int, int]:
    """(most dots one person placed for one kind, most one person put on one item)."""
    used: dict[tuple[str, str], int] = {}
    on_item = 0
    for vote in session.facilitation.votes:
        used[(vote.participant_id, vote.kind)] = used.get((vote.participant_id, vote.kind), 0) + vote.dots
        on_item = max(on_item, vote.dots)
    return max(used.values(), default=0), on_item


def settings_problem(session: Session, dots_per_person: int, max_per_item: int) -> voting.VoteRefused | None:
    """Why these voting settings cannot be used now (None when they can).

    Both numbers must be whole and at least 1; the cap cannot be above the budget; and
    neither may drop below what someone already placed (their dots would be lost).
    """
    used, on_item = most_dots_used(session)
    if not 1 <= dots_per_person <= MAX_DOTS_PER_PERSON:
        return voting.VoteRefused("tui.voting.settings.dots_range", high=MAX_DOTS_PER_PERSON)
    if dots_per_person < used:
        return voting.VoteRefused("tui.voting.settings.below_used", used=used)
    if not 1 <= max_per_item <= dots_per_person:
        return voting.VoteRefused("tui.voting.settings.cap_range", high=dots_per_person)
    if max_per_item < on_item:
        return voting.VoteRefused("tui.voting.settings.cap_below_used", used=on_item)
    return None


def set_voting(dots_per_person: int, max_per_item: int) -> Mutation:
    """Change the dots per person and the most dots per item (checked on fresh data)."""

    def mutate(session: Session) -> tuple[int, int]:
        problem = settings_problem(session, dots_per_person, max_per_item)
        if problem is not None:
            raise problem
        settings = session.facilitation.voting
        settings.dots_per_person, settings.max_per_item = dots_per_person, max_per_item
        return dots_per_person, max_per_item

    return mutate


def add_stroke(participant_id: str) -> Mutation:
    def mutate(session: Session) -> int:
        tally.add_stroke(session, participant_id)
        return tally.counts(session)[participant_id]

    return mutate


def undo_stroke(participant_id: str | None = None) -> Mutation:
    """Take back the last stroke (of ``participant_id`` when given); returns whether one was."""

    def mutate(session: Session) -> bool:
        if participant_id is not None and not any(p.id == participant_id for p in session.participants):
            raise LookupError(f"participant {participant_id} no longer exists")
        return tally.undo_stroke(session, participant_id)

    return mutate


def trial(session: Session, mutation: Mutation) -> object:
    """Run a voting or tally ``mutation`` on a copy of ``session``; return its result.

    Only ``session.facilitation`` is copied, which is all these mutations change, so a
    trial stays cheap on big sessions. Raises what the mutation raises.
    """
    scratch = replace(session, facilitation=copy.deepcopy(session.facilitation))
    return mutation(scratch)


__all__ = [
    "MAX_DOTS_PER_PERSON",
    "VOTE_KINDS",
    "add_stroke",
    "most_dots_used",
    "reveal",
    "set_voting",
    "settings_problem",
    "trial",
    "undo_stroke",
    "vote_dot",
]
