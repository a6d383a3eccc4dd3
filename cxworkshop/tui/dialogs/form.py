"""What the form dialogs share: a choice whose Enter submits, and the focus after a failed save.

A form validates every field on save and shows each message under its field. The user's
next keys belong in the field to correct, not in the field they happened to press Enter
in: :func:`focus_first_error` moves the focus to the first field (top to bottom) that
shows a message.
"""

from __future__ import annotations

from textual.binding import Binding
from textual.dom import DOMNode
from textual.message import Message
from textual.widgets import Select

from cxworkshop.tui.widgets.field import Field


class FormSelect(Select[str]):
    """A Select whose Enter submits the form while its list is closed, like Enter in
    a text field; Space, ↑ ↓ or a click open the list (Enter there picks an option)."""

    BINDINGS = [Binding("enter", "submit", show=False)]

    class Submitted(Message):
        pass

    def action_submit(self) -> None:
        self.post_message(self.Submitted())


def focus_first_error(form: DOMNode) -> bool:
    """Focus the control of the first :class:`Field` in ``form`` that shows a message
    (else the first focusable widget marked ``-invalid``); True when there was one."""
    for field in form.query(Field):
        if field.error.showing and field.control.focusable:
            field.control.focus()
            return True
    for widget in form.query(".-invalid"):
        if widget.focusable:
            widget.focus()
            return True
    return False
