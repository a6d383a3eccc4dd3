"""`show`: the summary a facilitator reads out, in the session's language."""

from pathlib import Path

from cxworkshop.domain.models import Meta, Session
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
