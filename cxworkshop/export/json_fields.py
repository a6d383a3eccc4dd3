"""Reading one JSON object field by field, with a clear error naming the exact place.

Used by :mod:`cxworkshop.export.jsonio`. Every value is type-checked first (JSON gives
us strings, numbers, booleans, null, lists and objects) and then passed through the
domain's ``check_*`` functions, so an imported file obeys the same bounds as the forms.
"""

from __future__ import annotations

import math
import re
from datetime import datetime
from typing import Any

from cxworkshop.domain.validation import (
    ValidationError,
    check_choice,
    check_date,
    check_number,
    check_text,
)
from cxworkshop.errors import CxError
from cxworkshop.i18n import catalogue, t

_MISSING = object()
_ID = re.compile(r"^[^\s\x00-\x1f\x7f]{1,64}$")
MAX_CURRENCY = 10


class InvalidSessionFile(CxError, ValueError):
    """A session file (JSON) that cannot be imported; the message says where and why."""

    title_key = "export.json.title"

    def __init__(self, key: str, /, cause: CxError | None = None, **params: object) -> None:
        self.cause = cause
        super().__init__(key, **params)

    def message_in(self, lang: str) -> str:
        params = dict(self.params)
        if "expected" in params:
            params["expected"] = t(f"export.json.expected.{params['expected']}", lang)
        if self.cause is not None:
            params["detail"] = self.cause.message_in(lang)
        return t(self.key, lang, **params)


def short(value: object) -> str:
    text = str(value)
    return text if len(text) <= 40 else text[:39] + "…"


class Fields:
    """The fields of one JSON object at ``where`` (e.g. ``frustrations[2]``)."""

    def __init__(self, data: object, where: str, allowed: tuple[str, ...]) -> None:
        if not isinstance(data, dict):
            raise InvalidSessionFile("export.json.type", where=where or "/", expected="object")
        for key in data:
            if key not in allowed:
                raise InvalidSessionFile("export.json.unknown", where=self._join(where, key))
        self.data = data
        self.where = where

    @staticmethod
    def _join(where: str, name: str) -> str:
        return f"{where}.{name}" if where else name

    def at(self, name: str) -> str:
        return self._join(self.where, name)

    def raw(self, name: str, default: Any = _MISSING) -> Any:
        if name in self.data:
            return self.data[name]
        if default is _MISSING:
            raise InvalidSessionFile("export.json.missing", where=self.at(name))
        return default

    def _checked(self, name: str, check, *args: Any, **kwargs: Any) -> Any:
        try:
            return check(*args, **kwargs)
        except ValidationError as exc:
            raise InvalidSessionFile("export.json.at", cause=exc, where=self.at(name),
                                     detail=exc.message) from None

    def _expect(self, name: str, value: object, kinds: tuple[type, ...], expected: str) -> None:
        if isinstance(value, bool) or not isinstance(value, kinds):
            raise InvalidSessionFile("export.json.type", where=self.at(name), expected=expected)

    # -- typed readers ---------------------------------------------------------
    def text(self, name: str, *, required: bool = False, field: str | None = None) -> str:
        value = self.raw(name) if required else self.raw(name, "")
        self._expect(name, value, (str,), "text")
        return self._checked(name, check_text, field or name, value, required=required)

    def number(self, name: str, default: float, *, bounds: str | None = None,
               integer: bool = False) -> Any:
        value = self.raw(name, default)
        self._expect(name, value, (int, float), "integer" if integer else "number")
        return self._checked(name, check_number, name, value, integer=integer, bounds=bounds)

    def optional_number(self, name: str, *, bounds: str) -> float | None:
        value = self.raw(name, None)
        if value is None:
            return None
        self._expect(name, value, (int, float), "number")
        return self._checked(name, check_number, name, value, bounds=bounds)

    def choice(self, name: str, allowed: tuple[str, ...], default: str | None = None) -> str:
        value = self.raw(name) if default is None else self.raw(name, default)
        self._expect(name, value, (str,), "text")
        if f"field.{name}" not in catalogue("en"):  # no label to name it by: plain message
            if value not in allowed:
                raise InvalidSessionFile("export.json.choice", where=self.at(name),
                                         allowed=", ".join(a or '""' for a in allowed))
            return value
        return self._checked(name, check_choice, name, value, allowed)

    def date(self, name: str, default: str | None = None) -> str:
        value = self.raw(name) if default is None else self.raw(name, default)
        self._expect(name, value, (str,), "text")
        return self._checked(name, check_date, name, value)

    def timestamp(self, name: str, default: str) -> str:
        value = self.raw(name, default)
        self._expect(name, value, (str,), "text")
        try:
            datetime.fromisoformat(value)
        except ValueError:
            raise InvalidSessionFile("export.json.datetime", where=self.at(name)) from None
        return value

    def currency(self, name: str, default: str) -> str:
        value = self.text(name, required=False) if name in self.data else default
        if not 1 <= len(value) <= MAX_CURRENCY:
            raise InvalidSessionFile("export.json.currency", where=self.at(name), max=MAX_CURRENCY)
        return value

    def item_id(self, name: str = "id", default: str | None = None) -> str:
        value = self.raw(name) if default is None else self.raw(name, default)
        self._expect(name, value, (str,), "text")
        if not _ID.match(value):
            raise InvalidSessionFile("export.json.bad_id", where=self.at(name))
        return value

    def optional_id(self, name: str) -> str | None:
        if self.raw(name, None) is None:
            return None
        return self.item_id(name)

    def items(self, name: str) -> list[Any]:
        value = self.raw(name, [])
        self._expect(name, value, (list,), "list")
        return value

    def amount(self, name: str, default: float | None, *, integer: bool = False,
               optional: bool = False) -> Any:
        """A finite number of at least 0 (``None`` allowed when ``optional``)."""
        value = self.raw(name, default)
        if value is None and optional:
            return None
        self._expect(name, value, (int,) if integer else (int, float),
                     "integer" if integer else "number")
        if not math.isfinite(value) or value < 0:
            raise InvalidSessionFile("export.json.at_least", where=self.at(name), low=0)
        return value if integer else float(value)

    def strings(self, name: str) -> list[str]:
        values = self.items(name)
        for i, value in enumerate(values):
            if not isinstance(value, str):
                raise InvalidSessionFile("export.json.type", where=f"{self.at(name)}[{i}]",
                                         expected="text")
        return list(values)

    def integer(self, name: str, default: int, low: int = 0) -> int:
        value = self.raw(name, default)
        self._expect(name, value, (int,), "integer")
        if value < low:
            raise InvalidSessionFile("export.json.at_least", where=self.at(name), low=low)
        return value
