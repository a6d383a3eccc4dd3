""""Since last time": a follow-up's export compares it with the session it embeds."""

from __future__ import annotations

import re

from cxworkshop.domain.demo import example_session_en
from cxworkshop.domain.followup import compare, follow_up, previous_of
from cxworkshop.domain.models import Draft
from cxworkshop.export.markdown import render_markdown
from tests.export.followup_demo import followup_session
from tests.export.mdparse import parse
from tests.export.test_facilitation_md import _rows, _section


def _h2(md: str) -> list[str]:
    tokens = parse(md)
    return [tokens[i + 1].content for i, tok in enumerate(tokens)
            if tok.type == "heading_open" and tok.tag == "h2"]


def test_since_last_time_comes_right_after_the_promise():
    md = render_markdown(followup_session())
    headings = _h2(md)
    assert headings[headings.index("Klantbelofte") + 1] == "Sinds de vorige keer"
    assert headings[headings.index("Sinds de vorige keer") + 1] == "Frustratie-uren"
    assert "- **Sinds de vorige keer:** 3.486,7 → 2.776,7 uur per jaar (−20%)" in md


def test_hours_then_and_now_with_differences():
    session = followup_session()
    comparison = compare(previous_of(session), session)
    section = _section(render_markdown(session), "## Sinds de vorige keer")
    assert 'Vergeleken met de vorige sessie, "Klantbelofte en frustratie-uren" van 2026-03-12.' in section
    rows = _rows(_section(section, "### Frustratie-uren toen en nu"))
    assert rows[:4] == [
        ["Hele team", "3.486,7", "2.776,7", "−710,0", "−20%"],
        ["Per persoon", "498,1", "396,7", "−101,4", "−20%"],
        ["Kant van de medewerker", "2.680,0", "1.970,0", "−710,0", "−26%"],
        ["Kant van de klant", "806,7", "806,7", "0,0", "0%"],
    ]
    tables = [b for b in _section(section, "### Frustratie-uren toen en nu").split("\n\n")
              if b.startswith("| Afdeling")]
    departments = [[c.strip() for c in row.split("|")[1:-1]] for row in tables[0].splitlines()[2:]]
    assert [row[0] for row in departments] == list(comparison.by_department)
    assert ["Marketing", "120,0", "0,0", "−120,0", "−100%"] in departments


def test_items_removed_new_kept_and_status_changes():
    section = _section(render_markdown(followup_session()), "## Sinds de vorige keer")
    frustrations = _section(section, "### Frustraties")
    assert "**Niet meer genoemd (1)**\n\n- Campagnemails gaan ook naar klanten met een openstaande klacht" in frustrations
    assert "**Nieuw (1)**\n\n- De tablet-app van de werkbon verliest alles als er geen bereik is" in frustrations
    barriers = _section(section, "### Barrières")
    assert "**Verdwenen (1)**" in barriers and "**Nieuw (1)**" in barriers
    assert "**Nog steeds aanwezig (6)**" in barriers
    actions = _section(section, "### Acties")
    assert "**Afgerond (2)**" in actions and "**Nog open (5)**" in actions
    assert "Geschrapt" not in actions  # nothing was dropped this time
    assert ["Proef met een tijdvak van twee uur in één regio", "open", "vastgelopen"] in _rows(actions)
    promise = _section(section, "### De belofte")
    assert promise.strip().startswith("De belofte is dezelfde als de vorige keer:\n\n> Je weet altijd")


def test_a_changed_promise_shows_then_and_now_in_english():
    old = example_session_en()
    new = follow_up(old, today="2026-05-01")
    new.id = "f"
    new.promise.drafts.append(Draft("Your book, as described, or your money back.", id="d09"))
    new.promise.chosen_draft_id = "d09"
    new.frustrations = new.frustrations[1:]  # solved
    section = _section(render_markdown(new), "## Since last time")
    promise = _section(section, "### The promise")
    assert ("Then:\n\n> The book you see is the book you get, and you can send it back for free"
            " if it is not.\n\nNow:\n\n> Your book, as described, or your money back.") in promise
    hours = _rows(_section(section, "### Frustration hours then and now"))
    assert hours[0][0] == "Whole team" and hours[0][3].startswith("−")
    assert [row[0] for row in hours[2:]] == ["Employee side", "Customer side"]


def test_a_new_department_has_no_percentage_but_says_new():
    old = example_session_en()
    new = follow_up(old, today="2026-05-01")
    new.id = "f"
    new.frustrations[0].department = "Returns desk"
    section = _section(render_markdown(new), "## Since last time")
    rows = [row for row in re.findall(r"^\| Returns desk \|.*$", section, re.M)]
    assert rows == ["| Returns desk | 0.0 | 200.0 | +200.0 | new |"]


def test_no_section_without_an_embedded_previous_session():
    session = followup_session()
    session.previous = None
    md = render_markdown(session)
    assert "Sinds de vorige keer" not in md
