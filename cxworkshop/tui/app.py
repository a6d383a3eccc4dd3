"""The Textual app: home screen (the sessions in a folder) and session screen.

``make_app(store, session_id)`` builds the app on any store (tests use a tmp folder);
``run_app`` is what the CLI calls. Importing this module has no side effects.
"""

from __future__ import annotations

import asyncio
import gc
import time
from collections.abc import Callable
from typing import Any
from datetime import datetime
from pathlib import Path

from textual import events
from textual.app import App
from textual.binding import Binding
from textual.screen import ModalScreen
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

    CSS_PATH = str(Path(__file__).with_name("app.tcss"))  # also for subclasses elsewhere
    TITLE = "cxworkshop"
    COMMANDS = {CommandsProvider}
    ENABLE_COMMAND_PALETTE = True
    # fallbacks for screens without their own: help for the facilitation screens, and the
    # screenshot everywhere (the session and home screens bind both themselves)
    BINDINGS = [
        Binding("f1", "screen_help", show=False),
        Binding("ctrl+y", "screenshot", show=False),
        # Tab moves the focus before the next key is handed out: keys that come in one
        # burst ("Ann" Tab "Sales", a paste, tmux send-keys) land in the field they were
        # typed for. Textual's own Tab is a screen binding that runs only after the keys
        # already queued for the old field, so they all ended up there.
        Binding("tab", "focus_next", show=False, priority=True),
        Binding("shift+tab", "focus_previous", show=False, priority=True),
    ]

    def __init__(self, store: SessionStore, session_id: str | None = None, *,
                 lang: str | None = None, clock: Callable[[], float] | None = None) -> None:
        super().__init__()
        self.store = store
        self.session_id = session_id
        self.home_lang = lang or system_language()
        self.clock = clock or time.time  # wall-clock seconds; tests pass a fake one
        # Only for a real run (see run_app): in a test process frozen objects would never
        # be freed.
        self.freeze_gc = False
        # The remembered theme before the first screen is styled: switching it once the
        # app runs parses every style sheet again (about 10 ms of start-up).
        self.register_theme(PROJECTOR)
        self.prefs: Prefs = load_prefs()
        theme = self.prefs.theme if self.prefs.theme in self.available_themes else NORMAL_THEME
        self.set_reactive(App.theme, theme)  # as if it were the default: no watcher yet,
        self.stylesheet.set_variables(self.get_css_variables())  # so give its colours here
        self._apply_theme_class()

    # -- start -----------------------------------------------------------------
    def on_mount(self) -> None:
        # Opening straight into a session builds the home screen only when it is needed
        # (it lists and reads every session file): the first screen comes up sooner.
        if self.session_id is None or not self.open_session(self.session_id):
            self._ensure_home()
        if self.freeze_gc:
            self.call_after_refresh(self._first_screen_up)

    def _first_screen_up(self, waited: int = 0) -> None:
        """Once the first real screen is mounted and drawn: freeze what start-up built and
        let the garbage collector run again (run_app paused it)."""
        if not self.screen.is_mounted and waited < 50:  # still the default screen
            self.call_after_refresh(self._first_screen_up, waited + 1)
            return
        gc.freeze()
        gc.enable()

    def _ensure_home(self, _result: object = None) -> None:
        """Put the home screen under everything if it is not there yet."""
        from cxworkshop.tui.screens.home import HomeScreen

        if not any(isinstance(screen, HomeScreen) for screen in self.screen_stack):
            self.push_screen(HomeScreen(self.store, self.home_lang))

    def open_session(self, ref: str | Path, step: str = "setup") -> bool:
        """Show the session ``ref`` (id, prefix or path); False (and a message) if impossible."""
        from cxworkshop.tui.screens.session import SessionScreen

        try:
            path = self.store.resolve(ref)
            session = self.store.read_file(path)
        except CxError as exc:
            self.notify(exc.message_in(self.home_lang), title=exc.title_in(self.home_lang),
                        severity="error", timeout=12, markup=False)
            return False
        self.push_screen(SessionScreen(self.store, session, step, path=path, clock=self.clock),
                         callback=self._ensure_home)
        return True

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        """An open Select list, on any screen or dialog, labels its Esc in the language of
        the screen it belongs to, not Textual's "Dismiss menu"."""
        from textual.widgets._select import SelectOverlay

        from cxworkshop.tui.keys import localize_bindings
        from cxworkshop.tui.palette import palette_language

        if isinstance(event.widget, SelectOverlay):
            localize_bindings(event.widget, palette_language(self))

    def on_app_focus(self) -> None:
        """Back in the terminal: pick up what another window changed meanwhile."""
        check = getattr(self.screen, "check_disk", None)
        if check is not None:
            check()

    # -- quitting ------------------------------------------------------------------
    async def action_quit(self) -> None:
        """Leave the focused field first (leaving a field saves it), then quit."""
        if self.focused is not None:
            self.screen.set_focus(None)
            await self._settle()
        self.exit()

    async def _settle(self, rounds: int = 12, timeout: float = 2.0) -> None:
        """Let the screen's widgets handle what is queued (a blur, its save) a few times over."""
        for _ in range(rounds):
            done = asyncio.Event()
            pending = 0

            def handled() -> None:
                nonlocal pending
                pending -= 1
                if pending == 0:
                    done.set()

            for node in self.screen.walk_children(with_self=True):
                if node.call_later(handled):
                    pending += 1
            if not pending:
                return
            try:
                await asyncio.wait_for(done.wait(), timeout)
            except TimeoutError:
                return

    def action_command_palette(self) -> None:
        """Ctrl+P: Textual's command palette, its own texts in the screen's language."""
        from cxworkshop.tui.palette import open_palette

        open_palette(self)

    # -- help and screenshots on any screen ---------------------------------------
    def action_screen_help(self) -> None:
        """F1 on a facilitation screen (voting, tally, self-review, compare)."""
        from cxworkshop.tui.screens.help import HelpScreen, pane_key_rows

        screen = self.screen
        topic = _TOOL_TOPICS.get(type(screen).__name__)
        commands = getattr(screen, "commands", None)
        if topic is None or commands is None:
            return
        self.push_screen(HelpScreen(topic, getattr(screen, "lang", self.home_lang), solo=False,
                                    step_keys=pane_key_rows(screen, with_self=False),
                                    commands=commands()))

    def action_screenshot(self) -> None:
        """Save an SVG picture of the screen next to the session files."""
        folder, stem, lang = self._screenshot_target()
        stamp = datetime.fromtimestamp(self.clock()).strftime("%Y%m%d-%H%M%S")
        try:
            folder.mkdir(parents=True, exist_ok=True)
            name = _free_name(folder, f"{stem}-{stamp}", ".svg")
            path = self.save_screenshot(filename=name, path=str(folder))
        except OSError as exc:
            self.notify(t("tui.shell.screenshot_failed", lang, folder=str(folder),
                          reason=exc.strerror or str(exc)), severity="error", timeout=12,
                        markup=False)
            return
        self.notify(t("tui.shell.screenshot_saved", lang, path=path), timeout=10, markup=False)

    def _screenshot_target(self) -> tuple[Path, str, str]:
        """(folder, file name stem, language) for a screenshot of the current screen."""
        from cxworkshop.tui.screens.session import SessionScreen

        stack = self.screen_stack
        shown = next((s for s in reversed(stack) if not isinstance(s, ModalScreen)), self.screen)
        for screen in reversed(stack):
            if isinstance(screen, SessionScreen):
                part = screen.step if shown is screen else _TOOL_TOPICS.get(type(shown).__name__, "screen")
                kind = getattr(shown, "kind", None)
                if shown is not screen and isinstance(kind, str):
                    part = f"{part}-{kind}"
                return screen.path.parent, f"{screen.session.id}-{part}", screen.lang
        return self.store.folder, "sessions", getattr(self.screen, "lang", self.home_lang)

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


_TOOL_TOPICS = {
    "VotingScreen": "voting",
    "TallyScreen": "tally",
    "SelfReviewScreen": "review",
    "CompareScreen": "compare",
}


def _free_name(folder: Path, stem: str, suffix: str) -> str:
    """``stem + suffix``, or ``stem-2 + suffix`` ... when that file already exists."""
    name, number = f"{stem}{suffix}", 1
    while (folder / name).exists():
        number += 1
        name = f"{stem}-{number}{suffix}"
    return name


def make_app(store: SessionStore, session_id: str | None = None, *, lang: str | None = None,
             clock: Callable[[], float] | None = None) -> CxApp:
    """The app on ``store``; opens ``session_id`` directly when given. ``clock`` (epoch
    seconds) drives the step timers; tests pass a fake one."""
    return CxApp(store, session_id, lang=lang, clock=clock)


def run_app(store: SessionStore, session_id: str | None = None, *,
            app_class: type[CxApp] = CxApp, **run: Any) -> None:
    """Run the app as the CLI does (``run`` goes to ``App.run``; the benchmark passes a
    timed ``app_class`` and ``headless=True``).

    Garbage collection: start-up allocates a lot and frees little, yet the collector swept
    it some 130 times, a full sweep among them (about 30 ms of a 0.6 s start, measured).
    So it is paused until the first screen is up; then everything built so far, which
    lives as long as the app, is frozen out of later full sweeps (those paused the UI for
    60-140 ms now and then, measured on the first visit of the Plan step).
    """
    gc.disable()
    try:
        app = app_class(store, session_id)
        app.freeze_gc = True
        app.run(**run)
    finally:
        gc.enable()
