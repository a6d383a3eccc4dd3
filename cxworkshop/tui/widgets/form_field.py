"""A form field drawn light until it is used: :class:`FormField`.

The Setup form's ten fields are on the first screen of the demo, and a Textual ``Input``
is among the costliest widgets to start (its style parts are styled one by one). A
``FormField`` draws its label on its top line and its value below, and mounts a real
``Input`` (the *editor*) over the value line the first time it gets the focus, by Tab or
by a click; the editor stays from then on, so half-typed text and messages survive
leaving the field. Keys typed in the moment between the focus and the editor being there
are typed into the editor in order, so a fast typist or a burst of keys loses nothing.

The editor's events (``Input.Changed``, ``Submitted``, ``Blurred``) bubble to the form as
usual; its id is the ``editor_id`` given here, the field's own id is separate.
"""

from __future__ import annotations

from typing import Any

from textual import events
from textual.app import ComposeResult
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Input
from textual.widgets.input import Selection


class FormField(Widget, can_focus=True):
    """``FormField(label, value, editor_id=...)``; ``await open()`` gives the editor."""

    DEFAULT_CSS = """
    FormField {
        height: 2; width: 1fr; padding: 0 1; border-top: blank; background: $boost;
        border-title-align: left; border-title-color: $text-muted;
        &:focus, &:focus-within { background: $primary 30%; border-title-color: $text; }
        &.-invalid { background: $error 25%; }
        &.-invalid:focus-within { background: $error 40%; }
        & > Input { width: 1fr; background: transparent; }
        & > Input:focus { background-tint: transparent; }
        & > Input.-invalid { background-tint: transparent; }
    }
    """

    def __init__(self, label: str, value: str = "", *, editor_id: str, opened: bool = False,
                 **kwargs: Any) -> None:
        """``opened``: with its editor from the start (the field that gets the focus first:
        mounting it a moment later would lay out and draw the screen once more)."""
        super().__init__(**kwargs)
        self.editor_id = editor_id
        self.editor: Input | None = None
        self._value = value
        self._label = ""
        self._typed_unseen = False  # keys typed into the editor after the focus moved on
        self._catching = False  # while opening: keys that reach this field are the editor's
        self.label = label
        if opened:
            self.editor = self._new_editor()
            self.can_focus = False

    def compose(self) -> ComposeResult:
        if self.editor is not None:
            yield self.editor

    # -- what it shows ---------------------------------------------------------------
    @property
    def label(self) -> str:
        return self._label

    @label.setter
    def label(self, text: str) -> None:
        if text != self._label:
            self._label = text
            self.border_title = Content(text)  # Content: shown as typed, no markup

    @property
    def value(self) -> str:
        """The text in the field: the editor's once there is one."""
        return self.editor.value if self.editor is not None else self._value

    def show(self, value: str) -> None:
        """The saved value to show (the form decides whether an editor takes it over)."""
        self._value = value
        self.refresh()

    def render(self) -> Content:
        return Content(self._value)

    # -- becoming an input -------------------------------------------------------------
    async def open(self) -> Input:
        """The editor, mounted now if this is the first time."""
        if self.editor is None:
            editor = self._new_editor()
            self.editor = editor
            # While it mounts, the field keeps its place in the focus chain (a Tab from a
            # field out of the chain would jump to the first field, one into the editor
            # would stay in this field); then the editor takes it over, in one go.
            editor.can_focus = False
            await self.mount(editor)
            editor.can_focus = True
            self.can_focus = False
        return self.editor

    def _new_editor(self) -> Input:
        return Input(self._value, id=self.editor_id, compact=True, validate_on=[])

    async def on_focus(self, _event: events.Focus) -> None:
        self._catching = True  # keys queued behind this focus are for the editor
        editor = await self.open()
        # Entering a field selects its text, so typing replaces it. Done here, at once:
        # keys queued behind this focus are typed in next (below), and the editor's own
        # select-on-focus, a message later, would select them again.
        editor.selection = Selection(0, len(editor.value))
        # still here? (``has_focus`` and ``focus()`` lag a message behind; the screen
        # knows at once)
        if self.screen.focused is self:
            editor.select_on_focus = False
            self.screen.set_focus(editor)
            editor.call_later(setattr, editor, "select_on_focus", True)  # after its Focus
        self.call_later(self._catch_done)  # after the keys already queued here

    def _catch_done(self) -> None:
        self._catching = False  # from now on keys reach the editor first (and may bubble
        # up here unhandled: they are none of this field's business)

    def on_key(self, event: events.Key) -> None:
        """Keys that reached the field while its editor was being mounted (they queue
        behind the focus) are typed into the editor at once, in order."""
        editor = self.editor
        if editor is None or not self._catching or not (
                event.is_printable or event.key in ("backspace", "enter")):
            return  # keys and bindings of the form, the step, the app
        focused = self.screen.focused is editor
        if event.key == "enter" and not focused:
            return  # left already: leaving saves it (below), no need to submit
        event.stop()
        event.prevent_default()
        if event.key == "enter":  # from the editor itself, or its Submitted stops here
            editor.call_later(editor.action_submit)
        elif event.key == "backspace":
            editor.action_delete_left()
        elif editor.selection.is_empty:
            editor.insert_text_at_cursor(event.character or "")
        else:
            editor.replace(event.character or "", *editor.selection)
        if not focused and not self._typed_unseen:
            # the focus moved on meanwhile (a burst: "Acme", Tab): save as leaving would,
            # once the keys queued behind this one are typed too
            self._typed_unseen = True
            self.call_later(self._left_unseen)

    def _left_unseen(self) -> None:
        """Typed into and already left: tell the form, as leaving the input would."""
        self._typed_unseen = False
        if self.editor is not None:  # from here: Textual does not bubble a message back up
            self.post_message(Input.Blurred(self.editor, self.editor.value))  # to its sender
