"""The action plan as markdown: ``render_markdown(session)``.

The document reads well on GitHub/GitLab, in Obsidian and as plain text in an email.
All labels come from the ``export.md.*`` catalogue texts in the session's language; all
figures come from the domain functions (nothing is recomputed here); all user text goes
through :mod:`cxworkshop.export.escape`.

Order: title and facts, a short summary, the customer promise, "since last time" (for a
follow-up), frustration hours, barriers in priority order, the action plan, the
self-review, how the session went (time per step, blind votes, the "customer" tally),
and an appendix with every raw input.
"""

from __future__ import annotations

from datetime import datetime

from cxworkshop.domain.models import AREAS, Session
from cxworkshop.domain.promise import check_draft
from cxworkshop.export import escape
from cxworkshop.export.appendix import appendix
from cxworkshop.export.facilitation_md import review_section, session_section
from cxworkshop.export.blocks import bullets, heading, label, table, text_or, tn
from cxworkshop.export.numbers import money, number
from cxworkshop.export.plan import action_plan, status_counts
from cxworkshop.export.sections import Facts, barrier_section, frustration_section
from cxworkshop.export.since import since_section, since_summary
from cxworkshop.i18n import t


# CheckResult.name -> the domain's catalogue key for the check's short name
_CHECK_NAMES = {
    "length": "check.length.name",
    "customer_language": "check.customer.name",
    "no_slogans": "check.slogans.name",
    "provable": "check.provable.name",
}


def render_markdown(session: Session) -> str:
    """The whole action plan for ``session`` as one markdown string ending in a newline."""
    lang = session.lang
    facts = Facts.of(session)
    blocks: list[str] = []
    blocks += _header(session, lang)
    blocks += _summary(session, facts, lang)
    blocks += _promise(session, facts, lang)
    if facts.previous is not None and facts.comparison is not None:
        blocks += since_section(facts.previous, facts.comparison, lang)
    blocks += frustration_section(session, facts, lang)
    blocks += barrier_section(session, facts, lang)
    blocks += action_plan(session, facts, lang)
    blocks += review_section(session, lang)
    blocks += session_section(session, facts, lang)
    blocks += appendix(session, facts, lang)
    blocks += _footer(session, lang)
    return "\n\n".join(blocks) + "\n"


def _header(session: Session, lang: str) -> list[str]:
    meta = session.meta
    title = text_or(meta.title, lang)
    facts = []
    if escape.has_text(meta.organisation):
        facts.append(_fact("export.md.organisation", escape.inline(meta.organisation), lang))
    if escape.has_text(meta.date):
        facts.append(_fact("export.md.date", escape.inline(meta.date), lang))
    if escape.has_text(meta.facilitator):
        who = "export.md.facilitator_solo" if session.is_solo else "export.md.facilitator"
        facts.append(_fact(who, escape.inline(meta.facilitator), lang))
    if session.is_solo:
        form = t("export.md.form_solo", lang)
    else:
        form = tn("export.md.form_team", lang, len(session.participants))
    facts.append(_fact("export.md.form", form, lang))
    facts.append(_fact("export.md.language", label("language", meta.language, lang), lang))
    intro = t("export.md.intro_solo" if session.is_solo else "export.md.intro", lang)
    return [heading(1, title), intro, bullets(facts)]


def _fact(key: str, value: str, lang: str) -> str:
    return f"**{t(key, lang)}:** {value}"


def _summary(session: Session, facts: Facts, lang: str) -> list[str]:
    sums = facts.totals
    chosen = session.promise.chosen
    lines = []
    if chosen is not None and escape.has_text(chosen.text):
        lines.append(_fact("export.md.sum_promise", escape.inline(chosen.text), lang))
    else:
        lines.append(_fact("export.md.sum_promise", t("export.md.no_promise_short", lang), lang))
    hours = t("export.md.hours_year", lang, hours=number(sums.team_hours, lang))
    extra = t("export.md.fte", lang, fte=number(sums.fte, lang, 2))
    if sums.cost is not None:
        extra += ", " + money(sums.cost, session.meta.currency, lang)
    lines.append(_fact("export.md.sum_hours", f"{hours} ({extra})", lang))
    if facts.comparison is not None:
        lines.append(since_summary(facts.comparison, lang))
    lines.append(_fact("export.md.sum_barriers", str(len(session.barriers)), lang))
    actions = status_counts(session, lang)
    if session.actions:
        actions = f"{len(session.actions)} ({actions})"
    lines.append(_fact("export.md.sum_actions", actions, lang))
    return [heading(2, t("export.md.summary", lang)), bullets(lines)]


def _promise(session: Session, facts: Facts, lang: str) -> list[str]:
    promise = session.promise
    blocks = [heading(2, t("export.md.promise", lang))]
    chosen = promise.chosen
    if chosen is None:
        blocks.append(t("export.md.no_promise", lang,
                        drafts=tn("export.md.n_drafts", lang, len(promise.drafts))))
    else:
        blocks.append("> " + text_or(chosen.text, lang, context="block", indent="> "))
        drafts = tn("export.md.n_drafts", lang, len(promise.drafts))
        if session.is_solo:  # one person does not vote
            byline = t("export.md.chosen_from_solo", lang, drafts=drafts)
        else:
            byline = t("export.md.chosen_from", lang, drafts=drafts,
                       votes=tn("export.md.n_votes", lang,
                                facts.draft_votes.get(chosen.id, chosen.votes)))
        if escape.has_text(chosen.author):
            byline += " " + t("export.md.proposed_by", lang, author=escape.inline(chosen.author))
        blocks.append(byline)
        blocks.append(heading(3, t("export.md.checks", lang)))
        rows = [
            [
                t(_CHECK_NAMES.get(result.name, result.name), lang),
                t("export.md.pass" if result.passed else "export.md.fail", lang),
                escape.cell(result.reason),
            ]
            for result in check_draft(chosen.text, promise, lang)
        ]
        header = [t("export.md.col.check", lang), t("export.md.col.result", lang),
                  t("export.md.col.why", lang)]
        blocks.append(table(header, rows))
    blocks.append(heading(3, t("export.md.four_bs", lang)))
    for area in AREAS:
        notes = promise.notes_for(area)
        blocks.append(f"**{label('area', area, lang)}**")
        if notes:
            blocks.append(bullets([_note(n.text, n.author, lang) for n in notes]))
        else:
            blocks.append(t("export.md.no_notes", lang))
    return blocks


def _note(text: str, author: str, lang: str) -> str:
    line = text_or(text, lang, context="block", indent="  ")
    if escape.has_text(author):
        line += f" — {escape.inline(author)}"
    return line


def _timestamp(value: str) -> str:
    """"2026-03-12T12:15:00+00:00" -> "2026-03-12 12:15 UTC"; anything else as it is."""
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return value
    text = moment.strftime("%Y-%m-%d %H:%M")
    offset = moment.utcoffset()
    if offset is None:
        return text
    if not offset:
        return f"{text} UTC"
    return f"{text} {moment.strftime('%z')}"


def _footer(session: Session, lang: str) -> list[str]:
    updated = escape.inline(_timestamp(session.meta.updated_at))
    return ["---", t("export.md.footer", lang, id=escape.inline(session.id), updated=updated)]
