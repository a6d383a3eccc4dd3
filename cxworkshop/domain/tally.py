"""The "customer" tally energiser: a stroke whenever someone says "customer"."""

from __future__ import annotations

from cxworkshop.domain.models import Session


def add_stroke(session: Session, participant_id: str) -> None:
    if not any(p.id == participant_id for p in session.participants):
        raise LookupError(f"participant {participant_id} no longer exists")
    session.facilitation.tally.append(participant_id)


def undo_stroke(session: Session, participant_id: str | None = None) -> bool:
    """Take back the last stroke (of ``participant_id`` when given). False when none."""
    strokes = session.facilitation.tally
    for index in range(len(strokes) - 1, -1, -1):
        if participant_id is None or strokes[index] == participant_id:
            del strokes[index]
            return True
    return False


def counts(session: Session) -> dict[str, int]:
    result = {p.id: 0 for p in session.participants}
    for pid in session.facilitation.tally:
        if pid in result:
            result[pid] += 1
    return result


def leaderboard(session: Session) -> list[tuple[str, str, int]]:
    """(participant id, name, strokes), most strokes first; ties keep participant order."""
    names = {p.id: p.name for p in session.participants}
    tally = counts(session)
    return sorted(((pid, names[pid], n) for pid, n in tally.items()), key=lambda row: -row[2])
