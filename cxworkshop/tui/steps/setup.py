"""Step 1, Setup: the session's facts and assumptions, and who takes part.

Narrow screens stack the form above the participants; wide screens put them side by
side. Solo sessions have no participants, so that part is hidden.
"""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Label

from cxworkshop.tui.steps.base import StepPane
from cxworkshop.tui.widgets.setup_meta import MetaForm
from cxworkshop.tui.widgets.setup_participants import ParticipantsPanel

WIDE = 120


class SetupPane(StepPane):
    STEP = "setup"

    DEFAULT_CSS = """
    SetupPane { layout: vertical; padding: 0 1; }
    SetupPane.-wide { layout: horizontal; }
    SetupPane > #setup-meta { height: auto; width: 1fr; }
    SetupPane.-wide > #setup-meta { height: 1fr; margin-right: 2; }
    SetupPane .section-heading { text-style: bold; color: $primary; }
    SetupPane > #setup-intro { color: $text-muted; }
    """

    def compose(self) -> ComposeResult:
        with Vertical(id="setup-meta"):
            yield Label(self.tr("tui.setup.meta_heading"), classes="section-heading")
            yield MetaForm(self.session, id="meta-form")
            if self.session.is_solo:
                yield Label(self.tr("tui.setup.solo_note"), id="setup-solo-note")
        panel = ParticipantsPanel(self.session, id="participants")
        panel.display = not self.session.is_solo
        yield panel

    def on_resize(self, event: events.Resize) -> None:
        self.set_class(event.size.width >= WIDE, "-wide")

    def refresh_view(self) -> None:
        self.query_one(MetaForm).show(self.session)
        panel = self.query_one(ParticipantsPanel)
        panel.display = not self.session.is_solo
        panel.show(self.session)
