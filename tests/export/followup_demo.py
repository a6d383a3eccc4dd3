"""A deterministic follow-up of the Dutch demo, three months later, with every kind of
facilitation material: re-estimated frustrations, a solved and a new frustration and
barrier, actions done, a self-review, the "customer" tally, a revealed blind vote on the
barriers and the time spent per step."""

from __future__ import annotations

from cxworkshop.domain import selfreview, tally, voting
from cxworkshop.domain.demo import demo_session
from cxworkshop.domain.facilitation import Timebox
from cxworkshop.domain.followup import follow_up
from cxworkshop.domain.models import Barrier, Frustration, Session

# Blind dots per participant per barrier (3 each). Totals fall in the same order as the
# barriers' quadrants and freed hours, so the priority order is the same whether or not
# it counts these dots.
DOTS = {
    "p01": {"b02": 2, "b03": 1},
    "p02": {"b02": 1, "b01": 2},
    "p03": {"b02": 2, "b07": 1},
    "p04": {"b03": 3},
    "p05": {"b03": 2, "b04": 1},
    "p06": {"b01": 2, "b07": 1},
    "p07": {"b01": 1, "b04": 1, "b08": 1},
}


def followup_session() -> Session:
    old = demo_session()
    new = follow_up(old, title="Klantbelofte en frustratie-uren: na drie maanden",
                    today="2026-06-18")
    new.id = "demo-vervolg"
    new.meta.created_at = "2026-06-18T09:00:00+00:00"
    new.meta.updated_at = "2026-06-18T11:40:00+00:00"

    # Re-estimated: correction notes rarely need a team leader now, the paper work order
    # only bothers the crews outside the pilot, and the campaign mails are solved.
    by_id = {f.id: f for f in new.frustrations}
    by_id["f05"].occurrences = 1
    by_id["f03"].people = 6
    by_id["f01"].minutes = 3
    new.frustrations = [f for f in new.frustrations if f.id != "f08"]
    new.frustrations.append(Frustration(
        "De tablet-app van de werkbon verliest alles als er geen bereik is", "employee",
        "Technische dienst", "week", 3, 15, 3, "Joost Bakker", id="f12"))
    new.barriers = [b for b in new.barriers if b.id != "b05"]
    new.barriers.append(Barrier(
        "De werkbon-app werkt alleen met een netwerkverbinding", "systems", "IT", impact=3,
        effort=3, frustration_ids=["f12"], id="b08"))

    status = {"a02": "done", "a04": "done", "a06": "stuck", "a09": "in_progress"}
    for action in new.actions:
        action.status = status.get(action.id, action.status)

    for participant, dots in DOTS.items():
        for barrier, count in dots.items():
            voting.set_dots(new, participant, "barriers", barrier, count)
    voting.reveal(new, "barriers")

    for participant in ["p01"] * 5 + ["p04", "p02"] * 3 + ["p07"]:
        tally.add_stroke(new, participant)

    selfreview.answer(new, "example", "yes", "Elke ochtend tien minuten klantverhalen")
    selfreview.answer(new, "fight", "partly", "Het MT wil eerst de businesscase zien")
    selfreview.answer(new, "bad_profits", "no")
    selfreview.answer(new, "ten_oclock", "partly", "Lukt op dinsdag en donderdag")
    selfreview.answer(new, "basics", "yes")

    new.facilitation.timeboxes = [
        Timebox("setup", 10, spent_seconds=540),
        Timebox("promise", 20, spent_seconds=1500),
        Timebox("frustrations", 30, spent_seconds=2460),
        Timebox("barriers", 30, spent_seconds=1980),
        Timebox("actions", 30, spent_seconds=2100),
        Timebox("plan", 10, spent_seconds=240, running_since=1781777000.0),
    ]
    return new
