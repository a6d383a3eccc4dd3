"""Mermaid charts for the markdown export (GitHub renders them; the plain tables stay
next to them for renderers without mermaid).

Coordinates in a ``quadrantChart`` must be written as ``0.x`` (or ``0``/``1``), never
``1.0``: :func:`coordinate` guarantees that, and ``POINT_LINE`` is the rule tests use.
"""

from __future__ import annotations

import re

from cxworkshop.domain.barriers import HIGH_THRESHOLD, barrier_quadrant, freed_hours, priority_order
from cxworkshop.domain.frustration import totals
from cxworkshop.domain.models import Session
from cxworkshop.i18n import t

MAX_LABEL = 32
POINT_LINE = re.compile(r"^    [^:\[\]\"]+: \[(0|1|0\.\d{1,2}), (0|1|0\.\d{1,2})\]$")

# Scores 1-3 count as low and 4-5 as high (see domain/barriers.py): place them on either
# side of the middle line so the picture agrees with the quadrant the table shows.
_POSITION = {1: 0.1, 2: 0.25, 3: 0.4, 4: 0.65, 5: 0.85}
assert all((_POSITION[s] > 0.5) == (s >= HIGH_THRESHOLD) for s in _POSITION)


def coordinate(value: float) -> str:
    """``0.35`` style: at most two decimals, a leading zero, never ``1.0``."""
    value = min(1.0, max(0.0, value))
    if value >= 1.0:
        return "1"
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text if text != "0." else "0"


def label(text: str, limit: int = MAX_LABEL) -> str:
    """Text that is safe as a mermaid label: no quotes, colons, brackets or newlines."""
    cleaned = " ".join(text.split()).replace("'", "’")
    cleaned = " ".join(re.sub(r"[\":;\[\]{}()<>#&|`\\]", " ", cleaned).split())
    if len(cleaned) > limit:
        cleaned = cleaned[: limit - 1].rstrip(" .…,") + "…"
    return cleaned or "-"


def quadrant_chart(session: Session) -> str:
    """A fenced ``quadrantChart`` of the barriers: effort across, impact up."""
    lang = session.lang
    lines = [
        "```mermaid",
        "quadrantChart",
        f"    title {label(t('export.chart.quadrant_title', lang), 80)}",
        f"    x-axis {label(t('export.chart.low_effort', lang))} --> {label(t('export.chart.high_effort', lang))}",
        f"    y-axis {label(t('export.chart.low_impact', lang))} --> {label(t('export.chart.high_impact', lang))}",
        f"    quadrant-1 {label(t('quadrant.big_bet', lang))}",
        f"    quadrant-2 {label(t('quadrant.quick_win', lang))}",
        f"    quadrant-3 {label(t('quadrant.fill_in', lang))}",
        f"    quadrant-4 {label(t('quadrant.money_pit', lang))}",
    ]
    seen: dict[tuple[int, int], int] = {}
    for barrier in priority_order(session):
        cell = (barrier.effort, barrier.impact)
        nth = seen.get(cell, 0)
        seen[cell] = nth + 1
        # Fan out barriers with identical scores so their labels don't sit on top of each other.
        dx = ((nth % 3) - 1) * 0.04
        dy = (nth // 3) * 0.04
        x = coordinate(_POSITION.get(barrier.effort, 0.5) + dx)
        y = coordinate(_POSITION.get(barrier.impact, 0.5) - dy)
        hours = freed_hours(session, barrier)
        name = label(barrier.text)
        if hours:
            name = f"{label(barrier.text, MAX_LABEL - 7)} {hours:.0f}h"
        lines.append(f"    {name}: [{x}, {y}]")
    lines.append("```")
    return "\n".join(lines)


def department_pie(session: Session) -> str:
    """A fenced ``pie`` chart of frustration hours per department (empty string if none)."""
    by_department = {k: v for k, v in totals(session).by_department.items() if v > 0}
    if not by_department:
        return ""
    lines = ["```mermaid", f"pie title {label(t('export.chart.pie_title', session.lang), 80)}"]
    for department, hours in by_department.items():
        lines.append(f'    "{label(department)}" : {hours:.1f}')
    lines.append("```")
    return "\n".join(lines)


def quadrant_of_points(session: Session) -> dict[str, str]:
    """Barrier id -> quadrant, in the same order as the chart (for tests and captions)."""
    return {b.id: barrier_quadrant(b) for b in priority_order(session)}
