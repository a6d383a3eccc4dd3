"""`show`: the summary a facilitator reads out, in the session's language."""

from pathlib import Path

from cxworkshop.domain.models import Draft, Meta, Session
from tests.cli.factories import stored, workshop


def section(text: str, heading: str) -> str:
    """The lines under ``heading`` up to the next blank line."""
    after = text.split(heading + "\n", 1)[1]
    return after.split("\n\n", 1)[0]


def test_show_summarises_promise_totals_barriers_and_open_actions(cli, folder: Path) -> None:
    session = stored(folder)
    result = cli("show", session.id)
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.startswith("Promise workshop — Acme\n")
    assert "facilitator Anna" in out
    assert "“You always know where your order is.”" in section(out, "Customer promise\n────────────────")

    hours = section(out, "Frustration hours\n─────────────────")
    assert "Together: 300 hours a year (2 frustration(s))" in hours
    assert "Per person: 100 hours a year (3 people)" in hours
    assert "0.19 FTE" in hours  # 300 / (200 x 8)
    assert "Cost: €15,000 a year (at €50 an hour)" in hours
    assert "200 working days" in hours

    barriers = section(out, "Top barriers\n────────────").splitlines()
    assert barriers[0] == "  1. Two order systems"  # most votes first
    assert "Quick win" in barriers[1] and "frees 200 hours a year" in barriers[1]
    assert barriers[2] == "  2. Approval rules"
    assert "Money pit" in barriers[3] and "frees 100 hours a year" in barriers[3]

    actions = out.split("Open actions\n────────────\n", 1)[1]
    assert "Merge the order systems" in actions
    assert "Bram · due 2026-06-30 · open" in actions
    assert "first step: List the fields" in actions
    assert "Map the IT queue" in actions and "in progress" in actions
    assert "Ask the board" not in actions  # done


def test_show_uses_the_language_of_the_session(cli, folder: Path) -> None:
    session = stored(folder, workshop("Klantbelofte", lang="nl"))
    result = cli("show", session.id)  # the terminal is English
    assert result.exit_code == 0
    assert "Klantbelofte\n" in result.stdout
    assert "Samen: 300 uur per jaar" in result.stdout
    assert "€ 15.000 per jaar" in result.stdout
    assert "Open acties" in result.stdout
    facts = result.stdout.splitlines()[2]  # under the title: date, form, who leads
    assert facts.endswith(" · team · begeleider Anna"), facts
    assert "facilitator" not in result.stdout.casefold()


def test_show_an_empty_session(cli, folder: Path) -> None:
    session = stored(folder, Session(id="", meta=Meta(title="Blank", mode="solo")))
    result = cli("show", session.id)
    assert result.exit_code == 0
    assert "No drafts yet." in result.stdout
    assert "No frustrations recorded yet." in result.stdout
    assert "No barriers recorded yet." in result.stdout
    assert "No open actions." in result.stdout


def test_show_accepts_an_id_prefix(cli, folder: Path) -> None:
    session = stored(folder)
    assert cli("show", session.id[:6]).exit_code == 0


def test_show_an_unknown_session_is_a_user_error(cli, folder: Path) -> None:
    stored(folder)
    result = cli("show", "nope")
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ")
    assert "nope" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output


def _blind_votes_revealed(session: Session, kind: str, item_id: str, dots: int) -> None:
    from cxworkshop.domain.voting import reveal, set_dots

    session.facilitation.voting.dots_per_person = max(dots, 3)
    session.facilitation.voting.max_per_item = max(dots, 3)
    set_dots(session, session.participants[0].id, kind, item_id, dots)
    reveal(session, kind)


def test_show_counts_revealed_blind_dots_on_barriers(cli, folder: Path) -> None:
    session = workshop()
    _blind_votes_revealed(session, "barriers", "b2", 3)  # Approval rules: 1 open + 3 blind
    stored(folder, session)
    barriers = section(cli("show", session.id).stdout, "Top barriers\n────────────").splitlines()
    assert barriers[0] == "  1. Two order systems"
    assert "4 vote(s)" in barriers[1]
    assert barriers[2] == "  2. Approval rules"
    assert "4 vote(s)" in barriers[3]


def test_show_lists_drafts_with_revealed_blind_dots(cli, folder: Path) -> None:
    session = workshop(lang="nl")
    session.promise.drafts.append(Draft("Je hoort het altijd eerst van ons.", votes=1, id="d2"))
    session.promise.chosen_draft_id = None
    _blind_votes_revealed(session, "drafts", "d2", 3)
    stored(folder, session)
    promise = section(cli("show", session.id).stdout, "Klantbelofte\n────────────")
    assert "Nog niet gekozen (2 versie(s) geschreven)." in promise
    lines = promise.splitlines()
    assert lines[-2] == "    • Je hoort het altijd eerst van ons. (4 stem(men))"  # most votes first
    assert lines[-1] == "    • You always know where your order is. (3 stem(men))"


def test_show_leaves_votes_out_in_a_solo_session(cli, folder: Path) -> None:
    session = workshop(mode="solo")
    session.participants = session.participants[:1]
    session.promise.chosen_draft_id = None
    stored(folder, session)
    out = cli("show", session.id).stdout
    assert "vote(s)" not in out
    barriers = section(out, "Top barriers\n────────────").splitlines()
    assert barriers[1].endswith("· frees 200 hours a year")
    assert "    • You always know where your order is." in out.splitlines()


def test_show_a_solo_session_names_the_person_not_a_facilitator(cli, folder: Path) -> None:
    for lang, by in (("en", "by Sam"), ("nl", "door Sam")):
        session = stored(folder, Session(id="", meta=Meta(title=f"Zelf {lang}", mode="solo",
                                                          language=lang, facilitator="Sam")))
        facts = cli("show", session.id).stdout.splitlines()[2]
        assert facts.endswith(f" · solo · {by}"), facts
