"""One line that names the sections of the Promise step (the four B's and the drafts),
with a count each and the current one highlighted. Used when the screen is too small to
show them all; click a name or use PgUp/PgDn."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from textual.content import Content
from textual.message import Message
from textual.widgets import Static


class AreaBar(Static):
    DEFAULT_CSS = """
    AreaBar {
        height: 1; width: 1fr; padding: 0 1; background: $panel;
        link-style: none; link-color: $text; link-background: $panel;
        link-style-hover: bold underline; link-color-hover: $accent; link-background-hover: $panel;
    }
    """

    @dataclass
    class Picked(Message):
        section: str

    def show_sections(self, sections: Sequence[tuple[str, str, int]], current: str) -> None:
        """``sections`` holds (id, label, count) in display order."""
        parts: list[str | Content | tuple[str, str]] = []
        for index, (section, label, count) in enumerate(sections):
            if index:
                parts.append((" │ ", "$text-muted"))
            text = f" {label} {count} "
            if section == current:
                parts.append(Content.styled(text, "bold $background on $accent"))
            else:
                parts.append(Content.styled(text, f"@click=pick('{section}')"))
        self.update(Content.assemble(*parts))

    def action_pick(self, section: str) -> None:
        self.post_message(self.Picked(section))
