"""A fixed wall clock for TUI tests: nothing on screen may depend on when a test runs.

``FIXED_NOW`` is what the session header's clock shows in every snapshot (``conftest``
patches ``session_header.now``); ``FakeClock`` is the epoch-seconds clock that
``make_app(..., clock=...)`` hands to the step timer. It starts at the same moment
(``FIXED_EPOCH``, in UTC) and moves only when a test calls ``advance``.
"""

from __future__ import annotations

from datetime import datetime, timezone

FIXED_NOW = datetime(2026, 3, 12, 14, 2)
FIXED_EPOCH = FIXED_NOW.replace(tzinfo=timezone.utc).timestamp()


class FakeClock:
    """Epoch seconds that stand still until ``advance``."""

    def __init__(self, now: float = FIXED_EPOCH) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds
