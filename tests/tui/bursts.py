"""Keys as a terminal sends a burst (a paste without bracketed paste, ``tmux send-keys``,
a fast typist): every key queued before the app handles any of them."""

from __future__ import annotations

from typing import Any

from textual import events
from textual.keys import _character_to_key
from textual.pilot import Pilot

NAMED_KEYS = {"enter": "\r", "tab": "\t", "backspace": "\x7f", "f5": None}  # as sent


def burst(pilot: Pilot[Any], *keys: str) -> None:
    """Send ``keys`` as a terminal sends a burst: all queued before the app handles one."""
    driver = pilot.app._driver
    assert driver is not None
    for key in keys:
        if key in NAMED_KEYS:
            event = events.Key(key, NAMED_KEYS[key])
        else:
            event = events.Key(_character_to_key(key), key)
        event.set_sender(pilot.app)
        driver.send_message(event)
