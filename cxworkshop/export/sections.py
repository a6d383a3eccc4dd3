"""Frustration hours and barriers sections of the action plan."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from cxworkshop.domain.barriers import barrier_quadrant, ranked
from cxworkshop.domain.followup import Comparison, compare, previous_of
from cxworkshop.domain.frustration import (
    WORKING_DAYS_PER_WEEK,
    Totals,
    cost,
    sorted_by_hours,
    totals,
)
from cxworkshop.domain.models import Barrier, Frustration, Session
from cxworkshop.domain.refs import action_refs, barrier_refs, frustration_refs
from cxworkshop.domain.voting import blind_totals, is_revealed
from cxworkshop.export import escape, mermaid
from cxworkshop.export.blocks import (
    bullets,
    cell_or_blank,
    drop_column,
    heading,
    label,
    table,
    text_or,
    tn,
)
from cxworkshop.export.numbers import amount, money, number, percent
from cxworkshop.i18n import t


@dataclass(frozen=True)
class Labels:
    """Short, stable references by list position: F1, B2, A3 (ids are not for people)."""

    frustrations: dict[str, str]
    barriers: dict[str, str]
    actions: dict[str, str]

    @classmethod
    def of(cls, session: Session) -> Labels:
        """The numbering the screens use too (``domain.refs``)."""
        return cls(frustration_refs(session), barrier_refs(session), action_refs(session))

    def frustration_refs(self, ids: list[str]) -> str:
        return ", ".join(self.frustrations.get(i) or escape.cell(i) for i in ids)


@dataclass(frozen=True)
class Facts:
    """Every figure the document shows, computed once by the domain functions."""

    labels: Labels
    totals: Totals
    by_hours: list[tuple[Frustration, float]]
    hours: dict[int, float]  # by id() of the frustration object (item ids may repeat)
    order: list[Barrier]
    freed: dict[str, float]
    votes: dict[str, int]  # barrier id -> open votes plus blind dots once revealed
    draft_votes: dict[str, int]  # the same for promise drafts
    previous: Session | None  # the session a follow-up embeds
    comparison: Comparison | None

    @classmethod
    def of(cls, session: Session) -> Facts:
        by_hours = sorted_by_hours(session)
        previous = previous_of(session)
        ranking = ranked(session)
        # Drafts count like barriers (voting.total_votes): open votes plus the blind
        # dots once revealed; computed in one pass instead of once per draft.
        blind = blind_totals(session, "drafts") if is_revealed(session, "drafts") else {}
        return cls(
            labels=Labels.of(session),
            totals=totals(session),
            by_hours=by_hours,
            hours={id(f): hours for f, hours in by_hours},
            order=[row.barrier for row in ranking],
            freed={row.barrier.id: row.freed_hours for row in ranking},
            votes={row.barrier.id: row.votes for row in ranking},
            draft_votes={d.id: d.votes + blind.get(d.id, 0) for d in session.promise.drafts},
            previous=previous,
            comparison=None if previous is None else compare(previous, session),
        )


def _fact(key: str, value: str, lang: str) -> str:
    return f"**{t(key, lang)}:** {value}"


def how_often(f: Frustration, lang: str) -> str:
    return _how_often(f.occurrences, f.frequency, lang)


@lru_cache(maxsize=1024)
def _how_often(occurrences: float, frequency: str, lang: str) -> str:
    return t("export.md.often", lang, n=amount(occurrences, lang),
             per=label("frequency", frequency, lang))


def minutes_text(f: Frustration, lang: str) -> str:
    text = amount(f.minutes, lang)
    if f.minutes_low is not None or f.minutes_high is not None:
        low = amount(f.minutes if f.minutes_low is None else f.minutes_low, lang)
        high = amount(f.minutes if f.minutes_high is None else f.minutes_high, lang)
        text += f" ({low}–{high})"
    return text


def _key_figures(session: Session, sums: Totals, lang: str) -> list[str]:
    meta = session.meta
    facts = []
    if not session.is_solo:
        facts.append(_fact("export.md.per_person", tn(
            "export.md.per_person_value", lang, sums.headcount,
            hours=number(sums.per_person_hours, lang)), lang))
    facts.append(_fact("export.md.fte_label", t("export.md.fte", lang, fte=number(sums.fte, lang, 2)), lang))
    if sums.has_range:
        facts.append(_fact("export.md.range", t(
            "export.md.range_value", lang,
            low=number(sums.low_hours, lang), high=number(sums.high_hours, lang)), lang))
    if sums.cost is not None and meta.hourly_rate is not None:
        value = t("export.md.cost_value", lang, cost=money(sums.cost, meta.currency, lang),
                  rate=money(meta.hourly_rate, meta.currency, lang))
        if sums.has_range:
            value += " " + t("export.md.cost_range", lang,
                             low=money(cost(sums.low_hours, meta.hourly_rate) or 0.0,
                                       meta.currency, lang),
                             high=money(cost(sums.high_hours, meta.hourly_rate) or 0.0,
                                        meta.currency, lang))
        facts.append(_fact("export.md.cost", value, lang))
    facts.append(_fact("export.md.assumptions", t(
        "export.md.assumptions_value", lang,
        days=amount(sums.working_days, lang), hours=amount(sums.hours_per_day, lang),
        week=WORKING_DAYS_PER_WEEK), lang))
    return facts


def frustration_section(session: Session, facts: Facts, lang: str) -> list[str]:
    sums, labels = facts.totals, facts.labels
    blocks = [heading(2, t("export.md.frustrations", lang))]
    if not session.frustrations:
        return blocks + [t("export.md.no_frustrations", lang)]
    lead = "export.md.hours_lead_solo" if session.is_solo else "export.md.hours_lead"
    blocks.append(t(lead, lang, hours=number(sums.team_hours, lang)))
    blocks.append(bullets(_key_figures(session, sums, lang)))

    blocks.append(heading(3, t("export.md.by_hours", lang)))
    rows = [
        [
            labels.frustrations.get(f.id, ""),
            text_or(f.text, lang, context="cell"),
            label("side", f.side, lang),
            cell_or_blank(f.department),
            how_often(f, lang),
            minutes_text(f, lang),
            str(f.people),
            number(hours, lang),
            percent(hours, sums.team_hours, lang),
        ]
        for f, hours in facts.by_hours
    ]
    header = [t(f"export.md.col.{c}", lang) for c in
              ("nr", "frustration", "side", "department", "often", "minutes", "people",
               "hours", "share")]
    blocks.append(table(header, rows, align="lllllrrrr"))

    blocks.append(heading(3, t("export.md.by_department", lang)))
    dept_rows = [
        [t("export.md.no_department", lang) if name == "-" else escape.cell(name),
         number(hours, lang), percent(hours, sums.team_hours, lang)]
        for name, hours in sums.by_department.items()
    ]
    blocks.append(table([t("export.md.col.department", lang), t("export.md.col.hours", lang),
                         t("export.md.col.share", lang)], dept_rows, align="lrr"))
    pie = mermaid.department_pie(session, sums.by_department,
                                 blank=t("export.md.no_department", lang))
    if pie:
        blocks.append(pie)

    blocks.append(heading(3, t("export.md.by_side", lang)))
    side_rows = [
        [label("side", side, lang), number(hours, lang), percent(hours, sums.team_hours, lang)]
        for side, hours in sorted(sums.by_side.items(), key=lambda kv: (-kv[1], kv[0]))
    ]
    blocks.append(table([t("export.md.col.side", lang), t("export.md.col.hours", lang),
                         t("export.md.col.share", lang)], side_rows, align="lrr"))
    return blocks


def barrier_section(session: Session, facts: Facts, lang: str) -> list[str]:
    labels = facts.labels
    blocks = [heading(2, t("export.md.barriers", lang))]
    if not session.barriers:
        return blocks + [t("export.md.no_barriers", lang)]
    blocks.append(t("export.md.barriers_order_solo" if session.is_solo else "export.md.barriers_order",
                    lang))
    rows = [
        [
            labels.barriers.get(b.id, ""),
            text_or(b.text, lang, context="cell"),
            label("category", b.category, lang),
            cell_or_blank(b.department),
            label("quadrant", barrier_quadrant(b), lang),
            str(b.impact),
            str(b.effort),
            str(facts.votes.get(b.id, b.votes)),
            number(facts.freed[b.id], lang),
            labels.frustration_refs(b.frustration_ids),
        ]
        for b in facts.order
    ]
    header = [t(f"export.md.col.{c}", lang) for c in
              ("nr", "barrier", "category", "department", "quadrant", "impact", "effort",
               "votes", "freed", "linked")]
    align = "lllllrrrrl"
    if session.is_solo:
        header, rows, align = drop_column(header, rows, align, 7)
    blocks.append(table(header, rows, align=align))
    blocks.append(mermaid.quadrant_chart(session, order=facts.order, refs=labels.barriers))
    return blocks
