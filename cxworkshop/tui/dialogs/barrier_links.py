"""Link a barrier to the frustrations it causes, and see the hours removing it frees.

Every toggle is handed to ``on_toggle(frustration_id)`` at once (the pane saves it as
``edits.toggle_link``), so nothing is lost when the dialog is closed in any way. The list
is a ``SelectionList`` (lazy, fast with a thousand frustrations), most hours first,
with a filter line on top. Typing in the list filters it straight away (the list keeps
the focus, so Space/Enter still toggle and the arrows still move); Backspace erases the
last letter of the filter; ``/`` goes to the filter line itself, where spaces separate
words. A linked row's box shows ✓ and an unlinked one stays empty, so the state reads
without colour (a projector, a monochrome terminal).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from rich.cells import cell_len
from rich.segment import Segment
from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.strip import Strip
from textual.widgets import Input, Label, SelectionList
from textual.widgets._toggle_button import ToggleButton
from textual.widgets.selection_list import Selection

from cxworkshop.i18n import t
from cxworkshop.tui.keys import localize_bindings
from cxworkshop.tui.widgets.barrier_format import hours_text, one_line


@dataclass(frozen=True)
class LinkChoice:
    """One frustration as the dialog lists it."""

    id: str
    text: str
    hours: float


LINKED_MARK = "✓"
UNLINKED_MARK = " "


class LinkList(SelectionList[str]):
    """A SelectionList whose boxes show ✓ when linked and stay empty when not (Textual
    draws the same X in both and tells them apart by colour only)."""

    def render_line(self, y: int) -> Strip:
        strip = super().render_line(y)
        segments = list(strip)
        if len(segments) < 3 or segments[1].text != ToggleButton.BUTTON_INNER:
            return strip  # not an option row
        option = self.get_option_at_index(self.scroll_offset.y + y)
        mark = LINKED_MARK if option.value in self._selected else UNLINKED_MARK
        segments[1] = Segment(mark, segments[1].style)
        return Strip(segments, strip.cell_length)


class BarrierLinksDialog(ModalScreen[None]):
    """``push_screen(BarrierLinksDialog(title, choices, linked, lang, on_toggle))``."""

    DEFAULT_CSS = """
    BarrierLinksDialog { align: center middle; }
    BarrierLinksDialog > Vertical {
        width: 95%; max-width: 120; height: 90%;
        border: thick $primary; background: $surface; padding: 0 1;
    }
    BarrierLinksDialog #links-title { text-style: bold; color: $primary; }
    BarrierLinksDialog #links-barrier { color: $text-muted; margin-bottom: 1; }
    BarrierLinksDialog SelectionList { height: 1fr; }
    BarrierLinksDialog SelectionList > .selection-list--button-selected,
    BarrierLinksDialog SelectionList > .selection-list--button-selected-highlighted {
        color: $background; background: $success; text-style: bold;
    }
    BarrierLinksDialog #links-total { text-style: bold; margin-top: 1; }
    BarrierLinksDialog #links-keys { color: $text-muted; width: 100%; }
    """

    BINDINGS = [
        Binding("escape,ctrl+s", "close", "tui.barriers.links.close", show=False),
        Binding("slash", "filter", "tui.barriers.links.filter", show=False),
    ]

    def __init__(
        self,
        barrier_text: str,
        choices: list[LinkChoice],
        linked: set[str],
        lang: str,
        on_toggle: Callable[[str], None],
    ) -> None:
        super().__init__()
        self.barrier_text = barrier_text
        self.choices = sorted(choices, key=lambda c: -c.hours)
        self.linked = {c.id for c in choices if c.id in linked}
        self.lang = lang
        self.on_toggle = on_toggle
        self._hours_width = max((cell_len(hours_text(c.hours, lang)) for c in choices), default=4)
        localize_bindings(self, lang)

    def compose(self) -> ComposeResult:
        lang = self.lang
        with Vertical():
            yield Label(t("tui.barriers.links.title", lang), id="links-title", markup=False)
            yield Label(Text(one_line(self.barrier_text)), id="links-barrier", markup=False)
            if not self.choices:
                yield Label(t("tui.barriers.links.none", lang), id="links-none", markup=False)
            yield Input(placeholder=t("tui.barriers.links.filter", lang), id="links-filter", compact=True)
            yield LinkList(*self._selections(""), id="links-list")
            yield Label(self._total_text(), id="links-total", markup=False)
            yield Label(t("tui.barriers.links.keys", lang), id="links-keys", markup=False)

    def on_mount(self) -> None:
        self.query_one(SelectionList).focus()

    def _selections(self, query: str) -> list[Selection[str]]:
        words = query.lower().split()
        rows = []
        for choice in self.choices:
            text = one_line(choice.text)
            if words and not all(word in text.lower() for word in words):
                continue
            prompt = Text(no_wrap=True, overflow="ellipsis", end="")
            prompt.append(hours_text(choice.hours, self.lang).rjust(self._hours_width), style="bold")
            prompt.append("  " + text)
            rows.append(Selection(prompt, choice.id, choice.id in self.linked))
        return rows

    def _total_text(self) -> str:
        hours = sum(c.hours for c in self.choices if c.id in self.linked)
        return t("tui.barriers.links.total", self.lang, count=len(self.linked),
                 hours=hours_text(hours, self.lang))

    @on(SelectionList.SelectionToggled)
    def toggled(self, event: SelectionList.SelectionToggled[str]) -> None:
        frustration_id = event.selection.value
        self.linked ^= {frustration_id}
        self.on_toggle(frustration_id)
        self.query_one("#links-total", Label).update(self._total_text())

    @on(Input.Changed, "#links-filter")
    def filter_changed(self, event: Input.Changed) -> None:
        selections = self.query_one(SelectionList)
        selections.clear_options()
        selections.add_options(self._selections(event.value))
        if selections.option_count:
            selections.highlighted = 0

    @on(Input.Submitted, "#links-filter")
    def filter_done(self) -> None:
        self.query_one(SelectionList).focus()

    def on_key(self, event: events.Key) -> None:
        """Letters typed in the list go to the filter line (Space stays a toggle)."""
        selections = self.query_one(SelectionList)
        if self.focused is not selections:
            return
        field = self.query_one("#links-filter", Input)
        if event.key == "backspace":
            field.value = field.value[:-1]
        elif event.is_printable and event.key not in ("space", "slash"):
            field.value += event.character or ""
        else:
            return
        field.cursor_position = len(field.value)
        event.stop()
        event.prevent_default()

    def action_filter(self) -> None:
        self.query_one("#links-filter", Input).focus()

    def action_close(self) -> None:
        self.dismiss(None)
