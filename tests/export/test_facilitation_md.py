"""Facilitation material in the action plan: self-review, time per step, blind votes and
the "customer" tally - each shown only when there is something to show."""

from __future__ import annotations

import re

from cxworkshop.domain import selfreview, tally, voting
from cxworkshop.domain.barriers import priority_order
from cxworkshop.domain.demo import demo_session, example_session_en
from cxworkshop.domain.facilitation import Timebox
from cxworkshop.export.markdown import render_markdown
from tests.export.followup_demo import followup_session
from tests.export.mdparse import parse


def _section(md: str, heading: str) -> str:
    """The text under ``heading`` up to the next heading of the same or a higher level."""
    level = heading.split(" ", 1)[0]
    body = md.split(f"\n{heading}\n", 1)[1]
    ends = [m.start() for m in re.finditer(r"^#{1,%d} " % len(level), body, re.M)]
    return body[: ends[0]] if ends else body


def _rows(block: str) -> list[list[str]]:
    table = next(b for b in block.strip().split("\n\n") if b.startswith("|"))
    return [[c.strip() for c in re.split(r"(?<!\\)\|", row)[1:-1]]
            for row in table.splitlines()[2:]]


def test_nothing_extra_without_facilitation_data():
    md = render_markdown(demo_session())
    for absent in ("Hoe de sessie verliep", "Zelfevaluatie", "Tijd per stap", "Sinds de vorige keer"):
        assert absent not in md
    md = render_markdown(example_session_en())
    assert "How the session went" not in md and "Self-review" not in md


def test_time_per_step_shows_saved_time_only_once_some_was_recorded():
    session = example_session_en()
    session.facilitation.timebox("promise")  # a timebox without time spent
    assert "Time per step" not in render_markdown(session)
    session.facilitation.timeboxes = [
        Timebox("actions", 30, spent_seconds=2130),
        Timebox("setup", 10, spent_seconds=300),
        Timebox("promise", 40, spent_seconds=0),
        Timebox("setup", 99, spent_seconds=9999),  # a duplicate: the domain uses the first
    ]
    section = _section(render_markdown(session), "### Time per step")
    assert _rows(section) == [
        ["Setup", "10", "5", "−5"],
        ["Promise", "40", "0", "−40"],
        ["Actions", "30", "36", "+6"],
        ["**Total**", "80", "41", "−39"],
    ]
    assert "still running" not in section


def test_a_running_timer_counts_only_what_was_saved():
    session = followup_session()
    box = session.facilitation.timebox("plan")
    assert box.running_since is not None
    first = render_markdown(session)
    box.running_since += 3600  # another clock reading changes nothing
    assert render_markdown(session) == first
    section = _section(first, "### Tijd per stap")
    assert ["Plan", "10", "4", "−6"] in _rows(section)
    assert "De timer liep nog bij: Plan." in section


def test_revealed_blind_votes_show_per_item_and_count_in_the_barrier_table():
    session = followup_session()
    md = render_markdown(session)
    section = _section(md, "### Blinde stippenstemming")
    assert "Iedereen had 3 stippen te verdelen, met hoogstens 3 stippen op één onderwerp." in section
    assert "7 van de 7 deelnemers hebben al hun stippen gezet." in section
    order = priority_order(session)
    rows = _rows(section)
    assert [row[1] for row in rows] == [b.text for b in order]
    blind = voting.blind_totals(session, "barriers")
    for row, barrier in zip(rows, order):
        total = voting.total_votes(session, "barriers", barrier.id)
        assert row[2:] == [str(blind[barrier.id]), str(barrier.votes), str(total)]
    table = _rows(_section(md, "## Barrières op volgorde van prioriteit"))
    assert [row[7] for row in table] == [
        str(voting.total_votes(session, "barriers", b.id)) for b in order]


def test_hidden_blind_votes_are_not_shown_or_counted():
    session = demo_session()
    voting.set_dots(session, "p01", "barriers", "b06", 3)
    voting.set_dots(session, "p02", "drafts", "d01", 2)
    md = render_markdown(session)
    section = _section(md, "### Blinde stippenstemming")
    assert section.count("De uitslag is nog verborgen") == 2
    assert "**Conceptbeloftes**" in section and "**Barrières**" in section
    assert "|" not in section  # no table of dots
    assert "1 van de 7 deelnemers hebben al hun stippen gezet." in section
    b6 = next(r for r in _rows(_section(md, "## Barrières op volgorde van prioriteit"))
              if r[0] == "B6")
    assert b6[7] == "1"  # the open vote only

    voting.reveal(session, "drafts")
    section = _section(render_markdown(session), "### Blinde stippenstemming")
    assert section.count("De uitslag is nog verborgen") == 1
    rows = _rows(section)
    assert rows[0][:2] == ["2", "Je weet altijd wat je betaalt en waarom. En heb je een vraag, "
                                "dan helpt één persoon je verder tot het is opgelost."]
    assert ["1", session.promise.drafts[0].text, "2", "1", "3"] in rows
    by_text = {row[1]: row[4] for row in rows}
    for draft in session.promise.drafts:
        assert by_text[draft.text] == str(voting.total_votes(session, "drafts", draft.id))


def test_tally_is_a_leaderboard_with_shared_places():
    session = followup_session()
    section = _section(render_markdown(session), "### De klant-turflijst")
    assert "Grootste klantdenker: **Sanne de Vries**, met 5 streepjes." in section
    assert _rows(section) == [["1", "Sanne de Vries", "5"], ["2", "Fatima Yilmaz", "3"],
                              ["2", "Joost Bakker", "3"], ["4", "Erik Hoekstra", "1"]]
    session = example_session_en()
    for pid in ("p02", "p03", "p02", "p03"):
        tally.add_stroke(session, pid)
    section = _section(render_markdown(session), '### The "customer" tally')
    assert "Shared first place, with 2 strokes each: Tom Evans, Sam Lee." in section
    # Strokes of someone who has left do not count; with none left there is no tally.
    session.facilitation.tally = ["gone"]
    assert "tally" not in render_markdown(session)


def test_self_review_in_a_solo_session_lists_every_question():
    session = example_session_en()
    session.meta.mode = "solo"
    section = _section(render_markdown(session), "## Self-review")
    assert "None of the questions has been answered yet." in section
    rows = _rows(section)
    assert len(rows) == len(selfreview.QUESTIONS)
    assert all(row[1] == "not answered" for row in rows)
    selfreview.answer(session, "basics", "partly", "Invoices are clear, | the site is not")
    selfreview.answer(session, "persist", "yes")
    section = _section(render_markdown(session), "## Self-review")
    assert ("Score: **3 of 14 points** · 2 of 7 answered · 1 yes · 1 partly · 0 no "
            "(yes counts 2, partly 1, no 0).") in section
    assert ["Are the basics right (clear web pages, understandable invoices and manuals) before "
            "we chase 'wow' moments?", "partly", "Invoices are clear, \\| the site is not"] in _rows(section)


def test_self_review_in_a_team_session_only_when_answered():
    session = example_session_en()
    assert "Self-review" not in render_markdown(session)
    selfreview.answer(session, "impact", "no")
    md = render_markdown(session)
    assert "Score: **0 of 14 points** · 1 of 7 answered · 0 yes · 0 partly · 1 no" in md
    # It sits after the action plan and before how the session went.
    headings = [t.content for t, o in zip(parse(md)[1:], parse(md)) if o.type == "heading_open"
                and o.tag == "h2"]
    assert headings.index("Self-review") == headings.index("Action plan") + 1
