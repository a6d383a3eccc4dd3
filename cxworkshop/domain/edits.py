"""Changes to a session as small, re-playable functions ("mutations").

The store applies a mutation to the freshest copy of a session under a lock (see
``SessionStore.update``). Because mutations find items by their ``id`` instead of by
position, a change made in one window can be re-applied after another window saved.
A mutation raises ``LookupError`` when its item no longer exists.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields
from typing import Any

from cxworkshop.domain.models import Session

Mutation = Callable[[Session], object]

COLLECTIONS = ("participants", "notes", "drafts", "frustrations", "barriers", "actions")


def items(session: Session, collection: str) -> list[Any]:
    """The list behind a collection name (notes and drafts live under ``promise``)."""
    if collection in ("notes", "drafts"):
        return getattr(session.promise, collection)
    if collection not in COLLECTIONS:
        raise ValueError(f"unknown collection {collection!r}")
    return getattr(session, collection)


def find(session: Session, collection: str, item_id: str) -> Any:
    for item in items(session, collection):
        if item.id == item_id:
            return item
    raise LookupError(f"{collection} item {item_id} no longer exists")


def add(collection: str, item: Any, *, index: int | None = None) -> Mutation:
    def mutate(session: Session) -> Any:
        target = items(session, collection)
        if any(existing.id == item.id for existing in target):
            return item  # already applied (a retry): adding twice would duplicate it
        target.insert(len(target) if index is None else index, item)
        return item

    return mutate


def update(collection: str, item_id: str, **changes: Any) -> Mutation:
    def mutate(session: Session) -> Any:
        item = find(session, collection, item_id)
        known = {f.name for f in fields(item)} - {"id"}
        unknown = sorted(changes.keys() - known)  # check every name before changing anything
        if unknown:
            raise ValueError(f"{collection} items have no field {unknown[0]!r}")
        for name, value in changes.items():
            setattr(item, name, value)
        return item

    return mutate


def remove(collection: str, item_id: str) -> Mutation:
    """Delete an item and every link pointing at it (barrier links, action barrier, chosen draft)."""

    def mutate(session: Session) -> Any:
        item = find(session, collection, item_id)
        items(session, collection).remove(item)
        if collection == "frustrations":
            for barrier in session.barriers:
                barrier.frustration_ids[:] = [i for i in barrier.frustration_ids if i != item_id]
        elif collection == "barriers":
            for action in session.actions:
                if action.barrier_id == item_id:
                    action.barrier_id = None
        elif collection == "drafts" and session.promise.chosen_draft_id == item_id:
            session.promise.chosen_draft_id = None
        _drop_facilitation_refs(session, collection, item_id)
        return item

    return mutate


def _drop_facilitation_refs(session: Session, collection: str, item_id: str) -> None:
    """Blind votes and tally strokes must not outlive the participant or item they name."""
    fac = session.facilitation
    if collection == "participants":
        fac.votes[:] = [v for v in fac.votes if v.participant_id != item_id]
        fac.tally[:] = [p for p in fac.tally if p != item_id]
    elif collection in ("drafts", "barriers"):
        fac.votes[:] = [v for v in fac.votes if not (v.kind == collection and v.item_id == item_id)]


def change_votes(collection: str, item_id: str, delta: int) -> Mutation:
    """Add ``delta`` votes (never below zero). Relative, so concurrent votes add up."""

    def mutate(session: Session) -> Any:
        item = find(session, collection, item_id)
        if not hasattr(item, "votes"):
            raise ValueError(f"{collection} items have no votes")
        item.votes = max(0, item.votes + delta)
        return item

    return mutate


def choose_draft(draft_id: str | None) -> Mutation:
    def mutate(session: Session) -> Any:
        if draft_id is not None:
            find(session, "drafts", draft_id)
        session.promise.chosen_draft_id = draft_id
        return draft_id

    return mutate


def toggle_link(barrier_id: str, frustration_id: str) -> Mutation:
    """Link a frustration to a barrier, or unlink it when it was linked."""

    def mutate(session: Session) -> Any:
        barrier = find(session, "barriers", barrier_id)
        find(session, "frustrations", frustration_id)
        if frustration_id in barrier.frustration_ids:
            barrier.frustration_ids[:] = [i for i in barrier.frustration_ids if i != frustration_id]
            return False
        barrier.frustration_ids.append(frustration_id)
        return True

    return mutate


def update_meta(**changes: Any) -> Mutation:
    def mutate(session: Session) -> Any:
        known = {f.name for f in fields(session.meta)}
        unknown = sorted(changes.keys() - known)  # check every name before changing anything
        if unknown:
            raise ValueError(f"meta has no field {unknown[0]!r}")
        for name, value in changes.items():
            setattr(session.meta, name, value)
        return session.meta

    return mutate


# -- relative single-key edits -------------------------------------------------
# A key press computes nothing from the screen's copy of the session (which may be one
# save behind when keys come fast): the mutation reads the stored value, so "i i" always
# raises a score by two.

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
