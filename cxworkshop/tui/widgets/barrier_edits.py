"""Relative changes for single-key edits: one step up or down, the next choice in a cycle.

A key press computes nothing from the pane's copy of the session (which may be one save
behind when keys come fast, e.g. a held key): the mutation itself reads the stored
value, like ``edits.change_votes``. So "i i" always raises the impact by two.
Pure functions on the domain's ``edits.find``; they belong in ``domain/edits.py``.
"""

from __future__ import annotations

from typing import Any

from cxworkshop.domain.edits import Mutation, find
from cxworkshop.domain.models import Session

SCORE_RANGE = (1, 5)


def step_score(collection: str, item_id: str, name: str, delta: int) -> Mutation:
    """Add ``delta`` to the score ``name`` (impact/effort), kept within 1-5."""
    low, high = SCORE_RANGE

    def mutate(session: Session) -> Any:
        item = find(session, collection, item_id)
        setattr(item, name, min(high, max(low, int(getattr(item, name)) + delta)))
        return item

    return mutate


def next_choice(collection: str, item_id: str, name: str, choices: tuple[str, ...]) -> Mutation:
    """Move the field ``name`` to the choice after its stored value (wrapping round)."""

    def mutate(session: Session) -> Any:
        item = find(session, collection, item_id)
        current = getattr(item, name)
        index = choices.index(current) if current in choices else -1
        setattr(item, name, choices[(index + 1) % len(choices)])
        return item

    return mutate
