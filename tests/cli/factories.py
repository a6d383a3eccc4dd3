"""Sessions with known contents for the CLI tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from cxworkshop.domain.models import (
    Action,
    Barrier,
    Draft,
    Frustration,
    Meta,
    Note,
    Participant,
    Promise,
    Session,
)


def workshop(title: str = "Promise workshop", lang: str = "en", **meta: Any) -> Session:
    """A small, fully known session: 3 people, 2 frustrations, 2 barriers, 3 actions.

    Frustration hours with 200 working days:
      "Re-typing orders": 3/day x 10 min x 2 people = 200 h
      "Waiting for IT": 5/week (=1/day) x 30 min x 1 person = 100 h
    """
    f1 = Frustration("Re-typing orders", department="Sales", occurrences=3, minutes=10, people=2,
                     id="f1")
    f2 = Frustration("Waiting for IT", department="IT", frequency="week", occurrences=5,
                     minutes=30, people=1, id="f2")
    quick = Barrier("Two order systems", category="systems", impact=5, effort=2, votes=4,
                    frustration_ids=["f1"], id="b1")
    pit = Barrier("Approval rules", category="rules", impact=2, effort=5, votes=1,
                  frustration_ids=["f2"], id="b2")
    draft = Draft("You always know where your order is.", votes=3, id="d1")
    return Session(
        id="",
        meta=Meta(title=title, organisation="Acme", facilitator="Anna", language=lang,
                  hourly_rate=50.0, **meta),
        participants=[Participant("Anna"), Participant("Bram"), Participant("Chris")],
        promise=Promise(notes=[Note("bewijs", "Tracking link in every email")], drafts=[draft],
                        chosen_draft_id="d1"),
        frustrations=[f1, f2],
        barriers=[pit, quick],
        actions=[
            Action("Merge the order systems", owner="Bram", due="2026-06-30",
                   first_step="List the fields", barrier_id="b1"),
            Action("Ask the board about approvals", status="done", barrier_id="b2"),
            Action("Map the IT queue", status="in_progress"),
        ],
    )


def stored(folder: Path, session: Session | None = None) -> Session:
    """Save ``session`` (default: :func:`workshop`) in ``folder`` and return it with its id."""
    from cxworkshop.store import SessionStore

    return SessionStore(folder).create(session or workshop())
