"""Then and now as plain text and as JSON: what `cxworkshop compare` prints.

Pure functions over two sessions (no Typer, no store), in the language given; numbers
are written the way that language writes them (``cli/fmt.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from cxworkshop.cli import fmt
from cxworkshop.domain.followup import Change, Comparison, compare, hours_by_frustration
from cxworkshop.domain.frustration import totals
from cxworkshop.domain.models import Session
from cxworkshop.i18n import t

BIGGEST_CHANGES = 5
SIDES = ("employee", "customer")


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _heading(text: str, rule: str = "─") -> list[str]:
    return [text, rule * len(text)]


def change_text(change: Change, lang: str) -> str:
    """``300 → 230 (−70, −23%)``: the change in hours a year, read out in one breath."""
    then, now = fmt.hours(change.before, lang), fmt.hours(change.after, lang)
    if abs(change.delta) < 0.05:
        return t("cli.compare.change_same", lang, then=then, now=now)
    delta = fmt.delta_hours(change.delta, lang)
    if change.percent is None:
        return t("cli.compare.change_no_base", lang, then=then, now=now, change=delta)
    return t("cli.compare.change", lang, then=then, now=now, change=delta,
             percent=fmt.percent(change.percent, lang))


# -- text ----------------------------------------------------------------------
def render(old: Session, new: Session, lang: str | None = None) -> list[str]:
    """The comparison as lines of text, in ``lang`` (default: the later session's language)."""
    lang = lang or new.lang
    comparison = compare(old, new)
    return [
        *_header(old, new, lang),
        "",
        t("cli.compare.headline", lang, change=change_text(comparison.hours, lang)),
        "",
        *_hours(old, new, comparison, lang),
        "",
        *_frustrations(old, new, comparison, lang),
        "",
        *_barriers(comparison, lang),
        "",
        *_actions(comparison, lang),
        "",
        *_promise(comparison, lang),
        *_self_review(old, new, lang),
    ]


def _header(old: Session, new: Session, lang: str) -> list[str]:
    labels = [t("cli.compare.then", lang), t("cli.compare.now", lang)]
    width = max(len(label) for label in labels) + 1
    lines = _heading(t("cli.compare.title", lang), "═")
    for label, session in zip(labels, (old, new), strict=True):
        facts = " · ".join(part for part in (_one_line(session.meta.title), session.meta.date, session.id) if part)
        lines.append(f"{(label + ':').ljust(width)} {facts}")
    return lines


def _hours(old: Session, new: Session, c: Comparison, lang: str) -> list[str]:
    lines = _heading(t("cli.compare.hours", lang))
    if not (old.frustrations or new.frustrations):
        return [*lines, "  " + t("cli.compare.no_frustrations", lang)]
    before, after = totals(old), totals(new)
    rows: list[list[str]] = []
    indented: set[int] = set()

    def add(label: str, change: Change, show: Callable[[float], str] = lambda v: fmt.hours(v, lang),
            indent: bool = False) -> None:
        if indent:
            indented.add(len(rows))
        rows.append([label, show(change.before), show(change.after),
                     fmt.signed(show(abs(change.delta)), change.delta), _percent(change, lang)])

    add(t("cli.compare.row.total", lang), c.hours)
    if before.headcount > 1 or after.headcount > 1:
        add(t("cli.compare.row.per_person", lang), c.per_person)
    add(t("cli.compare.row.fte", lang), Change(before.fte, after.fte), lambda v: fmt.number(v, lang, 2))
    if before.cost is not None and after.cost is not None:
        currency = new.meta.currency
        add(t("cli.compare.row.cost", lang), Change(before.cost, after.cost),
            lambda v: fmt.money(v, currency, lang))
    for heading, changes, name in (
        ("cli.compare.row.by_side", c.by_side, _side_label),
        ("cli.compare.row.by_department", c.by_department, _department_label),
    ):
        if changes:
            rows.append([t(heading, lang), "", "", "", ""])
            for key, change in changes.items():
                add(name(key, lang), change, indent=True)
    headers = ["", *(t(f"cli.compare.col.{col}", lang) for col in ("then", "now", "change", "percent"))]
    table = fmt.table(headers, rows, right=frozenset({1, 2, 3, 4}), indented=frozenset(indented),
                      flexible=(0,), max_width=_terminal_width())
    return [*lines, *("  " + line for line in table)]


def _percent(change: Change, lang: str) -> str:
    if change.percent is None:
        return t("cli.compare.new", lang) if change.after > 0 else "–"
    return fmt.percent(change.percent, lang)


def _side_label(side: str, lang: str) -> str:
    return t(f"cli.compare.side.{side}", lang) if side in SIDES else side


def _department_label(name: str, lang: str) -> str:
    return t("cli.compare.no_department", lang) if name == "-" else name


def _terminal_width() -> int | None:
    import shutil
    import sys

    return shutil.get_terminal_size().columns - 2 if sys.stdout.isatty() else None


def _group(label_key: str, items: Sequence[str], lang: str) -> list[str]:
    """``  Gone (2)`` and the items below it, or ``  Gone: none``."""
    label = t(label_key, lang)
    if not items:
        return [f"  {label}: {t('cli.compare.none', lang)}"]
    return [f"  {label} ({len(items)})", *(f"    • {_one_line(item)}" for item in items)]


def _frustrations(old: Session, new: Session, c: Comparison, lang: str) -> list[str]:
    lines = _heading(t("cli.compare.frustrations", lang))
    lines += _group("cli.compare.f_removed", c.frustrations_removed, lang)
    lines += _group("cli.compare.f_new", c.frustrations_new, lang)
    changed = [row for row in hours_by_frustration(old, new) if abs(row[2] - row[1]) >= 0.05]
    if changed:
        changed.sort(key=lambda row: -abs(row[2] - row[1]))
        lines.append(f"  {t('cli.compare.f_changed', lang)}")
        for text, then, now in changed[:BIGGEST_CHANGES]:
            figures = change_text(Change(then, now), lang)
            lines.append(f"    • {_one_line(text)}: {figures}")
        if len(changed) > BIGGEST_CHANGES:
            lines.append("      " + t("cli.compare.more", lang, count=len(changed) - BIGGEST_CHANGES))
    return lines


def _barriers(c: Comparison, lang: str) -> list[str]:
    return [
        *_heading(t("cli.compare.barriers", lang)),
        *_group("cli.compare.b_removed", c.barriers_removed, lang),
        *_group("cli.compare.b_new", c.barriers_new, lang),
        *_group("cli.compare.b_kept", c.barriers_kept, lang),
    ]


def _actions(c: Comparison, lang: str) -> list[str]:
    changes = [
        t("cli.compare.status_line", lang, what=_one_line(what), then=t(f"status.{then}", lang),
          now=t(f"status.{now}", lang))
        for what, (then, now) in c.action_status.items()
    ]
    return [
        *_heading(t("cli.compare.actions", lang)),
        *_group("cli.compare.a_done", c.actions_done, lang),
        *_group("cli.compare.a_dropped", c.actions_dropped, lang),
        *_group("cli.compare.a_open", c.actions_still_open, lang),
        *_group("cli.compare.a_status", changes, lang),
    ]


def _promise(c: Comparison, lang: str) -> list[str]:
    labels = [t("cli.compare.then", lang), t("cli.compare.now", lang)]
    width = max(len(label) for label in labels) + 1
    lines = _heading(t("cli.compare.promise", lang))
    for label, text in zip(labels, (c.promise_before, c.promise_after), strict=True):
        shown = f"“{_one_line(text)}”" if text.strip() else t("cli.compare.promise_none", lang)
        lines.append(f"  {(label + ':').ljust(width)} {shown}")
    key = "cli.compare.promise_changed" if c.promise_changed else "cli.compare.promise_same"
    lines.append("  " + t(key, lang))
    return lines


def _review_scores(old: Session, new: Session) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """((points, answered) then, (points, answered) now), or None when neither has answers."""
    from cxworkshop.domain.selfreview import score

    before, after = score(old), score(new)
    return None if before[1] == 0 and after[1] == 0 else (before, after)


def _self_review(old: Session, new: Session, lang: str) -> list[str]:
    """The solo self-review score then and now; nothing when neither session has answers."""
    from cxworkshop.domain.selfreview import MAX_POINTS, QUESTIONS

    scores = _review_scores(old, new)
    if scores is None:
        return []
    labels = [t("cli.compare.then", lang), t("cli.compare.now", lang)]
    width = max(len(label) for label in labels) + 1
    lines = ["", *_heading(t("cli.compare.self_review", lang))]
    for label, (points, answered) in zip(labels, scores, strict=True):
        shown = (t("cli.compare.review_score", lang, points=points, most=MAX_POINTS,
                   answered=answered, questions=len(QUESTIONS))
                 if answered else t("cli.compare.review_none", lang))
        lines.append(f"  {(label + ':').ljust(width)} {shown}")
    return lines


# -- JSON ----------------------------------------------------------------------
def to_json(old: Session, new: Session) -> dict[str, Any]:
    """A stable, language-free object (its keys are documented in `compare --help`)."""
    c = compare(old, new)
    before, after = totals(old), totals(new)
    cost = None
    if before.cost is not None and after.cost is not None:
        cost = _change(Change(before.cost, after.cost))
    return {
        "then": _about(old),
        "now": _about(new),
        "hours": {
            "total": _change(c.hours),
            "per_person": _change(c.per_person),
            "fte": _change(Change(before.fte, after.fte)),
            "cost": cost,
            "by_side": {side: _change(change) for side, change in c.by_side.items()},
            "by_department": [
                {"department": None if name == "-" else name, **_change(change)}
                for name, change in c.by_department.items()
            ],
        },
        "frustrations": {
            "removed": c.frustrations_removed,
            "new": c.frustrations_new,
            "hours": [
                {"text": text, "then": _round(then), "now": _round(now), "change": _round(now - then)}
                for text, then, now in hours_by_frustration(old, new)
            ],
        },
        "barriers": {"removed": c.barriers_removed, "new": c.barriers_new, "still_there": c.barriers_kept},
        "actions": {
            "done": c.actions_done,
            "dropped": c.actions_dropped,
            "still_open": c.actions_still_open,
            "status_changes": [
                {"action": what, "then": then, "now": now} for what, (then, now) in c.action_status.items()
            ],
        },
        "promise": {"then": c.promise_before, "now": c.promise_after, "changed": c.promise_changed},
        "self_review": _review_json(old, new),
    }


def _review_json(old: Session, new: Session) -> dict[str, Any] | None:
    from cxworkshop.domain.selfreview import MAX_POINTS, QUESTIONS

    scores = _review_scores(old, new)
    if scores is None:
        return None
    then, now = ({"points": points, "answered": answered} for points, answered in scores)
    return {"then": then, "now": now, "questions": len(QUESTIONS)}


def _about(session: Session) -> dict[str, str]:
    meta = session.meta
    return {"id": session.id, "title": meta.title, "date": meta.date, "language": session.lang}


def _round(value: float) -> float:
    return round(value, 4)


def _change(change: Change) -> dict[str, float | None]:
    percent = change.percent
    return {
        "then": _round(change.before),
        "now": _round(change.after),
        "change": _round(change.delta),
        "percent": None if percent is None else _round(percent),
    }
