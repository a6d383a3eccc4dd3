"""Property tests for the frustration arithmetic (hypothesis)."""

from __future__ import annotations

import math
from collections import defaultdict

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cxworkshop.domain.frustration import (
    department_key,
    frustration_hours,
    frustration_range,
    hours_per_year,
    totals,
)
from cxworkshop.domain.models import Frustration
from tests.domain.factories import make_session

# No deadline: the machine is shared, and timing is not what these tests are about.
props = settings(deadline=None, max_examples=150)

occurrences = st.floats(min_value=0, max_value=200, allow_nan=False)
minutes = st.floats(min_value=0, max_value=480, allow_nan=False)
days = st.floats(min_value=1, max_value=366, allow_nan=False)
people = st.integers(min_value=1, max_value=100_000)
factor = st.integers(min_value=1, max_value=1000)


@props
@given(occurrences, minutes, days, people, factor)
def test_hours_are_linear_in_people(occ, mins, d, p, k):
    assert hours_per_year(occ, mins, d, p * k) == pytest.approx(k * hours_per_year(occ, mins, d, p))


@props
@given(occurrences, minutes, days, people, factor)
def test_hours_are_linear_in_minutes(occ, mins, d, p, k):
    assert hours_per_year(occ, mins * k, d, p) == pytest.approx(k * hours_per_year(occ, mins, d, p))


@props
@given(occurrences, minutes, days, people)
def test_per_week_is_per_day_divided_by_five(occ, mins, d, p):
    weekly = hours_per_year(occ, mins, d, p, frequency="week")
    assert weekly == pytest.approx(hours_per_year(occ, mins, d, p, frequency="day") / 5)
    assert weekly == pytest.approx(hours_per_year(occ / 5, mins, d, p, frequency="day"))


@props
@given(occurrences, minutes, days, people)
def test_hours_are_finite_and_never_negative(occ, mins, d, p):
    hours = hours_per_year(occ, mins, d, p)
    assert math.isfinite(hours)
    assert hours >= 0


departments = st.sampled_from(["Sales", "sales ", "IT", "", "Facturatie", "Klantenservice", "  it"])
frustrations = st.builds(
    Frustration,
    text=st.just("f"),
    side=st.sampled_from(["employee", "customer"]),
    department=departments,
    frequency=st.sampled_from(["day", "week"]),
    occurrences=occurrences,
    minutes=minutes,
    people=st.integers(min_value=1, max_value=500),
    minutes_low=st.none() | minutes,
    minutes_high=st.none() | minutes,
)


@props
@given(
    st.lists(frustrations, max_size=25),
    days,
    st.integers(min_value=0, max_value=30),
    st.sampled_from(["team", "solo"]),
    st.none() | st.floats(min_value=0, max_value=1000, allow_nan=False),
)
def test_totals_are_consistent_with_the_rows(rows, d, n_participants, mode, rate):
    session = make_session(frustrations=rows, working_days=d, participants=n_participants, mode=mode,
                           hourly_rate=rate)
    result = totals(session)
    row_hours = [frustration_hours(f, d) for f in rows]

    assert result.team_hours == pytest.approx(math.fsum(row_hours), rel=1e-9, abs=1e-6)
    assert math.fsum(result.by_department.values()) == pytest.approx(result.team_hours, rel=1e-9, abs=1e-6)
    assert math.fsum(result.by_side.values()) == pytest.approx(result.team_hours, rel=1e-9, abs=1e-6)
    assert result.low_hours <= result.team_hours + 1e-6
    assert result.team_hours <= result.high_hours + 1e-6

    expected_people = 1 if mode == "solo" else max(1, n_participants)
    assert result.headcount == expected_people
    assert result.per_person_hours == pytest.approx(result.team_hours / expected_people)
    assert result.fte == pytest.approx(result.team_hours / (d * 8))
    if rate is None:
        assert result.cost is None
    else:
        assert result.cost == pytest.approx(result.team_hours * rate)

    # each department subtotal is the sum of its rows (grouped case- and space-insensitively)
    by_key: dict[str, float] = defaultdict(float)
    for f, hours in zip(rows, row_hours):
        by_key[department_key(f.department)] += hours
    assert len(result.by_department) == len(by_key)
    assert sorted(result.by_department.values()) == pytest.approx(sorted(by_key.values()))
    values = list(result.by_department.values())
    assert values == sorted(values, reverse=True), "largest department first"


@props
@given(frustrations, days)
def test_range_brackets_the_point_estimate(f, d):
    low, high = frustration_range(f, d)
    point = frustration_hours(f, d)
    assert low <= point <= high
