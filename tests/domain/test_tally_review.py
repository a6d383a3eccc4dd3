"""The customer tally and the solo self-review checklist."""

from __future__ import annotations

import pytest

from cxworkshop.domain import selfreview, tally
from cxworkshop.domain.models import Meta, Participant, Session
from cxworkshop.i18n import t


def _session() -> Session:
    people = [Participant("Ann", id="a"), Participant("Bram", id="b"), Participant("Cem", id="c")]
    return Session(id="s", meta=Meta("Tally"), participants=people)


def test_strokes_build_a_leaderboard_and_undo_takes_the_last_one() -> None:
    s = _session()
    for pid in "abbcbb":
        tally.add_stroke(s, pid)
    assert tally.counts(s) == {"a": 1, "b": 4, "c": 1}
    assert tally.leaderboard(s)[0] == ("b", "Bram", 4)
    assert tally.undo_stroke(s, "a") is True
    assert tally.counts(s)["a"] == 0
    assert tally.undo_stroke(s) is True  # the last stroke overall was Bram's
    assert tally.counts(s)["b"] == 3
    assert tally.undo_stroke(s, "a") is False


def test_stroke_for_unknown_participant_is_refused() -> None:
    with pytest.raises(LookupError):
        tally.add_stroke(_session(), "ghost")


def test_self_review_answers_and_notes_are_kept_per_question() -> None:
    s = _session()
    selfreview.answer(s, "ten_oclock", "partly")
    selfreview.answer(s, "ten_oclock", note="Only the service desk manages it")
    selfreview.answer(s, "basics", "yes")
    rows = selfreview.answers(s)
    assert [r.question for r in rows] == list(selfreview.QUESTIONS)
    ten = next(r for r in rows if r.question == "ten_oclock")
    assert (ten.answer, ten.note) == ("partly", "Only the service desk manages it")
    assert selfreview.score(s) == (3, 2)
    with pytest.raises(ValueError):
        selfreview.answer(s, "basics", "maybe")
    with pytest.raises(ValueError):
        selfreview.answer(s, "unknown", "yes")


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_every_question_has_a_text(lang: str) -> None:
    for q in selfreview.QUESTIONS:
        text = t(f"review.{q}.question", lang)
        assert text.endswith("?") and text != f"review.{q}.question"


def test_self_review_score_counts_each_answer_out_of_all_questions() -> None:
    s = _session()
    empty = selfreview.review_score(s)
    assert (empty.points, empty.answered, empty.max_points, empty.total) == (0, 0, 14, 7)
    selfreview.answer(s, "example", "yes")
    selfreview.answer(s, "fight", "partly")
    selfreview.answer(s, "impact", "no")
    selfreview.answer(s, "basics", note="a note is no answer")
    result = selfreview.review_score(s)
    assert result == selfreview.ReviewScore(points=3, answered=3, yes=1, partly=1, no=1,
                                            total=7, max_points=14)
    assert selfreview.MAX_POINTS == 2 * len(selfreview.QUESTIONS)
    assert selfreview.score(s) == (3, 3)
