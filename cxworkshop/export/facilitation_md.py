"""Facilitation material of the action plan: the self-review, time per step, the blind
dot vote and the "customer" tally (each only when there is something to show)."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from cxworkshop.domain import selfreview, tally, voting
from cxworkshop.domain.facilitation import DEFAULT_TIMEBOXES, VOTE_KINDS, Timebox
from cxworkshop.domain.models import Session
from cxworkshop.export import escape
from cxworkshop.export.blocks import heading, label, table, text_or, tn
from cxworkshop.export.numbers import amount, number, signed
from cxworkshop.i18n import t

if TYPE_CHECKING:
    from cxworkshop.export.sections import Facts

_STEP_ORDER = {step: i for i, step in enumerate(DEFAULT_TIMEBOXES)}


def review_section(session: Session, lang: str) -> list[str]:
    """The self-review checklist: in solo sessions always, otherwise once answered."""
    given = [r for r in session.facilitation.review if r.answer or escape.has_text(r.note)]
    if not session.is_solo and not given:
        return []
    now = selfreview.review_score(session)
    blocks = [heading(2, t("export.md.review.title", lang))]
    if now.answered:  # the same figures as the self-review screen (out of all questions × 2)
        blocks.append(t("export.md.review.score", lang, points=now.points, max=now.max_points,
                        answered=now.answered, total=now.total, yes=now.yes, partly=now.partly,
                        no=now.no))
    else:
        blocks.append(t("export.md.review.unanswered", lang))
    rows = [
        [
            escape.cell(t(f"review.{r.question}.question", lang)),
            t(f"review.answer.{r.answer or 'none'}", lang),
            escape.cell(r.note) if escape.has_text(r.note) else "",
        ]
        for r in selfreview.answers(session)
    ]
    header = [t(f"export.md.col.{c}", lang) for c in ("question", "answer", "remark")]
    blocks.append(table(header, rows))
    return blocks


def session_section(session: Session, facts: Facts, lang: str) -> list[str]:
    """"How the session went": time per step, the blind vote and the tally."""
    parts = _time_per_step(session, lang) + _voting(session, facts, lang) + _tally(session, lang)
    if not parts:
        return []
    return [heading(2, t("export.md.session.title", lang)), *parts]


# -- time per step ---------------------------------------------------------------------

def _boxes(session: Session) -> list[Timebox]:
    """One timebox per step (the first, as the domain looks them up), in workshop order."""
    first: dict[str, Timebox] = {}
    for box in session.facilitation.timeboxes:
        first.setdefault(box.step, box)
    return sorted(first.values(), key=lambda b: _STEP_ORDER.get(b.step, len(_STEP_ORDER)))


def _whole_minutes(seconds: float) -> float:
    """Seconds as whole minutes, halves rounded up (so the rows add up to the total)."""
    return math.floor(seconds / 60 + 0.5) if math.isfinite(seconds) else seconds


def _row(name: str, planned: float, seconds: float, lang: str) -> list[str]:
    spent = _whole_minutes(seconds)
    return [name, amount(planned, lang), number(spent, lang, 0), signed(spent - planned, lang, 0)]


def _time_per_step(session: Session, lang: str) -> list[str]:
    boxes = _boxes(session)
    if not any(box.spent_seconds > 0 for box in boxes):
        return []
    rows = [_row(label("step", box.step, lang), box.minutes, box.spent_seconds, lang)
            for box in boxes]
    rows.append(_row(f"**{t('export.md.time.total', lang)}**", sum(b.minutes for b in boxes),
                     sum(_whole_minutes(b.spent_seconds) for b in boxes) * 60, lang))
    header = [t(f"export.md.col.{c}", lang) for c in ("step", "planned", "spent", "difference")]
    blocks = [heading(3, t("export.md.time.title", lang)), t("export.md.time.intro", lang),
              table(header, rows, align="lrrr")]
    running = [label("step", box.step, lang) for box in boxes if box.running_since is not None]
    if running:
        blocks.append(t("export.md.time.running", lang, steps=", ".join(running)))
    return blocks


# -- blind dot voting ------------------------------------------------------------------

def _voting(session: Session, facts: Facts, lang: str) -> list[str]:
    kinds = [k for k in VOTE_KINDS
             if any(v.kind == k and v.dots > 0 for v in session.facilitation.votes)]
    if not kinds:
        return []
    settings = session.facilitation.voting
    blocks = [heading(3, t("export.md.vote.title", lang)), t(
        "export.md.vote.settings", lang,
        dots=tn("export.md.vote.n_dots", lang, settings.dots_per_person),
        max=tn("export.md.vote.n_dots", lang, settings.max_per_item))]
    for kind in kinds:
        blocks.append(f"**{t(f'export.md.vote.kind.{kind}', lang)}**")
        done = len(voting.voters_done(session, kind))
        if session.participants:
            blocks.append(t("export.md.vote.done", lang, done=done,
                            total=len(session.participants)))
        if voting.is_revealed(session, kind):
            blocks.append(_vote_table(session, facts, kind, lang))
        else:
            blocks.append(t("export.md.vote.hidden", lang))
    return blocks


def _vote_table(session: Session, facts: Facts, kind: str, lang: str) -> str:
    blind = voting.blind_totals(session, kind)
    if kind == "drafts":
        items = [(str(i), d.id, d.text, d.votes)
                 for i, d in enumerate(session.promise.drafts, start=1)]
        totals = facts.draft_votes
        items.sort(key=lambda item: -totals.get(item[1], 0))  # stable: ties keep entry order
    else:  # in the order of the barrier table
        items = [(facts.labels.barriers.get(b.id, ""), b.id, b.text, b.votes)
                 for b in facts.order]
        totals = facts.votes
    rows = [[ref, text_or(text, lang, context="cell"), str(blind.get(item_id, 0)), str(open_votes),
             str(totals.get(item_id, 0))]
            for ref, item_id, text, open_votes in items]
    header = [t(f"export.md.col.{c}", lang)
              for c in ("nr", "draft" if kind == "drafts" else "barrier", "dots", "open_votes",
                        "total")]
    return table(header, rows, align="llrrr")


# -- the "customer" tally --------------------------------------------------------------

def _tally(session: Session, lang: str) -> list[str]:
    board = [(name, n) for _, name, n in tally.leaderboard(session) if n > 0]
    if not board:
        return []
    top = board[0][1]
    winners = [escape.inline(name) or t("export.md.empty", lang) for name, n in board if n == top]
    strokes = tn("export.md.tally.n_strokes", lang, top)
    if len(winners) == 1:
        lead = t("export.md.tally.winner", lang, name=winners[0], strokes=strokes)
    else:
        lead = t("export.md.tally.winners", lang, names=", ".join(winners), strokes=strokes)
    rows = []
    for i, (name, n) in enumerate(board):
        place = i + 1 if i == 0 or n != board[i - 1][1] else rows[-1][0]
        rows.append([place, text_or(name, lang, context="cell"), str(n)])
    header = [t(f"export.md.col.{c}", lang) for c in ("place", "name", "strokes")]
    return [heading(3, t("export.md.tally.title", lang)), t("export.md.tally.intro", lang), lead,
            table(header, [[str(p), name, n] for p, name, n in rows], align="rlr")]
