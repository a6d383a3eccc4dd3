"""Small helpers for turning stored dicts back into dataclasses."""

from __future__ import annotations

from dataclasses import fields
from functools import cache
from typing import Any


@cache
def field_names(cls: type) -> frozenset[str]:
    return frozenset(f.name for f in fields(cls))


def pick(cls: type, data: dict[str, Any]) -> dict[str, Any]:
    """Keep only the keys that the dataclass ``cls`` knows, so newer files still load."""
    names = field_names(cls)
    return {k: v for k, v in data.items() if k in names}
