"""Session ids: short, unique, and always safe as a file name."""

from __future__ import annotations

import re
import secrets
import unicodedata

_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789"  # no 0/o or 1/l look-alikes
_SAFE_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
SLUG_MAX = 24


def slugify(title: str) -> str:
    """Lower-case ASCII letters, digits and single hyphens; never empty."""
    ascii_text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    slug = slug[:SLUG_MAX].rstrip("-")
    return slug or "session"


def new_session_id(title: str, taken: set[str] | frozenset[str] = frozenset()) -> str:
    """``<slug of title>-<4 random characters>``, not in ``taken``."""
    slug = slugify(title)
    while True:
        candidate = f"{slug}-{''.join(secrets.choice(_ALPHABET) for _ in range(4))}"
        if candidate not in taken:
            return candidate


def is_safe_id(value: str) -> bool:
    """True when ``value`` can be used as a file name stem inside the sessions folder."""
    return bool(_SAFE_ID.match(value)) and ".." not in value
