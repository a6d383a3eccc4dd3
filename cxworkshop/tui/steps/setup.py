"""Step 1, Setup: the session's facts and assumptions, and who takes part.

Narrow screens stack the form above the participants; wide screens put them side by
side. Solo sessions have no participants, so that part is hidden.
"""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Label, Static

from cxworkshop.export.numbers import amount, number
from cxworkshop.tui.steps.base import StepPane
from cxworkshop.tui.widgets.setup_meta import MetaForm
from cxworkshop.tui.widgets.setup_participants import ParticipantsPanel

WIDE = 150  # side by side from here: narrower, the form's longest labels ("Uurtarief in EUR
# (niet verplicht)") no longer fit on their fields' top line
TALL = 34  # from this height on (or this width) the reference sum is shown under the form
ROOMY_WIDTH = 120


class SetupPane(StepPane):
    STEP = "setup"

    DEFAULT_CSS = """
    SetupPane { layout: vertical; padding: 0 1; }
    SetupPane.-wide { layout: horizontal; }
    SetupPane > #setup-meta { height: auto; width: 1fr; }
    SetupPane.-wide > #setup-meta { height: 1fr; margin-right: 2; }
    SetupPane .section-heading { text-style: bold; color: $primary; }
    SetupPane #assumption-hint {
        display: none; margin-top: 1; padding: 0 1; border-left: tall $accent; height: auto;
    }
    SetupPane.-roomy #assumption-hint { display: block; }
    """

    def compose(self) -> ComposeResult:
        with Vertical(id="setup-meta"):
            yield Label(self.tr("tui.setup.meta_heading"), classes="section-heading", markup=False)
            yield MetaForm(self.session, id="meta-form")
            yield Static(self._hint(), id="assumption-hint", markup=False)
            if self.session.is_solo:
                yield Label(self.tr("tui.setup.solo_note"), id="setup-solo-note", markup=False)
        panel = ParticipantsPanel(self.session, id="participants")
        panel.display = not self.session.is_solo
        yield panel

    def on_resize(self, event: events.Resize) -> None:
        self.set_class(event.size.width >= WIDE, "-wide")
        self.set_class(event.size.width >= ROOMY_WIDTH or event.size.height >= TALL, "-roomy")

    def _hint(self) -> str:
        """The reference sum with this session's assumptions (3 × 10 minutes a day)."""
        meta = self.session.meta
        hours = 0.5 * meta.working_days
        fte = hours / (meta.working_days * meta.hours_per_day)
        return self.tr("tui.setup.hint", days=number(meta.working_days, self.lang, 0),
                       hours=number(hours, self.lang, 0), fte=number(fte, self.lang, 2),
                       hours_per_day=amount(meta.hours_per_day, self.lang))

    def refresh_view(self) -> None:
        self.query_one(MetaForm).show(self.session)
        self.query_one("#assumption-hint", Static).update(self._hint())
        panel = self.query_one(ParticipantsPanel)
        panel.display = not self.session.is_solo
        panel.show(self.session)
