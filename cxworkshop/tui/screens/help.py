"""F1: what the current step is for, how to run it with a group or alone, and its keys.

The keys come from the same definitions as the bindings (the screen's commands and
the bindings of the current pane), so the help never lists a key that does not exist.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widget import Widget
from textual.widgets import Label, Markdown

from cxworkshop.i18n import t
from cxworkshop.tui.commands import Command, key_label, key_rows


# screens that are not a workshop step: their help has a purpose and keys, no group/solo part
TOOL_TOPICS = ("voting", "tally", "review", "compare")


@cache
def _builtin(cls: type) -> frozenset[tuple[str, str]]:
    """(action, description) of the bindings ``cls`` inherits from Textual's own classes
    (a table's cursor keys and the like: not worth a line in our help)."""
    found: set[tuple[str, str]] = set()
    for base in cls.__mro__:
        if base.__module__.startswith("textual."):
            for binding in vars(base).get("BINDINGS", ()):
                if isinstance(binding, Binding):
                    found.add((binding.action, binding.description))
    return frozenset(found)


def pane_bindings(pane: Widget, *, with_self: bool = True) -> Iterator[tuple[Widget, Binding]]:
    """(widget, binding) for every described key of the pane and its own widgets
    (not Textual's built-ins)."""
    for node in pane.walk_children(with_self=with_self):
        if not type(node).__module__.startswith("cxworkshop."):
            continue
        builtin = _builtin(type(node))
        for _key, bindings in node._bindings.key_to_bindings.items():
            for binding in bindings:
                if binding.description and (binding.action, binding.description) not in builtin:
                    yield node, binding


def pane_key_rows(pane: Widget, *, with_self: bool = True) -> list[tuple[str, str]]:
    """Keys that the pane and its own widgets (not Textual's built-ins) offer."""
    rows: list[tuple[str, str]] = []
    seen: set[tuple[str, str]] = set()
    for _node, binding in pane_bindings(pane, with_self=with_self):
        row = (key_label(binding.key), binding.description)
        if row not in seen:
            seen.add(row)
            rows.append(row)
    return rows


def _table(rows: Iterable[tuple[str, str]], lang: str) -> str:
    lines = [f"| {t('tui.help.key', lang)} | {t('tui.help.what', lang)} |", "|---|---|"]
    lines += [f"| {keys} | {text.replace('|', '/')} |" for keys, text in rows]
    return "\n".join(lines)


def help_markdown(topic: str, lang: str, *, solo: bool,
                  step_keys: list[tuple[str, str]] | None = None,
                  commands: Iterable[Command] = ()) -> str:
    """The help text for ``topic`` (a step name, "home" or one of :data:`TOOL_TOPICS`)."""
    parts = [t(f"tui.help.{topic}.purpose", lang)]
    if topic != "home" and topic not in TOOL_TOPICS:
        if solo:
            parts += [f"## {t('tui.help.solo_heading', lang)}", t(f"tui.help.{topic}.solo", lang)]
        else:
            parts += [f"## {t('tui.help.group_heading', lang)}", t(f"tui.help.{topic}.group", lang),
                      f"## {t('tui.help.alone_heading', lang)}", t(f"tui.help.{topic}.solo", lang)]
    if topic in TOOL_TOPICS:  # one table: the screen's commands, then keys of its lists
        rows = key_rows(commands, lang)
        known = {text.split(" — ", 1)[0] for _keys, text in rows}
        rows += [row for row in step_keys or () if row[1] not in known]
        parts += [f"## {t('tui.help.screen_keys', lang)}", _table(rows, lang)]
        return "\n\n".join(parts)
    if step_keys:
        parts += [f"## {t('tui.help.step_keys', lang)}", _table(step_keys, lang)]
    parts += [f"## {t('tui.help.all_keys', lang)}", _table(key_rows(commands, lang), lang)]
    return "\n\n".join(parts)


class HelpScreen(ModalScreen[None]):
    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > Vertical {
        width: 100%; max-width: 110; height: 100%; max-height: 44;
        border: thick $primary; background: $surface;
    }
    HelpScreen #help-title { width: 1fr; text-style: bold; background: $primary; padding: 0 1; }
    HelpScreen #help-close { width: 1fr; color: $text-muted; padding: 0 1; }
    HelpScreen VerticalScroll { height: 1fr; padding: 0 1; }
    HelpScreen Markdown { margin: 0; padding: 0; }
    """

    BINDINGS = [Binding("escape,f1,q", "close", show=False, priority=True)]

    def __init__(self, topic: str, lang: str, *, solo: bool,
                 step_keys: list[tuple[str, str]] | None = None,
                 commands: Iterable[Command] = ()) -> None:
        super().__init__()
        self.topic = topic
        self.lang = lang
        self.text = help_markdown(topic, lang, solo=solo, step_keys=step_keys, commands=commands)

    def compose(self) -> ComposeResult:
        if self.topic == "home" or self.topic in TOOL_TOPICS:
            title_key = f"tui.help.{self.topic}.title"
        else:
            title_key = f"tui.step.{self.topic}"
        with Vertical():
            yield Label(t("tui.help.title", self.lang, topic=t(title_key, self.lang)),
                        id="help-title", markup=False)
            with VerticalScroll(id="help-scroll"):
                yield Markdown(self.text, id="help-text")
            yield Label(t("tui.help.close", self.lang), id="help-close")

    def on_mount(self) -> None:
        self.query_one("#help-scroll").focus()

    def action_close(self) -> None:
        self.dismiss(None)
