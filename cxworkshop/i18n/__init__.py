"""Message catalogue: every user-facing text in English and Dutch.

Texts live in ``cxworkshop/i18n/catalog/*.py``; each module defines two dicts, ``EN``
and ``NL``, with the same keys. Modules are discovered automatically, so an area of the
app (domain, CLI, TUI screens, export) keeps its texts in its own module. A test checks
that both languages have exactly the same keys and the same ``{placeholders}``.

Pure Python on purpose: the domain, the exporters and the CLI use it without Textual.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
from functools import cache

LANGUAGES = ("en", "nl")
DEFAULT_LANGUAGE = "en"


@cache
def catalogue(lang: str) -> dict[str, str]:
    """All texts for ``lang`` ("en" or "nl"), merged from every catalogue module."""
    from cxworkshop.i18n import catalog

    attr = "NL" if lang == "nl" else "EN"
    merged: dict[str, str] = {}
    for info in sorted(pkgutil.iter_modules(catalog.__path__), key=lambda i: i.name):
        module = importlib.import_module(f"{catalog.__name__}.{info.name}")
        texts = getattr(module, attr, {})
        duplicated = merged.keys() & texts.keys()
        if duplicated:
            raise RuntimeError(f"message keys defined twice: {sorted(duplicated)}")
        merged.update(texts)
    return merged


class _KeepMissing(dict[str, object]):
    """Format parameters that leave a placeholder nobody filled in as ``{name}``."""

    def __missing__(self, name: str) -> str:
        return "{" + name + "}"


def t(key: str, lang: str = DEFAULT_LANGUAGE, /, **params: object) -> str:
    """The text for ``key`` in ``lang``, with ``{placeholders}`` filled in.

    A missing key falls back to English and then to the key itself, and a missing
    parameter stays visible as ``{name}``, so a gap shows up on screen instead of
    crashing (the catalogue test catches both first). ``{{`` and ``}}`` always
    become ``{`` and ``}``, with or without parameters.
    """
    texts = catalogue(lang if lang in LANGUAGES else DEFAULT_LANGUAGE)
    template = texts.get(key)
    if template is None:
        template = catalogue(DEFAULT_LANGUAGE).get(key, key)
    try:
        return template.format_map(_KeepMissing(params))
    except (ValueError, IndexError, KeyError, TypeError, AttributeError):
        return template  # a malformed template or a format spec the value does not take


def system_language() -> str:
    """Language for screens outside a session: CXWORKSHOP_LANG, else the locale, else en."""
    wanted = os.environ.get("CXWORKSHOP_LANG", "").strip().lower()
    if wanted[:2] in LANGUAGES:
        return wanted[:2]
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "").lower()
        if value:
            return "nl" if value.startswith("nl") else DEFAULT_LANGUAGE
    return DEFAULT_LANGUAGE
