"""A solo self-review reads as one person's plan: first person, no vote counts anywhere."""

from __future__ import annotations

import re

import pytest

from cxworkshop.domain.demo import demo_session, example_session_en
from cxworkshop.domain.models import Session
from cxworkshop.export.markdown import render_markdown


def _solo(session: Session) -> Session:
    session.meta.mode = "solo"
    session.participants = session.participants[:1]
    return session


def _header_row(md: str, heading: str) -> str:
    after = md.split(f"\n{heading}\n", 1)[1]
    return next(line for line in after.splitlines() if line.startswith("|"))


def test_english_solo_export_speaks_for_one_person():
    md = render_markdown(_solo(example_session_en()))
    assert "Action plan from a self-review:" in md
    assert "what I am going to do about it." in md
    assert "workshop" not in md.split("\n## ", 1)[0]
    assert "I lose an estimated **" in md
    assert re.search(r"\nChosen from \d+ drafts?\.", md)
    assert "I will know it worked when:" in md
    assert "Success looks like" not in md
    assert not re.search(r"\bvotes?\b", md, re.IGNORECASE)  # no "3 votes", no Votes column
    assert "Quick wins first" in md


def test_dutch_solo_export_speaks_for_one_person():
    md = render_markdown(_solo(demo_session()))
    assert "Actieplan uit een zelfevaluatie:" in md
    assert "wat ik eraan ga doen." in md
    assert "Ik verlies naar schatting **" in md
    assert "Succes merk ik aan:" in md and "Succes merken we aan" not in md
    assert not re.search(r"\bstem(men)?\b", md, re.IGNORECASE)  # no "2 stemmen", no column
    assert "| Impact" in _header_row(md, "## Barrières op volgorde van prioriteit")
    assert re.search(r"\nGekozen uit \d+ concepten\.", md)


@pytest.mark.parametrize("make", [example_session_en, demo_session])
def test_team_export_keeps_votes_and_team_wording(make):
    md = render_markdown(make())
    assert "workshop" in md.split("\n## ", 1)[0]
    assert re.search(r"\b(votes?|stem(men)?)\b", md, re.IGNORECASE)


@pytest.mark.parametrize(("make", "heading"), [(example_session_en, "### Participants"),
                                               (demo_session, "### Deelnemers")])
def test_solo_export_has_no_participants_section(make, heading):
    """One person on their own: no "Participants / None." in the appendix; a team keeps it."""
    assert f"\n{heading}\n" not in render_markdown(_solo(make()))
    empty = make()
    empty.meta.mode = "solo"
    empty.participants = []
    assert f"\n{heading}\n" not in render_markdown(empty)
    team = render_markdown(make())
    assert f"\n{heading}\n" in team
    names = team.split(f"\n{heading}\n", 1)[1].split("\n### ", 1)[0]
    assert all(p.name in names for p in make().participants)


@pytest.mark.parametrize(("make", "solo_label", "team_label"),
                         [(example_session_en, "Name", "Facilitator"),
                          (demo_session, "Naam", "Begeleider")])
def test_solo_export_names_the_person_not_a_facilitator(make, solo_label, team_label):
    name = make().meta.facilitator
    solo = render_markdown(_solo(make()))
    assert f"- **{solo_label}:** {name}" in solo and f"**{team_label}:**" not in solo
    assert f"- **{team_label}:** {name}" in render_markdown(make())
