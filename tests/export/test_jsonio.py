"""JSON export and validating import."""

from __future__ import annotations

import dataclasses
import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from cxworkshop.domain import facilitation as fac
from cxworkshop.domain import models
from cxworkshop.domain.demo import demo_session, example_session_en
from cxworkshop.errors import CxError
from cxworkshop.export import json_facilitation, jsonio
from cxworkshop.export.jsonio import FORMAT, InvalidSessionFile, from_json, to_json
from tests.export.strategies import sessions


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sessions())
def test_round_trip(session):
    assert from_json(to_json(session)) == session


def test_round_trip_of_the_examples_and_a_follow_up():
    from cxworkshop.domain.followup import follow_up

    for session in (demo_session(), example_session_en()):
        assert from_json(to_json(session)) == session
    later = follow_up(demo_session(), title="Drie maanden later", today="2026-06-12")
    later.id = "demo-2"
    assert from_json(to_json(later)) == later


def test_golden_json():
    """The demo as JSON is checked in, so a format change is a visible diff
    (UPDATE_GOLDEN=1 rewrites it; then update sessions/README.md too)."""
    path = Path(__file__).resolve().parent.parent / "golden" / "demo.json"
    rendered = to_json(demo_session())
    if os.environ.get("UPDATE_GOLDEN") == "1":
        path.write_text(rendered, encoding="utf-8")
    assert rendered == path.read_text(encoding="utf-8")
    assert from_json(path.read_text(encoding="utf-8")) == demo_session()


def test_document_shape():
    data = json.loads(to_json(demo_session()))
    assert list(data)[:3] == ["format", "schema_version", "id"]
    assert data["format"] == FORMAT == "cxworkshop-session"
    assert data["schema_version"] == models.SCHEMA_VERSION
    assert data["frustrations"][1]["minutes_low"] == 8
    assert data["barriers"][0]["frustration_ids"] == ["f01", "f06"]
    assert "Klantgegevens opzoeken" in to_json(demo_session())  # UTF-8, not \\u escapes


def test_every_model_field_is_read():
    """A field added to a model must be added to the JSON reader (and sessions/README.md)."""

    def names(cls):
        return tuple(f.name for f in dataclasses.fields(cls))

    assert set(jsonio._TOP) == {"format", *names(models.Session)}
    assert set(jsonio._META) == set(names(models.Meta))
    for key, cls in [("participants", models.Participant), ("notes", models.Note),
                     ("drafts", models.Draft), ("frustrations", models.Frustration),
                     ("barriers", models.Barrier), ("actions", models.Action)]:
        assert set(jsonio._FIELDS[key]) == set(names(cls)), key
    assert set(json_facilitation.FACILITATION_FIELDS) == set(names(fac.Facilitation))
    assert set(json_facilitation.TIMEBOX_FIELDS) == set(names(fac.Timebox))
    assert set(json_facilitation.VOTING_FIELDS) == set(names(fac.VotingSettings))
    assert set(json_facilitation.VOTE_FIELDS) == set(names(fac.Vote))
    assert set(json_facilitation.REVIEW_FIELDS) == set(names(fac.ReviewAnswer))


def _broken(change) -> str:
    data = json.loads(to_json(demo_session()))
    change(data)
    return json.dumps(data)


def _error(text) -> InvalidSessionFile:
    with pytest.raises(InvalidSessionFile) as info:
        from_json(text)
    assert isinstance(info.value, CxError)
    return info.value


def _set(path, value):
    def change(data):
        *parents, last = path
        for key in parents:
            data = data[key]
        data[last] = value
    return change


def _delete(path):
    def change(data):
        *parents, last = path
        for key in parents:
            data = data[key]
        del data[last]
    return change


CASES = [
    (_set(("frustrations", 2, "minutes"), 500),
     "frustrations[2].minutes: Minutes each time: must be between 0 and 480.",
     "frustrations[2].minutes: Minuten per keer: moet tussen 0 en 480 liggen."),
    (_set(("frustrations", 0, "minutes"), "10"),
     "frustrations[0].minutes: expected a number.",
     "frustrations[0].minutes: hier hoort een getal."),
    (_set(("frustrations", 0, "people"), 2.5),
     "frustrations[0].people: People affected: enter a whole number.",
     "frustrations[0].people: Betrokken mensen: vul een heel getal in."),
    (_set(("frustrations", 0, "side"), "boss"),
     "frustrations[0].side: Side: choose one of employee, customer.",
     "frustrations[0].side: Kant: kies uit employee, customer."),
    (_set(("frustrations", 1, "occurrences"), 1500),
     "frustrations[1].occurrences: How often: must be between 0 and 1,000.", None),
    (_set(("frustrations", 0, "occurrences"), 500),
     "frustrations[0].occurrences: How often: must be between 0 and 200.", None),
    (_set(("barriers", 0, "impact"), 6),
     "barriers[0].impact: Impact: must be between 1 and 5.", None),
    (_set(("barriers", 0, "votes"), True),
     "barriers[0].votes: expected a whole number.", None),
    (_set(("meta", "date"), "12-03-2026"),
     "meta.date: Date: use a date like 2026-03-31 (year-month-day).", None),
    (_set(("actions", 0, "due"), "2026-02-30"),
     "actions[0].due: Due date: use a date like 2026-03-31 (year-month-day).", None),
    (_set(("meta", "created_at"), "gisteren"),
     "meta.created_at: use a date and time like 2026-03-12T09:00:00+00:00.", None),
    (_set(("meta", "title"), "   "), "meta.title: Title: cannot be empty.",
     "meta.title: Titel: mag niet leeg zijn."),
    (_delete(("meta", "title")), "meta.title: this field is required.",
     "meta.title: dit veld is verplicht."),
    (_set(("meta", "colour"), "blue"),
     "meta.colour: unknown field; check the spelling against sessions/README.md.", None),
    (_set(("actions", 3, "status"), "later"),
     "actions[3].status: Status: choose one of open, in_progress, stuck, done, dropped.", None),
    (_set(("actions", 0, "barrier_id"), "b99"),
     "actions[0].barrier_id: \"b99\" does not match any item in barriers.",
     "actions[0].barrier_id: \"b99\" komt niet overeen met een item in barriers."),
    (_set(("barriers", 1, "frustration_ids"), ["f05", "nope"]),
     "barriers[1].frustration_ids[1]: \"nope\" does not match any item in frustrations.", None),
    (_set(("barriers", 1, "frustration_ids"), "f05"),
     "barriers.frustration_ids: expected a list.".replace("barriers.", "barriers[1]."), None),
    (_set(("promise", "chosen_draft_id"), "d9"),
     "promise.chosen_draft_id: \"d9\" does not match any item in drafts.", None),
    (_set(("frustrations", 3, "id"), "f01"),
     "frustrations[3].id: the id \"f01\" is used by two items in frustrations.",
     "frustrations[3].id: het id \"f01\" wordt door twee items in frustrations gebruikt."),
    (_set(("participants", 0, "id"), "met spatie"),
     "participants[0].id: an id is 1 to 64 characters, without spaces.", None),
    (_set(("participants",), {"name": "x"}), "participants: expected a list.", None),
    (_set(("participants", 1), "Sanne"), "participants[1]: expected an object.", None),
    (_set(("meta", "currency"), "EURO-DOLLAR"),
     "meta.currency: a currency is 1 to 10 characters, like EUR.", None),
    (_set(("facilitation", "votes"), [{"participant_id": "p01", "kind": "ideas", "item_id": "d01"}]),
     "facilitation.votes[0].kind: choose one of drafts, barriers.",
     "facilitation.votes[0].kind: kies uit drafts, barriers."),
    (_set(("schema_version",), 99),
     "This file was written by a newer cxworkshop (format version 99; this one reads up to "
     "version 1). Update cxworkshop to import it.", None),
    (_set(("format",), "something-else"),
     "This is not a cxworkshop session file: \"format\" should be \"cxworkshop-session\".",
     "Dit is geen sessiebestand van cxworkshop: \"format\" hoort \"cxworkshop-session\" te zijn."),
    (_set(("previous",), {"id": "old", "meta": {"title": "Oud"},
                          "previous": {"id": "older", "meta": {"title": "Ouder"}}}),
     "previous.previous: a follow-up embeds one earlier session, not a chain.", None),
    (_set(("previous",), {"id": "old", "meta": {"title": "Oud", "mode": "duo"}}),
     "previous.meta.mode: Mode: choose one of team, solo.", None),
]


@pytest.mark.parametrize(("change", "english", "dutch"), CASES)
def test_bad_values_are_named_precisely(change, english, dutch):
    error = _error(_broken(change))
    assert error.message_in("en") == english
    if dutch:
        assert error.message_in("nl") == dutch
    assert error.title_in("nl") == "Dit sessiebestand kan niet worden geïmporteerd"


@pytest.mark.parametrize(("text", "english"), [
    ("{", "This is not valid JSON: the problem is at line 1, column 2."),
    ("[1, 2]", "The file must hold one JSON object: a session."),
    ('{"format": "cxworkshop-session", "format": "x"}',
     "The key \"format\" appears twice in the same object; keep only one."),
    ("[" * 100_000 + "]" * 100_000, "The file is nested far too deeply to be a session file."),
    (b"\xff\xfe{", None),
])
def test_unreadable_files(text, english):
    error = _error(text)
    if english:
        assert error.message_in("en") == english


def test_nan_is_refused():
    text = to_json(demo_session()).replace('"minutes": 4', '"minutes": NaN', 1)
    assert _error(text).message_in("en").startswith("frustrations[0].minutes: Minutes each time:")


def test_defaults_fill_optional_fields_and_texts_are_cleaned():
    text = json.dumps({
        "format": FORMAT,
        "id": "kort",
        "meta": {"title": "  Kort \x07 ", "language": "nl"},
        "frustrations": [{"text": "Wachten", "id": "f1"}],
        "barriers": [{"text": "Regels", "frustration_ids": ["f1"]}],
    })
    session = from_json(text)
    assert session.meta.title == "Kort"
    assert session.frustrations[0].minutes == 10.0
    assert session.barriers[0].frustration_ids == ["f1"]
    assert session.barriers[0].id  # generated
    assert session.actions == []
