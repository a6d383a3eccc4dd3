"""Schema versions of the session file and how to move an old file forward.

To change the file format: bump ``SCHEMA_VERSION`` in ``domain/models.py`` and add a
function here under the *old* version number that turns raw tables of that version into
the next one. Files are migrated in memory when read and written in the new format on
the next save; a file from a newer cxworkshop is refused, never rewritten.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from cxworkshop.domain.models import SCHEMA_VERSION
from cxworkshop.store.layout import HEADER_TABLE, header_of

Raw = dict[str, Any]

# version N -> function that upgrades raw tables from N to N + 1
MIGRATIONS: dict[int, Callable[[Raw], Raw]] = {}


class NewerSchema(ValueError):
    def __init__(self, found: int) -> None:
        super().__init__(f"schema version {found} is newer than {SCHEMA_VERSION}")
        self.found = found


def migrate(raw: Raw, migrations: dict[int, Callable[[Raw], Raw]] | None = None,
            target: int = SCHEMA_VERSION) -> Raw:
    """Upgrade ``raw`` step by step to ``target``; ValueError if that is impossible."""
    steps = MIGRATIONS if migrations is None else migrations
    version = int(header_of(raw).get("schema_version", 1))
    if version > target:
        raise NewerSchema(version)
    while version < target:
        if version not in steps:
            raise ValueError(f"no migration from schema version {version}")
        raw = steps[version](raw)
        version += 1
        raw[HEADER_TABLE]["1"]["schema_version"] = version
    return raw
