"""The markdown action plan: golden files, content, and structure that user text can't break."""

from __future__ import annotations

import copy
import os
import re
import string
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from cxworkshop.domain.barriers import priority_order
from cxworkshop.domain.demo import demo_session, example_session_en
from cxworkshop.domain.frustration import sorted_by_hours
from cxworkshop.domain.models import Meta, Session
from cxworkshop.export import escape
from cxworkshop.export.markdown import render_markdown
from cxworkshop.export.mermaid import department_pie, quadrant_chart
from cxworkshop.export.sections import Facts
from cxworkshop.i18n import t
from tests.export.followup_demo import followup_session
from tests.export.mdparse import inline_text, mentions, parse, without_joiners
from tests.export.strategies import sessions
from tests.export.test_escape import LEADING
from tests.export.test_mermaid import assert_valid_chart

GOLDEN = Path(__file__).resolve().parent.parent / "golden"


@pytest.mark.parametrize(
    ("name", "make"),
    [("demo.nl.md", demo_session), ("example.en.md", example_session_en),
     ("followup.nl.md", followup_session)],
)
def test_golden(name, make):
    """Any change to the export shows up as a diff; UPDATE_GOLDEN=1 rewrites the files."""
    path = GOLDEN / name
    rendered = render_markdown(make())
    if os.environ.get("UPDATE_GOLDEN") == "1":
        path.write_text(rendered, encoding="utf-8")
    assert rendered == path.read_text(encoding="utf-8")


def test_dutch_numbers_and_sections():
    md = render_markdown(demo_session())
    assert "**3.486,7 uur per jaar**" in md
    assert "498,1 uur per jaar (teamtotaal gedeeld door 7 deelnemers)" in md
    assert "2,18 fte" in md
    assert "€ 226.633 per jaar bij € 65 per uur" in md
    assert "3.140,0 tot 4.210,0 uur per jaar" in md
    assert "200 werkdagen per jaar, 8 uur per werkdag" in md
    for heading in ("## Klantbelofte", "## Frustratie-uren", "## Actieplan",
                    "## Barrières op volgorde van prioriteit", "## Bijlage: alles wat is ingevoerd"):
        assert f"\n{heading}\n" in md
    assert "> Je weet altijd wat je betaalt en waarom." in md
    assert "| Geen holle slogans | ✓ in orde |" in md


def test_english_numbers_and_no_cost_without_rate():
    session = example_session_en()
    md = render_markdown(session)
    assert "**473.3 hours a year**" in md
    assert "Cost" not in md
    session.meta.hourly_rate = 50.0
    session.frustrations[0].occurrences = 60  # make it big enough for thousands separators
    md = render_markdown(session)
    assert "**2,273.3 hours a year**" in md
    assert "**Cost:** €113,667 a year at €50 an hour" in md


def _table_after(md: str, heading: str) -> list[list[str]]:
    lines = md.split(f"\n{heading}\n", 1)[1].strip().split("\n\n")
    table = next(block for block in lines if block.startswith("|"))
    return [[c.strip() for c in re.split(r"(?<!\\)\|", row)[1:-1]]
            for row in table.splitlines()[2:]]


def test_frustration_table_is_sorted_by_hours_and_complete():
    session = demo_session()
    rows = _table_after(render_markdown(session), "### Frustraties, de duurste eerst")
    expected = [f.text for f, _ in sorted_by_hours(session)]
    assert [row[1] for row in rows] == expected
    assert rows[0][-2:] == ["640,0", "18%"]
    assert "20 (15–30)" in rows[1]


def test_barriers_and_plan_follow_priority_order():
    session = demo_session()
    md = render_markdown(session)
    rows = _table_after(md, "## Barrières op volgorde van prioriteit")
    assert [row[1] for row in rows] == [b.text for b in priority_order(session)]
    plan = md.split("\n## Actieplan\n", 1)[1].split("\n## Bijlage", 1)[0]
    headings = [line for line in plan.splitlines() if line.startswith("### ")]
    with_actions = [b for b in priority_order(session)
                    if any(a.barrier_id == b.id for a in session.actions)]
    assert headings[:-1] == [f"### B{session.barriers.index(b) + 1} · {b.text}" for b in with_actions]
    assert headings[-1] == "### Overige acties"


def test_tasks_are_a_github_task_list():
    session = demo_session()
    md = render_markdown(session)
    closed = [a for a in session.actions if a.status in ("done", "dropped")]
    assert md.count("\n- [x] ") == len(closed)
    assert md.count("\n- [ ] ") == len(session.actions) - len(closed)
    assert ("- [ ] **Klantenservice leesrechten geven op de monteursplanning** — Kees van Dijk"
            " — 2026-04-10 — open") in md
    assert "  - Eerste stap: Rechtenverzoek indienen bij functioneel beheer" in md
    assert "- [x] **Grens voor zelfstandige correcties verhogen naar 50 euro** — " in md
    assert ("- [x] ~~**Brieventeksten in beheer geven bij Communicatie**~~ — Kees van Dijk"
            " — 2026-06-01 — *geschrapt*") in md


def test_a_stuck_action_is_open_and_marked_in_bold():
    from cxworkshop.domain.models import Action
    from cxworkshop.export.plan import task

    line = task(Action("Call the courier", owner="Sam", due="2026-03-01", status="stuck"), "en")
    assert line == "- [ ] **Call the courier** — Sam — 2026-03-01 — **stuck**"
    dropped = task(Action("Call the courier", owner="Sam", due="2026-03-01", status="dropped"), "en")
    assert dropped == "- [x] ~~**Call the courier**~~ — Sam — 2026-03-01 — *dropped*"


def test_appendix_has_every_raw_input():
    session = demo_session()
    appendix = render_markdown(session).split("## Bijlage", 1)[1]
    for text in ([p.name for p in session.participants] + [n.text for n in session.promise.notes]
                 + [d.text for d in session.promise.drafts] + [f.text for f in session.frustrations]
                 + [b.text for b in session.barriers] + [a.what for a in session.actions]
                 + [a.first_step for a in session.actions] + [a.success for a in session.actions]):
        assert text in appendix


def test_empty_and_solo_sessions_render():
    empty = Session(id="leeg", meta=Meta(title="Leeg", language="nl", mode="solo",
                                         created_at="2026-01-01T00:00:00+00:00",
                                         updated_at="2026-01-01T00:00:00+00:00"))
    md = render_markdown(empty)
    assert "Er zijn geen frustraties vastgelegd." in md
    assert "Er is nog geen belofte gekozen" in md
    assert "Er zijn nog geen acties afgesproken." in md
    solo = demo_session()
    solo.meta.mode = "solo"
    md = render_markdown(solo)
    assert "Ik verlies naar schatting **3.486,7 uur per jaar**" in md
    assert "Per persoon" not in md


def _skeleton(tokens) -> list[tuple]:
    """Block structure plus the markup inside inline tokens, without the text itself."""
    out = []
    for tok in tokens:
        if tok.type != "inline":
            out.append((tok.type, tok.tag, tok.level, tok.info))
            continue
        out.extend(
            ("inline", c.type)
            for c in tok.children or []
            if c.type not in ("text", "text_special", "hardbreak", "softbreak")
            and not (c.type == "html_inline" and c.content == "<br>")
        )
    return out


# Every ASCII punctuation character (all markdown syntax is made of them) gets a private
# use character of its own; that one is itself written twice when a text has it, so the
# mapping stays one-to-one. Letters, digits, whitespace and control characters stay, so
# texts that were equal - exactly, ignoring case, or ignoring outer whitespace - still
# are, and the domain groups and matches them the same way (departments, follow-ups).
_ESCAPE = "\ue000"
_HARMLESS = {ord(c): _ESCAPE + chr(0xE100 + i) for i, c in enumerate(string.punctuation)}
_HARMLESS[ord(_ESCAPE)] = _ESCAPE * 2
_TEXT_FIELDS = ("title", "organisation", "facilitator", "currency", "name", "department",
                "text", "author", "what", "owner", "first_step", "success", "note")


def _with_plain_texts(session: Session) -> Session:
    """The same session with every free text made harmless (see ``_HARMLESS``)."""
    plain = copy.deepcopy(session)
    for obj in [plain.meta, *plain.participants, *plain.promise.notes, *plain.promise.drafts,
                *plain.frustrations, *plain.barriers, *plain.actions,
                *plain.facilitation.review]:
        if " ".join(getattr(obj, "department", "").split()) == "-":
            # "-" is how the domain groups frustrations without a department: a "-" typed
            # as the department joins that group, so its harmless twin is no department
            obj.department = ""
        for name in _TEXT_FIELDS:
            if isinstance(getattr(obj, name, None), str):
                setattr(obj, name, getattr(obj, name).translate(_HARMLESS))
    if plain.previous is not None:
        plain.previous = _with_plain_texts(Session.from_dict(plain.previous)).to_dict()
    return plain


def _charts(session: Session) -> list[str]:
    """The mermaid charts the export of ``session`` should hold, without their fences."""
    facts = Facts.of(session)
    charts = []
    if any(h > 0 for h in facts.totals.by_department.values()):
        charts.append(department_pie(session, facts.totals.by_department,
                                     blank=t("export.md.no_department", session.lang)))
    if session.barriers:
        charts.append(quadrant_chart(session, order=facts.order, refs=facts.labels.barriers))
    return ["\n".join(chart.splitlines()[1:-1]) + "\n" for chart in charts if chart]


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sessions(text=LEADING))
def test_user_text_never_changes_the_document_structure(session):
    """Arbitrary text yields exactly the structure of harmless text: same headings, lists,
    tables (so the same column counts), no raw HTML but our own <br>, no code but our own
    mermaid charts (intact, in valid mermaid lines), no @mentions, and every non-empty
    text shows up literally."""
    md = render_markdown(session)
    tokens = parse(md)
    assert _skeleton(tokens) == _skeleton(parse(render_markdown(_with_plain_texts(session))))
    assert not any(t.type in ("html_block", "code_block") for t in tokens)
    fences = [t for t in tokens if t.type == "fence"]
    assert all(f.info == "mermaid" for f in fences)
    assert [f.content for f in fences] == _charts(session)
    for fence in fences:
        assert_valid_chart(fence.content, session.lang)
    inlines = [t for t in tokens if t.type == "inline"]
    assert not [m for t in inlines for m in mentions(t)]
    shown = without_joiners("\n".join(inline_text(t, br=" ") for t in inlines))
    for f in session.frustrations:
        line = without_joiners(" ".join(escape._lines(f.text)))
        if line:
            assert line in shown
