"""The export texts exist in both languages with the same placeholders."""

from __future__ import annotations

import re
import string

import pytest

from cxworkshop.i18n.catalog import export, export_charts, export_facilitation

MODULES = [export, export_charts, export_facilitation]


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.__name__.rsplit(".", 1)[1])
def test_same_keys_and_placeholders_in_english_and_dutch(module):
    assert module.EN.keys() == module.NL.keys()
    for key, text in module.EN.items():
        assert _placeholders(text) == _placeholders(module.NL[key]), key
        assert key.startswith("export."), key


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.__name__.rsplit(".", 1)[1])
def test_dutch_is_really_translated(module):
    same = [k for k in module.EN if module.EN[k] == module.NL[k]]
    # Only short labels that are the same word in both languages may be equal.
    words = [re.sub(r"\{\w+\}", "", module.EN[k]) for k in same]
    assert all(len(w) <= 15 for w in words), same
