"""One-line facts about a session, for lists (CLI `list`, the TUI home screen)."""

from __future__ import annotations

from dataclasses import dataclass

from cxworkshop.domain.frustration import totals
from cxworkshop.domain.models import Session


# Actions in any other status (open, in progress, stuck) still need work.
CLOSED_STATUSES: tuple[str, ...] = ("done", "dropped")


@dataclass(frozen=True)
class SessionSummary:
    id: str
    title: str
    organisation: str
    date: str
    mode: str
    language: str
    updated_at: str
    frustration_hours: float
    participants: int
    frustrations: int
    barriers: int
    actions: int
    open_actions: int

    def to_dict(self) -> dict[str, object]:
        return dict(self.__dict__)


def summarize(session: Session) -> SessionSummary:
    meta = session.meta
    return SessionSummary(
        id=session.id,
        title=meta.title,
        organisation=meta.organisation,
        date=meta.date,
        mode=meta.mode,
        language=meta.language,
        updated_at=meta.updated_at,
        frustration_hours=round(totals(session).team_hours, 1),
        participants=len(session.participants),
        frustrations=len(session.frustrations),
        barriers=len(session.barriers),
        actions=len(session.actions),
        open_actions=sum(1 for a in session.actions if a.status not in CLOSED_STATUSES),
    )
