"""Appendix of the action plan: every raw input of the session, in entry order."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cxworkshop.domain.models import Session
from cxworkshop.domain.promise import check_draft
from cxworkshop.export import escape
from cxworkshop.export.blocks import cell_or_blank, drop_column, heading, label, table, text_or
from cxworkshop.export.numbers import amount, number
from cxworkshop.i18n import t

if TYPE_CHECKING:
    from cxworkshop.export.sections import Facts, Labels


def _cols(lang: str, *names: str) -> list[str]:
    return [t(f"export.md.col.{name}", lang) for name in names]


def _optional(value: float | None, lang: str) -> str:
    return "" if value is None else amount(value, lang)


def appendix(session: Session, facts: Facts, lang: str) -> list[str]:
    labels = facts.labels
    blocks = [heading(2, t("export.md.appendix", lang)), t("export.md.appendix_intro", lang)]
    blocks += _participants(session, lang)
    blocks += _notes_and_drafts(session, facts, lang)
    blocks += _frustrations(session, facts, lang)
    blocks += _barriers(session, facts, lang)
    blocks += _actions(session, labels, lang)
    return blocks


def _section(title_key: str, lang: str, header: list[str], rows: list[list[str]],
             align: str = "") -> list[str]:
    blocks = [heading(3, t(title_key, lang))]
    blocks.append(table(header, rows, align) if rows else t("export.md.none", lang))
    return blocks


def _participants(session: Session, lang: str) -> list[str]:
    if session.is_solo:  # one person on their own: no list of participants to show
        return []
    rows = [[text_or(p.name, lang, context="cell"), cell_or_blank(p.department)]
            for p in session.participants]
    return _section("export.md.participants", lang, _cols(lang, "name", "department"), rows)


def _notes_and_drafts(session: Session, facts: Facts, lang: str) -> list[str]:
    promise = session.promise
    notes = [[label("area", n.area, lang), text_or(n.text, lang, context="cell"),
              cell_or_blank(n.author)] for n in promise.notes]
    blocks = _section("export.md.notes", lang, _cols(lang, "area", "note", "author"), notes)
    drafts = []
    for i, d in enumerate(promise.drafts, start=1):
        results = check_draft(d.text, promise, lang)
        failed = sum(1 for r in results if not r.passed)
        checks = (t("export.md.checks_all_pass", lang) if not failed else
                  t("export.md.checks_failed", lang, count=failed, total=len(results)))
        chosen = t("export.md.yes", lang) if d.id == promise.chosen_draft_id else ""
        drafts.append([str(i), text_or(d.text, lang, context="cell"), cell_or_blank(d.author),
                       str(facts.draft_votes.get(d.id, d.votes)), chosen, checks])
    header, align = _cols(lang, "nr", "draft", "author", "votes", "chosen", "checks"), "lllrll"
    if session.is_solo:
        header, drafts, align = drop_column(header, drafts, align, 3)
    return blocks + _section("export.md.drafts", lang, header, drafts, align=align)


def _frustrations(session: Session, facts: Facts, lang: str) -> list[str]:
    labels = facts.labels
    rows = [
        [
            labels.frustrations.get(f.id, ""),
            text_or(f.text, lang, context="cell"),
            label("side", f.side, lang),
            cell_or_blank(f.department),
            amount(f.occurrences, lang),
            label("frequency", f.frequency, lang),
            amount(f.minutes, lang),
            _optional(f.minutes_low, lang),
            _optional(f.minutes_high, lang),
            str(f.people),
            cell_or_blank(f.author),
            number(facts.hours[id(f)], lang),
        ]
        for f in session.frustrations
    ]
    header = _cols(lang, "nr", "frustration", "side", "department", "occurrences", "per",
                   "minutes", "low", "high", "people", "author", "hours")
    return _section("export.md.all_frustrations", lang, header, rows, align="llllrlrrrrlr")


def _barriers(session: Session, facts: Facts, lang: str) -> list[str]:
    labels = facts.labels
    rows = [
        [
            labels.barriers.get(b.id, ""),
            text_or(b.text, lang, context="cell"),
            label("category", b.category, lang),
            cell_or_blank(b.department),
            str(b.impact),
            str(b.effort),
            str(facts.votes.get(b.id, b.votes)),
            labels.frustration_refs(b.frustration_ids),
        ]
        for b in session.barriers
    ]
    header = _cols(lang, "nr", "barrier", "category", "department", "impact", "effort",
                   "votes", "linked")
    align = "llllrrrl"
    if session.is_solo:
        header, rows, align = drop_column(header, rows, align, 6)
    return _section("export.md.all_barriers", lang, header, rows, align=align)


def _actions(session: Session, labels: Labels, lang: str) -> list[str]:
    rows = [
        [
            labels.actions.get(a.id, ""),
            text_or(a.what, lang, context="cell"),
            cell_or_blank(a.owner),
            cell_or_blank(a.due),
            cell_or_blank(a.first_step),
            cell_or_blank(a.success),
            label("status", a.status, lang),
            "" if a.barrier_id is None else (labels.barriers.get(a.barrier_id)
                                             or escape.cell(a.barrier_id)),
        ]
        for a in session.actions
    ]
    header = _cols(lang, "nr", "what", "owner", "due", "first_step", "success", "status",
                   "barrier")
    return _section("export.md.all_actions", lang, header, rows)
