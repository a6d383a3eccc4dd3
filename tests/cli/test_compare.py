"""`compare`: a follow-up in which frustrations were re-estimated, a barrier removed and an
action finished; the figures below are worked out by hand from tests/cli/factories.py.

Then (200 working days, 3 people, €50 an hour):
  Re-typing orders  3/day x 10 min x 2 people = 200 h  (Sales, employee)
  Waiting for IT    5/week x 30 min x 1 person = 100 h  (IT, employee)
  total 300 h, per person 100 h, cost €15,000
Now:
  Re-typing orders  3/day x 5 min x 2 people  = 100 h
  Waiting for IT    2/week x 30 min x 1 person =  40 h
  Customers chase invoices (new) 1/day x 6 min x 1 person = 20 h  (Finance, customer)
  total 160 h (-140, -46.7%), per person 53.3 h (-46.7), cost €8,000 (-€7,000)
  employee side 300 -> 140 (-160, -53.3%), customer side 0 -> 20 (new)
  Sales 200 -> 100 (-50%), IT 100 -> 40 (-60%), Finance 0 -> 20 (new)
"""

import json
from pathlib import Path

import pytest

from cxworkshop.domain.models import Frustration, Session
from cxworkshop.store import SessionStore
from tests.cli.factories import stored, workshop


def revisit(session: Session) -> None:
    """What the group changed in the follow-up."""
    retyping, waiting = session.frustrations
    retyping.minutes = 5
    waiting.occurrences = 2
    session.frustrations.append(Frustration("Customers chase invoices", side="customer",
                                            department="Finance", occurrences=1, minutes=6, id="f3"))
    session.barriers = [b for b in session.barriers if b.id != "b2"]  # "Approval rules" is gone
    next(a for a in session.actions if a.what == "Merge the order systems").status = "done"


@pytest.fixture
def pair(cli, folder: Path) -> tuple[str, str]:
    """(old id, follow-up id), the follow-up revisited as above."""
    old = stored(folder)
    result = cli("follow-up", old.id, "--json")
    assert result.exit_code == 0, result.output
    new_id = json.loads(result.stdout)["id"]
    SessionStore(folder).update(new_id, revisit)
    return old.id, new_id


def section(text: str, heading: str) -> list[str]:
    """The lines under ``heading`` (and its rule) up to the next blank line."""
    after = text.split(f"\n{heading}\n", 1)[1]
    return after.split("\n\n", 1)[0].splitlines()[1:]


def cells(line: str) -> list[str]:
    return [cell for cell in line.split("  ") if cell.strip()]


def test_compare_prints_the_figures_and_the_lists(cli, pair: tuple[str, str]) -> None:
    old_id, new_id = pair
    result = cli("compare", old_id, new_id)
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.startswith("Then and now\n════════════\n")
    assert "Then: Promise workshop · " in out and f" · {old_id}\n" in out
    assert "Now:  Promise workshop — follow-up " in out and f" · {new_id}\n" in out
    assert "\nFrustration hours a year: 300 → 160 (−140, −47%)\n" in out

    table = section(out, "Frustration hours a year")
    assert [c.strip() for c in cells(table[0])] == ["Then", "Now", "Change", "%"]
    rows = {cells(line)[0].strip(): [c.strip() for c in cells(line)[1:]] for line in table[2:]}
    assert rows["Total"] == ["300", "160", "−140", "−47%"]
    assert rows["Per person"] == ["100", "53.3", "−46.7", "−47%"]
    assert rows["FTE"] == ["0.19", "0.10", "−0.09", "−47%"]
    assert rows["Cost"] == ["€15,000", "€8,000", "−€7,000", "−47%"]
    assert rows["Per side"] == [] and rows["Per department"] == []
    assert rows["Employees"] == ["300", "140", "−160", "−53%"]
    assert rows["Customers"] == ["0", "20", "+20", "new"]
    assert rows["Sales"] == ["200", "100", "−100", "−50%"]
    assert rows["IT"] == ["100", "40", "−60", "−60%"]
    assert rows["Finance"] == ["0", "20", "+20", "new"]
    starts = [line.split("  ", 2)[2][:8] if line.startswith("    ") else "" for line in table]
    assert starts.index("Sales   ") < starts.index("IT      ") < starts.index("Finance ")  # indented, biggest first

    assert section(out, "Frustrations") == [
        "  Gone: none",
        "  New (1)",
        "    • Customers chase invoices",
        "  Biggest changes in hours a year",
        "    • Re-typing orders: 200 → 100 (−100, −50%)",
        "    • Waiting for IT: 100 → 40 (−60, −60%)",
        "    • Customers chase invoices: 0 → 20 (+20)",
    ]
    assert section(out, "Barriers") == [
        "  Removed (1)", "    • Approval rules", "  New: none", "  Still there (1)", "    • Two order systems",
    ]
    assert section(out, "Actions") == [
        "  Done (1)", "    • Merge the order systems",
        "  Dropped: none",
        "  Still open (1)", "    • Map the IT queue",
        "  Status changes (1)", "    • Merge the order systems: open → done",
    ]
    assert section(out, "Customer promise") == [
        "  Then: “You always know where your order is.”",
        "  Now:  “You always know where your order is.”",
        "  Unchanged.",
    ]


def test_compare_with_one_argument_uses_the_embedded_earlier_session(cli, folder: Path, pair) -> None:
    old_id, new_id = pair
    SessionStore(folder).update(old_id, lambda s: setattr(s.frustrations[0], "minutes", 60))  # later edit
    alone = cli("compare", new_id)
    assert alone.exit_code == 0, alone.output
    assert "\nFrustration hours a year: 300 → 160 (−140, −47%)\n" in alone.stdout  # as it was then
    both = cli("compare", old_id, new_id)
    assert "\nFrustration hours a year: 1,300 → 160 (−1,140, −88%)\n" in both.stdout  # the file as it is now


def test_compare_json(cli, pair: tuple[str, str]) -> None:
    old_id, new_id = pair
    result = cli("compare", new_id, "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert list(data) == ["then", "now", "hours", "frustrations", "barriers", "actions", "promise",
                          "self_review"]
    assert data["self_review"] is None  # a team pair without self-review answers
    assert data["then"]["id"] == old_id and data["now"]["id"] == new_id
    assert data["then"]["title"] == "Promise workshop" and data["now"]["language"] == "en"
    hours = data["hours"]
    assert hours["total"] == {"then": 300.0, "now": 160.0, "change": -140.0, "percent": -46.6667}
    assert hours["per_person"] == {"then": 100.0, "now": 53.3333, "change": -46.6667, "percent": -46.6667}
    assert hours["fte"] == {"then": 0.1875, "now": 0.1, "change": -0.0875, "percent": -46.6667}
    assert hours["cost"] == {"then": 15000.0, "now": 8000.0, "change": -7000.0, "percent": -46.6667}
    assert hours["by_side"] == {
        "employee": {"then": 300.0, "now": 140.0, "change": -160.0, "percent": -53.3333},
        "customer": {"then": 0.0, "now": 20.0, "change": 20.0, "percent": None},
    }
    assert hours["by_department"] == [
        {"department": "Sales", "then": 200.0, "now": 100.0, "change": -100.0, "percent": -50.0},
        {"department": "IT", "then": 100.0, "now": 40.0, "change": -60.0, "percent": -60.0},
        {"department": "Finance", "then": 0.0, "now": 20.0, "change": 20.0, "percent": None},
    ]
    assert data["frustrations"] == {
        "removed": [],
        "new": ["Customers chase invoices"],
        "hours": [
            {"text": "Re-typing orders", "then": 200.0, "now": 100.0, "change": -100.0},
            {"text": "Waiting for IT", "then": 100.0, "now": 40.0, "change": -60.0},
            {"text": "Customers chase invoices", "then": 0.0, "now": 20.0, "change": 20.0},
        ],
    }
    assert data["barriers"] == {"removed": ["Approval rules"], "new": [], "still_there": ["Two order systems"]}
    assert data["actions"] == {
        "done": ["Merge the order systems"],
        "dropped": [],
        "still_open": ["Map the IT queue"],
        "status_changes": [{"action": "Merge the order systems", "then": "open", "now": "done"}],
    }
    assert data["promise"] == {"then": "You always know where your order is.",
                               "now": "You always know where your order is.", "changed": False}
    assert json.loads(cli("compare", old_id, new_id, "--json").stdout) == data


def test_compare_in_dutch_follows_the_later_session(cli, folder: Path) -> None:
    old = stored(folder, workshop("Klantbelofte", lang="nl"))
    new_id = json.loads(cli("follow-up", old.id, "--json").stdout)["id"]

    def dutch_revisit(session: Session) -> None:
        revisit(session)
        session.promise.drafts[0].text = "Je weet altijd waar je bestelling is."

    SessionStore(folder).update(new_id, dutch_revisit)
    result = cli("compare", new_id)  # the terminal is English; the session is Dutch
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.startswith("Toen en nu\n══════════\nToen: Klantbelofte · ")
    assert "\nFrustratie-uren per jaar: 300 → 160 (−140, −47%)\n" in out
    rows = {cells(line)[0].strip(): [c.strip() for c in cells(line)[1:]]
            for line in section(out, "Frustratie-uren per jaar")[2:]}
    assert rows["Totaal"] == ["300", "160", "−140", "−47%"]
    assert rows["Per persoon"] == ["100", "53,3", "−46,7", "−47%"]
    assert rows["Kosten"] == ["€ 15.000", "€ 8.000", "−€ 7.000", "−47%"]
    assert rows["Klanten"] == ["0", "20", "+20", "nieuw"]
    assert section(out, "Frustraties")[0] == "  Verdwenen: geen"
    assert section(out, "Barrières")[:2] == ["  Opgeruimd (1)", "    • Approval rules"]
    assert "    • Merge the order systems: open → klaar" in section(out, "Acties")
    assert section(out, "Klantbelofte") == [
        "  Toen: “You always know where your order is.”",
        "  Nu:   “Je weet altijd waar je bestelling is.”",
        "  De belofte is veranderd.",
    ]


def test_compare_two_ordinary_sessions_in_the_language_of_the_second(cli, folder: Path) -> None:
    old = stored(folder, workshop("Before"))
    new = stored(folder, workshop("After", lang="nl"))
    result = cli("compare", old.id, new.id)
    assert result.exit_code == 0, result.output
    assert "Frustratie-uren per jaar: 300 → 300 (onveranderd)" in result.stdout


def test_compare_without_frustrations(cli, folder: Path) -> None:
    old = stored(folder, workshop("Empty"))
    SessionStore(folder).update(old.id, lambda s: s.frustrations.clear())
    result = cli("compare", old.id, old.id)
    assert result.exit_code == 0, result.output
    assert section(result.stdout, "Frustration hours a year") == ["  No frustrations recorded, then or now."]


@pytest.mark.parametrize(("args", "wanted"), [
    (["nope"], 'No session matches "nope"'),
    (["{old}", "nope"], 'No session matches "nope"'),
    (["{old}"], '"Promise workshop" ({old}) is not a follow-up'),
    (["{broken}"], "the earlier session kept inside"),
])
def test_compare_errors_are_one_line(cli, folder: Path, pair, args: list[str], wanted: str) -> None:
    old_id, new_id = pair
    SessionStore(folder).update(new_id, lambda s: setattr(s, "previous", {"id": old_id}))  # no meta
    filled = [a.replace("{old}", old_id).replace("{broken}", new_id) for a in args]
    for extra in ([], ["--json"]):
        result = cli("compare", *filled, *extra)
        assert result.exit_code == 1, result.output
        assert result.stdout == ""
        assert result.stderr.startswith("Error: ")
        assert wanted.replace("{old}", old_id) in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.output


def test_compare_error_in_dutch(cli, folder: Path) -> None:
    old = stored(folder)
    result = cli("compare", old.id, env={"CXWORKSHOP_LANG": "nl"})
    assert result.exit_code == 1
    assert result.stderr.strip() == (f'Fout: "Promise workshop" ({old.id}) is geen vervolgsessie en bevat dus '
                                     f"geen eerdere sessie om mee te vergelijken; noem ze allebei: "
                                     f"cxworkshop compare <eerdere sessie> {old.id}")


def test_compare_without_arguments_is_wrong_usage(cli) -> None:
    assert cli("compare").exit_code == 2


def _solo_pair(folder: Path, lang: str) -> tuple[str, str]:
    """A solo session with 3 self-review answers (yes, partly, no) and one with all 7 answered."""
    from cxworkshop.domain.selfreview import QUESTIONS, answer

    old, new = workshop("Solo", lang=lang, mode="solo"), workshop("Solo later", lang=lang, mode="solo")
    for session in (old, new):
        session.participants = session.participants[:1]
    for question, value in zip(QUESTIONS, ("yes", "partly", "no"), strict=False):
        answer(old, question, value)
    for question in QUESTIONS:
        answer(new, question, "yes" if question != "basics" else "partly")
    return stored(folder, old).id, stored(folder, new).id


def test_compare_solo_self_review_score_then_and_now(cli, folder: Path) -> None:
    old_id, new_id = _solo_pair(folder, "en")
    out = cli("compare", old_id, new_id).stdout
    assert section(out, "Self-review") == [
        "  Then: 3 of 14 points (3 of 7 questions answered)",  # out of all questions, as on screen
        "  Now:  13 of 14 points (7 of 7 questions answered)",
    ]
    data = json.loads(cli("compare", old_id, new_id, "--json").stdout)
    assert data["self_review"] == {"then": {"points": 3, "answered": 3},
                                   "now": {"points": 13, "answered": 7}, "questions": 7}


def test_compare_solo_self_review_in_dutch_with_one_side_empty(cli, folder: Path) -> None:
    old_id, new_id = _solo_pair(folder, "nl")
    SessionStore(folder).update(old_id, lambda s: s.facilitation.review.clear())
    out = cli("compare", old_id, new_id).stdout
    assert section(out, "Zelfevaluatie") == [
        "  Toen: niet ingevuld",
        "  Nu:   13 van 14 punten (7 van 7 vragen beantwoord)",
    ]
    data = json.loads(cli("compare", old_id, new_id, "--json").stdout)
    assert data["self_review"]["then"] == {"points": 0, "answered": 0}


def test_compare_without_self_review_answers_has_no_such_section(cli, pair: tuple[str, str]) -> None:
    out = cli("compare", *pair).stdout
    assert "Self-review" not in out
