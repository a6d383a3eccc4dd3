"""The export texts exist in both languages with the same placeholders."""

from __future__ import annotations

import re
import string

from cxworkshop.i18n.catalog import export


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_same_keys_and_placeholders_in_english_and_dutch():
    assert export.EN.keys() == export.NL.keys()
    for key, text in export.EN.items():
        assert _placeholders(text) == _placeholders(export.NL[key]), key
        assert key.startswith("export."), key


def test_dutch_is_really_translated():
    same = [k for k in export.EN if export.EN[k] == export.NL[k]]
    # Only short labels that are the same word in both languages may be equal.
    words = [re.sub(r"\{\w+\}", "", export.EN[k]) for k in same]
    assert all(len(w) <= 15 for w in words), same
