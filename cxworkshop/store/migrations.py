"""Schema versions of the session file and how to move an old file forward.

Every file carries ``schema_version`` in its header document. To change the format:
bump ``SCHEMA_VERSION`` in ``domain/models.py`` and register a function here under
the *old* version number that turns raw tables of that version into the next one::

    @migration(1)
    def _split_minutes(raw: Raw) -> Raw:
        ...  # change raw in place or build a new dict; return it
        return raw

Files are migrated in memory when read and written in the new format on the next
save (the old file stays as the backup). A file from a newer cxworkshop is refused,
never rewritten. A file without a version is taken to be version 1, the first format.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from cxworkshop.domain.models import SCHEMA_VERSION
from cxworkshop.store.layout import HEADER_TABLE, MalformedTable, header_of

Raw = dict[str, Any]
Step = Callable[[Raw], Raw]

FIRST_VERSION = 1

# version N -> function that upgrades raw tables from N to N + 1
MIGRATIONS: dict[int, Step] = {}


def migration(from_version: int) -> Callable[[Step], Step]:
    """Register ``fn`` as the step from ``from_version`` to ``from_version + 1``."""

    def register(fn: Step) -> Step:
        if from_version in MIGRATIONS:
            raise RuntimeError(f"two migrations from schema version {from_version}")
        MIGRATIONS[from_version] = fn
        return fn

    return register


class NewerSchema(ValueError):
    def __init__(self, found: int, supported: int) -> None:
        super().__init__(f"schema version {found} is newer than {supported}")
        self.found = found


class NoMigration(ValueError):
    def __init__(self, found: int) -> None:
        super().__init__(f"no migration from schema version {found}")
        self.found = found


def version_of(raw: Any) -> int:
    """The file's schema version (ValueError if this is not a session file)."""
    value = header_of(raw).get("schema_version", FIRST_VERSION)
    if isinstance(value, bool) or not isinstance(value, int):
        raise MalformedTable(HEADER_TABLE)  # a header, but a version that is not a number
    return value


def migrate(raw: Any, migrations: dict[int, Step] | None = None, target: int | None = None) -> Raw:
    """Upgrade ``raw`` step by step to ``target`` (default: this program's version).

    Raises :class:`NewerSchema` for a file from a newer program, :class:`NoMigration`
    when a step is missing, ValueError when this is not a session file at all.
    """
    steps = MIGRATIONS if migrations is None else migrations
    goal = SCHEMA_VERSION if target is None else target
    version = version_of(raw)
    if version > goal:
        raise NewerSchema(version, goal)
    while version < goal:
        if version not in steps:
            raise NoMigration(version)
        raw = steps[version](raw)
        version += 1
        header_of(raw)["schema_version"] = version
    raw[HEADER_TABLE]["1"]["schema_version"] = version
    return raw
