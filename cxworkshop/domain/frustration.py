"""Frustration-hour arithmetic.

hours a year = occurrences per day x minutes / 60 x working days x people.
Per-week inputs are turned into per-day figures with a five-day working week.
With the defaults (200 working days) three ten-minute frustrations a day cost one
person exactly 100 hours a year.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from cxworkshop.domain.models import Frustration, Session

WORKING_DAYS_PER_WEEK = 5


def per_day(occurrences: float, frequency: str) -> float:
    """Occurrences per working day, whatever unit they were given in."""
    if frequency == "week":
        return occurrences / WORKING_DAYS_PER_WEEK
    return occurrences


def hours_per_year(
    occurrences: float,
    minutes: float,
    working_days: float = 200,
    people: float = 1,
    frequency: str = "day",
) -> float:
    """Hours lost a year to one frustration (for all the people it hits)."""
    return per_day(occurrences, frequency) * minutes / 60 * working_days * people


def frustration_hours(f: Frustration, working_days: float) -> float:
    return hours_per_year(f.occurrences, f.minutes, working_days, f.people, f.frequency)


def frustration_range(f: Frustration, working_days: float) -> tuple[float, float]:
    """Low and high estimate, using ``minutes_low``/``minutes_high`` where given."""
    low = f.minutes if f.minutes_low is None else f.minutes_low
    high = f.minutes if f.minutes_high is None else f.minutes_high
    low, high = min(low, high, f.minutes), max(low, high, f.minutes)
    return (
        hours_per_year(f.occurrences, low, working_days, f.people, f.frequency),
        hours_per_year(f.occurrences, high, working_days, f.people, f.frequency),
    )


def fte(hours: float, working_days: float, hours_per_day: float) -> float:
    """Full-time equivalents: hours / (working days x hours per day)."""
    capacity = working_days * hours_per_day
    return hours / capacity if capacity > 0 else 0.0


def cost(hours: float, hourly_rate: float | None) -> float | None:
    return None if hourly_rate is None else hours * hourly_rate


@dataclass(frozen=True)
class Totals:
    """Every frustration figure the screens and the exports show."""

    team_hours: float
    low_hours: float
    high_hours: float
    headcount: int
    per_person_hours: float
    fte: float
    cost: float | None
    by_department: dict[str, float]
    by_side: dict[str, float]
    working_days: float
    hours_per_day: float

    @property
    def has_range(self) -> bool:
        return abs(self.high_hours - self.low_hours) > 1e-9


def headcount(session: Session) -> int:
    """People the per-person figure is divided by: participants, or 1 when solo/empty."""
    if session.is_solo:
        return 1
    return max(1, len(session.participants))


def department_key(department: str) -> str:
    """How departments are grouped: "Sales", " sales" and "SALES " are one department."""
    return " ".join(department.split()).casefold()


def totals(session: Session) -> Totals:
    """Team, per-person, per-department and per-side figures.

    A department is shown with the first spelling it was typed in; frustrations
    without one are grouped under "-".
    """
    days = session.meta.working_days
    labels: dict[str, str] = {}
    by_department: dict[str, float] = defaultdict(float)
    by_side: dict[str, float] = defaultdict(float)
    total = low = high = 0.0
    for f in session.frustrations:
        hours = frustration_hours(f, days)
        lo, hi = frustration_range(f, days)
        total += hours
        low += lo
        high += hi
        key = department_key(f.department)
        label = labels.setdefault(key, " ".join(f.department.split()) or "-")
        by_department[label] += hours
        by_side[f.side] += hours
    people = headcount(session)
    return Totals(
        team_hours=total,
        low_hours=low,
        high_hours=high,
        headcount=people,
        per_person_hours=total / people,
        fte=fte(total, days, session.meta.hours_per_day),
        cost=cost(total, session.meta.hourly_rate),
        by_department=dict(sorted(by_department.items(), key=lambda kv: (-kv[1], kv[0]))),
        by_side=dict(by_side),
        working_days=days,
        hours_per_day=session.meta.hours_per_day,
    )


def sorted_by_hours(session: Session) -> list[tuple[Frustration, float]]:
    """Frustrations with their hours, the most expensive first."""
    days = session.meta.working_days
    rows = [(f, frustration_hours(f, days)) for f in session.frustrations]
    return sorted(rows, key=lambda row: -row[1])
