"""Key bindings whose footer text follows the session language.

A ``Binding`` declares its catalogue key as its ``id`` (one source for the key, the
footer label, the palette entry and the help text); :func:`localize_bindings` swaps each
description for the text in the session language on one widget instance.
"""

from __future__ import annotations

from dataclasses import replace

from textual.binding import Binding
from textual.dom import DOMNode

from cxworkshop.i18n import t


def key(keys: str, action: str, text_key: str, *, show: bool = True, **kwargs: object) -> Binding:
    """A binding labelled by the catalogue entry ``text_key`` (English until localised)."""
    return Binding(keys, action, t(text_key, "en"), show=show, id=text_key, **kwargs)  # type: ignore[arg-type]


def localize_bindings(node: DOMNode, lang: str) -> None:
    """Give ``node``'s bindings (not its class's) descriptions in ``lang``."""
    bindings = node._bindings.key_to_bindings
    for name, group in list(bindings.items()):
        bindings[name] = [
            replace(b, description=t(b.id, lang)) if b.id and b.id.startswith("tui.") else b
            for b in group
        ]
    node.refresh_bindings()
