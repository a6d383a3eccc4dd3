"""`cxworkshop show`: a session summary a facilitator can read out loud, in the session's language."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from cxworkshop.cli import fmt
from cxworkshop.cli.common import h, out, store_of
from cxworkshop.i18n import t

if TYPE_CHECKING:  # the domain loads only when a session is shown, not for --help
    from cxworkshop.domain.models import Session

TOP_BARRIERS = 5


def show(
    ctx: typer.Context,
    session: Annotated[
        str, typer.Argument(metavar="SESSION", help=h("cli.arg.session"), show_default=False)
    ],
) -> None:
    store = store_of(ctx)
    path = store.resolve(session)
    out("\n".join(render(store.read_file(path), str(path))))


def render(session: Session, path: str = "") -> list[str]:
    """The summary as lines of text (no colours, so it also reads well in a pipe or a file)."""
    previous = _previous(session)
    return [
        *_header(session, path, previous),
        "",
        *_promise(session),
        "",
        *_totals(session, previous),
        "",
        *_barriers(session),
        "",
        *_actions(session),
    ]


def _heading(text: str) -> list[str]:
    return [text, "─" * len(text)]


def _previous(session: Session) -> Session | None:
    """The earlier session kept inside a follow-up; None when there is none or it is unreadable."""
    from cxworkshop.domain.followup import previous_of

    try:
        return previous_of(session)
    except (KeyError, TypeError, ValueError, AttributeError):
        return None


def _header(session: Session, path: str, previous: Session | None) -> list[str]:
    lang, meta = session.lang, session.meta
    title = meta.title + (f" — {meta.organisation}" if meta.organisation else "")
    facts = [meta.date or "-", t(f"mode.{meta.mode}", lang)]
    if meta.facilitator:
        who = "cli.show.facilitator_solo" if session.is_solo else "cli.show.facilitator"
        facts.append(t(who, lang, name=meta.facilitator))
    lines = [title, "═" * len(title), " · ".join(facts)]
    if previous is not None:
        lines.append(t("cli.show.follows", lang, title=" ".join(previous.meta.title.split()),
                       date=previous.meta.date or "-", id=session.id))
    elif session.previous or meta.previous_session_id:
        lines.append(t("cli.show.follows_unknown", lang, id=meta.previous_session_id or "?"))
    if not session.is_solo:
        lines.append(t("cli.show.participants", lang, count=len(session.participants)))
    if path:
        lines.append(t("cli.show.file", lang, path=path))
    return lines


def _promise(session: Session) -> list[str]:
    lang, promise = session.lang, session.promise
    lines = _heading(t("cli.show.promise", lang))
    chosen = promise.chosen
    if chosen is not None:
        lines.append(f"  “{' '.join(chosen.text.split())}”")
    elif promise.drafts:
        lines.append("  " + t("cli.show.promise_none_chosen", lang, count=len(promise.drafts)))
        lines += _drafts(session)
    else:
        lines.append("  " + t("cli.show.promise_empty", lang))
    return lines


def _drafts(session: Session) -> list[str]:
    """The drafts still in the running, with their votes (open + revealed blind dots) in a team."""
    from cxworkshop.domain.voting import total_votes

    lang, drafts = session.lang, session.promise.drafts
    if session.is_solo:
        return [f"    • {' '.join(d.text.split())}" for d in drafts]
    votes = {d.id: total_votes(session, "drafts", d.id) for d in drafts}
    ordered = sorted(drafts, key=lambda d: -votes[d.id])
    return [
        f"    • {' '.join(d.text.split())} ({t('cli.show.draft_votes', lang, votes=votes[d.id])})"
        for d in ordered
    ]


def _totals(session: Session, previous: Session | None) -> list[str]:
    from cxworkshop.domain.frustration import totals

    lang, meta = session.lang, session.meta
    figures = totals(session)
    lines = _heading(t("cli.show.hours", lang))
    if previous is not None:
        from cxworkshop.cli.compare import change_text
        from cxworkshop.domain.followup import Change

        change = Change(totals(previous).team_hours, figures.team_hours)
        lines.append("  " + t("cli.show.since", lang, change=change_text(change, lang)))
    if not session.frustrations:
        return [*lines, "  " + t("cli.show.no_frustrations", lang)]
    team = fmt.hours(figures.team_hours, lang)
    lines.append("  " + t("cli.show.hours_team", lang, hours=team, count=len(session.frustrations)))
    if figures.has_range:
        low, high = fmt.hours(figures.low_hours, lang), fmt.hours(figures.high_hours, lang)
        lines.append("  " + t("cli.show.hours_range", lang, low=low, high=high))
    per_person = fmt.hours(figures.per_person_hours, lang)
    if figures.headcount > 1:
        lines.append("  " + t("cli.show.hours_person", lang, hours=per_person, people=figures.headcount))
    lines.append("  " + t("cli.show.fte", lang, fte=fmt.number(figures.fte, lang, 2)))
    if figures.cost is not None:
        rate = fmt.money(meta.hourly_rate or 0, meta.currency, lang)
        cost = fmt.money(figures.cost, meta.currency, lang)
        lines.append("  " + t("cli.show.cost", lang, cost=cost, rate=rate))
    days, per_day = fmt.plain(figures.working_days, lang), fmt.plain(figures.hours_per_day, lang)
    lines.append("  " + t("cli.show.assumptions", lang, days=days, hours=per_day))
    return lines


def _barriers(session: Session) -> list[str]:
    from cxworkshop.domain.barriers import ranked

    lang = session.lang
    lines = _heading(t("cli.show.barriers", lang))
    rows = ranked(session)
    if not rows:
        return [*lines, "  " + t("cli.show.no_barriers", lang)]
    key = "cli.show.barrier_facts_solo" if session.is_solo else "cli.show.barrier_facts"
    for row in rows[:TOP_BARRIERS]:
        barrier = row.barrier
        lines.append(f"  {row.rank}. {' '.join(barrier.text.split())}")
        facts = t(
            key,
            lang,
            quadrant=t(f"quadrant.{row.quadrant}", lang),
            impact=barrier.impact,
            effort=barrier.effort,
            votes=row.votes,
            hours=fmt.hours(row.freed_hours, lang),
        )
        lines.append(f"     {facts}")
    if len(rows) > TOP_BARRIERS:
        lines.append("  " + t("cli.show.more", lang, count=len(rows) - TOP_BARRIERS))
    return lines


def _actions(session: Session) -> list[str]:
    from cxworkshop.domain.summary import CLOSED_STATUSES

    lang = session.lang
    lines = _heading(t("cli.show.actions", lang))
    open_actions = [a for a in session.actions if a.status not in CLOSED_STATUSES]
    if not open_actions:
        return [*lines, "  " + t("cli.show.no_actions", lang)]
    for action in open_actions:
        owner = action.owner or t("cli.show.no_owner", lang)
        due = action.due or t("cli.show.no_due", lang)
        status = t(f"status.{action.status}", lang)
        lines.append(f"  • {' '.join(action.what.split())}")
        lines.append("    " + t("cli.show.action_facts", lang, owner=owner, due=due, status=status))
        if action.first_step:
            lines.append("    " + t("cli.show.first_step", lang, step=" ".join(action.first_step.split())))
    return lines
