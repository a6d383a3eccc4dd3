"""Session ids: short, unique, and always safe as a file name on every platform.

New ids are ``<slug of the title>-<4 random characters>``: lower-case ASCII letters,
digits and hyphens only, so a title can never put a separator, ``..``, a drive letter
or a reserved device name (CON, NUL, COM1 ...) into a file name.

Existing files may carry any name a person gave them (``Client X.json``); such a name
is accepted for addressing a file as long as it stays inside the folder
(:func:`is_safe_name`).
"""

from __future__ import annotations

import re
import secrets
import unicodedata

_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789"  # no 0/o or 1/l look-alikes
_SAFE_ID = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$")
_RANDOM_LEN = 4
SLUG_MAX = 24
NAME_MAX = 200

# Windows refuses these as file names, with or without an extension.
RESERVED = frozenset(
    ["con", "prn", "aux", "nul", "conin$", "conout$"]
    + [f"com{i}" for i in range(10)]
    + [f"lpt{i}" for i in range(10)]
)
_FORBIDDEN_CHARS = set('/\\:*?"<>|') | {chr(c) for c in range(32)} | {"\x7f"}


def slugify(title: str) -> str:
    """Lower-case ASCII letters, digits and single hyphens; never empty."""
    ascii_text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    slug = slug[:SLUG_MAX].rstrip("-")
    return slug or "session"


def new_session_id(title: str, taken: set[str] | frozenset[str] = frozenset()) -> str:
    """``<slug of title>-<4 random characters>``, not in ``taken`` (compared case-blind)."""
    slug = slugify(title)
    taken_folded = {name.casefold() for name in taken}
    while True:
        suffix = "".join(secrets.choice(_ALPHABET) for _ in range(_RANDOM_LEN))
        candidate = f"{slug}-{suffix}"
        if candidate not in taken_folded:
            return candidate


def _reserved(name: str) -> bool:
    return name.split(".", 1)[0].strip().casefold() in RESERVED


def is_safe_id(value: str) -> bool:
    """True when ``value`` has the shape of an id this program hands out."""
    return bool(_SAFE_ID.match(value)) and not _reserved(value)


def is_safe_name(value: str) -> bool:
    """True when ``<value>.json`` is a plain file name inside the folder on every platform:
    no separators or drive letters, not hidden, not ``.``/``..``, no control characters,
    no reserved device name, no trailing dot or space, and not too long."""
    return (
        0 < len(value) <= NAME_MAX
        and not value.startswith(".")
        and value == value.rstrip(". ")
        and value.strip() != ""
        and not (_FORBIDDEN_CHARS & set(value))
        and not _reserved(value)
    )
