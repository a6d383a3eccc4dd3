"""Reading the facilitation part of a session file (timeboxes, dot votes, tally, review).

Votes and tally strokes may name participants or items that were deleted later: the
domain ignores those, so the import keeps them as they are instead of refusing the file.
"""

from __future__ import annotations

from cxworkshop.domain.facilitation import (
    REVIEW_ANSWERS,
    VOTE_KINDS,
    Facilitation,
    ReviewAnswer,
    Timebox,
    Vote,
    VotingSettings,
)
from cxworkshop.export.json_fields import Fields

FACILITATION_FIELDS = ("timeboxes", "voting", "votes", "tally", "review")
TIMEBOX_FIELDS = ("step", "minutes", "spent_seconds", "running_since")
VOTING_FIELDS = ("dots_per_person", "max_per_item", "revealed")
VOTE_FIELDS = ("participant_id", "kind", "item_id", "dots")
REVIEW_FIELDS = ("question", "answer", "note")


def _each(parent: Fields, name: str, allowed: tuple[str, ...]) -> list[Fields]:
    return [Fields(data, f"{parent.at(name)}[{i}]", allowed)
            for i, data in enumerate(parent.items(name))]


def read_facilitation(f: Fields) -> Facilitation:
    voting = Fields(f.raw("voting", {}), f.at("voting"), VOTING_FIELDS)
    revealed = voting.strings("revealed")
    for i, kind in enumerate(revealed):
        Fields({"kind": kind}, f"{voting.at('revealed')}[{i}]", ("kind",)).choice("kind", VOTE_KINDS)
    tally = f.strings("tally")
    return Facilitation(
        timeboxes=[
            Timebox(
                step=t.text("step", required=True, field="text"),
                minutes=t.amount("minutes", None),
                spent_seconds=t.amount("spent_seconds", 0.0),
                running_since=t.amount("running_since", None, optional=True),
            )
            for t in _each(f, "timeboxes", TIMEBOX_FIELDS)
        ],
        voting=VotingSettings(
            dots_per_person=voting.amount("dots_per_person", 3, integer=True),
            max_per_item=voting.amount("max_per_item", 3, integer=True),
            revealed=revealed,
        ),
        votes=[
            Vote(
                participant_id=v.item_id("participant_id"),
                kind=v.choice("kind", VOTE_KINDS),
                item_id=v.item_id("item_id"),
                dots=v.amount("dots", 1, integer=True),
            )
            for v in _each(f, "votes", VOTE_FIELDS)
        ],
        tally=tally,
        review=[
            ReviewAnswer(
                question=r.text("question", required=True, field="text"),
                answer=r.choice("answer", ("", *REVIEW_ANSWERS), ""),
                note=r.text("note", field="text"),
            )
            for r in _each(f, "review", REVIEW_FIELDS)
        ],
    )
