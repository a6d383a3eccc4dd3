"""Follow-up sessions carry the right things over; the comparison adds up."""

from __future__ import annotations

import pytest

from cxworkshop.domain.followup import compare, default_title, follow_up, previous_of
from cxworkshop.domain.models import (
    Action, Barrier, Draft, Frustration, Meta, Note, Participant, Promise, Session,
)
from cxworkshop.domain.validation import MAX_TEXT


def _old() -> Session:
    return Session(
        id="q1-abcd",
        meta=Meta("Q1 review", organisation="Bakkerij Brood", mode="solo", language="nl"),
        participants=[Participant("Eva", id="p1")],
        promise=Promise(
            notes=[Note("bewijs", "Bezorging voor 8 uur", id="n1")],
            drafts=[Draft("Je brood is om 8 uur bij je.", id="d1", votes=3), Draft("Wij bakken.", id="d2")],
            chosen_draft_id="d1",
        ),
        frustrations=[
            Frustration("Bestellingen overtypen", department="Winkel", occurrences=3, minutes=10, id="f1"),
            Frustration("Klant belt over levertijd", side="customer", department="Bezorging",
                        frequency="week", occurrences=5, minutes=6, id="f2"),
        ],
        barriers=[Barrier("Geen koppeling webshop", votes=4, frustration_ids=["f1"], id="b1"),
                  Barrier("Geen tijd", id="b2")],
        actions=[
            Action("Koppeling laten bouwen", status="open", barrier_id="b1", id="a1"),
            Action("Bezorgtijden op site", status="done", id="a2"),
            Action("Nieuwsbrief", status="dropped", id="a3"),
            Action("Planning", status="in_progress", id="a4"),
        ],
    )


def test_follow_up_carries_promise_frustrations_barriers_and_open_actions() -> None:
    old = _old()
    new = follow_up(old, title="Q2 review", today="2026-04-01")
    assert new.meta.title == "Q2 review" and new.meta.date == "2026-04-01"
    assert new.meta.previous_session_id == "q1-abcd"
    assert [d.text for d in new.promise.drafts] == ["Je brood is om 8 uur bij je."]
    assert new.promise.chosen_draft_id == "d1" and new.promise.drafts[0].votes == 0
    assert [n.text for n in new.promise.notes] == ["Bezorging voor 8 uur"]
    assert [f.id for f in new.frustrations] == ["f1", "f2"]
    assert [b.votes for b in new.barriers] == [0, 0]
    assert [a.id for a in new.actions] == ["a1", "a4"]
    assert new.meta.language == "nl" and new.meta.mode == "solo"
    # the old session is untouched and embedded once
    assert old.barriers[0].votes == 4
    assert previous_of(new) == old
    again = follow_up(new)
    assert again.previous["previous"] is None


def test_compare_reports_hours_barriers_actions_and_promise() -> None:
    old = _old()
    new = follow_up(old)
    new.frustrations[0].occurrences = 1  # re-estimated: 3 -> 1 a day
    new.frustrations.append(Frustration("Kassa traag", department="Winkel", occurrences=2, minutes=3, id="f3"))
    new.barriers = [b for b in new.barriers if b.id != "b1"]
    new.barriers.append(Barrier("Personeelstekort", id="b3"))
    new.actions[0].status = "done"
    new.actions[1].status = "stuck"
    new.promise.drafts[0].text = "Je brood ligt om 8 uur klaar."
    c = compare(old, new)
    # old: f1 = 3*10/60*200 = 100 h, f2 = 1*6/60*200 = 20 h -> 120
    # new: f1 = 1*10/60*200 = 33.33 h, f2 = 20 h, f3 = 2*3/60*200 = 20 h -> 73.33
    assert c.hours.before == pytest.approx(120)
    assert c.hours.after == pytest.approx(73.333, rel=1e-3)
    assert c.hours.percent == pytest.approx(-38.89, rel=1e-3)
    assert c.by_department["Winkel"].before == pytest.approx(100)
    assert c.by_department["Winkel"].after == pytest.approx(53.333, rel=1e-3)
    assert c.by_side["customer"].delta == pytest.approx(0)
    assert c.frustrations_new == ["Kassa traag"] and c.frustrations_removed == []
    assert c.barriers_removed == ["Geen koppeling webshop"]
    assert c.barriers_new == ["Personeelstekort"]
    assert c.barriers_kept == ["Geen tijd"]
    assert c.actions_done == ["Koppeling laten bouwen"]
    assert c.actions_still_open == ["Planning"]
    assert c.action_status == {"Koppeling laten bouwen": ("open", "done"), "Planning": ("in_progress", "stuck")}
    assert c.promise_changed and c.promise_before.startswith("Je brood is")


def test_compare_with_itself_changes_nothing() -> None:
    old = _old()
    c = compare(old, old)
    assert c.hours.delta == 0 and not c.promise_changed
    assert c.barriers_new == [] == c.barriers_removed
    assert c.hours.percent == 0


def test_departments_spelled_differently_then_and_now_are_one_row() -> None:
    old = _old()
    new = follow_up(old)
    new.frustrations[0].department = "winkel "
    c = compare(old, new)
    assert list(c.by_department) == ["winkel", "Bezorging"]
    assert c.by_department["winkel"].before == pytest.approx(100)
    assert c.by_department["winkel"].after == pytest.approx(100)


@pytest.mark.parametrize(("title", "lang", "expected"), [
    ("Q3 review", "en", "Q3 review — follow-up 2026-11-22"),
    ("Q3 review", "nl", "Q3 review — vervolg 2026-11-22"),
    # a follow-up of a follow-up: the earlier marker goes, in either language
    ("Q3 review — follow-up 2026-08-01", "en", "Q3 review — follow-up 2026-11-22"),
    ("Q3 review — vervolg 2026-08-01", "en", "Q3 review — follow-up 2026-11-22"),
    ("  Klantreis — follow-up 2026-08-01 ", "nl", "Klantreis — vervolg 2026-11-22"),
    # only a whole marker at the end counts
    ("Review — follow-up later", "en", "Review — follow-up later — follow-up 2026-11-22"),
])
def test_default_title_names_the_follow_up_once(title: str, lang: str, expected: str) -> None:
    assert default_title(title, lang, "2026-11-22") == expected


def test_default_title_is_never_longer_than_a_title_may_be() -> None:
    title = default_title("x" * MAX_TEXT, "en", "2026-11-22")
    assert title == "x" * MAX_TEXT
    assert len(default_title("x" * (MAX_TEXT - 10), "nl", "2026-11-22")) == MAX_TEXT

