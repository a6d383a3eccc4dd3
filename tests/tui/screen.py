"""What the screen shows, as plain text: for assertions on what a person sees."""

from __future__ import annotations

import io

from rich.console import Console
from textual.app import App


def screen_text(app: App) -> str:
    """The whole screen (with any screens shown under a dialog) as plain text."""
    width, height = app.size
    console = Console(width=width, height=height, file=io.StringIO(), force_terminal=True,
                      record=True, legacy_windows=False, safe_box=False)
    console.print(app.screen._compositor.render_update(full=True,
                                                       screen_stack=app._background_screens))
    return console.export_text()


def screen_lines(app: App) -> list[str]:
    """The screen as plain text, one string per row."""
    return screen_text(app).splitlines()
