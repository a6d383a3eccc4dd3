"""The Textual app: home screen (the sessions in a folder) and session screen.

``make_app(store, session_id)`` builds the app on any store (tests use a tmp folder);
``run_app`` is what the CLI calls. Importing this module has no side effects.
"""

from __future__ import annotations

from textual.app import App
from textual.theme import Theme

from cxworkshop.errors import CxError
from cxworkshop.i18n import system_language, t
from cxworkshop.store import SessionStore
from cxworkshop.tui.commands import CommandsProvider
from cxworkshop.tui.prefs import NORMAL_THEME, PROJECTOR_THEME, Prefs, load_prefs, save_prefs

# High contrast for a projector in a bright room: black, white and yellow, nothing faint.
PROJECTOR = Theme(
    name=PROJECTOR_THEME,
    primary="#FFD700",
    secondary="#FFFFFF",
    accent="#FFFF00",
    warning="#FFB000",
    error="#FF5555",
    success="#55FF55",
    foreground="#FFFFFF",
    background="#000000",
    surface="#000000",
    panel="#1A1A1A",
    boost="#333333",
    dark=True,
    variables={
        "text-muted": "#FFFFFF",
        "foreground-muted": "#FFFFFF",
        "border": "#FFD700",
        "border-blurred": "#FFFFFF",
        "footer-key-foreground": "#FFD700",
        "footer-description-foreground": "#FFFFFF",
        "footer-background": "#000000",
        "block-cursor-foreground": "#000000",
        "block-cursor-background": "#FFD700",
        "block-cursor-blurred-foreground": "#000000",
        "block-cursor-blurred-background": "#FFFFFF",
        "input-cursor-background": "#FFD700",
        "input-cursor-foreground": "#000000",
        "input-selection-background": "#FFD700",
        "input-selection-foreground": "#000000",
        "scrollbar": "#FFFFFF",
        "scrollbar-background": "#000000",
    },
)


class CxApp(App[None]):
    """cxworkshop's TUI. Screens do the work; the app holds the store and the theme."""

    CSS_PATH = "app.tcss"
    TITLE = "cxworkshop"
    COMMANDS = {CommandsProvider}
    ENABLE_COMMAND_PALETTE = True

    def __init__(self, store: SessionStore, session_id: str | None = None, *,
                 lang: str | None = None) -> None:
        super().__init__()
        self.store = store
        self.session_id = session_id
        self.home_lang = lang or system_language()
        self.prefs = Prefs()

    # -- start -----------------------------------------------------------------
    def on_mount(self) -> None:
        self.register_theme(PROJECTOR)
        self.prefs = load_prefs()
        self.theme = self.prefs.theme if self.prefs.theme in self.available_themes else NORMAL_THEME
        self._apply_theme_class()
        from cxworkshop.tui.screens.home import HomeScreen

        self.push_screen(HomeScreen(self.store, self.home_lang))
        if self.session_id is not None:
            self.open_session(self.session_id)

    def open_session(self, ref: str, step: str = "setup") -> bool:
        """Show the session ``ref`` (id, prefix or path); False (and a message) if impossible."""
        from cxworkshop.tui.screens.session import SessionScreen

        try:
            session = self.store.load(ref)
        except CxError as exc:
            self.notify(exc.message_in(self.home_lang), title=exc.title_in(self.home_lang),
                        severity="error", timeout=12)
            return False
        self.push_screen(SessionScreen(self.store, session, step))
        return True

    # -- theme -------------------------------------------------------------------
    def action_toggle_theme(self) -> None:
        self.theme = NORMAL_THEME if self.theme == PROJECTOR_THEME else PROJECTOR_THEME
        self._apply_theme_class()
        self.prefs.theme = self.theme
        lang = getattr(self.screen, "lang", self.home_lang)
        if not save_prefs(self.prefs):
            self.notify(t("tui.shell.prefs_failed", lang), severity="warning")
        key = "tui.shell.theme_projector" if self.theme == PROJECTOR_THEME else "tui.shell.theme_normal"
        self.notify(t(key, lang), timeout=3)

    def _apply_theme_class(self) -> None:
        self.set_class(self.theme == PROJECTOR_THEME, "-projector")


def make_app(store: SessionStore, session_id: str | None = None, *, lang: str | None = None) -> CxApp:
    """The app on ``store``; opens ``session_id`` directly when given."""
    return CxApp(store, session_id, lang=lang)


def run_app(store: SessionStore, session_id: str | None = None) -> None:
    make_app(store, session_id).run()
