"""Hours a year per department as horizontal bars, and the employee/customer split.

Bars are scaled to the biggest department and drawn in eighths of a cell, so small
differences still show. Department names are the user's own text and are never read as
markup.
"""

from __future__ import annotations

from rich.cells import cell_len
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static

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


class FrustrationBars(VerticalScroll):
    DEFAULT_CSS = """
    FrustrationBars { height: 1fr; padding: 0 1; }
    FrustrationBars > Static { width: 1fr; }
    """

    def __init__(self, lang: str, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.lang = lang
        self._totals: Totals | None = None
        self._drawn: tuple[object, ...] = ()
        self.body = Static("", id="bars-body")

    def compose(self):  # type: ignore[no-untyped-def]
        yield self.body

    def show_totals(self, totals: Totals) -> None:
        self._totals = totals
        self._draw()

    def on_resize(self) -> None:
        self._draw()

    def _draw(self) -> None:
        if self._totals is None:
            return
        width = max(20, self.scrollable_content_region.width or self.app.size.width // 3)
        key = (self._totals, width, self.lang)
        if key == self._drawn:
            return
        self._drawn = key
        self.body.update(self.render_bars(self._totals, width))

    def render_bars(self, totals: Totals, width: int) -> Content:
        lang = self.lang
        unit = t("tui.frustrations.bars.unit", lang)
        parts: list[Content | tuple[str, str] | str] = [
            (t("tui.frustrations.bars.title", lang), "bold"), "\n"]
        if not totals.by_department or totals.team_hours <= 0:
            parts.append((t("tui.frustrations.bars.empty", lang), "$text-muted"))
            return Content.assemble(*parts)
        names = {d: (t("tui.frustrations.bars.no_department", lang) if d == "-" else d)
                 for d in totals.by_department}
        label_width = min(max(cell_len(n) for n in names.values()), max(8, width // 3))
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
