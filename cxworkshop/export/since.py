""""Since last time": a follow-up session compared with the session it follows up.

The figures come from :func:`cxworkshop.domain.followup.compare` on the earlier session
that a follow-up embeds, so the export needs no other file.
"""

from __future__ import annotations

from collections.abc import Sequence

from cxworkshop.domain.followup import Change, Comparison
from cxworkshop.domain.models import Session
from cxworkshop.export import escape
from cxworkshop.export.blocks import bullets, heading, label, table, text_or, tn
from cxworkshop.export.numbers import number, signed, signed_percent
from cxworkshop.i18n import t


def since_summary(comparison: Comparison, lang: str) -> str:
    """One line for "at a glance": hours then -> now (change in %)."""
    change = comparison.hours
    value = t("export.md.since.glance", lang, before=number(change.before, lang),
              after=number(change.after, lang), change=_relative(change, lang))
    return f"**{t('export.md.since.title', lang)}:** {value}"


def since_section(previous: Session, comparison: Comparison, lang: str) -> list[str]:
    blocks = [heading(2, t("export.md.since.title", lang))]
    lead = t("export.md.since.lead", lang, title=text_or(previous.meta.title, lang),
             date=escape.inline(previous.meta.date) or "–")
    blocks.append(lead)
    blocks += _hours(comparison, lang)
    blocks += _frustrations(comparison, lang)
    blocks += _barriers(comparison, lang)
    blocks += _actions(comparison, lang)
    blocks += _promise(comparison, lang)
    return blocks


def _relative(change: Change, lang: str) -> str:
    if change.percent is None:
        return t("export.md.since.no_base", lang) if change.after else "–"
    return signed_percent(change.percent, lang)


def _row(name: str, change: Change, lang: str) -> list[str]:
    return [name, number(change.before, lang), number(change.after, lang),
            signed(change.delta, lang), _relative(change, lang)]


def _hours(c: Comparison, lang: str) -> list[str]:
    header = [t(f"export.md.col.{name}", lang) for name in ("what", "then", "now", "change",
                                                            "change_pct")]
    rows = [_row(t("export.md.since.team", lang), c.hours, lang),
            _row(t("export.md.since.per_person", lang), c.per_person, lang)]
    for side, change in c.by_side.items():
        name = t("export.md.since.side", lang, side=label("side", side, lang))
        rows.append(_row(name[:1].upper() + name[1:], change, lang))
    blocks = [heading(3, t("export.md.since.hours", lang)), t("export.md.since.hours_intro", lang),
              table(header, rows, align="lrrrr")]
    if c.by_department:
        dept_rows = [
            _row(t("export.md.no_department", lang) if name == "-" else escape.cell(name),
                 change, lang)
            for name, change in c.by_department.items()
        ]
        header = [t("export.md.col.department", lang), *header[1:]]
        blocks.append(table(header, dept_rows, align="lrrrr"))
    return blocks


def _group(key: str, texts: Sequence[str], lang: str) -> list[str]:
    """A bold label with the number of items, then the items; nothing when empty."""
    if not texts:
        return []
    return [f"**{t(key, lang, count=len(texts))}**",
            bullets([text_or(text, lang) for text in texts])]


def _frustrations(c: Comparison, lang: str) -> list[str]:
    if not (c.frustrations_removed or c.frustrations_new):
        return []
    return ([heading(3, t("export.md.since.frustrations", lang))]
            + _group("export.md.since.f_removed", c.frustrations_removed, lang)
            + _group("export.md.since.f_new", c.frustrations_new, lang))


def _barriers(c: Comparison, lang: str) -> list[str]:
    groups = (_group("export.md.since.b_removed", c.barriers_removed, lang)
              + _group("export.md.since.b_new", c.barriers_new, lang)
              + _group("export.md.since.b_kept", c.barriers_kept, lang))
    if not groups:
        return []
    return [heading(3, t("export.md.since.barriers", lang)), *groups]


def _actions(c: Comparison, lang: str) -> list[str]:
    groups = (_group("export.md.since.a_done", c.actions_done, lang)
              + _group("export.md.since.a_dropped", c.actions_dropped, lang)
              + _group("export.md.since.a_open", c.actions_still_open, lang))
    if c.action_status:
        rows = [[text_or(what, lang, context="cell"), label("status", then, lang),
                 label("status", now, lang)] for what, (then, now) in c.action_status.items()]
        header = [t(f"export.md.col.{name}", lang) for name in ("action", "then", "now")]
        groups += [f"**{tn('export.md.since.a_changed', lang, len(rows))}**",
                   table(header, rows)]
    if not groups:
        return []
    return [heading(3, t("export.md.since.actions", lang)), *groups]


def _quote(text: str, lang: str) -> str:
    return "> " + text_or(text, lang, context="block", indent="> ")


def _promise(c: Comparison, lang: str) -> list[str]:
    blocks = [heading(3, t("export.md.since.promise", lang))]
    before, after = escape.has_text(c.promise_before), escape.has_text(c.promise_after)
    if not before and not after:
        return blocks + [t("export.md.since.promise_none", lang)]
    if not c.promise_changed:
        return blocks + [t("export.md.since.promise_same", lang), _quote(c.promise_after, lang)]
    if before:
        blocks += [t("export.md.since.promise_then", lang), _quote(c.promise_before, lang)]
    else:
        blocks.append(t("export.md.since.promise_then_none", lang))
    if after:
        blocks += [t("export.md.since.promise_now", lang), _quote(c.promise_after, lang)]
    else:
        blocks.append(t("export.md.since.promise_now_none", lang))
    return blocks
