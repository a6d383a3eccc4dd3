"""The table of sessions on the home screen (readable files and damaged ones).

Figures are written in the home screen's language (``cxworkshop.i18n.numbers``: Dutch
``1.234``, English ``1,234``), hours as in the Frustrations step."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from rich.text import Text
from textual.widgets import DataTable
from textual.widgets.data_table import CellDoesNotExist, RowDoesNotExist

from cxworkshop.domain.models import Session
from cxworkshop.domain.summary import summarize
from cxworkshop.i18n import numbers, t
from cxworkshop.store import BrokenFile

Entry = Session | BrokenFile

WIDE = 120  # from this width on all columns fit
BROKEN_PREFIX = "broken:"
FOLLOW_UP = "↻"  # before the title of a follow-up session


def is_follow_up(session: Session) -> bool:
    return bool(session.previous or session.meta.previous_session_id)


def entry_key(entry: Entry) -> str:
    return f"{BROKEN_PREFIX}{entry.name}" if isinstance(entry, BrokenFile) else entry.id


def sort_newest_first(entries: list[Entry]) -> list[Entry]:
    sessions = sorted((e for e in entries if isinstance(e, Session)),
                      key=lambda s: s.meta.updated_at, reverse=True)
    broken = sorted((e for e in entries if isinstance(e, BrokenFile)), key=lambda b: b.name)
    return [*sessions, *broken]


def matches(entry: Entry, needle: str) -> bool:
    needle = needle.strip().casefold()
    if not needle:
        return True
    if isinstance(entry, BrokenFile):
        haystack = entry.name
    else:
        meta = entry.meta
        haystack = " ".join((entry.id, meta.title, meta.organisation, meta.facilitator, meta.date))
    return needle in haystack.casefold()


def broken_reason(entry: BrokenFile, lang: str) -> str:
    """Why a file cannot be read, in ``lang`` when the store says so in both languages."""
    error = getattr(entry, "error", None)
    return error.message_in(lang) if error is not None else entry.reason


def display_folder(folder: Path) -> str:
    """The folder as shown on screen: the home directory abbreviated to ``~``."""
    try:
        return str(Path("~") / folder.relative_to(Path.home()))
    except ValueError:
        return str(folder)


def _short(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def plain(text: str) -> Text:
    """A cell shown as written: a str cell would be read as markup ("[b]" bold, "[/]" an error)."""
    return Text(text, no_wrap=True, end="")


def local_time(iso: str) -> str:
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return iso[:16]
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.strftime("%Y-%m-%d %H:%M")


class SessionTable(DataTable[object]):
    """``show(entries, lang)``: one row per entry, keyed by session id."""

    DEFAULT_CSS = """
    SessionTable { height: 1fr; }
    """

    def __init__(self, **kwargs: object) -> None:
        super().__init__(cursor_type="row", zebra_stripes=True, **kwargs)  # type: ignore[arg-type]
        self._layout: tuple[str, bool] | None = None

    def show(self, entries: list[Entry], lang: str, wide: bool) -> None:
        keep = self.selected_key
        self.clear(columns=(lang, wide) != self._layout)
        if (lang, wide) != self._layout or not self.columns:
            self._layout = (lang, wide)
            for column in self._columns(wide):
                self.add_column(t(f"tui.home.col.{column}", lang), key=column)
        for entry in entries:
            self.add_row(*self._cells(entry, lang, wide), key=entry_key(entry))
        if keep is not None:
            self.select(keep)

    @staticmethod
    def _columns(wide: bool) -> tuple[str, ...]:
        if wide:
            return ("title", "organisation", "date", "mode", "language", "hours", "actions", "changed")
        return ("title", "organisation", "date", "hours", "actions")

    def _cells(self, entry: Entry, lang: str, wide: bool) -> list[object]:
        limit = 32 if wide else 26
        if isinstance(entry, BrokenFile):
            title = Text("⚠ " + t("tui.home.broken", lang, name=entry.name), style="bold red")
            reason = plain(_short(broken_reason(entry, lang), 18 if wide else 16))
            cells: list[object] = [title, reason, ""]
            cells += ["", "", "", "", ""] if wide else ["", ""]
            return cells
        summary = summarize(entry)
        hours = Text(numbers.hours(summary.frustration_hours, lang), justify="right")
        actions = Text(numbers.number(summary.actions, lang), justify="right")
        title = f"{FOLLOW_UP} {summary.title}" if is_follow_up(entry) else summary.title
        organisation = _short(summary.organisation, 18 if wide else 16)
        cells = [plain(_short(title, limit)), plain(organisation), plain(summary.date)]
        if wide:
            cells += [t(f"mode.{summary.mode}", lang), plain(summary.language.upper()), hours,
                      actions, local_time(summary.updated_at)]
        else:
            cells += [hours, actions]
        return cells

    @property
    def selected_key(self) -> str | None:
        if not self.row_count:
            return None
        try:
            row_key, _ = self.coordinate_to_cell_key(self.cursor_coordinate)
        except CellDoesNotExist:
            return None
        return row_key.value

    def select(self, key: str) -> bool:
        try:
            index = self.get_row_index(key)
        except RowDoesNotExist:  # deleted or filtered out
            return False
        self.move_cursor(row=index)
        return True
