"""One definition per command: its keys, footer label, palette entry and help text.

A screen lists its commands (``SESSION_COMMANDS``, ``HOME_COMMANDS``); from that one
list come the key bindings (with labels in the screen's language, see
:func:`install_bindings`), the command palette entries (:class:`CommandsProvider`) and
the keys table of the help screen (:func:`key_rows`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from textual.binding import Binding, BindingsMap
from textual.command import DiscoveryHit, Hit, Hits, Provider

from cxworkshop.i18n import t
from cxworkshop.tui.steps.base import STEPS

if TYPE_CHECKING:
    from textual.dom import DOMNode


@dataclass(frozen=True)
class Command:
    """``label`` and ``help`` are catalogue keys; ``action`` runs on the screen."""

    id: str
    keys: str
    action: str
    label: str
    help: str
    show: bool = True
    priority: bool = False
    palette: bool = True
    params: tuple[tuple[str, str], ...] = ()
    display: str | None = None  # how the footer shows the key (default: Textual's)
    group: str | None = None  # catalogue key of a footer group ("^PgUp^PgDn Step")

    @property
    def bound(self) -> bool:
        """False for a palette-only entry (no key of its own)."""
        return bool(self.keys)

    def label_in(self, lang: str) -> str:
        return t(self.label, lang, **self._params(lang))

    def help_in(self, lang: str) -> str:
        return t(self.help, lang, **self._params(lang))

    def _params(self, lang: str) -> dict[str, str]:
        return {name: t(key, lang) for name, key in self.params}

    def binding(self, lang: str) -> Binding:
        return Binding(
            self.keys,
            self.action,
            self.label_in(lang),
            show=self.show,
            priority=self.priority,
            tooltip=self.help_in(lang),
            id=self.id,
            key_display=self.display,
            group=Binding.Group(t(self.group, lang), compact=True) if self.group else None,
        )


HELP = Command("help", "f1", "show_help", "tui.cmd.help", "tui.cmd.help.help", priority=True,
               display="F1")
# "?" also opens the help, but only where it is not typed into a field (not a priority key)
HELP_QUESTION = Command("help.question", "question_mark", "show_help", "tui.cmd.help",
                        "tui.cmd.help.help", show=False, palette=False, display="?")
THEME = Command("theme", "f9,ctrl+t", "app.toggle_theme", "tui.cmd.theme", "tui.cmd.theme.help",
                priority=True, display="F9")
QUIT = Command("quit", "ctrl+q", "app.quit", "tui.cmd.quit", "tui.cmd.quit.help", show=False,
               priority=True)

STEP_COMMANDS: tuple[Command, ...] = tuple(
    Command(
        f"step.{step}",
        f"f{number}",
        f"goto_step('{step}')",
        "tui.cmd.step",
        "tui.cmd.step.help",
        show=False,
        priority=True,
        params=(("step", f"tui.step.{step}"),),
    )
    for number, step in enumerate(STEPS, start=2)
)

# an SVG picture of the screen into the sessions folder (an app key: works on every screen)
SCREENSHOT = Command("screenshot", "ctrl+y", "app.screenshot", "tui.cmd.screenshot",
                     "tui.cmd.screenshot.help", show=False, display="^Y")

# The facilitation screens and the timer. F10–F12 first: terminals pass them on and no
# field types them. Some terminal programs keep F10 (menu) or F11 (full screen) for
# themselves; the palette (ctrl+p) offers every one of these by name.
FACILITATION_COMMANDS: tuple[Command, ...] = (
    Command("vote", "f10", "vote", "tui.cmd.vote", "tui.cmd.vote.help", show=False,
            priority=True, display="F10"),
    Command("vote_drafts", "", "vote('drafts')", "tui.cmd.vote_drafts", "tui.cmd.vote_drafts.help"),
    Command("vote_barriers", "", "vote('barriers')", "tui.cmd.vote_barriers",
            "tui.cmd.vote_barriers.help"),
    Command("tally", "f11", "tally", "tui.cmd.tally", "tui.cmd.tally.help", show=False,
            priority=True, display="F11"),
    Command("review", "ctrl+r", "review", "tui.cmd.review", "tui.cmd.review.help", show=False,
            display="^R"),
    Command("compare", "ctrl+l", "compare", "tui.cmd.compare", "tui.cmd.compare.help", show=False,
            display="^L"),
    Command("guide", "ctrl+g", "toggle_guide", "tui.guide.key.toggle", "tui.guide.key.toggle.help",
            show=False, display="^G"),
    Command("timer", "f12", "timer_toggle", "tui.timer.cmd.toggle", "tui.timer.cmd.toggle.help",
            show=False, priority=True, display="F12"),
    Command("timer_extend", "shift+f12,f24", "timer_extend", "tui.timer.cmd.extend",
            "tui.timer.cmd.extend.help", show=False, priority=True, display="Shift+F12"),
    Command("timer_plan", "ctrl+f12", "timebox_plan", "tui.timer.cmd.plan",
            "tui.timer.cmd.plan.help", show=False, priority=True, display="Ctrl+F12"),
)

SESSION_COMMANDS: tuple[Command, ...] = (
    HELP,
    HELP_QUESTION,
    # one footer item for both: "^PgUp^PgDn Step"
    Command("previous", "ctrl+pageup,alt+left", "previous_step", "tui.cmd.previous",
            "tui.cmd.previous.help", priority=True, display="^PgUp", group="tui.cmd.steps"),
    Command("next", "ctrl+pagedown,alt+right", "next_step", "tui.cmd.next", "tui.cmd.next.help",
            priority=True, display="^PgDn", group="tui.cmd.steps"),
    *STEP_COMMANDS,
    Command("export", "f8", "export", "tui.cmd.export", "tui.cmd.export.help", priority=True,
            display="F8"),
    THEME,
    *FACILITATION_COMMANDS,
    SCREENSHOT,
    # Esc leaves a field first (to the step's list); outside a field it goes home
    Command("escape", "escape", "escape", "tui.cmd.home", "tui.cmd.escape.help", display="Esc",
            palette=False),
    Command("home", "ctrl+w", "go_home", "tui.cmd.home", "tui.cmd.home.help", show=False,
            display="^W"),
    QUIT,
)

HOME_COMMANDS: tuple[Command, ...] = (
    HELP,
    HELP_QUESTION,
    Command("new", "n,ctrl+n", "new_session", "tui.cmd.new", "tui.cmd.new.help"),
    Command("open", "enter", "open_selected", "tui.cmd.open", "tui.cmd.open.help"),
    Command("duplicate", "c", "duplicate", "tui.cmd.duplicate", "tui.cmd.duplicate.help",
            show=False),  # follow-up is the usual way to repeat a session; C still copies
    Command("delete", "d,delete", "delete", "tui.cmd.delete", "tui.cmd.delete.help"),
    Command("export", "e,f8", "export", "tui.cmd.export", "tui.cmd.export.help"),
    # the filter line itself says "/ filter", so the footer leaves room for the rest
    Command("filter", "slash,ctrl+f", "focus_filter", "tui.cmd.filter", "tui.cmd.filter.help",
            show=False),
    Command("follow_up", "f", "follow_up", "tui.cmd.follow_up", "tui.cmd.follow_up.help"),
    Command("demo", "m", "demo", "tui.cmd.demo", "tui.cmd.demo.help"),
    Command("reload", "ctrl+r", "reload", "tui.cmd.reload", "tui.cmd.reload.help", show=False),
    THEME,
    SCREENSHOT,
    QUIT,
)


def install_bindings(node: DOMNode, commands: Iterable[Command], lang: str) -> None:
    """Give ``node`` the key bindings of ``commands`` with labels in ``lang``.

    Textual builds bindings from the class-level ``BINDINGS``; because our labels depend
    on the session language, the node's binding map is rebuilt per instance: the class's
    own bindings (e.g. Tab to move the focus, a table's cursor keys) plus ours, which win
    where both use the same key.
    """
    merged = type(node)._merged_bindings
    bindings = merged.copy() if merged is not None else BindingsMap()
    for binding in Binding.make_bindings(c.binding(lang) for c in commands if c.bound):
        bindings.key_to_bindings[binding.key] = [binding]
    node._bindings = bindings
    if node.is_mounted:
        node.refresh_bindings()


def key_rows(commands: Iterable[Command], lang: str) -> list[tuple[str, str]]:
    """(keys, description) pairs for the help screen, from the same definitions."""
    keys: dict[str, list[str]] = {}
    texts: dict[str, str] = {}
    for command in commands:
        if not command.bound:
            continue
        shown = [key_label(k) for k in command.keys.split(",") if k.strip() not in _ALIASES]
        keys.setdefault(command.action, []).extend(shown)
        texts.setdefault(command.action, f"{command.label_in(lang)} — {command.help_in(lang)}")
    return [(" / ".join(keys[action]), texts[action]) for action in keys]


# keys that are bound only because some terminals send them for another key (xterm
# sends Shift+F12 as F24): the help names the key people press
_ALIASES = frozenset({"f24"})

_KEY_NAMES = {
    "slash": "/",
    "question_mark": "?",
    "delete": "Del",
    "escape": "Esc",
    "enter": "Enter",
    "pagedown": "PgDn",
    "pageup": "PgUp",
    "right": "→",
    "left": "←",
    "up": "↑",
    "down": "↓",
    "plus": "+",
    "minus": "-",
    "equals_sign": "=",
    "space": "Space",
    "backspace": "Backspace",
    "tab": "Tab",
    "home": "Home",
    "end": "End",
    "ctrl": "Ctrl",
    "alt": "Alt",
    "shift": "Shift",
}


def _enabled(node: DOMNode, action: str) -> bool:
    """False when the screen switched the action off (e.g. voting in a solo session)."""
    name = action.split("(", 1)[0]
    if "." in name:  # another namespace (the app): always on
        return True
    return node.check_action(name, ()) is not False


def key_label(key: str) -> str:
    """``ctrl+pagedown`` → ``Ctrl+PgDn``; a single letter stays as typed (``i`` is not ``I``)."""
    parts = key.strip().split("+")
    if len(parts) == 1 and len(parts[0]) == 1:
        return parts[0]
    return "+".join(_KEY_NAMES.get(p, p.upper()) for p in parts)


class CommandsProvider(Provider):
    """Command palette entries of the current screen, in its language.

    The screen's own commands (those its ``check_action`` does not switch off), then
    what the screen adds with ``palette_extras()`` (the session screen: the keys of the
    current step), then the app's screenshot when the screen did not list it.
    """

    def _entries(self) -> list[tuple[str, str, object]]:
        screen = self.screen
        commands = getattr(screen, "commands", None)
        if commands is None:  # a dialog or the help screen: nothing to offer
            return []
        lang = getattr(screen, "lang", "en")
        listed = [c for c in commands() if c.palette and _enabled(screen, c.action)]
        if not any(c.id == SCREENSHOT.id for c in listed):
            listed.append(SCREENSHOT)
        entries: list[tuple[str, str, object]] = [
            (c.label_in(lang), c.help_in(lang), partial(screen.run_action, c.action)) for c in listed
        ]
        extras = getattr(screen, "palette_extras", None)
        if extras is not None:
            entries += extras()
        return entries

    async def discover(self) -> Hits:
        for title, help_text, callback in self._entries():
            yield DiscoveryHit(title, callback, help=help_text)  # type: ignore[arg-type]

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, help_text, callback in self._entries():
            score = max(matcher.match(title), matcher.match(help_text) * 0.5)
            if score > 0:
                yield Hit(score, matcher.highlight(title), callback, text=title,  # type: ignore[arg-type]
                          help=help_text)
