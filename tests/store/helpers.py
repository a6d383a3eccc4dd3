"""Helpers shared by the store tests."""

from __future__ import annotations

from pathlib import Path

from cxworkshop.domain.facilitation import Facilitation, ReviewAnswer, Timebox, Vote, VotingSettings
from cxworkshop.domain.models import Action, Barrier, Draft, Frustration, Meta, Note, Participant, Session


def full_session(title: str = "Acme kick-off", frustrations: int = 3) -> Session:
    """A session with at least one item of every kind and links between them."""
    session = Session(id="", meta=Meta(title=title, organisation="Acme", language="nl"))
    session.participants = [Participant(name="Ann", department="Billing")]
    session.promise.notes = [Note(area="belofte", text="We answer within a day")]
    session.promise.drafts = [Draft(text="You hear from us the same day.", votes=2)]
    session.promise.chosen_draft_id = session.promise.drafts[0].id
    session.frustrations = [
        Frustration(text=f"Looking up invoices in two systems #{i}", minutes=12.5, people=3)
        for i in range(frustrations)
    ]
    session.barriers = [
        Barrier(text="Two billing systems", category="systems",
                frustration_ids=[f.id for f in session.frustrations[:2]])
    ]
    session.actions = [Action(what="Merge the billing systems", owner="Ann",
                              barrier_id=session.barriers[0].id)]
    ann = session.participants[0].id
    session.facilitation = Facilitation(
        timeboxes=[Timebox(step="promise", minutes=35, spent_seconds=61.5)],
        voting=VotingSettings(dots_per_person=4, revealed=["drafts"]),
        votes=[Vote(participant_id=ann, kind="drafts", item_id=session.promise.drafts[0].id, dots=2)],
        tally=[ann, ann],
        review=[ReviewAnswer(question="example", answer="partly", note="mostly")],
    )
    session.meta.previous_session_id = "acme-earlier-x2c4"
    session.previous = {"id": "acme-earlier-x2c4", "frustrations": [{"text": "old"}]}
    return session


def file_state(path: Path) -> tuple[bytes, int]:
    """What a 'left untouched' check compares: the bytes and the modification time."""
    return path.read_bytes(), path.stat().st_mtime_ns


def stray_temp_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))
