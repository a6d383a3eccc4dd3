"""Countdown logic for the timebox of a step. Pure: the caller passes the clock.

Levels: ``normal``; ``amber`` when 20 % or less of the planned time is left; ``red`` at
5 % or less and when over time. Time spent is kept per step so it can be exported.
"""

from __future__ import annotations

from dataclasses import dataclass

from cxworkshop.domain.facilitation import Timebox

AMBER_FRACTION = 0.20
RED_FRACTION = 0.05
EXTEND_MINUTES = 5


@dataclass(frozen=True)
class TimerView:
    planned_seconds: float
    spent_seconds: float
    running: bool

    @property
    def remaining_seconds(self) -> float:
        """Negative when over time."""
        return self.planned_seconds - self.spent_seconds

    @property
    def over_time(self) -> bool:
        return self.remaining_seconds < 0

    @property
    def level(self) -> str:
        if self.planned_seconds <= 0:
            return "red" if self.spent_seconds > 0 else "normal"
        left = self.remaining_seconds / self.planned_seconds
        if left <= RED_FRACTION:
            return "red"
        if left <= AMBER_FRACTION:
            return "amber"
        return "normal"

    @property
    def label(self) -> str:
        """``12:34`` left, or ``+01:05`` over time."""
        seconds = int(abs(self.remaining_seconds) + (0 if self.over_time else 0.999))
        minutes, secs = divmod(seconds, 60)
        return f"{'+' if self.over_time else ''}{minutes:02d}:{secs:02d}"


def spent(box: Timebox, now: float) -> float:
    running = max(0.0, now - box.running_since) if box.running_since is not None else 0.0
    return box.spent_seconds + running


def view(box: Timebox, now: float) -> TimerView:
    return TimerView(box.minutes * 60, spent(box, now), box.running_since is not None)


def start(box: Timebox, now: float) -> None:
    """Start or resume (a no-op when it already runs)."""
    if box.running_since is None:
        box.running_since = now


def pause(box: Timebox, now: float) -> None:
    if box.running_since is not None:
        box.spent_seconds = spent(box, now)
        box.running_since = None


def toggle(box: Timebox, now: float) -> bool:
    """Start when paused, pause when running; returns True when it now runs."""
    if box.running_since is None:
        start(box, now)
        return True
    pause(box, now)
    return False


def extend(box: Timebox, minutes: float = EXTEND_MINUTES) -> None:
    box.minutes += minutes


def crossed_zero(box: Timebox, before: float, after: float) -> bool:
    """True when the time ran out between two clock readings (for the bell)."""
    planned = box.minutes * 60
    return spent(box, before) < planned <= spent(box, after)
