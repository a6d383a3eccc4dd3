"""The footer of every cxworkshop screen: Textual's ``Footer``, fitted to the room.

Three differences with Textual's own:

- **Most specific keys first.** The keys of the focused part (the list you are in, the
  step pane) come before the screen's general keys (steps, help, export), so on a narrow
  projector the keys for what you are doing are the ones you see.
- **Only what fits.** Keys that do not fit the width are left out instead of scrolling
  out of sight under the palette key (which left a stray letter at the right edge). The
  help (F1) and the palette always list every key.
- **In the screen's language, rebuilt only when it changed.** The palette key is labelled
  in the screen's language, and the footer recomposes only when the keys it would show
  (or the width) changed; Textual rebuilds it on every focus change, which at start-up
  alone cost three rebuilds.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from itertools import groupby
from typing import NamedTuple

from rich.cells import cell_len
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.dom import DOMNode
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer
from textual.widgets._footer import FooterKey, FooterLabel, KeyGroup

from cxworkshop.i18n import t


class _Key(NamedTuple):
    key: str
    display: str
    description: str
    action: str
    enabled: bool
    tooltip: str


class _Entry(NamedTuple):
    """One footer item: a single key, or a group of keys sharing one label."""

    keys: tuple[_Key, ...]
    label: str | None  # the group's label; None for a single key
    compact_group: bool = False


class CxFooter(Footer):
    """See the module docstring."""

    def __init__(self, *, compact: bool = True, id: str | None = None) -> None:
        super().__init__(compact=compact, id=id)
        self._shown: tuple[object, ...] | None = None  # signature of what is composed
        self._pending = False

    # -- what to show ------------------------------------------------------------
    @property
    def lang(self) -> str:
        return getattr(self.screen, "lang", None) or getattr(self.app, "home_lang", "en")

    def _entries(self) -> list[_Entry]:
        active = self.screen.active_bindings
        order = _depths(self.screen)
        shown = [
            (_position(node, key), node, binding, enabled, tooltip)
            for key, (node, binding, enabled, tooltip) in active.items()
            if binding.show
        ]
        # the focused part first, the app last; within one part, the order it binds them in
        shown.sort(key=lambda item: (-order.get(id(item[1]), 0), item[0]))
        per_action: defaultdict[str, list[_Key]] = defaultdict(list)
        groups: dict[str, Binding.Group | None] = {}
        for _rank, _node, binding, enabled, tooltip in shown:
            per_action[binding.action].append(_Key(
                binding.key, self.app.get_key_display(binding), binding.description,
                binding.action, enabled, tooltip or ""))
            groups.setdefault(binding.action, binding.group)
        entries: list[_Entry] = []
        for group, actions in groupby(per_action, lambda action: groups[action]):
            keys = [per_action[action][0] for action in actions]
            if group is not None and len(keys) > 1:
                entries.append(_Entry(tuple(keys), group.description, group.compact))
            else:
                entries.extend(_Entry((key,), None) for key in keys)
        return entries

    def _palette_key(self) -> _Key | None:
        if not (self.show_command_palette and self.app.ENABLE_COMMAND_PALETTE):
            return None
        found = self.screen.active_bindings.get(self.app.COMMAND_PALETTE_BINDING)
        if found is None:
            return None
        _node, binding, enabled, _tooltip = found
        return _Key(binding.key, self.app.get_key_display(binding),
                    t("tui.footer.palette", self.lang), binding.action, enabled,
                    t("tui.footer.palette.help", self.lang))

    def _width(self) -> int:
        return self.size.width or self.screen.size.width or self.app.size.width

    def _fitting(self) -> tuple[list[_Entry], _Key | None]:
        """The entries that fit next to the palette key, in order, and the palette key."""
        palette = self._palette_key()
        room = self._width()
        if palette is not None:
            room -= _palette_width(palette, self.compact)
        fitting: list[_Entry] = []
        for entry in self._entries():
            needed = _entry_width(entry, self.compact)
            if needed > room:
                break  # keep the order: a later, shorter key must not jump ahead
            fitting.append(entry)
            room -= needed
        return fitting, palette

    def _signature(self) -> tuple[tuple[_Entry, ...], _Key | None, str]:
        """What the footer shows: the fitting entries, the palette key, the language."""
        fitting, palette = self._fitting()
        return (tuple(fitting), palette, self.lang)

    # -- building ------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        if not self._bindings_ready:
            return
        self._shown = fitting, palette, _lang = self._signature()
        yield from self._widgets(list(fitting))
        if palette is not None:
            yield FooterKey(palette.key, palette.display, palette.description, palette.action,
                            classes="-command-palette", disabled=not palette.enabled,
                            tooltip=palette.tooltip)

    def _widgets(self, entries: list[_Entry]) -> Iterator[Widget]:
        for entry in entries:
            if entry.label is None:
                key = entry.keys[0]
                yield FooterKey(key.key, key.display, key.description, key.action,
                                disabled=not key.enabled, tooltip=key.tooltip,
                                ).data_bind(compact=Footer.compact)
                continue
            with KeyGroup(classes="-compact" if entry.compact_group else ""):
                for key in entry.keys:
                    yield FooterKey(key.key, key.display, "", key.action,
                                    disabled=not key.enabled,
                                    tooltip=key.tooltip or key.description,
                                    classes="-grouped").data_bind(compact=Footer.compact)
            yield FooterLabel(entry.label)

    def bindings_changed(self, screen: Screen[object]) -> None:
        self._bindings_ready = True
        if not screen.app.app_focus:
            return
        if self.is_attached and screen is self.screen and not self._pending:
            self._pending = True
            self.call_after_refresh(self._refresh_keys)

    async def _refresh_keys(self) -> None:
        self._pending = False
        if self.is_attached and self._signature() != self._shown:
            await self.recompose()

    def on_resize(self, _event: events.Resize) -> None:
        if self._bindings_ready and not self._pending:
            self._pending = True
            self.call_after_refresh(self._refresh_keys)


def _depths(screen: Screen[object]) -> dict[int, int]:
    """How deep each node of the screen's binding chain sits (the app is 0)."""
    chain: list[DOMNode] = [node for node, _bindings in screen._modal_binding_chain]
    return {id(node): len(chain) - index for index, node in enumerate(chain)}


def _position(node: DOMNode, key: str) -> int:
    """Where ``node`` lists ``key`` among its own bindings (commands.py keeps them in order)."""
    for index, bound in enumerate(node._bindings.key_to_bindings):
        if bound == key:
            return index
    return 1_000


def _entry_width(entry: _Entry, compact: bool) -> int:
    """Cells the entry takes in the footer, margins included (see Footer's CSS)."""
    if entry.label is None:
        key = entry.keys[0]
        if compact:  # "key description" + one cell of margin
            return cell_len(key.display) + 1 + cell_len(key.description) + 1
        return 1 + cell_len(key.display) + 1 + cell_len(key.description) + 1
    keys = sum(cell_len(key.display) for key in entry.keys)
    if compact:  # keys side by side, a space, the label, a space (app.tcss)
        return keys + 1 + cell_len(entry.label) + 1
    return keys + 4 * len(entry.keys) + cell_len(entry.label) + 1  # padding and margin per key


def _palette_width(key: _Key, compact: bool) -> int:
    """The palette key at the right: a border cell, key, space, description."""
    width = 1 + cell_len(key.display) + 1 + cell_len(key.description)
    return width if compact else width + 3  # padding around the key and at the right
