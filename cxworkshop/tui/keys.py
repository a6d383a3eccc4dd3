"""Key bindings whose labels follow the session language (for panes, widgets, dialogs).

Write a widget's ``BINDINGS`` with catalogue keys where a label goes: as the
description, the tooltip or a group's description (``Binding("d", "delete",
"tui.promise.key.delete")``), or build the binding with :func:`key`, which shows English
until translated. Then call :func:`localize_bindings` on the widget instance (in
``__init__`` or ``on_mount``, and again when the session language changes): the widget
gets its class bindings with every catalogue key translated. Bindings a Textual widget
brings along (a table's cursor keys...) stay as they are, and each translated binding
keeps its catalogue key as ``id``, so a help screen can tell our keys from Textual's.

A Textual widget's own labels listed in :data:`TEXTUAL_LABELS` are translated too (the
session screen does so for an open Select list as it gets the focus).

(The session screen's own commands are ``cxworkshop.tui.commands.Command``s.)
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from textual.binding import Binding
from textual.dom import DOMNode

from cxworkshop.i18n import t

PREFIX = "tui."
# labels of Textual's own bindings that reach our footer, with their catalogue keys
TEXTUAL_LABELS = {"Dismiss menu": "tui.keys.dismiss_menu"}  # an open Select's list (Esc)


def key(keys: str, action: str, text_key: str, *, show: bool = True, **kwargs: Any) -> Binding:
    """A binding labelled by the catalogue entry ``text_key`` (English until localised)."""
    return Binding(keys, action, t(text_key, "en"), show=show, id=text_key, **kwargs)


def localize_bindings(node: DOMNode, lang: str) -> None:
    """Give ``node`` its class bindings with every catalogue label translated into ``lang``."""
    source = type(node)._merged_bindings
    if source is None:
        return
    bindings = source.copy()
    for name, items in bindings.key_to_bindings.items():
        bindings.key_to_bindings[name] = [translated(b, lang) for b in items]
    # Textual builds ``_bindings`` from the class BINDINGS; labels in the session language
    # need a copy per instance (as cxworkshop.tui.commands.install_bindings does)
    node._bindings = bindings
    node.refresh_bindings()


def translated(binding: Binding, lang: str) -> Binding:
    """``binding`` with its catalogue labels in ``lang`` (unchanged when it has none)."""
    text_key = (_catalogue_key(binding.id) or _catalogue_key(binding.description)
                or TEXTUAL_LABELS.get(binding.description))
    group = binding.group
    if group is not None and _catalogue_key(group.description):
        group = Binding.Group(t(group.description, lang), compact=group.compact)
    tooltip = t(binding.tooltip, lang) if _catalogue_key(binding.tooltip) else binding.tooltip
    if text_key is None and group is binding.group and tooltip == binding.tooltip:
        return binding
    return replace(
        binding,
        description=t(text_key, lang) if text_key else binding.description,
        tooltip=tooltip,
        group=group,
        id=text_key or binding.id,
    )


def _catalogue_key(text: str | None) -> str | None:
    return text if text and text.startswith(PREFIX) else None
