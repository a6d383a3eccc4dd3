"""The action plan: a GitHub task list per barrier, in the barriers' priority order."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from cxworkshop.domain.barriers import barrier_quadrant
from cxworkshop.domain.models import STATUSES, Action, Session
from cxworkshop.export import escape
from cxworkshop.export.blocks import heading, label, text_or, tn
from cxworkshop.export.numbers import number
from cxworkshop.i18n import t

if TYPE_CHECKING:
    from cxworkshop.export.sections import Facts


def status_counts(session: Session, lang: str) -> str:
    """"5 open, 2 in progress, 2 done, 1 dropped" (only the statuses in use)."""
    if not session.actions:
        return t("export.md.no_actions_short", lang)
    counts = Counter(a.status for a in session.actions)
    order = [s for s in STATUSES if s in counts] + sorted(s for s in counts if s not in STATUSES)
    return ", ".join(f"{counts[s]} {label('status', s, lang)}" for s in order)


def task(action: Action, lang: str, solo: bool = False) -> str:
    """One action as a task-list item with its first step and success signal below it.

    Done is ticked; dropped is ticked *and* struck through with its status after it, so
    it never reads as open work; stuck keeps its box open with the status in bold.
    """
    closed = action.status in ("done", "dropped")
    what = f"**{text_or(action.what, lang)}**"
    parts = [f"~~{what}~~" if action.status == "dropped" else what]
    parts.append(escape.inline(action.owner) if escape.has_text(action.owner)
                 else t("export.md.no_owner", lang))
    parts.append(escape.inline(action.due) if escape.has_text(action.due)
                 else t("export.md.no_due", lang))
    status = label("status", action.status, lang)
    if action.status == "dropped":
        parts.append(f"*{status}*")
    elif action.status == "stuck":
        parts.append(f"**{status}**")
    elif action.status != "done":
        parts.append(status)
    lines = [f"- [{'x' if closed else ' '}] " + " — ".join(parts)]
    success = "export.md.success_solo" if solo else "export.md.success"
    for key, text in (("export.md.first_step", action.first_step),
                      (success, action.success)):
        if escape.has_text(text):
            lines.append(f"  - {t(key, lang)}: {escape.block(text, '    ')}")
    return "\n".join(lines)


def action_plan(session: Session, facts: Facts, lang: str) -> list[str]:
    blocks = [heading(2, t("export.md.plan", lang))]
    solo = session.is_solo
    if not session.actions:
        return blocks + [t("export.md.no_actions", lang)]
    count = tn("export.md.actions_count", lang, len(session.actions))
    blocks.append(f"{count}: {status_counts(session, lang)}.")
    by_barrier: dict[str | None, list[Action]] = {}
    for action in session.actions:
        by_barrier.setdefault(action.barrier_id, []).append(action)
    without_action = []
    for barrier in facts.order:
        actions = by_barrier.pop(barrier.id, [])
        ref = facts.labels.barriers.get(barrier.id, "")
        if not actions:
            without_action.append(ref)
            continue
        blocks.append(heading(3, f"{ref} · {text_or(barrier.text, lang)}"))
        quadrant = label("quadrant", barrier_quadrant(barrier), lang)
        hours = number(facts.freed[barrier.id], lang)
        if solo:
            blocks.append(t("export.md.barrier_facts_solo", lang, quadrant=quadrant, hours=hours))
        else:
            blocks.append(t("export.md.barrier_facts", lang, quadrant=quadrant, hours=hours,
                            votes=tn("export.md.n_votes", lang,
                                     facts.votes.get(barrier.id, barrier.votes))))
        blocks.append("\n".join(task(a, lang, solo) for a in actions))
    loose = [a for a in session.actions if a.barrier_id in by_barrier]
    if loose:
        blocks.append(heading(3, t("export.md.other_actions", lang)))
        blocks.append("\n".join(task(a, lang, solo) for a in loose))
    if without_action:
        blocks.append(t("export.md.barriers_without_action", lang, refs=", ".join(without_action)))
    return blocks
