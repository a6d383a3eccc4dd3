"""Step 3: frustration hours — the number that makes the room go quiet.

Top to bottom: the totals (big), the assumptions behind them, the quick-entry row, and
the table of frustrations (most expensive first) with the hours per department as bars
beside it when there is room (ctrl+b switches table and bars on a small screen).
"""

from __future__ import annotations

from collections import Counter

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Static

from cxworkshop.domain import edits
from cxworkshop.domain.frustration import hours_per_year, totals
from cxworkshop.tui.dialogs.confirm import ConfirmDialog
from cxworkshop.tui.dialogs.frustration_assumptions import FrustrationAssumptionsDialog
from cxworkshop.tui.dialogs.frustration_edit import FrustrationEditDialog
from cxworkshop.tui.keys import key, localize_bindings
from cxworkshop.tui.steps.base import StepPane
from cxworkshop.tui.widgets import frustration_format as fmt
from cxworkshop.tui.widgets.frustration_bars import FrustrationBars
from cxworkshop.tui.widgets.frustration_entry import FrustrationEntry
from cxworkshop.tui.widgets.frustration_table import FrustrationTable
from cxworkshop.tui.widgets.frustration_totals import FrustrationTotals

WIDE = 120  # from this many cells wide the bars sit next to the table
TALL = 34  # from this many rows high the totals get a big number per figure


class FrustrationsPane(StepPane):
    STEP = "frustrations"

    DEFAULT_CSS = """
    FrustrationsPane { layout: vertical; }
    FrustrationsPane #assumptions { height: auto; padding: 0 1; color: $text-muted; background: $boost; }
    FrustrationsPane #frustrations-body { height: 1fr; }
    FrustrationsPane #table-area { width: 1fr; height: 1fr; }
    FrustrationsPane #empty { padding: 1 2; color: $text-muted; display: none; }
    FrustrationsPane.-empty #empty { display: block; }
    FrustrationsPane.-empty FrustrationTable { display: none; }
    FrustrationsPane FrustrationBars { width: 1fr; display: none; }
    FrustrationsPane.-wide FrustrationBars { width: 28%; min-width: 40; max-width: 64; }
    FrustrationsPane.-wide FrustrationBars { display: block; border-left: solid $primary 50%; }
    FrustrationsPane.-bars FrustrationBars { display: block; }
    FrustrationsPane.-bars #table-area { display: none; }
    FrustrationsPane.-wide #table-area { display: block; }
    """

    BINDINGS = [
        key("ctrl+b", "toggle_bars", "tui.frustrations.key.bars"),
        key("ctrl+o", "assumptions", "tui.frustrations.key.assumptions"),
        key("ctrl+n", "focus_entry", "tui.frustrations.key.new"),
        key("down", "focus_table", "tui.frustrations.key.table", show=False),
    ]

    def __init__(self, session, **kwargs: object) -> None:  # type: ignore[no-untyped-def]
        super().__init__(session, **kwargs)
        self._built_for = (self.lang, session.is_solo)
        self._focus_id: str | None = None
        self._departments: tuple[int, list[str]] = (-1, [])

    # -- building ----------------------------------------------------------------
    def compose(self) -> ComposeResult:
        lang, solo = self._built_for
        yield FrustrationTotals(lang, id="totals")
        yield Static("", id="assumptions", markup=False)
        yield FrustrationEntry(lang, solo=solo, departments=self.departments, id="entry")
        with Horizontal(id="frustrations-body"):
            with Vertical(id="table-area"):
                yield FrustrationTable(lang, id="table")
                yield Static(self.tr("tui.frustrations.empty" + (".solo" if solo else "")), id="empty", markup=False)
            yield FrustrationBars(lang, id="bars")

    def on_mount(self) -> None:
        localize_bindings(self, self.lang)
        for widget in (*self.query(FrustrationTable), *self.query("FrustrationChoice")):
            localize_bindings(widget, self.lang)
        self._apply_size()
        self.refresh_view()

    def on_resize(self) -> None:
        self._apply_size()

    def on_show(self) -> None:
        """Arriving at this step puts the cursor in the quick-entry text.

        (StepPane.on_show runs as well: Textual calls the handler of every class.)"""
        self.call_after_refresh(self._focus_entry_on_arrival)

    def _focus_entry_on_arrival(self) -> None:
        if self.display and self.screen is self.app.screen:
            self.query_one("#entry-text").focus()

    def _apply_size(self) -> None:
        width, height = self.size.width or self.app.size.width, self.size.height or self.app.size.height
        wide, tall = width >= WIDE, height >= TALL
        self.set_class(wide, "-wide")
        self.query_one(FrustrationTotals).set_roomy(tall)
        self.query_one(FrustrationEntry).set_roomy(tall)
        self.refresh_bindings()

    async def _rebuild(self) -> None:
        """The language or the mode changed: every label changes, so build afresh."""
        self._built_for = (self.lang, self.session.is_solo)
        await self.recompose()
        self.on_mount()

    def departments(self) -> list[str]:
        """Departments in the session, the most used first (for the entry's completion)."""
        if self._departments[0] != self.session.revision:
            counts = Counter(f.department.strip() for f in self.session.frustrations if f.department.strip())
            self._departments = (self.session.revision, [d for d, _ in counts.most_common()])
        return self._departments[1]

    # -- attributes down ------------------------------------------------------------
    def refresh_view(self) -> None:
        if (self.lang, self.session.is_solo) != self._built_for:
            self.call_later(self._rebuild)
            return
        session, lang = self.session, self.lang
        figures = totals(session)
        self.query_one(FrustrationTotals).show_totals(figures, session.meta, session.is_solo)
        self.query_one(FrustrationBars).show_totals(figures)
        self.query_one("#assumptions", Static).update(self._assumptions_text())
        self.set_class(not session.frustrations, "-empty")
        self.query_one(FrustrationTable).show_rows(session, lang, focus_id=self._focus_id)
        self._focus_id = None

    def _assumptions_text(self) -> str:
        meta, lang = self.session.meta, self.lang
        line = self.tr("tui.frustrations.assume.line", days=fmt.figure(meta.working_days, lang),
                       hours=fmt.figure(meta.hours_per_day, lang))
        if meta.hourly_rate is None:
            line += self.tr("tui.frustrations.assume.no_rate")
        else:
            rate = fmt.money(meta.hourly_rate, meta.currency, lang, cents=True)
            line += self.tr("tui.frustrations.assume.rate", rate=rate)
        reference = hours_per_year(3, 10, meta.working_days)
        explain = "tui.frustrations.assume.explain" + (".solo" if self.session.is_solo else "")
        return line + "\n" + self.tr(explain, ref=fmt.hours(reference, lang))

    # -- messages up -----------------------------------------------------------------
    @on(FrustrationEntry.Submitted)
    def _add(self, event: FrustrationEntry.Submitted) -> None:
        self._focus_id = event.frustration.id
        self.edit(edits.add("frustrations", event.frustration), self.tr("tui.frustrations.did.add"))

    @on(FrustrationTable.Requested)
    def _requested(self, event: FrustrationTable.Requested) -> None:
        frustration = self.session.frustration(event.item_id)
        if frustration is None:
            return
        if event.what == "edit":
            def changed(changes: dict | None) -> None:
                if changes:
                    self._focus_id = frustration.id
                    self.edit(edits.update("frustrations", frustration.id, **changes),
                              self.tr("tui.frustrations.did.edit"))

            self.app.push_screen(FrustrationEditDialog(frustration, self.lang), changed)
        else:
            hours = fmt.hours(hours_per_year(frustration.occurrences, frustration.minutes,
                                             self.session.meta.working_days, frustration.people,
                                             frustration.frequency), self.lang)
            question = self.tr("tui.frustrations.delete.question", text=fmt.shorten(frustration.text, 56), hours=hours)

            def confirmed(yes: bool | None) -> None:
                if yes:
                    self.edit(edits.remove("frustrations", frustration.id), self.tr("tui.frustrations.did.delete"))

            self.app.push_screen(ConfirmDialog(self.tr("tui.frustrations.delete.title"), question, self.lang),
                                 confirmed)

    # -- actions -----------------------------------------------------------------------
    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "toggle_bars":
            return not self.has_class("-wide")
        if action == "focus_table":
            return not self.has_class("-empty") and self.query_one(FrustrationEntry).has_focus_within
        return True

    def action_toggle_bars(self) -> None:
        table_had_focus = self.query_one(FrustrationTable).has_focus
        self.toggle_class("-bars")
        if table_had_focus and self.has_class("-bars"):  # a hidden table cannot keep the focus
            self.query_one("#entry-text").focus()

    def action_focus_entry(self) -> None:
        self.remove_class("-bars")
        self.query_one("#entry-text").focus()

    def action_focus_table(self) -> None:
        self.remove_class("-bars")
        self.query_one(FrustrationTable).focus()

    def action_assumptions(self) -> None:
        def changed(changes: dict | None) -> None:
            if changes:
                self.edit(edits.update_meta(**changes), self.tr("tui.frustrations.did.assumptions"))

        self.app.push_screen(FrustrationAssumptionsDialog(self.session.meta, self.lang), changed)
