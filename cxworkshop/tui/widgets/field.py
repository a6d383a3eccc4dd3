"""A labelled form field with its validation message right underneath.

Use :func:`validate_into` to run a domain check (``cxworkshop.domain.validation``) on the
text of an input: on success the message is cleared and the clean value returned; on
failure the message (in the session language) appears next to the field, the input is
marked invalid, and ``None`` is returned so nothing invalid gets saved.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widget import Widget
from textual.widgets import Input, Label, Static

from cxworkshop.domain.validation import ValidationError

T = TypeVar("T")


class FieldError(Static):
    """Shows one validation message; takes no space while empty.

    Messages quote what the user typed, so they are never parsed as markup.
    """

    DEFAULT_CSS = """
    FieldError { color: $error; text-style: bold; height: auto; display: none; }
    FieldError.-visible { display: block; }
    """

    def __init__(self, **kwargs: Any) -> None:
        super().__init__("", markup=False, **kwargs)

    def show_error(self, message: str | None) -> None:
        self.update(message or "")
        self.set_class(bool(message), "-visible")


class Field(Vertical):
    """``Field(label, Input(...))``: label above, message below."""

    DEFAULT_CSS = """
    Field { height: auto; width: 1fr; }
    Field > Label { color: $text-muted; }
    """

    def __init__(self, label: str, control: Widget, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.label = label
        self.control = control
        self.error = FieldError()

    def compose(self) -> ComposeResult:
        yield Label(self.label)
        yield self.control
        yield self.error


def validate_into(
    check: Callable[[], T], lang: str, error: FieldError, control: Widget | None = None
) -> T | None:
    """Run ``check``; show its ValidationError (if any) in ``error``; return the value or None."""
    try:
        value = check()
    except ValidationError as exc:
        error.show_error(exc.message_in(lang))
        if isinstance(control, Input):
            control.add_class("-invalid")
        return None
    error.show_error(None)
    if isinstance(control, Input):
        control.remove_class("-invalid")
    return value
