"""Frustration-hour arithmetic: the reference figure, the unit conversions and the totals."""

from __future__ import annotations

import math

import pytest

from cxworkshop.domain.frustration import (
    cost,
    department_key,
    fte,
    frustration_hours,
    frustration_range,
    headcount,
    hours_per_year,
    per_day,
    sorted_by_hours,
    totals,
)
from cxworkshop.domain.models import Frustration
from tests.domain.factories import make_session


def test_reference_three_ten_minute_frustrations_a_day_are_100_hours_a_year():
    assert hours_per_year(3, 10) == 100
    assert hours_per_year(3, 10, working_days=200, people=1, frequency="day") == 100


def test_reference_figure_through_a_session_with_defaults():
    session = make_session(frustrations=[Frustration("Searching for the invoice", occurrences=3, minutes=10)])
    result = totals(session)
    assert result.team_hours == 100
    assert result.per_person_hours == 100
    assert result.working_days == 200
    assert result.hours_per_day == 8


def test_per_week_is_converted_with_a_five_day_week():
    assert per_day(15, "week") == 3
    assert per_day(3, "day") == 3
    assert hours_per_year(15, 10, frequency="week") == 100


def test_unknown_frequency_counts_as_per_day():
    assert per_day(4, "fortnight") == 4


@pytest.mark.parametrize(
    ("occurrences", "minutes", "days", "people", "expected"),
    [
        (1, 60, 1, 1, 1),
        (2, 30, 220, 1, 220),
        (1, 6, 200, 10, 200),
        (0, 10, 200, 5, 0),
        (5, 0, 200, 5, 0),
        (0.5, 12, 200, 3, 60),
    ],
)
def test_hours_per_year_formula(occurrences, minutes, days, people, expected):
    assert hours_per_year(occurrences, minutes, days, people) == pytest.approx(expected)


def test_frustration_hours_uses_the_frustration_fields():
    f = Frustration("Re-typing orders", frequency="week", occurrences=10, minutes=30, people=4)
    # 10 a week = 2 a day; 2 x 30 min = 1 h a day; x 210 days x 4 people
    assert frustration_hours(f, 210) == pytest.approx(840)


def test_range_uses_low_and_high_minutes():
    f = Frustration("Waiting for IT", occurrences=3, minutes=10, minutes_low=5, minutes_high=20)
    assert frustration_range(f, 200) == pytest.approx((50, 200))


def test_range_without_estimates_is_the_point_value():
    f = Frustration("x", occurrences=3, minutes=10)
    assert frustration_range(f, 200) == (100, 100)


def test_range_always_contains_the_point_estimate_even_when_inputs_disagree():
    swapped = Frustration("x", occurrences=3, minutes=10, minutes_low=20, minutes_high=5)
    assert frustration_range(swapped, 200) == pytest.approx((50, 200))
    only_high_below = Frustration("x", occurrences=3, minutes=10, minutes_high=4)
    assert frustration_range(only_high_below, 200) == pytest.approx((40, 100))
    only_low = Frustration("x", occurrences=3, minutes=10, minutes_low=5)
    assert frustration_range(only_low, 200) == pytest.approx((50, 100))


def test_fte_and_cost():
    assert fte(1600, 200, 8) == 1
    assert fte(800, 200, 8) == 0.5
    assert fte(100, 0, 8) == 0.0  # no capacity: no division by zero
    assert cost(100, None) is None
    assert cost(100, 55.5) == 5550
    assert cost(100, 0) == 0


def test_totals_for_a_team():
    session = make_session(
        participants=4,
        hourly_rate=50,
        frustrations=[
            Frustration("a", department="Sales", occurrences=3, minutes=10, people=4),
            Frustration("b", side="customer", department="Billing", occurrences=1, minutes=60),
            Frustration("c", department="Sales", frequency="week", occurrences=5, minutes=6, people=2,
                        minutes_low=3, minutes_high=12),
        ],
    )
    result = totals(session)
    # a: 400 h, b: 200 h, c: 1 a day x 6 min x 200 x 2 = 40 h (low 20, high 80)
    assert result.team_hours == pytest.approx(640)
    assert result.low_hours == pytest.approx(620)
    assert result.high_hours == pytest.approx(680)
    assert result.has_range
    assert result.headcount == 4
    assert result.per_person_hours == pytest.approx(160)
    assert result.fte == pytest.approx(640 / 1600)
    assert result.cost == pytest.approx(32_000)
    assert result.by_department == pytest.approx({"Sales": 440, "Billing": 200})
    assert list(result.by_department) == ["Sales", "Billing"], "most hours first"
    assert result.by_side == pytest.approx({"employee": 440, "customer": 200})


def test_totals_of_an_empty_session_are_zero():
    result = totals(make_session())
    assert (result.team_hours, result.low_hours, result.high_hours) == (0, 0, 0)
    assert result.per_person_hours == 0
    assert result.fte == 0
    assert result.cost is None
    assert result.by_department == {}
    assert result.by_side == {}
    assert not result.has_range


def test_solo_mode_divides_by_one_whatever_the_participant_list():
    session = make_session(mode="solo", participants=5, frustrations=[Frustration("x", occurrences=3, minutes=10)])
    assert headcount(session) == 1
    assert totals(session).per_person_hours == 100


def test_team_without_participants_divides_by_one():
    session = make_session(participants=0, frustrations=[Frustration("x", occurrences=3, minutes=10)])
    assert headcount(session) == 1
    assert totals(session).per_person_hours == 100


def test_departments_are_grouped_regardless_of_case_and_spacing():
    session = make_session(
        frustrations=[
            Frustration("a", department="Customer  service", occurrences=3, minutes=10),
            Frustration("b", department=" customer service ", occurrences=3, minutes=10),
            Frustration("c", department="CUSTOMER SERVICE", occurrences=3, minutes=10),
            Frustration("d", department="", occurrences=3, minutes=10),
            Frustration("e", department="   ", occurrences=3, minutes=10),
        ]
    )
    assert totals(session).by_department == pytest.approx({"Customer service": 300, "-": 200})
    assert department_key("  Sales  Team ") == department_key("sales team") == "sales team"


def test_departments_with_equal_hours_are_sorted_by_name():
    session = make_session(
        frustrations=[Frustration("x", department=name, occurrences=3, minutes=10) for name in ("IT", "Billing", "Sales")]
    )
    assert list(totals(session).by_department) == ["Billing", "IT", "Sales"]


def test_working_days_and_hours_per_day_come_from_the_session():
    session = make_session(working_days=220, hours_per_day=7.5, frustrations=[Frustration("x", occurrences=3, minutes=10)])
    result = totals(session)
    assert result.team_hours == pytest.approx(110)
    assert result.fte == pytest.approx(110 / (220 * 7.5))


def test_sorted_by_hours_puts_the_most_expensive_first_and_keeps_ties_in_order():
    a = Frustration("a", occurrences=1, minutes=10, id="a")
    b = Frustration("b", occurrences=5, minutes=10, id="b")
    c = Frustration("c", occurrences=1, minutes=10, id="c")
    rows = sorted_by_hours(make_session(frustrations=[a, b, c]))
    assert [f.id for f, _ in rows] == ["b", "a", "c"]
    assert rows[0][1] == pytest.approx(5 * 10 / 60 * 200)


def test_huge_but_valid_inputs_stay_finite():
    # the largest values validation lets through
    f = Frustration("x", occurrences=200, minutes=480, people=100_000)
    hours = frustration_hours(f, 366)
    assert math.isfinite(hours)
    assert hours == pytest.approx(200 * 8 * 366 * 100_000)
