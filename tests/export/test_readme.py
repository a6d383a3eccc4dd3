"""sessions/README.md documents the JSON format: its example imports and it names every field."""

from __future__ import annotations

import re
from pathlib import Path

from cxworkshop.domain.facilitation import DEFAULT_TIMEBOXES
from cxworkshop.domain.selfreview import QUESTIONS
from cxworkshop.export import json_facilitation, jsonio
from cxworkshop.export.jsonio import from_json

README = Path(__file__).resolve().parents[2] / "sessions" / "README.md"


def _example() -> str:
    text = README.read_text(encoding="utf-8")
    section = text.split("### Example", 1)[1]
    return re.search(r"```json\n(.*?)```", section, re.S).group(1)


def test_the_example_imports():
    session = from_json(_example())
    assert session.meta.title == "Customer promise review"
    assert session.barriers[0].frustration_ids == ["f02"]
    assert session.promise.chosen.id == "d02"


def test_every_field_is_documented():
    text = README.read_text(encoding="utf-8")
    names = set(jsonio._TOP) | set(jsonio._META)
    for fields in jsonio._FIELDS.values():
        names |= set(fields)
    names |= set(json_facilitation.FACILITATION_FIELDS) | set(json_facilitation.TIMEBOX_FIELDS)
    names |= set(json_facilitation.VOTING_FIELDS) | set(json_facilitation.VOTE_FIELDS)
    names |= set(json_facilitation.REVIEW_FIELDS)
    missing = sorted(n for n in names if f"`{n}`" not in text and f'"{n}"' not in text)
    assert not missing, f"document these fields in sessions/README.md: {missing}"


def test_step_and_question_names_are_the_domain_ones():
    text = README.read_text(encoding="utf-8")
    steps = re.search(r"`step` names a workshop step: ([^;]*);", text).group(1)
    assert re.findall(r"`(\w+)`", steps) == list(DEFAULT_TIMEBOXES)
    questions = re.search(r"`question` names a question: ([^|]*)\|", text).group(1)
    assert re.findall(r"`(\w+)`", questions) == list(QUESTIONS)
