"""The footer of every cxworkshop screen: Textual's ``Footer``, fitted to the room.

Four differences with Textual's own:

- **Most specific keys first.** The keys of the focused part (the list you are in, the
  step pane) come before the screen's general keys (steps, help, export), so on a narrow
  projector the keys for what you are doing are the ones you see.
- **Only what fits.** Keys that do not fit the width are left out instead of scrolling
  out of sight under the palette key (which left a stray letter at the right edge). The
  help (F1) and the palette always list every key.
- **In the screen's language, redrawn only when it changed.** The palette key is labelled
  in the screen's language, and the footer redraws only when the keys it would show (or
  the width) changed; Textual rebuilds it on every focus change.
- **One widget.** Textual composes a widget per key (and per group and label): some ten
  widgets on every screen, each one mounted, styled and laid out at start-up. This footer
  has no children: it draws the line itself, looking just like Textual's compact footer
  (``^PgUp^PgDn Step``, ``+- Votes``, disabled keys dimmed, the palette key at the right
  edge after a ``▏``), and finds the key under the mouse itself: a click runs it as
  Textual's ``FooterKey`` does, hovering highlights it and shows its tooltip.

The styles are component classes (``cx-footer--key`` ...) on Textual's footer colours
(``$footer-key-foreground`` ...), so the normal and the projector theme both apply.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import groupby
from typing import NamedTuple

from rich.cells import cell_len
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.dom import DOMNode
from textual.screen import Screen
from textual.style import Style
from textual.widgets import Footer

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


class _Piece(NamedTuple):
    """A run of text on the footer line: ``style`` is a component class (None: the footer's
    background), ``item`` the key it belongs to (None between keys and for a group's label)."""

    text: str
    style: str | None = None
    item: _Key | None = None


_Signature = tuple[tuple[_Entry, ...], _Key | None, str, bool]

KEY, DESCRIPTION = "cx-footer--key", "cx-footer--description"
ITEM, SEPARATOR = "cx-footer--item", "cx-footer--separator"
_PLAIN = Style(bold=False)  # no text style between keys (bold there would only show in the ANSI)


class CxFooter(Footer):
    """See the module docstring."""

    COMPONENT_CLASSES = {ITEM, KEY, DESCRIPTION, SEPARATOR, "cx-footer--disabled", "cx-footer--hover"}

    # As Textual's FooterKey and Footer CSS: an item's key, its description, the border
    # before the palette key; dimmed when disabled, highlighted under the mouse.
    DEFAULT_CSS = """
    CxFooter {
        text-wrap: nowrap;
        text-overflow: clip;
        &.-over-item {
            pointer: pointer;
        }
        .cx-footer--item {
            background: $footer-item-background;
        }
        .cx-footer--key {
            color: $footer-key-foreground;
            background: $footer-key-background;
            text-style: bold;
        }
        .cx-footer--description {
            color: $footer-description-foreground;
            background: $footer-description-background;
        }
        .cx-footer--separator {
            color: $foreground 20%;
            text-style: not bold;
        }
        .cx-footer--disabled {
            text-style: dim;
        }
        .cx-footer--hover {
            background: $block-hover-background;
        }
    }
    """

    def __init__(self, *, compact: bool = True, id: str | None = None) -> None:
        super().__init__(compact=compact, id=id)
        self._shown: _Signature | None = None  # what the footer shows (drawn by render)
        self._pending = False
        self._mouse_x: int | None = None  # where the mouse is over the footer, if it is
        self._drawn: tuple[object, list[_Piece]] = (None, [])  # (shown, width) and its pieces

    # A line drawn by render, not a container of key widgets.
    @property
    def is_container(self) -> bool:
        return False

    @property
    def is_scrollable(self) -> bool:
        return False

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
            needed = _width_of(_entry_pieces(entry, self.compact))
            if needed > room:
                break  # keep the order: a later, shorter key must not jump ahead
            fitting.append(entry)
            room -= needed
        return fitting, palette

    def _signature(self) -> _Signature:
        """What the footer shows: the fitting entries, the palette key, the language, the style."""
        fitting, palette = self._fitting()
        return (tuple(fitting), palette, self.lang, self.compact)

    # -- drawing -----------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        return iter(())  # no key widgets: render draws the line

    def _pieces(self) -> list[_Piece]:
        """The line as shown: the entries from the left, the palette key at the right
        edge. As in Textual's footer the palette key's own margin may cover the space after
        the last entry."""
        if self._shown is None:
            return []
        width = self.size.width
        if self._drawn[0] == (self._shown, width):
            return self._drawn[1]
        entries, palette, _lang, compact = self._shown
        right = _palette_pieces(palette, compact) if palette is not None else []
        room = max(0, width - _width_of(right))
        left = _crop([piece for entry in entries for piece in _entry_pieces(entry, compact)], room)
        gap = room - _width_of(left)
        pieces = _crop(left + ([_Piece(" " * gap)] if gap else []) + right, width)
        self._drawn = ((self._shown, width), pieces)
        return pieces

    def render(self) -> Content:
        hovered = self._item_at(self._mouse_x)
        parts: list[tuple[str, Style]] = []
        for piece in self._pieces():
            if piece.style is None:  # the footer's background, like the room around widgets
                parts.append((piece.text, _PLAIN))
                continue
            if piece.style == SEPARATOR:
                parts.append((piece.text, self._separator_style(piece.item == hovered)))
                continue
            classes = [piece.style]
            if piece.item is not None:  # a key: on its item's background, dimmed, highlighted
                classes = ["cx-footer--hover" if piece.item == hovered else ITEM]
                if not piece.item.enabled:
                    classes.append("cx-footer--disabled")
                if piece.style != ITEM:
                    classes.append(piece.style)
            parts.append((piece.text, self.get_visual_style(*classes)))
        return Content.assemble(*parts)

    def _separator_style(self, hovered: bool) -> Style:
        """The border before the palette key: its colour mixed on the footer, as Textual
        draws a border, on the key's background (highlighted under the mouse)."""
        style = self.get_visual_style(ITEM, SEPARATOR)
        if not hovered or style.foreground is None:
            return style
        return Style(self.get_visual_style("cx-footer--hover").background,
                     style.background + style.foreground, bold=False)

    # -- keeping it current ----------------------------------------------------------------
    def bindings_changed(self, screen: Screen[object]) -> None:
        self._bindings_ready = True
        if not screen.app.app_focus:
            return
        if self.is_attached and screen is self.screen:
            self._schedule()

    def _schedule(self) -> None:
        """Check what to show once the screen has settled (one check for a burst of changes)."""
        if self._bindings_ready and not self._pending:
            self._pending = True
            self.call_after_refresh(self._refresh_keys)

    def _refresh_keys(self) -> None:
        self._pending = False
        if not self.is_attached:
            return
        signature = self._signature()
        if signature != self._shown:
            self._shown = signature
            self.refresh()
        self._show_hover()  # the keys or the width changed: another key may be under the mouse

    def on_resize(self, _event: events.Resize) -> None:
        self._schedule()

    def watch_compact(self) -> None:
        self._schedule()

    def watch_show_command_palette(self) -> None:
        self._schedule()

    # -- the mouse -----------------------------------------------------------------
    def _item_at(self, x: int | None) -> _Key | None:
        """The key drawn at column ``x`` (None between keys, on a group's label or off the line)."""
        if x is None:
            return None
        start = 0
        for piece in self._pieces():
            start += cell_len(piece.text)
            if x < start:
                return piece.item
        return None

    def _show_hover(self) -> None:
        """Highlight the key under the mouse and take its tooltip as the footer's."""
        item = self._item_at(self._mouse_x)
        self.set_class(item is not None, "-over-item")
        tooltip = (item.tooltip or None) if item is not None else None
        if tooltip != self.tooltip:
            self.tooltip = tooltip

    def on_mouse_move(self, event: events.MouseMove) -> None:
        before = self._item_at(self._mouse_x)
        self._mouse_x = event.x
        if self._item_at(event.x) != before:
            self._show_hover()
            self.refresh()

    def on_leave(self, _event: events.Leave) -> None:
        if self._mouse_x is not None:
            self._mouse_x = None
            self._show_hover()
            self.refresh()

    def on_mouse_down(self, event: events.MouseDown) -> None:
        """As Textual's FooterKey: the key runs as if pressed; a disabled one beeps."""
        item = self._item_at(event.x)
        if item is not None and item.enabled:
            self.app.simulate_key(item.key)
        elif item is not None:
            self.app.bell()


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


def _entry_pieces(entry: _Entry, compact: bool) -> list[_Piece]:
    """The entry as Textual's footer lays it out (see Footer's and FooterKey's CSS and
    app.tcss before this widget), the margin after it included."""
    if entry.label is None:
        key = entry.keys[0]
        if not key.description:  # a FooterKey without description is just its key
            return [_Piece(key.display, KEY, key)] + ([_Piece(" ")] if compact else [])
        if compact:  # "key description" + one cell of margin
            return [_Piece(key.display, KEY, key),
                    _Piece(" " + key.description, DESCRIPTION, key), _Piece(" ")]
        return [_Piece(f" {key.display} ", KEY, key), _Piece(key.description + " ", DESCRIPTION, key)]
    keys = [_Piece(key.display, KEY, _grouped(key)) for key in entry.keys]
    if entry.compact_group and compact:  # keys side by side, a space, the label, a space
        pieces = keys
    elif entry.compact_group:  # the group's padding before the keys
        pieces = [_Piece(" "), *keys]
    else:  # a space around each key
        pieces = [_Piece(" ")]
        for key in keys:
            pieces += [key, _Piece(" ")]
        pieces.pop()
    return [*pieces, _Piece(" "), _Piece(entry.label, DESCRIPTION), _Piece(" ")]


def _grouped(key: _Key) -> _Key:
    """A key in a group shows its description as its tooltip (the label is the group's)."""
    return key._replace(tooltip=key.tooltip or key.description)


def _palette_pieces(key: _Key, compact: bool) -> list[_Piece]:
    """The palette key: a border cell, key, space, description, and a cell of margin
    (compact) or padding (which the mouse highlights with the key)."""
    return [_Piece("▏", SEPARATOR, key), _Piece(key.display, KEY, key),
            _Piece(" " + key.description, DESCRIPTION, key),
            _Piece(" ") if compact else _Piece(" ", ITEM, key)]


def _palette_width(key: _Key, compact: bool) -> int:
    """The room the entries leave the palette key: as Textual's footer, one cell less than
    it takes when compact (its margin may cover the last entry's), two more when not."""
    width = 1 + cell_len(key.display) + 1 + cell_len(key.description)
    return width if compact else width + 3


def _width_of(pieces: list[_Piece]) -> int:
    return sum(cell_len(piece.text) for piece in pieces)


def _crop(pieces: list[_Piece], width: int) -> list[_Piece]:
    """The first ``width`` cells of ``pieces``."""
    cropped: list[_Piece] = []
    for piece in pieces:
        cells = cell_len(piece.text)
        if cells > width:
            text = piece.text
            while cell_len(text) > width:
                text = text[:-1]
            if text:
                cropped.append(piece._replace(text=text))
            break
        cropped.append(piece)
        width -= cells
    return cropped
