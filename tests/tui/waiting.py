"""Waiting on the app instead of on the clock.

``pilot.pause()`` waits for one round of messages on the current screen and then for
the CPU to look idle. On a loaded machine the CPU looks idle while our process simply
does not get scheduled, and a message that bubbles up (a list asks its pane to open a
dialog) or a screen that is pushed lands after the round: the test then looks too
early. Everything here waits for a *condition*, bounded by a generous wall-clock
deadline so a real bug fails with a message instead of hanging:

- :func:`settle`: until no widget of the app has a message queued or in hand, no
  callback waits for the next refresh, no worker runs and no animation plays;
- :func:`until`: until ``condition()`` holds (settling in between);
- :func:`press`: one key at a time, settling after each (a Tab or a key that opens a
  dialog changes where the next key goes); :func:`type_text` for any text, emoji too;
- :func:`script`: a ``run_before`` for ``snap_compare`` from keys and conditions.

``tests/tui/conftest.py`` makes ``Pilot.pause()`` and ``Pilot.press()`` behave like
:func:`settle` and :func:`press` for every TUI test.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from time import monotonic
from typing import Any, Union

from textual import events
from textual.app import App
from textual.keys import _character_to_key
from textual.pilot import Pilot
from textual.worker import WorkerState

TIMEOUT = 60.0  # seconds; only reached when something is really wrong

# the Pilot methods as Textual wrote them (conftest replaces them with the settling ones)
ORIGINAL_PAUSE = Pilot.pause
ORIGINAL_PRESS = Pilot.press

Condition = Callable[[App[Any]], object]
Step = Union[str, Condition]


def busy(app: App[Any]) -> str | None:
    """What the app is still doing, or None when it has settled."""
    if not app.is_running or app._exit or app._closing or app._closed:
        return None
    pumps: list[Any] = [app]
    for screen in app.screen_stack:
        pumps.extend(screen.walk_children(with_self=True))
    for pump in pumps:
        queue = pump._message_queue
        if getattr(queue, "_unfinished_tasks", queue.qsize()) or pump._next_callbacks:
            return f"{pump!r} has messages to handle"
    screen = app.screen  # only the screen on top is drawn and runs refresh callbacks
    if screen._callbacks:
        return f"{screen!r} has callbacks waiting for a refresh"
    if (screen._layout_required or screen._dirty_widgets or screen._repaint_required
            or screen._scroll_required or screen._recompose_required):
        return f"{screen!r} is waiting to be drawn"
    for worker in app.workers:
        if worker.state in (WorkerState.PENDING, WorkerState.RUNNING):
            return f"worker {worker.name!r} is running"
    animator = app.animator
    if animator._animations or animator._scheduled:
        return "an animation is playing"
    return None


async def settle(pilot: Pilot[Any], timeout: float = TIMEOUT, *, pause: bool = True) -> None:
    """Pause until the app has nothing left to do (see :func:`busy`); with
    ``pause=False`` return at once when it has nothing to do already."""
    deadline = monotonic() + timeout
    if pause:
        await ORIGINAL_PAUSE(pilot)
    while (doing := busy(pilot.app)) is not None:
        if monotonic() > deadline:
            raise AssertionError(f"the app did not settle within {timeout:.0f} s: {doing}")
        await ORIGINAL_PAUSE(pilot)


async def until(pilot: Pilot[Any], condition: Callable[[], object], what: str = "",
                timeout: float = TIMEOUT) -> None:
    """Settle until ``condition()`` is true; fail with ``what`` after ``timeout`` seconds."""
    deadline = monotonic() + timeout
    await settle(pilot, timeout)
    while not condition():
        if monotonic() > deadline:
            raise AssertionError(f"never happened within {timeout:.0f} s: {what or condition!r}")
        await settle(pilot, timeout)


async def press(pilot: Pilot[Any], *keys: str) -> None:
    """Press ``keys`` one by one, letting the app settle after each."""
    for key in keys:
        await ORIGINAL_PRESS(pilot, key)
        await settle(pilot, pause=False)


async def type_text(pilot: Pilot[Any], text: str) -> None:
    """Type ``text`` as a terminal sends it, one character at a time (emoji too: Pilot's
    ``press`` cannot name those), letting the app settle after each."""
    for character in text:
        event = events.Key(_character_to_key(character), character)
        event.set_sender(pilot.app)
        driver = pilot.app._driver
        assert driver is not None
        driver.send_message(event)
        await settle(pilot)


def script(*steps: Step) -> Callable[[Pilot[Any]], Awaitable[None]]:
    """A ``run_before`` for ``snap_compare``: press the keys and wait for the conditions
    (callables taking the app) in order, then let everything settle.

    ``snap_compare(press=...)`` presses its keys *after* ``run_before`` and then hardly
    waits, so a snapshot test puts every key here and ends with a condition that says
    what the screen should show."""

    async def run_before(pilot: Pilot[Any]) -> None:
        await settle(pilot)
        for step in steps:
            if isinstance(step, str):
                await press(pilot, step)
            else:
                await until(pilot, lambda step=step: step(pilot.app), getattr(step, "__doc__", "") or "")
        await pilot.app.workers.wait_for_complete()
        await pilot.wait_for_scheduled_animations()
        await settle(pilot)

    return run_before


def has(selector: str) -> Condition:
    """Condition: a widget matching ``selector`` is on the current screen."""

    def condition(app: App[Any]) -> bool:
        return bool(app.screen.query(selector))

    condition.__doc__ = f"{selector} is on screen"
    return condition


def focus_in(selector: str) -> Condition:
    """Condition: the focused widget is (inside) a widget matching ``selector``."""

    def condition(app: App[Any]) -> bool:
        focused = app.focused
        return focused is not None and any(node in focused.ancestors_with_self
                                           for node in app.screen.query(selector))

    condition.__doc__ = f"the focus is in {selector}"
    return condition


def screen_is(screen_type: type) -> Condition:
    """Condition: the current screen is a ``screen_type``."""

    def condition(app: App[Any]) -> bool:
        return isinstance(app.screen, screen_type)

    condition.__doc__ = f"{screen_type.__name__} is the current screen"
    return condition
