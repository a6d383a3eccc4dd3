"""Hours a year per department as horizontal bars, and the employee/customer split.

Bars are scaled to the biggest department and drawn in eighths of a cell, so small
differences still show. Department names are the user's own text and are never read as
markup.
"""

from __future__ import annotations

from rich.cells import cell_len
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widget import Widget

from cxworkshop.domain.frustration import Totals
from cxworkshop.i18n import t
from cxworkshop.tui.widgets import frustration_format as fmt

EIGHTHS = " ▏▎▍▌▋▊▉"
SIDE_STYLES = {"employee": "$primary", "customer": "$warning"}


def bar(fraction: float, width: int) -> str:
    """A bar ``fraction`` (0–1) of ``width`` cells long, to an eighth of a cell."""
    eighths = round(max(0.0, min(1.0, fraction)) * width * 8)
    full, part = divmod(eighths, 8)
    return "█" * full + (EIGHTHS[part] if part else "")


class BarsBody(Widget):
    """Draws at paint time, so the bars always fit the width they are given."""

    DEFAULT_CSS = "BarsBody { height: auto; width: 1fr; text-wrap: nowrap; text-overflow: ellipsis; }"

    def __init__(self, lang: str, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.lang = lang
        self.totals: Totals | None = None

    def get_content_height(self, container, viewport, width: int) -> int:  # type: ignore[no-untyped-def]
        if self.totals is None or not self.totals.by_department or self.totals.team_hours <= 0:
            return 2
        return len(self.totals.by_department) + 6

    def render(self) -> Content:
        if self.totals is None:
            return Content("")
        return render_bars(self.totals, max(20, self.size.width), self.lang)


class FrustrationBars(VerticalScroll):
    DEFAULT_CSS = """
    FrustrationBars { height: 1fr; padding: 0 1; }
    """

    def __init__(self, lang: str, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.body = BarsBody(lang, id="bars-body")

    def compose(self):  # type: ignore[no-untyped-def]
        yield self.body

    def show_totals(self, totals: Totals) -> None:
        if totals != self.body.totals:
            self.body.totals = totals
            self.body.refresh(layout=True)


def render_bars(totals: Totals, width: int, lang: str) -> Content:
    """The bars as styled text, ``width`` cells wide."""
    unit = t("tui.frustrations.bars.unit", lang)
    parts: list[Content | tuple[str, str] | str] = [
        (t("tui.frustrations.bars.title", lang), "bold"), "\n"]
    if not totals.by_department or totals.team_hours <= 0:
        parts.append((t("tui.frustrations.bars.empty", lang), "$text-muted"))
        return Content.assemble(*parts)
    names = {d: (t("tui.frustrations.bars.no_department", lang) if d == "-" else d)
             for d in totals.by_department}
    label_width = min(max(cell_len(n) for n in names.values()), max(8, width * 2 // 5))
    values = {d: f"{fmt.hours(h, lang)} {unit}" for d, h in totals.by_department.items()}
    value_width = max(cell_len(v) for v in values.values())
    bar_width = max(4, width - label_width - value_width - 3)
    biggest = max(totals.by_department.values()) or 1.0
    for department, hours in totals.by_department.items():
        label = fmt.shorten(names[department], label_width)
        label += " " * (label_width - cell_len(label))
        drawn = bar(hours / biggest, bar_width)
        parts += [label, " ", (drawn, "$accent"), " " * (bar_width - cell_len(drawn) + 1),
                  (values[department].rjust(value_width), "bold"), "\n"]
    parts += ["\n", (t("tui.frustrations.bars.sides", lang), "bold"), "\n"]
    total = sum(totals.by_side.values()) or 1.0
    split_width = max(10, width - 1)
    employee = round(totals.by_side.get("employee", 0.0) / total * split_width)
    parts += [("█" * employee, SIDE_STYLES["employee"]),
              ("█" * (split_width - employee), SIDE_STYLES["customer"]), "\n"]
    sides = {side: t(f"side.{side}", lang) for side in ("employee", "customer")}
    name_width = max(cell_len(name) for name in sides.values())
    amounts = {side: f"{fmt.hours(totals.by_side.get(side, 0.0), lang)} {unit}" for side in sides}
    amount_width = max(cell_len(a) for a in amounts.values())
    for side, name in sides.items():
        share = round(totals.by_side.get(side, 0.0) / total * 100)
        parts += [("■ ", SIDE_STYLES[side]), name.ljust(name_width), "  ",
                  (amounts[side].rjust(amount_width), "bold"), f"  {share:>3}%", "\n"]
    return Content.assemble(*parts[:-1])
