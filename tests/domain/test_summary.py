"""One-line session summaries for lists."""

from __future__ import annotations

from cxworkshop.domain.models import Action, Barrier, Frustration
from cxworkshop.domain.summary import summarize
from tests.domain.factories import make_session


def test_summary_counts_and_rounded_hours():
    session = make_session(
        participants=3,
        frustrations=[Frustration("a", occurrences=3, minutes=10), Frustration("b", occurrences=1, minutes=1)],
        barriers=[Barrier("b")],
    )
    session.actions = [
        Action("open", status="open"),
        Action("busy", status="in_progress"),
        Action("stuck", status="stuck"),
        Action("done", status="done"),
        Action("dropped", status="dropped"),
    ]
    summary = summarize(session)
    assert summary.frustration_hours == 103.3  # 100 + 3.33...
    assert (summary.participants, summary.frustrations, summary.barriers, summary.actions) == (3, 2, 1, 5)
    assert summary.open_actions == 3, "open, in progress and stuck still need work"
    assert summary.title == "Test"
    assert summary.date == "2026-03-31"


def test_summary_to_dict_is_plain_data():
    data = summarize(make_session()).to_dict()
    assert data["id"] == "test"
    assert data["frustration_hours"] == 0
    assert set(data) >= {"title", "organisation", "mode", "language", "updated_at", "open_actions"}
