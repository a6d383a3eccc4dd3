"""What the voting screen shows, computed from a session (no widgets here).

Ballot rows show one voter's own dots only; voter rows show how far each person is
(never what they chose); result rows rank the items once the vote is revealed.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from textual.content import Content

from cxworkshop.domain import voting
from cxworkshop.domain.models import Barrier, Draft, Session
from cxworkshop.i18n import t
from cxworkshop.tui.widgets.voting_format import bar, dots
from cxworkshop.tui.widgets.voting_lists import Row

DONE_MARK, PARTLY_MARK, NONE_MARK, NOW_MARK = "✓", "◐", "·", "▶"


def items_of(session: Session, kind: str) -> list[Draft] | list[Barrier]:
    return session.promise.drafts if kind == "drafts" else session.barriers


def participant_name(session: Session, participant_id: str | None) -> str:
    return next((p.name for p in session.participants if p.id == participant_id), "")


def has_participant(session: Session, participant_id: str | None) -> bool:
    return any(p.id == participant_id for p in session.participants)


# -- progress -------------------------------------------------------------------------


@dataclass(frozen=True)
class Progress:
    done: int
    total: int
    waiting: list[str]  # names of those who still have dots left, in participant order

    def text(self, lang: str) -> str:
        return t("tui.voting.progress", lang, done=self.done, total=self.total)


def progress(session: Session, kind: str) -> Progress:
    finished = set(voting.voters_done(session, kind))
    waiting = [p.name for p in session.participants if p.id not in finished]
    return Progress(len(finished), len(session.participants), waiting)


def next_voter(session: Session, kind: str, after: str | None = None) -> str | None:
    """The first person after ``after`` (in participant order, wrapping round) who still
    has dots left; when everyone is done, simply the next person."""
    people = [p.id for p in session.participants]
    if not people:
        return None
    start = people.index(after) + 1 if after in people else 0
    ordered = people[start:] + people[:start]
    for pid in ordered:
        if voting.dots_left(session, pid, kind) > 0:
            return pid
    return ordered[0]


# -- rows -----------------------------------------------------------------------------


def ballot_rows(session: Session, kind: str, participant_id: str) -> list[Row]:
    """Every item with this participant's own dots on it (nobody else's)."""
    cap = session.facilitation.voting.max_per_item
    mine = {
        v.item_id: v.dots
        for v in session.facilitation.votes
        if v.participant_id == participant_id and v.kind == kind
    }
    rows = []
    for item in items_of(session, kind):
        count = mine.get(item.id, 0)
        rows.append(Row(item.id, _ballot_prefix(count, cap), item.text, sig=(count, cap, item.text)))
    return rows


@lru_cache(maxsize=64)
def _ballot_prefix(count: int, cap: int) -> Content:
    """Shared by every row with the same dots (Content is immutable): a thousand items
    must not mean a thousand new prefixes on every key press."""
    return Content.assemble(" ", dots(count, cap), "  ")


def voter_status(session: Session, kind: str, participant_id: str, lang: str) -> tuple[str, str]:
    """(mark, words) for how far one person is with their dots."""
    budget = session.facilitation.voting.dots_per_person
    used = voting.dots_used(session, participant_id, kind)
    if used >= budget:
        return DONE_MARK, t("tui.voting.status.done", lang)
    if used:
        return PARTLY_MARK, t("tui.voting.status.partly", lang, used=used, dots=budget)
    return NONE_MARK, t("tui.voting.status.none", lang)


def voter_rows(session: Session, kind: str, lang: str, current: str | None = None) -> list[Row]:
    rows = []
    for person in session.participants:
        mark, words = voter_status(session, kind, person.id, lang)
        if person.id == current:
            mark, words = NOW_MARK, t("tui.voting.status.now", lang)
        colour = "$success" if mark == DONE_MARK else "$accent" if mark == NOW_MARK else "$text-muted"
        prefix = Content.assemble(" ", (mark, f"bold {colour}"), " ")
        suffix = Content.styled(words, colour)
        rows.append(Row(person.id, prefix, person.name, "bold", (mark, words, person.name), suffix))
    return rows


def voters_panel(session: Session, kind: str, lang: str, current: str | None) -> Content:
    """All participants with their progress, one per line (the side panel at 120+ columns)."""
    lines = [Content.styled(progress(session, kind).text(lang), "bold")]
    for person in session.participants:
        mark, _words = voter_status(session, kind, person.id, lang)
        if person.id == current:
            mark = NOW_MARK
        colour = "$success" if mark == DONE_MARK else "$accent" if mark == NOW_MARK else "$text-muted"
        lines.append(Content.assemble((mark, f"bold {colour}"), " ", person.name))
    return Content("\n").join(lines)


def result_rows(session: Session, kind: str, lang: str, bar_width: int) -> list[Row]:
    """Items ranked by all votes (open + revealed dots), with a bar; the top ones bold green."""
    items = {item.id: item for item in items_of(session, kind)}
    blind = voting.blind_totals(session, kind)
    ranked = voting.ranking(session, kind)
    top = ranked[0][1] if ranked else 0
    rows, rank, previous = [], 0, None
    for position, (item_id, total) in enumerate(ranked, start=1):
        if total != previous:
            rank, previous = position, total
        item = items[item_id]
        leader = total == top and top > 0
        colour = "bold $success" if leader else "$accent"
        prefix = Content.assemble(
            (f"{rank:>3}. ", "bold"),
            (bar(total, top, bar_width).ljust(bar_width), colour),
            (f" {total:>3}  ", "bold"),
        )
        detail = t("tui.voting.results.detail", lang, open=item.votes, dots=blind.get(item_id, 0))
        suffix = Content.styled(f"({detail})", "$text-muted")
        sig = (rank, total, top, leader, item.votes, bar_width, item.text)
        rows.append(Row(item_id, prefix, item.text, "bold" if leader else "", sig, suffix))
    return rows
