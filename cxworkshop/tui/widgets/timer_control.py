"""The timebox of the current step: start, pause, five more minutes, the tick and the bell.

Timer state lives in the session (``facilitation.timeboxes``) and every change to it is
a saved mutation (``domain/timebox_edits.py``). ``running_since`` is a wall-clock time
(seconds since the epoch), so a restart or a second window shows the same countdown.
The screen's one-second tick only redraws the header label; when the time runs out
between two ticks the app rings the terminal bell and says so, once.

The clock is injected (``clock()`` returns epoch seconds) so tests need no sleeping.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Protocol

from cxworkshop.domain import timebox
from cxworkshop.domain.edits import Mutation
from cxworkshop.domain.facilitation import Timebox
from cxworkshop.domain.models import Session
from cxworkshop.domain.timebox_edits import box_of, extend_timer, pause_timer, plan_timeboxes, start_timer
from cxworkshop.i18n import numbers, t
from cxworkshop.tui.widgets.timer_label import TimerLabel

Clock = Callable[[], float]


# -- the controller ------------------------------------------------------------------
class TimerHost(Protocol):
    """What the timer needs from the session screen."""

    session: Session
    step: str

    @property
    def lang(self) -> str: ...

    def apply_mutation(self, mutation: Mutation) -> Session | None: ...

    def timer_label(self) -> TimerLabel: ...

    def time_is_up(self, step: str, minutes: float) -> None: ...


class StepTimer:
    """Keys and tick of the countdown for ``host.step``."""

    def __init__(self, host: TimerHost, clock: Clock) -> None:
        self.host = host
        self.clock = clock
        self._last: tuple[str, float] | None = None  # (step, clock) of the previous tick

    def box(self, step: str | None = None) -> Timebox:
        return box_of(self.host.session, step or self.host.step)

    def view(self) -> timebox.TimerView:
        return timebox.view(self.box(), self.clock())

    # -- keys ------------------------------------------------------------------
    def toggle(self) -> bool | None:
        """Start or resume when paused, pause when running; True when it now runs (None: not saved)."""
        step, now = self.host.step, self.clock()
        running = self.box(step).running_since is not None
        mutation = pause_timer(step, now) if running else start_timer(step, now)
        return self._save(mutation, not running)

    def extend(self) -> bool | None:
        return self._save(extend_timer(self.host.step), True)

    def plan(self, minutes: Mapping[str, float]) -> bool | None:
        return self._save(plan_timeboxes(minutes), True) if minutes else False

    def leave(self, step: str) -> None:
        """Leaving ``step``: pause its timer when it runs (saved)."""
        if self.box(step).running_since is not None:
            self.host.apply_mutation(pause_timer(step, self.clock()))
        self._last = None

    def _save(self, mutation: Mutation, result: bool) -> bool | None:
        saved = self.host.apply_mutation(mutation)
        self.show()
        return None if saved is None else result

    # -- drawing ---------------------------------------------------------------
    def show(self) -> None:
        self.host.timer_label().show(self.view(), self.host.lang)

    def tick(self) -> None:
        """Once a second: redraw the label; ring once when the time just ran out."""
        step, now = self.host.step, self.clock()
        box = self.box(step)
        self.host.timer_label().show(timebox.view(box, now), self.host.lang)
        last = self._last
        self._last = (step, now)
        if last is not None and last[0] == step and box.running_since is not None:
            if timebox.crossed_zero(box, last[1], now):
                self.host.time_is_up(step, box.minutes)


def minutes_text(minutes: float, lang: str) -> str:
    """``30`` or ``7.5`` (``7,5`` in Dutch) for a number of minutes."""
    return numbers.amount(minutes, lang)


def spent_text(seconds: float) -> str:
    """``12:05`` (minutes:seconds), hours as ``1:02:05``."""
    whole = int(max(0.0, seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


def time_up_message(step: str, minutes: float, lang: str) -> str:
    return t("tui.timer.up", lang, step=t(f"tui.step.{step}", lang), minutes=minutes_text(minutes, lang))
