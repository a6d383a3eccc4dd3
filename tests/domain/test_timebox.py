"""Timebox countdown: levels, pause/resume, extending, and detecting the end."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cxworkshop.domain import timebox
from cxworkshop.domain.facilitation import DEFAULT_TIMEBOXES, Facilitation, Timebox


def test_every_step_has_a_default_timebox() -> None:
    fac = Facilitation()
    for step, minutes in DEFAULT_TIMEBOXES.items():
        assert fac.timebox(step).minutes == minutes
    assert len(fac.timeboxes) == len(DEFAULT_TIMEBOXES)
    assert fac.timebox("promise") is fac.timebox("promise")


@pytest.mark.parametrize(
    ("spent_minutes", "level"),
    [(0, "normal"), (7.9, "normal"), (8, "amber"), (9.4, "amber"), (9.5, "red"), (10, "red"), (12, "red")],
)
def test_levels_follow_the_fraction_left(spent_minutes: float, level: str) -> None:
    box = Timebox("promise", minutes=10, spent_seconds=spent_minutes * 60)
    assert timebox.view(box, now=0).level == level


def test_running_time_counts_until_paused_and_resumes() -> None:
    box = Timebox("barriers", minutes=30)
    timebox.start(box, now=100.0)
    assert timebox.view(box, now=160.0).spent_seconds == 60
    timebox.pause(box, now=190.0)
    assert box.spent_seconds == 90 and box.running_since is None
    # paused: the clock moving on changes nothing
    assert timebox.view(box, now=10_000.0).spent_seconds == 90
    assert timebox.toggle(box, now=200.0) is True
    assert timebox.view(box, now=210.0).spent_seconds == 100
    assert timebox.toggle(box, now=220.0) is False
    assert box.spent_seconds == 110


def test_start_twice_does_not_restart_the_stretch() -> None:
    box = Timebox("setup", minutes=10)
    timebox.start(box, now=0.0)
    timebox.start(box, now=50.0)
    assert timebox.spent(box, now=60.0) == 60


def test_label_counts_down_then_shows_overtime() -> None:
    box = Timebox("plan", minutes=10)
    assert timebox.view(box, 0).label == "10:00"
    box.spent_seconds = 61
    assert timebox.view(box, 0).label == "08:59"
    box.spent_seconds = 665
    view = timebox.view(box, 0)
    assert view.over_time and view.label == "+01:05"


def test_extend_adds_five_minutes_and_can_lift_the_level() -> None:
    box = Timebox("promise", minutes=10, spent_seconds=9.8 * 60)
    assert timebox.view(box, 0).level == "red"
    timebox.extend(box)
    assert box.minutes == 15
    assert timebox.view(box, 0).level == "normal"


def test_crossed_zero_fires_once_when_time_runs_out() -> None:
    box = Timebox("actions", minutes=1)
    timebox.start(box, now=0.0)
    assert not timebox.crossed_zero(box, 30.0, 59.0)
    assert timebox.crossed_zero(box, 59.0, 60.5)
    assert not timebox.crossed_zero(box, 60.5, 90.0)


@given(st.floats(0, 600), st.floats(0, 10_000))
def test_remaining_plus_spent_is_planned(minutes: float, spent: float) -> None:
    box = Timebox("x", minutes=minutes, spent_seconds=spent)
    view = timebox.view(box, 0)
    assert view.remaining_seconds + view.spent_seconds == pytest.approx(minutes * 60)
    assert view.level in ("normal", "amber", "red")
