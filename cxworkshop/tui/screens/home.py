"""The home screen: every session in the folder, newest first.

New, open, follow-up, duplicate, delete (to the trash), export, filter, and the demo
for a first run. A damaged file shows as a marked row with its file name; it never
stops the list. A follow-up session is marked ↻.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import DataTable, Input, Label, Static

from cxworkshop.domain.models import Meta, Session
from cxworkshop.errors import CxError
from cxworkshop.i18n import t
from cxworkshop.tui.widgets.footer import CxFooter
from cxworkshop.store import BrokenFile, SessionStore
from cxworkshop.tui.commands import HOME_COMMANDS, Command, install_bindings
from cxworkshop.tui.widgets.session_details import SessionDetails
from cxworkshop.tui.widgets.session_table import (
    BROKEN_PREFIX,
    WIDE,
    Entry,
    SessionTable,
    broken_reason,
    display_folder,
    matches,
    sort_newest_first,
)


DETAILS_WIDE = 150  # from this width on, the highlighted session is described beside the list


class FilterInput(Input):
    """The filter box: Enter or ↓ goes back to the list, Esc clears it."""

    BINDINGS = [
        Binding("down", "leave", show=False),
        Binding("escape", "clear", show=False),
    ]

    def action_leave(self) -> None:
        self.screen.query_one(SessionTable).focus()

    def action_clear(self) -> None:
        if self.value:
            self.value = ""
        else:
            self.action_leave()


class HomeScreen(Screen[None]):
    DEFAULT_CSS = """
    HomeScreen { layout: vertical; }
    HomeScreen > #home-header { height: 1; background: $primary; color: $text; }
    HomeScreen > #home-header > #home-title { width: auto; text-style: bold; padding: 0 1; }
    HomeScreen > #home-header > #home-folder { width: 1fr; padding: 0 1; text-align: right; }
    HomeScreen > #home-filter { margin: 0 1; }
    HomeScreen > #home-empty {
        height: auto; margin: 1 2; padding: 1 2; border: round $primary;
    }
    HomeScreen > #home-nomatch { height: auto; margin: 0 2; color: $warning; }
    HomeScreen > #home-body { height: 1fr; }
    """

    def __init__(self, store: SessionStore, lang: str) -> None:
        super().__init__()
        self.store = store
        self.lang = lang
        self.entries: list[Entry] = []
        install_bindings(self, HOME_COMMANDS, lang)

    def commands(self) -> Sequence[Command]:
        return HOME_COMMANDS

    # -- building ----------------------------------------------------------------
    def compose(self) -> ComposeResult:
        with Horizontal(id="home-header"):
            yield Label(t("tui.home.title", self.lang), id="home-title")
            yield Label(id="home-folder", markup=False)
        yield FilterInput(placeholder=t("tui.home.filter", self.lang), id="home-filter",
                          compact=True)
        yield Static(t("tui.home.empty", self.lang, folder=display_folder(self.store.folder)),
                     id="home-empty", markup=False)
        yield Static(t("tui.home.nomatch", self.lang), id="home-nomatch")
        with Horizontal(id="home-body"):
            yield SessionTable(id="home-table")
            yield SessionDetails(id="home-details")
        yield CxFooter()

    def on_mount(self) -> None:
        self.reload()
        self.query_one(SessionTable).focus()

    def on_screen_resume(self) -> None:
        self.reload()

    def on_resize(self) -> None:
        self.show_entries()

    @property
    def table(self) -> SessionTable:
        return self.query_one(SessionTable)

    # -- showing -----------------------------------------------------------------
    def reload(self, select: str | None = None) -> None:
        """Scan the folder again (cheap: one small file per session)."""
        try:
            found = list(self.store.scan())
        except CxError as exc:  # e.g. a folder we may not read
            found = []
            self._report(exc)
            self.query_one("#home-empty", Static).update(exc.message_in(self.lang))
        else:
            self.query_one("#home-empty", Static).update(
                t("tui.home.empty", self.lang, folder=display_folder(self.store.folder)))
        self.entries = sort_newest_first(found)
        self.show_entries(select)

    def show_entries(self, select: str | None = None) -> None:
        needle = self.query_one(FilterInput).value
        shown = [e for e in self.entries if matches(e, needle)]
        table = self.table
        table.show(shown, self.lang, self.size.width >= WIDE)
        if select is not None:
            table.select(select)
        count = sum(isinstance(e, Session) for e in self.entries)
        key = "tui.home.folder_one" if count == 1 else "tui.home.folder"
        self.query_one("#home-folder", Label).update(
            t(key, self.lang, folder=display_folder(self.store.folder), count=count)
        )
        self.query_one("#home-empty").display = not self.entries
        self.query_one("#home-nomatch").display = bool(self.entries) and not shown
        self.query_one("#home-body").display = bool(self.entries)
        self.query_one(SessionDetails).display = self.size.width >= DETAILS_WIDE
        self.show_details()
        self.refresh_bindings()

    def show_details(self) -> None:
        details = self.query_one(SessionDetails)
        if not details.display:
            return
        entry = self._entry(self.table.selected_key)
        label = display_folder(entry.path) if isinstance(entry, BrokenFile) else (
            display_folder(self.store.path_for(entry.id)) if entry is not None else "")
        details.show(entry, self.lang, label)

    @on(DataTable.RowHighlighted)
    def row_highlighted(self) -> None:
        self.show_details()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Commands about the selected session are hidden while the list is empty."""
        if action in ("open_selected", "duplicate", "delete", "export", "follow_up"):
            return bool(self.entries)
        return True

    @on(Input.Changed, "#home-filter")
    def filter_changed(self) -> None:
        self.show_entries()

    @on(Input.Submitted, "#home-filter")
    def filter_submitted(self) -> None:
        if self.table.row_count:
            self.table.move_cursor(row=0)
            self.action_open_selected()

    @on(DataTable.RowSelected)
    def row_chosen(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_open_selected()

    # -- the selected entry --------------------------------------------------------
    def _entry(self, key: str | None) -> Entry | None:
        for entry in self.entries:
            if isinstance(entry, BrokenFile) and key == f"{BROKEN_PREFIX}{entry.name}":
                return entry
            if isinstance(entry, Session) and entry.id == key:
                return entry
        return None

    def _selected(self) -> Session | None:
        """The highlighted session; a message (and None) for nothing or a damaged file."""
        entry = self._entry(self.table.selected_key)
        if entry is None:
            self.notify(t("tui.home.nothing_selected", self.lang), severity="warning")
            return None
        if isinstance(entry, BrokenFile):
            self.notify(broken_reason(entry, self.lang), title=t("tui.home.broken_title", self.lang),
                        severity="error", timeout=12, markup=False)
            return None
        return entry

    def _report(self, exc: CxError) -> None:
        self.notify(exc.message_in(self.lang), title=exc.title_in(self.lang), severity="error",
                    timeout=12, markup=False)

    # -- commands ------------------------------------------------------------------
    def action_open_selected(self) -> None:
        session = self._selected()
        if session is not None:
            self.app.open_session(session.id)  # type: ignore[attr-defined]

    def action_focus_filter(self) -> None:
        self.query_one(FilterInput).focus()

    def action_reload(self) -> None:
        self.reload(self.table.selected_key)

    def action_new_session(self) -> None:
        from cxworkshop.tui.dialogs.new_session import NewSessionDialog, NewSessionValues

        def create(values: NewSessionValues | None) -> None:
            if values is None:
                return
            meta = Meta(title=values.title, organisation=values.organisation,
                        facilitator=values.facilitator, mode=values.mode, language=values.language)
            try:
                session = self.store.new_session(meta)
            except CxError as exc:
                self._report(exc)
                return
            self.app.open_session(session.id)  # type: ignore[attr-defined]

        self.app.push_screen(NewSessionDialog(self.lang), create)

    def action_duplicate(self) -> None:
        session = self._selected()
        if session is None:
            return
        try:  # the store names the copy in the session's own language
            copy = self.store.duplicate(session.id)
        except CxError as exc:
            self._report(exc)
            return
        self.reload(select=copy.id)
        self.notify(t("tui.home.duplicated", self.lang, title=copy.meta.title), markup=False)

    def action_follow_up(self) -> None:
        """A follow-up of the highlighted session (titled like the CLI does), opened at once."""
        from cxworkshop.domain.followup import default_title, follow_up
        from cxworkshop.domain.models import today_iso

        old = self._selected()
        if old is None:
            return
        today = today_iso()
        title = default_title(old.meta.title, old.lang, today)
        try:
            new = self.store.create(follow_up(old, title=title, today=today))
        except CxError as exc:
            self._report(exc)
            return
        self.notify(t("tui.home.followed_up", self.lang, title=new.meta.title), timeout=6,
                    markup=False)
        self.app.open_session(new.id)  # type: ignore[attr-defined]

    def action_delete(self) -> None:
        from cxworkshop.tui.dialogs.confirm import ConfirmDialog

        session = self._selected()
        if session is None:
            return

        def answer(yes: bool | None) -> None:
            if not yes:
                return
            try:
                target = self.store.delete(self.store.path_for(session.id))
            except CxError as exc:
                self._report(exc)
                return
            self.reload()
            self.notify(t("tui.home.deleted", self.lang, title=session.meta.title,
                          path=str(target), id=session.id), timeout=10, markup=False)

        self.app.push_screen(
            ConfirmDialog(t("tui.home.delete_title", self.lang),
                          t("tui.home.delete_question", self.lang, title=session.meta.title),
                          self.lang),
            answer,
        )

    def action_export(self) -> None:
        from cxworkshop.tui.dialogs.export import ExportDialog

        session = self._selected()
        if session is None:
            return

        def done(path: Path | None) -> None:
            if path is not None:
                self.notify(t("tui.export.done", self.lang, path=str(path)), timeout=10,
                            markup=False)

        self.app.push_screen(ExportDialog(session), done)

    def action_demo(self) -> None:
        from cxworkshop.domain.demo import demo_session

        try:
            session = self.store.create(demo_session())
        except CxError as exc:
            self._report(exc)
            return
        self.app.open_session(session.id)  # type: ignore[attr-defined]

    def action_show_help(self) -> None:
        from cxworkshop.tui.screens.help import HelpScreen

        self.app.push_screen(HelpScreen("home", self.lang, solo=False, commands=HOME_COMMANDS))
