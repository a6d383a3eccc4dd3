"""Hypothesis strategies for whole sessions (reusable by other test packages).

``sessions()`` makes valid sessions: every field within the bounds of
``domain/validation.py``, texts already clean (what ``check_text`` returns), unique ids
per collection and links that point at existing items. ``sessions(text=st.text())``
keeps everything valid except the texts, which are then arbitrary unicode - for the
markdown escaping properties.
"""

from __future__ import annotations

import string
from datetime import date, datetime, timezone

from hypothesis import strategies as st

from cxworkshop.domain.facilitation import (
    DEFAULT_TIMEBOXES,
    REVIEW_ANSWERS,
    VOTE_KINDS,
    Facilitation,
    ReviewAnswer,
    Timebox,
    Vote,
    VotingSettings,
)
from cxworkshop.domain.models import (
    AREAS,
    CATEGORIES,
    FREQUENCIES,
    LANGUAGES,
    MODES,
    SCHEMA_VERSION,
    SIDES,
    STATUSES,
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
from cxworkshop.domain.selfreview import QUESTIONS
from cxworkshop.domain.validation import BOUNDS, check_text

ID_ALPHABET = string.ascii_lowercase + string.digits + "-_"


def clean(value: str) -> str:
    return check_text("text", value, required=False)


def clean_text(required: bool = False, max_size: int = 40) -> st.SearchStrategy[str]:
    texts = st.text(max_size=max_size).map(clean)
    return texts.filter(bool) if required else texts


def number(bound: str) -> st.SearchStrategy[float]:
    low, high = BOUNDS[bound]
    return st.floats(min_value=low, max_value=high, allow_nan=False, allow_infinity=False)


def integer(bound: str) -> st.SearchStrategy[int]:
    low, high = BOUNDS[bound]
    return st.integers(min_value=int(low), max_value=int(high))


def iso_dates() -> st.SearchStrategy[str]:
    return st.dates(min_value=date(1000, 1, 1)).map(date.isoformat)


def iso_datetimes() -> st.SearchStrategy[str]:
    moments = st.datetimes(min_value=datetime(1000, 1, 1), timezones=st.just(timezone.utc))
    return moments.map(lambda m: m.replace(microsecond=0).isoformat())


def item_ids(n: int) -> st.SearchStrategy[list[str]]:
    one = st.text(alphabet=ID_ALPHABET, min_size=1, max_size=10)
    return st.lists(one, min_size=n, max_size=n, unique=True)


@st.composite
def metas(draw: st.DrawFn, text: st.SearchStrategy[str] | None = None) -> Meta:
    some = clean_text() if text is None else text
    return Meta(
        title=draw(clean_text(required=True) if text is None else text),
        organisation=draw(some),
        facilitator=draw(some),
        date=draw(iso_dates()),
        mode=draw(st.sampled_from(MODES)),
        language=draw(st.sampled_from(LANGUAGES)),
        working_days=draw(number("working_days")),
        hours_per_day=draw(number("hours_per_day")),
        hourly_rate=draw(st.none() | number("hourly_rate")),
        currency=draw(st.sampled_from(["EUR", "USD", "GBP", "CHF"]) if text is None else text),
        created_at=draw(iso_datetimes()),
        updated_at=draw(iso_datetimes()),
    )


@st.composite
def frustrations(draw: st.DrawFn, item_id: str, text: st.SearchStrategy[str] | None = None
                 ) -> Frustration:
    some = clean_text() if text is None else text
    frequency = draw(st.sampled_from(FREQUENCIES))
    return Frustration(
        text=draw(clean_text(required=True) if text is None else text),
        side=draw(st.sampled_from(SIDES)),
        department=draw(some),
        frequency=frequency,
        occurrences=draw(number("occurrences_week" if frequency == "week" else "occurrences")),
        minutes=draw(number("minutes")),
        people=draw(integer("people")),
        author=draw(some),
        minutes_low=draw(st.none() | number("minutes")),
        minutes_high=draw(st.none() | number("minutes")),
        id=item_id,
    )


def amounts() -> st.SearchStrategy[float]:
    return st.floats(min_value=0, max_value=1e9, allow_nan=False, allow_infinity=False)


@st.composite
def facilitations(draw: st.DrawFn, participant_ids: list[str], draft_ids: list[str],
                  barrier_ids: list[str]) -> Facilitation:
    """Facilitation data; votes and strokes sometimes name items deleted since."""
    any_id = st.text(alphabet=ID_ALPHABET, min_size=1, max_size=10)
    people = st.sampled_from(participant_ids) | any_id if participant_ids else any_id
    items = st.sampled_from(draft_ids + barrier_ids) | any_id if draft_ids + barrier_ids else any_id
    small = st.integers(min_value=0, max_value=20)
    return Facilitation(
        timeboxes=draw(st.lists(st.builds(
            Timebox, st.sampled_from(sorted(DEFAULT_TIMEBOXES)), amounts(), amounts(),
            st.none() | amounts()), max_size=3)),
        voting=VotingSettings(draw(small), draw(small),
                              draw(st.lists(st.sampled_from(VOTE_KINDS), unique=True))),
        votes=draw(st.lists(st.builds(Vote, people, st.sampled_from(VOTE_KINDS), items, small),
                            max_size=4)),
        tally=draw(st.lists(people, max_size=5)),
        review=draw(st.lists(st.builds(
            ReviewAnswer, st.sampled_from(QUESTIONS), st.sampled_from(("", *REVIEW_ANSWERS)),
            clean_text()), max_size=3)),
    )


@st.composite
def sessions(draw: st.DrawFn, text: st.SearchStrategy[str] | None = None, max_items: int = 4,
             with_previous: bool = True) -> Session:
    """A valid session; ``text`` replaces every text field's strategy when given.
    ``with_previous`` lets it embed an earlier session, as a follow-up does."""
    required = clean_text(required=True) if text is None else text
    some = clean_text() if text is None else text
    size = st.integers(min_value=0, max_value=max_items)

    def count() -> int:
        return draw(size)

    participants = [Participant(draw(required), draw(some), id=i) for i in draw(item_ids(count()))]
    notes = [Note(draw(st.sampled_from(AREAS)), draw(required), draw(some), id=i)
             for i in draw(item_ids(count()))]
    drafts = [Draft(draw(required), draw(some), draw(integer("votes")), id=i)
              for i in draw(item_ids(count()))]
    chosen = draw(st.none() | st.sampled_from([d.id for d in drafts])) if drafts else None
    frustration_list = [draw(frustrations(i, text)) for i in draw(item_ids(count()))]
    f_ids = [f.id for f in frustration_list]
    barriers = [
        Barrier(
            draw(required), draw(st.sampled_from(CATEGORIES)), draw(some),
            impact=draw(integer("score")), effort=draw(integer("score")),
            votes=draw(integer("votes")),
            frustration_ids=draw(st.lists(st.sampled_from(f_ids), unique=True)) if f_ids else [],
            id=i,
        )
        for i in draw(item_ids(count()))
    ]
    b_ids = [b.id for b in barriers]
    actions = [
        Action(
            draw(required), draw(some), draw(st.just("") | iso_dates()), draw(some), draw(some),
            draw(st.sampled_from(STATUSES)),
            draw(st.none() | st.sampled_from(b_ids)) if b_ids else None,
            id=i,
        )
        for i in draw(item_ids(count()))
    ]
    session_id = draw(st.text(alphabet=ID_ALPHABET, min_size=1, max_size=20))
    previous = None
    if with_previous and draw(st.booleans()):
        previous = draw(sessions(text, max_items=2, with_previous=False)).to_dict()
    meta = draw(metas(text))
    meta.previous_session_id = draw(st.none() | st.text(alphabet=ID_ALPHABET, min_size=1))
    return Session(
        id=session_id,
        meta=meta,
        participants=participants,
        promise=Promise(notes=notes, drafts=drafts, chosen_draft_id=chosen),
        frustrations=frustration_list,
        barriers=barriers,
        actions=actions,
        facilitation=draw(facilitations([p.id for p in participants], [d.id for d in drafts],
                                        b_ids)),
        previous=previous,
        revision=draw(st.integers(min_value=0, max_value=2**31)),
        schema_version=SCHEMA_VERSION,
    )
