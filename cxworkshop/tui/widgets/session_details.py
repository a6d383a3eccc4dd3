"""A short profile of the highlighted session, beside the list on wide screens.

Figures are written in the home screen's language (``cxworkshop.i18n.numbers``)."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from cxworkshop.domain.frustration import totals
from cxworkshop.domain.models import Session
from cxworkshop.i18n import numbers, t
from cxworkshop.store import BrokenFile
from cxworkshop.tui.widgets.session_table import FOLLOW_UP, broken_reason, is_follow_up


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def describe(entry: Session | BrokenFile | None, lang: str, file_label: str = "") -> Text:
    """The profile as rich text (in the language of the home screen)."""
    if entry is None:
        return Text(t("tui.home.details.none", lang), style="italic")
    if isinstance(entry, BrokenFile):
        text = Text(t("tui.home.broken", lang, name=entry.name) + "\n\n", style="bold red")
        text.append(broken_reason(entry, lang))
        return text
    meta = entry.meta
    figures = totals(entry)
    open_actions = sum(1 for a in entry.actions if a.status in ("open", "in_progress"))
    chosen = entry.promise.chosen
    marker = f"{FOLLOW_UP} " if is_follow_up(entry) else ""
    text = Text(marker + _clip(meta.title, 200) + "\n", style="bold")
    who = " · ".join(part for part in (meta.organisation, meta.facilitator) if part.strip())
    if who:
        text.append(_clip(who, 120) + "\n")
    text.append(f"{meta.date} · {t(f'mode.{meta.mode}', lang)} · {t(f'language.{meta.language}', lang)}\n\n")
    people = numbers.number(len(entry.participants), lang)
    if entry.is_solo:
        people = t("tui.home.details.solo", lang)
    rows = [
        (t("tui.home.details.promise", lang),
         f"“{_clip(chosen.text, 160)}”" if chosen else t("tui.home.details.no_promise", lang)),
        (t("tui.home.details.people", lang), people),
        (t("tui.home.details.hours", lang),
         t("tui.home.details.hours_value", lang, hours=numbers.hours(figures.team_hours, lang),
           fte=numbers.fte(figures.fte, lang))),
        (t("tui.home.details.barriers", lang), numbers.number(len(entry.barriers), lang)),
        (t("tui.home.details.actions", lang),
         t("tui.home.details.actions_value", lang, total=numbers.number(len(entry.actions), lang),
           open=numbers.number(open_actions, lang))),
    ]
    if is_follow_up(entry):
        rows.insert(0, (t("tui.home.details.follow_up", lang), _previous(entry, lang)))
    if file_label:
        rows.append((t("tui.home.details.file", lang), file_label))
    for label, value in rows:
        text.append(f"{label}: ", style="bold")
        text.append(f"{value}\n")
    return text


def _previous(session: Session, lang: str) -> str:
    """``Q1 review (2026-01-10)``: the session this one follows up (from its embedded copy)."""
    before = session.previous if isinstance(session.previous, dict) else {}
    meta = before.get("meta") if isinstance(before.get("meta"), dict) else {}
    title = _clip(str(meta.get("title") or session.meta.previous_session_id or "?"), 80)
    date = str(meta.get("date") or "")
    return t("tui.home.details.follow_up_value", lang, title=title, date=date) if date else title


class SessionDetails(Static):
    DEFAULT_CSS = """
    SessionDetails {
        width: 40; height: 1fr; padding: 0 1; margin-left: 1;
        border-left: tall $primary; overflow-y: auto;
    }
    """

    def show(self, entry: Session | BrokenFile | None, lang: str, file_label: str = "") -> None:
        self.update(describe(entry, lang, file_label))
