"""Key-binding labels in the session language, for widgets that keep their inherited keys.

Write ``BINDINGS`` with a catalogue key as the description (``"tui.promise.key.edit"``)
and call :func:`localize_bindings` from ``__init__`` (and again when the language
changes). Inherited bindings (cursor keys of a DataTable, an OptionList...) stay as they
are. Used by the Promise and Plan steps.
"""

from __future__ import annotations

from dataclasses import replace

from textual.dom import DOMNode

from cxworkshop.i18n import t


def localize_bindings(node: DOMNode, lang: str) -> None:
    """Give ``node`` its class bindings with every ``tui.*`` description translated.

    The catalogue key is kept as the binding's ``id`` (as in ``frustration_keys``), so a
    help screen can tell our keys from the ones a Textual widget brings along.
    """
    source = type(node)._merged_bindings
    if source is None:
        return
    bindings = source.copy()
    for key, items in bindings.key_to_bindings.items():
        bindings.key_to_bindings[key] = [
            replace(b, description=t(b.description, lang), tooltip=_tr(b.tooltip, lang), id=b.description)
            if b.description.startswith("tui.")
            else b
            for b in items
        ]
    # Textual builds ``_bindings`` from the class BINDINGS; labels that depend on the
    # session language need a per-instance copy (as cxworkshop.tui.commands does).
    node._bindings = bindings
    node.refresh_bindings()


def _tr(text: str, lang: str) -> str:
    return t(text, lang) if text.startswith("tui.") else text
