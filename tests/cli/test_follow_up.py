"""`follow-up`: what the new session carries (read back from disk), its title, opening it,
and `show` of a follow-up."""

import json
from pathlib import Path

import pytest

from cxworkshop.domain.demo import demo_session
from cxworkshop.store import SessionStore
from tests.cli.factories import stored, workshop

TODAY = "2026-11-22"


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("cxworkshop.domain.models.today_iso", lambda: TODAY)


def follow_up_id(cli, *args: str) -> str:
    result = cli("follow-up", *args, "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)["id"]


def test_follow_up_of_the_demo_carries_promise_frustrations_barriers_and_open_actions(
        cli, folder: Path) -> None:
    demo = stored(folder, demo_session())
    new_id = follow_up_id(cli, demo.id)
    assert new_id != demo.id
    new = SessionStore(folder).load(new_id)  # read back from the file

    chosen = new.promise.chosen
    assert chosen is not None and chosen.id == demo.promise.chosen_draft_id == "d02"
    assert chosen.text == demo.promise.chosen.text
    assert [d.id for d in new.promise.drafts] == ["d02"]  # only the chosen draft
    assert [(n.id, n.text) for n in new.promise.notes] == [(n.id, n.text) for n in demo.promise.notes]

    assert [f.id for f in new.frustrations] == [f"f{i:02d}" for i in range(1, 12)]
    assert [(f.text, f.minutes) for f in new.frustrations] == [(f.text, f.minutes) for f in demo.frustrations]

    assert [b.id for b in new.barriers] == [b.id for b in demo.barriers]
    assert any(b.votes for b in demo.barriers)
    assert [b.votes for b in new.barriers] == [0] * 7

    # a01 and a07 were done, a08 dropped: they stay behind
    assert [a.id for a in new.actions] == ["a02", "a03", "a04", "a05", "a06", "a09", "a10"]
    assert {a.status for a in new.actions} == {"open", "in_progress"}

    assert new.meta.previous_session_id == "demo"
    assert new.previous is not None and new.previous["id"] == "demo"
    assert new.previous["meta"]["title"] == demo.meta.title
    assert len(new.previous["actions"]) == 10  # the whole earlier session, as it was
    assert new.meta.date == TODAY
    assert new.meta.title == "Klantbelofte en frustratie-uren — vervolg 2026-11-22"  # Dutch session
    assert SessionStore(folder).load("demo").barriers[0].votes == 6  # the earlier one is untouched


def test_follow_up_prints_id_file_and_the_compare_hint(cli, no_tui, folder: Path) -> None:
    old = stored(folder)
    result = cli("follow-up", old.id)
    assert result.exit_code == 0, result.output
    new = next(s for s in SessionStore(folder).scan() if s.id != old.id)
    assert new.meta.title == "Promise workshop — follow-up 2026-11-22"
    lines = result.stdout.splitlines()
    assert lines[0] == (f'Follow-up "Promise workshop — follow-up 2026-11-22" created with id {new.id} '
                        f"(it follows {old.id}).")
    assert lines[1] == f"File: {folder.absolute() / (new.id + '.json')}"
    assert f"cxworkshop compare {new.id}" in result.stdout
    assert f"cxworkshop open {new.id}" in result.stdout
    assert no_tui.calls == []


def test_follow_up_json_names_the_earlier_session(cli, folder: Path) -> None:
    old = stored(folder)
    result = cli("follow-up", old.id, "--json")
    data = json.loads(result.stdout)
    assert set(data) == {"id", "path", "previous_id"}
    assert data["previous_id"] == old.id and Path(data["path"]).is_file()


def test_follow_up_opens_on_a_terminal_unless_told_not_to(cli, fake_tui, folder: Path) -> None:
    old = stored(folder)
    new_id = follow_up_id(cli, old.id)  # --json: never opens
    assert fake_tui.calls == []
    assert cli("follow-up", old.id, "--no-open").exit_code == 0
    assert fake_tui.calls == []
    result = cli("follow-up", old.id)
    assert result.exit_code == 0, result.output
    opened = fake_tui.calls[0][1]
    assert fake_tui.calls == [(folder.absolute(), opened)] and opened not in (old.id, new_id)
    assert SessionStore(folder).load(opened).meta.previous_session_id == old.id


def test_follow_up_title_option_and_no_doubled_marker(cli, folder: Path) -> None:
    old = stored(folder)
    custom = follow_up_id(cli, old.id, "--title", "Q4 review")
    assert SessionStore(folder).load(custom).meta.title == "Q4 review"
    first = follow_up_id(cli, old.id)
    second = follow_up_id(cli, first)  # a follow-up of a follow-up
    assert SessionStore(folder).load(second).meta.title == "Promise workshop — follow-up 2026-11-22"
    dutch = stored(folder, workshop("Klantbelofte — follow-up 2026-01-05", lang="nl"))
    assert SessionStore(folder).load(follow_up_id(cli, dutch.id)).meta.title == "Klantbelofte — vervolg 2026-11-22"


def test_follow_up_of_a_file_elsewhere_goes_next_to_it(cli, folder: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "client"
    old = stored(elsewhere)
    result = cli("follow-up", str(elsewhere / f"{old.id}.json"), "--json")
    assert result.exit_code == 0, result.output
    assert Path(json.loads(result.stdout)["path"]).parent == elsewhere.absolute()
    assert not folder.exists()


@pytest.mark.parametrize(("args", "wanted"), [
    (["nope"], 'No session matches "nope"'),
    (["{id}", "--title", "   "], "Title: cannot be empty."),
])
def test_follow_up_errors_are_one_line(cli, folder: Path, args: list[str], wanted: str) -> None:
    old = stored(folder)
    result = cli("follow-up", *[a.replace("{id}", old.id) for a in args])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ") and wanted in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.output
    assert [p.stem for p in folder.glob("*.json")] == [old.id]  # nothing created


def test_show_of_a_follow_up_names_the_earlier_session_and_the_change(cli, folder: Path) -> None:
    old = stored(folder)
    new_id = follow_up_id(cli, old.id)
    SessionStore(folder).update(new_id, lambda s: setattr(s.frustrations[0], "minutes", 5))  # 200 h -> 100 h
    out = cli("show", new_id).stdout
    assert f'Follow-up of "Promise workshop" ({old.meta.date}) · compare: cxworkshop compare {new_id}' in out
    assert "Since last time (hours a year): 300 → 200 (−100, −33%)" in out

    dutch = stored(folder, workshop("Klantbelofte", lang="nl"))
    out = cli("show", follow_up_id(cli, dutch.id)).stdout
    assert f'Vervolg op "Klantbelofte" ({dutch.meta.date})' in out
    assert "Sinds de vorige keer (uur per jaar): 300 → 300 (onveranderd)" in out


def test_show_of_an_ordinary_session_mentions_no_follow_up(cli, folder: Path) -> None:
    out = cli("show", stored(folder).id).stdout
    assert "Follow-up of" not in out and "Since last time" not in out


def test_show_of_a_follow_up_whose_copy_is_unreadable(cli, folder: Path) -> None:
    old = stored(folder)
    new_id = follow_up_id(cli, old.id)
    SessionStore(folder).update(new_id, lambda s: setattr(s, "previous", {"id": "x"}))  # no meta
    result = cli("show", new_id)
    assert result.exit_code == 0, result.output
    assert f"Follow-up of session {old.id} (its copy in this file cannot be read)" in result.stdout
    assert "Since last time" not in result.stdout
