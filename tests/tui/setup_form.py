"""Helpers for tests of the Setup step's form: type into a field, read what the form shows.

Each field is one widget that draws its own label (a ``FormField``, which mounts its
input, ``#meta-<name>``, the first time it gets the focus, or a captioned
``ChoiceToggle``, ``#meta-<name>`` too); the messages of all bad fields share one line
under the form. These helpers read both from the rendered screen, as a person would.
"""

from __future__ import annotations


from textual.app import App
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import Input
from tests.tui.screen import screen_lines


def drawn(app: App, widget: Widget) -> list[str]:
    """The rows of the screen inside ``widget``'s region, as plain text."""
    region = widget.region
    rows = screen_lines(app)[region.y:region.bottom]
    return [row[region.x:region.right].rstrip() for row in rows]


def field(app: App, name: str) -> Widget:
    """The widget that shows the field ``name`` (label and value)."""
    found = app.screen.query(f"#field-{name}")
    return found.first() if found else app.screen.query_one(f"#meta-{name}")


async def open_field(pilot: Pilot[object], name: str) -> Input:
    """Focus the text field ``name`` as Tab or a click would; its input, ready to type."""
    place = field(pilot.app, name)
    if place.can_focus:  # never opened: the field itself takes the focus, then its input
        place.focus()
    else:
        pilot.app.screen.query_one(f"#meta-{name}", Input).focus()
    await pilot.pause()
    await pilot.pause()
    box = pilot.app.screen.query_one(f"#meta-{name}", Input)
    assert pilot.app.focused is box
    return box


def label_text(app: App, name: str) -> str:
    """The label the field ``name`` shows on screen (its first row)."""
    return drawn(app, field(app, name))[0].strip()


def value_text(app: App, name: str) -> str:
    """The value the field ``name`` shows on screen (its second row)."""
    return drawn(app, field(app, name))[1].strip()


def error_text(app: App, name: str | None = None) -> str:
    """The form's message line as shown (all bad fields, one per line); with ``name``: the
    message of that field, checked to be on screen."""
    error = app.screen.query_one("#meta-error")
    shown = "\n".join(drawn(app, error)) if error.display and error.region.height else ""
    if name is None:
        return shown
    message = app.screen.query_one("#meta-form").message_of(name)
    assert " ".join(message.split())[:30] in " ".join(shown.split()), (message, shown)
    return message


async def enter_value(pilot: Pilot[object], name: str, text: str) -> Input:
    """Focus the field, replace its text and press Enter."""
    box = await open_field(pilot, name)
    box.value = text
    await pilot.press("enter")
    await pilot.pause()
    return box
