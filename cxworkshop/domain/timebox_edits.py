"""Mutations of a step's timebox (start, pause, five more minutes, planned minutes), for
``SessionStore.update``, and the limits of a plan. Pure: the caller passes the clock.

The countdown arithmetic is ``timebox.py``; these functions apply it to the freshest
copy of the session, like the mutations in ``edits.py``.
"""

from __future__ import annotations

from collections.abc import Mapping

from cxworkshop.domain import timebox
from cxworkshop.domain.edits import Mutation
from cxworkshop.domain.facilitation import DEFAULT_TIMEBOXES, Timebox
from cxworkshop.domain.models import Session

MIN_MINUTES = 1
MAX_MINUTES = 600  # ten hours: more is a typing mistake, and "+5 min" stops there too


def box_of(session: Session, step: str) -> Timebox:
    """The timebox of ``step`` as saved, or a fresh default one (not added to the session)."""
    for box in session.facilitation.timeboxes:
        if box.step == step:
            return box
    return Timebox(step=step, minutes=DEFAULT_TIMEBOXES.get(step, 15))


def start_timer(step: str, now: float) -> Mutation:
    """Start or resume the countdown of ``step`` at ``now`` (epoch seconds); returns True."""

    def mutate(session: Session) -> bool:
        timebox.start(session.facilitation.timebox(step), now)
        return True

    return mutate


def pause_timer(step: str, now: float) -> Mutation:
    """Pause the countdown of ``step`` at ``now``, keeping the time spent; returns False."""

    def mutate(session: Session) -> bool:
        timebox.pause(session.facilitation.timebox(step), now)
        return False

    return mutate


def extend_timer(step: str, minutes: float = timebox.EXTEND_MINUTES) -> Mutation:
    """``minutes`` more for ``step`` (at most ``MAX_MINUTES`` planned); returns the plan."""

    def mutate(session: Session) -> float:
        box = session.facilitation.timebox(step)
        timebox.extend(box, minutes)
        box.minutes = min(box.minutes, MAX_MINUTES)
        return box.minutes

    return mutate


def plan_timeboxes(minutes: Mapping[str, float]) -> Mutation:
    """Set the planned minutes of some steps (time already spent stays)."""
    planned = dict(minutes)

    def mutate(session: Session) -> dict[str, float]:
        for step, value in planned.items():
            session.facilitation.timebox(step).minutes = value
        return dict(planned)

    return mutate
