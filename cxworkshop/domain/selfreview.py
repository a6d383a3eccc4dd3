"""The solo self-review checklist that closes a solo session.

Questions come from the method's "other material": the discipline check, whether
everyone knows their impact on the customer, the 10 o'clock challenge and back to
basics. Texts live in the catalogue under ``review.<id>``.
"""

from __future__ import annotations

from dataclasses import dataclass

from cxworkshop.domain.facilitation import REVIEW_ANSWERS, ReviewAnswer
from cxworkshop.domain.models import Session

QUESTIONS: tuple[str, ...] = (
    "example",
    "fight",
    "bad_profits",
    "persist",
    "impact",
    "ten_oclock",
    "basics",
)


def answer(session: Session, question: str, value: str | None = None, note: str | None = None) -> ReviewAnswer:
    """Record (part of) an answer; ``None`` leaves that part as it was."""
    if question not in QUESTIONS:
        raise ValueError(f"unknown self-review question {question!r}")
    if value is not None and value not in ("", *REVIEW_ANSWERS):
        raise ValueError(f"answer must be one of {REVIEW_ANSWERS}")
    review = session.facilitation.review
    current = next((r for r in review if r.question == question), None)
    if current is None:
        current = ReviewAnswer(question)
        review.append(current)
    if value is not None:
        current.answer = value
    if note is not None:
        current.note = note
    return current


def answers(session: Session) -> list[ReviewAnswer]:
    """One entry per question, in question order (unanswered ones empty)."""
    given = {r.question: r for r in session.facilitation.review}
    return [given.get(q, ReviewAnswer(q)) for q in QUESTIONS]


# Points per answer; the most a review can score is every question answered "yes".
POINTS: dict[str, int] = {"yes": 2, "partly": 1, "no": 0}
MAX_POINTS = max(POINTS.values()) * len(QUESTIONS)


@dataclass(frozen=True)
class ReviewScore:
    """The self-review in numbers: the screen, the export and ``compare`` all say these.

    ``max_points`` is always all questions × 2, however many are answered, so a score
    reads the same everywhere and can be compared with last time."""

    points: int
    answered: int
    yes: int
    partly: int
    no: int
    total: int = len(QUESTIONS)
    max_points: int = MAX_POINTS


def review_score(session: Session) -> ReviewScore:
    """Points (yes = 2, partly = 1, no = 0), how many answered and how many of each."""
    given = [r.answer for r in answers(session) if r.answer in POINTS]
    return ReviewScore(
        points=sum(POINTS[a] for a in given),
        answered=len(given),
        yes=given.count("yes"),
        partly=given.count("partly"),
        no=given.count("no"),
    )


def score(session: Session) -> tuple[int, int]:
    """(points, answered) of :func:`review_score`."""
    result = review_score(session)
    return result.points, result.answered
