"""Then and now: a follow-up session compared with the session it follows.

``CompareScreen(old, new, lang)``. The headline (total frustration hours then → now, with
the change) stays on top; below it, scrollable: the hours table (total, per person, FTE,
cost, per side, per department) with then/now bars per department, then frustrations,
barriers, actions and the promise. From 120 columns the hours sit left of the lists.
Read-only: nothing here changes a session.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Static

from cxworkshop.domain.followup import Comparison, compare, hours_by_frustration
from cxworkshop.domain.models import Session
from cxworkshop.i18n import t
from cxworkshop.tui.widgets.footer import CxFooter
from cxworkshop.tui.commands import Command, install_bindings
from cxworkshop.tui.widgets import compare_format as fmt
from cxworkshop.tui.widgets.compare_hours import DepartmentBars, HoursTable, department_label, hours_rows
from cxworkshop.tui.widgets.compare_lists import (
    CompareSection,
    actions_content,
    barriers_content,
    frustrations_content,
    promise_content,
)

SECTIONS = ("hours", "frustrations", "barriers", "actions", "promise")
WIDE = 120

COMMANDS: tuple[Command, ...] = (
    Command("compare.close", "escape", "close", "tui.compare.key.close", "tui.compare.help.close", display="Esc"),
    # the palette offers each part by name; the footer shows the digits as one entry
    *(Command(f"compare.goto.{name}", str(number), f"jump('{name}')", "tui.compare.key.goto",
              "tui.compare.help.goto", show=False, params=(("section", f"tui.compare.section.{name}"),))
      for number, name in enumerate(SECTIONS, start=1)),
    Command("compare.section", "1", "jump('hours')", "tui.compare.key.section", "tui.compare.help.section",
            display="1-5", palette=False),
    Command("compare.page_down", "pagedown", "page(1)", "tui.compare.key.page_down",
            "tui.compare.help.page_down", display="PgDn"),
    Command("compare.page_up", "pageup", "page(-1)", "tui.compare.key.page_up", "tui.compare.help.page_up",
            display="PgUp"),
    Command("compare.down", "down", "scroll_body(1)", "tui.compare.key.down", "tui.compare.help.line",
            show=False, palette=False),
    Command("compare.up", "up", "scroll_body(-1)", "tui.compare.key.up", "tui.compare.help.line",
            show=False, palette=False),
    Command("compare.home", "home", "edge(0)", "tui.compare.key.up", "tui.compare.help.edge",
            show=False, palette=False),
    Command("compare.end", "end", "edge(1)", "tui.compare.key.down", "tui.compare.help.edge",
            show=False, palette=False),
)


def headline(comparison: Comparison, lang: str) -> Content:
    """``Frustration hours a year: 1,234 → 987   ▼ −247 hours (−20%)``, coloured by the trend."""
    change = comparison.hours
    figures = t("tui.compare.headline", lang, then=fmt.hours(change.before, lang), now=fmt.hours(change.after, lang))
    if abs(change.delta) < 0.05:
        verdict = t("tui.compare.headline.same", lang)
    else:
        verdict = t("tui.compare.headline.change", lang, arrow=fmt.arrow(change.delta),
                    delta=fmt.delta_hours(change, lang), percent=fmt.percent(change, lang))
    return Content.assemble((figures, "bold"), "   ", (verdict, f"bold {fmt.trend_style(change.delta)}"))


class CompareScreen(Screen[None]):
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (WIDE, "-wide")]

    DEFAULT_CSS = """
    CompareScreen { layout: vertical; }
    CompareScreen > #compare-title {
        height: 1; padding: 0 1; background: $panel; color: $text; text-style: bold;
        text-wrap: nowrap; text-overflow: ellipsis;
    }
    CompareScreen > #compare-headline { height: auto; padding: 0 1; margin-bottom: 1; }
    CompareScreen > #compare-body { height: 1fr; padding: 0 1; }
    CompareScreen #compare-columns { height: auto; layout: vertical; }
    CompareScreen.-wide #compare-columns { layout: horizontal; }
    CompareScreen #compare-left, CompareScreen #compare-right { height: auto; width: 1fr; }
    CompareScreen.-wide #compare-left { width: 11fr; margin-right: 1; }
    CompareScreen.-wide #compare-right { width: 9fr; }
    CompareScreen #sec-hours {
        height: auto; border: round $primary 60%; padding: 0 1; margin-bottom: 1;
        border-title-style: bold; border-title-color: $text;
    }
    """

    def __init__(self, old: Session, new: Session, lang: str) -> None:
        super().__init__()
        self.old = old
        self.new = new
        self.lang = lang
        self.comparison = compare(old, new)
        self.changes = hours_by_frustration(old, new)
        self.table = HoursTable(lang, id="compare-hours-table")
        self.bars = DepartmentBars(lang, id="compare-bars")
        self.sections = {
            name: CompareSection(t(f"tui.compare.section.{name}", lang), id=f"sec-{name}")
            for name in SECTIONS[1:]
        }
        install_bindings(self, COMMANDS, lang)

    def compose(self) -> ComposeResult:
        lang, old, new = self.lang, self.old, self.new
        title = t("tui.compare.title", lang) + " · " + t(
            "tui.compare.subtitle", lang, then_title=" ".join(old.meta.title.split()), then_date=old.meta.date,
            now_title=" ".join(new.meta.title.split()), now_date=new.meta.date)
        yield Static(title, id="compare-title", markup=False)
        yield Static(headline(self.comparison, lang), id="compare-headline", markup=False)
        with VerticalScroll(id="compare-body", can_focus=False):
            with Horizontal(id="compare-columns"):
                with Vertical(id="compare-left"):
                    hours = Vertical(self.table, self.bars, id="sec-hours")
                    hours.border_title = t("tui.compare.section.hours", lang)
                    yield hours
                with Vertical(id="compare-right"):
                    yield from self.sections.values()
        yield CxFooter()

    def on_mount(self) -> None:
        self.show_comparison()

    def on_resize(self) -> None:
        self.call_after_refresh(self._show_frustrations)

    def show_comparison(self) -> None:
        lang, comparison = self.lang, self.comparison
        self.table.show_rows(hours_rows(self.old, self.new, comparison, lang))
        self.bars.show_departments(
            {department_label(name, lang): change for name, change in comparison.by_department.items()})
        self._show_frustrations()
        self.sections["barriers"].show(barriers_content(comparison, lang))
        self.sections["actions"].show(actions_content(comparison, lang))
        self.sections["promise"].show(promise_content(comparison, lang))

    def _show_frustrations(self) -> None:
        limit = 10 if self.size.width >= WIDE else 5
        self.sections["frustrations"].show(frustrations_content(self.comparison, self.changes, self.lang, limit))

    # -- keys ------------------------------------------------------------------
    def commands(self) -> tuple[Command, ...]:
        return COMMANDS

    @property
    def body(self) -> VerticalScroll:
        return self.query_one("#compare-body", VerticalScroll)

    def action_jump(self, section: str) -> None:
        self.body.scroll_to_widget(self.query_one(f"#sec-{section}"), top=True, animate=False)

    def action_page(self, direction: int) -> None:
        if direction > 0:
            self.body.scroll_page_down(animate=False)
        else:
            self.body.scroll_page_up(animate=False)

    def action_scroll_body(self, lines: int) -> None:
        self.body.scroll_relative(y=lines, animate=False)

    def action_edge(self, end: int) -> None:
        if end:
            self.body.scroll_end(animate=False)
        else:
            self.body.scroll_home(animate=False)

    def action_close(self) -> None:
        self.dismiss()
