"""Form fields: a labelled field with its message underneath, and the quick-entry input.

Use :func:`validate_into` to run a domain check (``cxworkshop.domain.validation``) on the
text of an input: on success the message is cleared and the clean value returned; on
failure the message (in the session language) appears next to the field, the input is
marked invalid (the ``-invalid`` class), and ``None`` is returned so nothing invalid gets
saved.

Textual's ``Input`` validates itself on every change, blur and submit, and with no
validators of its own that *clears* ``-invalid``: our mark would vanish at the next
keystroke while the message still shows. So an input used with :class:`Field` or
:func:`validate_into` hands that job to us (``validate_on`` is emptied); the mark stays
until our check passes or the caller clears it (:func:`clear_invalid`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from textual import events
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widget import Widget
from textual.widgets import Input, Label, Static

from cxworkshop.domain.validation import ValidationError
from cxworkshop.tui.widgets.quick_submit import paste_lines, submit_and_wait

T = TypeVar("T")


def own_validation(control: Widget | None) -> None:
    """Stop a validator-less ``Input`` from clearing the ``-invalid`` mark by itself."""
    if isinstance(control, Input) and not control.validators:
        control.validate_on = set()


class QuickInput(Input):
    """An ``Input`` for typing item after item fast, even with a thousand items on screen.

    Textual's Input sets its virtual width to the text width + 1 after each change, and
    the virtual size is a layout property: every key lays out the whole screen again
    (with a 1 000-row table that tripled the time from key to screen, measured in the
    Frustrations step). Rounding the virtual width up to whole chunks keeps it constant
    while typing; the input still scrolls to keep the cursor in view. Validation marks
    are ours (see :func:`own_validation`).

    One Enter, one entry, also when keys come in a burst (a paste without bracketed
    paste, tmux ``send-keys "a" Enter "b" Enter``). Textual runs Enter as a binding once
    the key has travelled up to the app, and the parent reads and clears the input when
    ``Submitted`` reaches it: by then the keys after Enter are typed already, so entries
    merged ("ab") or got lost. Here Enter submits in key order, and the input handles no
    further key until the handlers of ``Submitted`` up the DOM have run (the parent has
    read, checked and cleared it). See :mod:`cxworkshop.tui.widgets.quick_submit`.

    A bracketed paste of several lines adds one entry per line (blank lines skipped);
    a line the parent refuses stays in the input with its message and the lines after
    it are not added (the app says how many).
    """

    CHUNK = 256

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("validate_on", [])
        super().__init__(*args, **kwargs)

    async def _on_key(self, event: events.Key) -> None:
        if event.key != "enter":
            return  # Input's own handler types it (or lets it bubble to the bindings)
        event.stop()
        event.prevent_default()
        self._restart_blink()
        await submit_and_wait(self)

    async def _on_paste(self, event: events.Paste) -> None:
        if "\n" not in event.text and "\r" not in event.text:
            return  # one line: Input's own handler inserts it at the cursor
        event.stop()
        event.prevent_default()
        await paste_lines(self, event.text)

    @property
    def content_width(self) -> int:
        width = super().content_width
        return -(-width // self.CHUNK) * self.CHUNK

    def get_content_width(self, container: Any, viewport: Any) -> int:
        """An auto-width input is as wide as its text, not as a whole chunk."""
        return super().content_width


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

    @property
    def showing(self) -> bool:
        return self.has_class("-visible")

    def show_error(self, message: str | None) -> None:
        self.update(message or "")
        self.set_class(bool(message), "-visible")


class Field(Vertical):
    """``Field(label, Input(...))``: label above, message below."""

    DEFAULT_CSS = """
    Field { height: auto; width: 1fr; }
    Field > Label { color: $text-muted; }
    Field > Input.-invalid { background-tint: $error 25%; }
    Field > Input.-invalid:focus { background: $error 35%; }
    """

    def __init__(self, label: str, control: Widget, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.label = label
        self.control = control
        self.error = FieldError()
        own_validation(control)

    def compose(self) -> ComposeResult:
        yield Label(self.label, markup=False)
        yield self.control
        yield self.error


def validate_into(
    check: Callable[[], T], lang: str, error: FieldError, control: Widget | None = None
) -> T | None:
    """Run ``check``; show its ValidationError (if any) in ``error``; return the value or None."""
    own_validation(control)
    try:
        value = check()
    except ValidationError as exc:
        error.show_error(exc.message_in(lang))
        if control is not None:
            control.add_class("-invalid")
        return None
    error.show_error(None)
    if control is not None:
        control.remove_class("-invalid")
    return value


def clear_invalid(error: FieldError, *controls: Widget) -> None:
    """Typing again takes the message and the marks away (the check runs again later)."""
    if error.showing:
        error.show_error(None)
    for control in controls:
        control.remove_class("-invalid")
