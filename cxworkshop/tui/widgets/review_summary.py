"""The self-review score line: how many answered, how many yes / partly / no, the points,
and for a follow-up session the same for last time with the trend.

Plain functions build the texts (tested on their own); :class:`ReviewSummary` shows them.
"""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from cxworkshop.domain.models import Session
from cxworkshop.domain.selfreview import review_score, score
from cxworkshop.i18n import t


def summary_line(session: Session, lang: str) -> str:
    """``5 of 7 answered · 3 yes · 2 partly · 0 no · 8 of 14 points``."""
    now = review_score(session)
    if not now.answered:
        return t("tui.review.summary.empty", lang, total=now.total)
    return t("tui.review.summary", lang, answered=now.answered, total=now.total, yes=now.yes,
             partly=now.partly, no=now.no, points=now.points, max=now.max_points)


def previous_line(previous: Session, lang: str) -> str:
    then = review_score(previous)
    date = previous.meta.date
    if not then.answered:
        return t("tui.review.previous.empty", lang, date=date)
    return t("tui.review.previous", lang, date=date, answered=then.answered, total=then.total,
             points=then.points, max=then.max_points)


def trend(session: Session, previous: Session, lang: str) -> tuple[str, str] | None:
    """(text, theme variable) comparing the points with last time; None when either is empty."""
    now, answered_now = score(session)
    then, answered_then = score(previous)
    if not answered_now or not answered_then:
        return None
    delta = now - then
    if delta > 0:
        return t("tui.review.trend.up", lang, delta=delta), "$success"
    if delta < 0:
        return t("tui.review.trend.down", lang, delta=-delta), "$error"
    return t("tui.review.trend.same", lang), "$foreground-muted"


class ReviewSummary(Static):
    DEFAULT_CSS = """
    ReviewSummary { height: auto; padding: 0 1; margin-bottom: 1; }
    """

    def __init__(self, lang: str, **kwargs: object) -> None:
        super().__init__("", **kwargs)  # type: ignore[arg-type]
        self.lang = lang
        self._shown: Content | None = None

    def show_summary(self, session: Session, previous: Session | None) -> None:
        lang = self.lang
        parts: list[str | tuple[str, str]] = [(summary_line(session, lang), "bold")]
        if previous is not None:
            parts += ["\n", (previous_line(previous, lang), "$foreground-muted")]
            change = trend(session, previous, lang)
            if change is not None:
                parts += ["  ", (change[0], f"bold {change[1]}")]
        content = Content.assemble(*parts)
        if content != self._shown:
            self._shown = content
            self.update(content)
