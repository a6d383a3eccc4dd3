"""Small builders for domain tests: a session with just the parts a test cares about."""

from __future__ import annotations

from cxworkshop.domain.models import Barrier, Frustration, Meta, Participant, Session


def make_session(
    *,
    frustrations: list[Frustration] | None = None,
    barriers: list[Barrier] | None = None,
    participants: int = 0,
    mode: str = "team",
    working_days: float = 200.0,
    hours_per_day: float = 8.0,
    hourly_rate: float | None = None,
    language: str = "en",
) -> Session:
    meta = Meta(
        "Test",
        mode=mode,
        language=language,
        working_days=working_days,
        hours_per_day=hours_per_day,
        hourly_rate=hourly_rate,
        date="2026-03-31",
        created_at="2026-03-31T09:00:00+00:00",
        updated_at="2026-03-31T09:00:00+00:00",
    )
    return Session(
        id="test",
        meta=meta,
        participants=[Participant(f"P{i}", id=f"p{i}") for i in range(participants)],
        frustrations=list(frustrations or []),
        barriers=list(barriers or []),
    )
