"""`estimate` (the calculator) and `demo`."""

import json
from pathlib import Path

import pytest

from cxworkshop.store import SessionStore


def test_estimate_defaults_give_the_reference_100_hours(cli) -> None:
    result = cli("estimate")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert any("3 frustrations a day × 10 minutes" in l and "= 30 minutes a day" in l for l in lines)
    assert any("30 minutes ÷ 60 × 200 working days" in l and "= 100 hours a year per person" in l
               for l in lines)
    assert any("= 0.06 FTE" in l for l in lines)
    assert "200 working days a year" in result.stdout  # the assumptions are shown
    assert "--rate" in result.stdout  # and how to add a cost


def test_estimate_json_defaults(cli) -> None:
    data = json.loads(cli("estimate", "--json").stdout)
    assert data["hours_per_person"] == 100
    assert data["hours_total"] == 100
    assert data["fte"] == pytest.approx(100 / 1600, abs=1e-4)
    assert data["cost"] is None
    assert (data["working_days"], data["people"], data["frequency"]) == (200, 1, "day")


def test_estimate_a_team_with_a_rate(cli) -> None:
    result = cli("estimate", "--people", "12", "--per-day", "4", "--minutes", "7",
                 "--rate", "55", "--json")
    data = json.loads(result.stdout)
    assert data["hours_per_person"] == pytest.approx(4 * 7 / 60 * 200, abs=1e-3)
    assert data["hours_total"] == pytest.approx(12 * 4 * 7 / 60 * 200, abs=1e-3)
    assert data["cost"] == pytest.approx(data["hours_total"] * 55, abs=0.01)

    text = cli("estimate", "--people", "12", "--per-day", "4", "--minutes", "7", "--rate", "55")
    assert "1,120 hours a year in total" in text.stdout
    assert "× 55 an hour" in text.stdout and "61,600 a year" in text.stdout


def test_estimate_per_week_explains_the_conversion(cli) -> None:
    result = cli("estimate", "--per-week", "5", "--minutes", "30")
    assert "5 frustrations a week ÷ 5 working days" in result.stdout
    assert "= 1 a day" in result.stdout
    assert "= 100 hours a year per person" in result.stdout


def test_estimate_custom_days_and_dutch_decimal_comma(cli) -> None:
    result = cli("estimate", "--per-day", "1,5", "--days", "220", "--json",
                 env={"CXWORKSHOP_LANG": "nl"})
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["hours_per_person"] == pytest.approx(1.5 * 10 / 60 * 220)


def test_estimate_in_dutch(cli) -> None:
    result = cli("estimate", "--people", "3", env={"CXWORKSHOP_LANG": "nl"})
    assert "3 frustraties per dag × 10 minuten" in result.stdout
    assert "300 uur per jaar samen" in result.stdout
    assert "0,19 fte" in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--minutes", "ten"], "Error: Minutes each time: \"ten\" is not a number."),
        (["--people", "0"], "Error: People affected: must be between"),
        (["--people", "2.5"], "Error: People affected: enter a whole number."),
        (["--per-day", "2", "--per-week", "3"], "Error: give --per-day or --per-week, not both."),
    ],
)
def test_estimate_bad_input_is_a_user_error(cli, args: list[str], message: str) -> None:
    result = cli("estimate", *args)
    assert result.exit_code == 1
    assert result.stderr.startswith(message)
    assert "Traceback" not in result.output


def test_demo_adds_the_example_session(cli, no_tui, folder: Path) -> None:
    from cxworkshop.domain.demo import demo_session

    result = cli("demo")
    assert result.exit_code == 0, result.output
    [path] = folder.glob("*.json")
    stored = SessionStore(folder).load(path.stem)
    assert stored.meta.title == demo_session().meta.title
    assert len(stored.frustrations) == len(demo_session().frustrations)
    assert stored.id in result.stdout
    assert no_tui.calls == []


def test_demo_twice_gives_two_sessions_and_opens_on_a_terminal(cli, fake_tui, folder: Path) -> None:
    first = json.loads(cli("demo", "--json").stdout)
    assert fake_tui.calls == []
    result = cli("demo")
    assert result.exit_code == 0
    ids = {p.stem for p in folder.glob("*.json")}
    assert len(ids) == 2 and first["id"] in ids
    [(opened_folder, opened_id)] = fake_tui.calls
    assert opened_folder == folder.absolute() and opened_id in ids - {first["id"]}


def test_a_new_demo_is_listed_first(cli, no_tui, folder: Path) -> None:
    from tests.cli.factories import stored, workshop

    stored(folder, workshop("Yesterday", updated_at="2026-01-01T08:00:00+00:00"))
    demo_id = json.loads(cli("demo", "--json").stdout)["id"]
    assert json.loads(cli("list", "--json").stdout)[0]["id"] == demo_id
