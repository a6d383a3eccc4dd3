"""Mermaid charts for the markdown export (GitHub renders them; the plain tables stay
next to them for renderers without mermaid).

Coordinates in a ``quadrantChart`` must be written as ``0.x`` (or ``0``/``1``), never
``1.0``: :func:`coordinate` guarantees that, and ``POINT_LINE`` is the rule tests use.

User text only ever appears inside double quotes (point names, pie slices), where
mermaid reads it literally - keywords such as ``title`` or ``x-axis``, arrows and colons
included. :func:`label` removes what could still leave the quotes or be decoded there
(quotes, backslashes, HTML tags, ``#...;`` entity codes, ``%%{`` directives, control
characters) and never yields a backtick, so the markdown fence cannot be closed either.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence

from cxworkshop.domain.barriers import HIGH_THRESHOLD, barrier_quadrant, priority_order
from cxworkshop.domain.frustration import totals
from cxworkshop.domain.models import Barrier, Session
from cxworkshop.i18n import t

MAX_LABEL = 36
_COORD = r"(0|1|0\.\d{1,2})"
# A point: four spaces, a quoted name without quotes, then "[x, y]" in 0.x notation.
POINT_LINE = re.compile(rf'^    "[^"\\`<>{{}};\n]+": \[{_COORD}, {_COORD}\]$')
# A pie slice: a quoted label and a positive number with one decimal.
PIE_LINE = re.compile(r'^    "[^"\\`<>{};\n]+" : \d+\.\d$')

# Scores 1-3 count as low and 4-5 as high (see domain/barriers.py): place them on either
# side of the middle line so the picture agrees with the quadrant the table shows.
_POSITION = {1: 0.1, 2: 0.25, 3: 0.4, 4: 0.65, 5: 0.85}
assert all((_POSITION[s] > 0.5) == (s >= HIGH_THRESHOLD) for s in _POSITION)

# Characters that mean something inside a quoted mermaid string, or to markdown around
# the chart, swapped for look-alikes so the label stays readable.
_LOOK_ALIKES = str.maketrans({
    '"': "”", "'": "’", "`": "’", "\\": "/", ";": ",", "<": "‹", ">": "›", "{": "(", "}": ")",
})
_INVISIBLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff"
                        r"\ud800-\udfff]")


def coordinate(value: float) -> str:
    """``0.35`` style: at most two decimals, a leading zero, never ``1.0``."""
    value = min(1.0, max(0.0, value))
    if value >= 1.0:
        return "1"
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text if text != "0." else "0"


def label(text: str, limit: int = MAX_LABEL) -> str:
    """Text that is safe inside a quoted mermaid string: one line, at most ``limit``
    characters, no quotes, backslashes, tags, entity codes or directives."""
    cleaned = " ".join(_INVISIBLE.sub("", text).translate(_LOOK_ALIKES).split())
    if len(cleaned) > limit:
        cut = cleaned[: limit - 1]
        space = cut.rfind(" ")
        if cleaned[limit - 1] != " " and space >= limit // 2:
            cut = cut[:space]  # end on a whole word when that keeps most of the text
        cleaned = cut.rstrip(" .…,:-") + "…"
    return cleaned or "-"


def _quoted(text: str, limit: int = MAX_LABEL) -> str:
    return f'"{label(text, limit)}"'


def quadrant_chart(session: Session, *, order: Sequence[Barrier] | None = None,
                   refs: Mapping[str, str] | None = None) -> str:
    """A fenced ``quadrantChart`` of the barriers: effort across, impact up.

    ``order`` (default: the priority order) lets the export pass what it has computed
    already. With ``refs`` (barrier id -> "B3") a point is named by its reference only:
    the table next to the chart has the text, and longer names overlap in the picture.
    """
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
    for barrier in priority_order(session) if order is None else order:
        cell = (barrier.effort, barrier.impact)
        nth = seen.get(cell, 0)
        seen[cell] = nth + 1
        # Fan out barriers with identical scores so their labels don't sit on top of each
        # other; the offsets stay well inside the quadrant.
        dx = (0.0, 0.04, -0.04)[nth % 3]
        dy = (nth // 3 % 3) * 0.04
        x = coordinate(_POSITION.get(barrier.effort, 0.5) + dx)
        y = coordinate(_POSITION.get(barrier.impact, 0.5) - dy)
        name = (refs or {}).get(barrier.id) or barrier.text
        lines.append(f"    {_quoted(name)}: [{x}, {y}]")
    lines.append("```")
    return "\n".join(lines)


def department_pie(session: Session, by_department: Mapping[str, float] | None = None,
                   *, blank: str = "-") -> str:
    """A fenced ``pie`` chart of frustration hours per department (empty string if none).

    ``by_department`` defaults to the domain's totals; ``blank`` names the slice of
    frustrations without a department (the domain groups those under "-").
    """
    hours_by = totals(session).by_department if by_department is None else by_department
    lines = ["```mermaid", f"pie title {label(t('export.chart.pie_title', session.lang), 80)}"]
    used: set[str] = set()
    for department, hours in hours_by.items():
        value = f"{hours:.1f}"
        if not (math.isfinite(hours) and hours > 0) or value == "0.0":
            continue  # mermaid needs a positive value
        name = label(blank if department == "-" else department)
        base, n = name, 1
        while name in used:  # mermaid merges slices with the same label
            n += 1
            name = f"{base} ({n})"
        used.add(name)
        lines.append(f'    "{name}" : {value}')
    if len(lines) == 2:
        return ""
    lines.append("```")
    return "\n".join(lines)


def quadrant_of_points(session: Session) -> dict[str, str]:
    """Barrier id -> quadrant, in the same order as the chart (for tests and captions)."""
    return {b.id: barrier_quadrant(b) for b in priority_order(session)}
