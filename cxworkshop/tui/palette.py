"""Textual's command palette (Ctrl+P) with its own texts in the language of the screen.

Textual's ``CommandPalette`` shows "Search for commands…" and "No matches found" in
English and names its keys in English. :class:`CxCommandPalette` takes them from the
catalogue (``tui.palette.*``); :func:`open_palette` is what the app's
``action_command_palette`` does: the language is the one of the screen the palette
opens over (a session's language, the home screen's on the home screen).
"""

from __future__ import annotations

from typing import Any

from rich.align import Align
from rich.text import Text
from textual.app import App
from textual.command import CommandList, CommandPalette
from textual.widgets.option_list import Option

from cxworkshop.i18n import t
from cxworkshop.tui.keys import key, localize_bindings


class CxCommandPalette(CommandPalette):
    """The command palette with its placeholder, "no matches" and key names in ``lang``."""

    # Textual's own keys, same keys and actions, labelled from the catalogue
    BINDINGS = [
        key("ctrl+end, shift+end", "command_list('last')", "tui.palette.key.last", show=False),
        key("ctrl+home, shift+home", "command_list('first')", "tui.palette.key.first", show=False),
        key("down", "cursor_down", "tui.palette.key.down", show=False),
        key("escape", "escape", "tui.palette.key.escape"),
        key("pagedown", "command_list('page_down')", "tui.palette.key.page_down", show=False),
        key("pageup", "command_list('page_up')", "tui.palette.key.page_up", show=False),
        key("up", "command_list('cursor_up')", "tui.palette.key.up", show=False),
    ]

    def __init__(self, lang: str, **kwargs: Any) -> None:
        super().__init__(placeholder=t("tui.palette.placeholder", lang), **kwargs)
        self.lang = lang
        localize_bindings(self, lang)

    def _start_no_matches_countdown(self, search_value: str) -> None:
        """As Textual's, with the "no matches" line in the palette's language."""
        self._stop_no_matches_countdown()

        def show_no_matches() -> None:
            if not search_value:  # discovery mode: nothing to say about no matches
                self._list_visible = False
                return
            text = Text(t("tui.palette.no_matches", self.lang), style="not bold")
            self.query_one(CommandList).add_option(
                Option(Align.center(text), disabled=True, id=self._NO_MATCHES))
            self._list_visible = True

        self._no_matches_timer = self.set_timer(self._NO_MATCHES_COUNTDOWN, show_no_matches)


def palette_language(app: App[Any]) -> str:
    """The language of the topmost screen that has one, else the app's home language."""
    for screen in reversed(app.screen_stack):
        lang = getattr(screen, "lang", None)
        if isinstance(lang, str):
            return lang
    return str(getattr(app, "home_lang", "en"))


def open_palette(app: App[Any]) -> None:
    """Show the command palette (as ``App.action_command_palette`` does), in our texts."""
    if app.use_command_palette and not CommandPalette.is_open(app):
        app.push_screen(CxCommandPalette(palette_language(app), id="--command-palette"))
