"""Frustration hours then and now: a table with changes, and then/now bars per department.

Both draw at paint time for the width they get (so they fit 80 columns as well as 160),
from plain functions that return styled ``Content``. Department names are the user's
own text and are never read as markup.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.cells import cell_len, set_cell_size
from textual.content import Content
from textual.widget import Widget

from cxworkshop.domain.followup import Change, Comparison
from cxworkshop.domain.frustration import totals
from cxworkshop.domain.models import Session
from cxworkshop.i18n import t
from cxworkshop.tui.widgets import compare_format as fmt

EIGHTHS = " ▏▎▍▌▋▊▉"
THEN_STYLE = "$foreground-muted"
NOW_STYLE = "$primary"
GAP = 2
MAX_DEPARTMENTS = 30  # rows in the table (the biggest first); the bars show fewer
MAX_BARS = 12


@dataclass(frozen=True)
class Row:
    """One line of the hours table. ``kind``: "heading", "note", "total", "plain" or
    "department"."""

    label: str
    kind: str
    change: Change | None = None
    then: str = ""
    now: str = ""
    delta: str = ""
    percent: str = ""


def change_row(label: str, change: Change, kind: str, lang: str, show=fmt.hours) -> Row:  # type: ignore[no-untyped-def]
    """A table row for ``change`` with figures written by ``show`` (hours, FTE, money)."""
    percent = fmt.percent(change, lang)
    return Row(label, kind, change, show(change.before, lang), show(change.after, lang),
               fmt.signed(show(change.delta, lang), change.delta), percent)


def department_label(name: str, lang: str) -> str:
    return t("tui.compare.no_department", lang) if name == "-" else name


def hours_rows(old: Session, new: Session, comparison: Comparison, lang: str) -> list[Row]:
    """Total, per person, FTE, cost (when both sessions have an hourly rate), per side and
    per department."""
    before, after = totals(old), totals(new)
    rows = [change_row(t("tui.compare.row.total", lang), comparison.hours, "total", lang)]
    if before.headcount > 1 or after.headcount > 1:
        rows.append(change_row(t("tui.compare.row.per_person", lang), comparison.per_person, "plain", lang))
    rows.append(change_row(t("tui.compare.row.fte", lang), Change(before.fte, after.fte), "plain", lang, fmt.fte))
    if before.cost is not None and after.cost is not None:
        currency = new.meta.currency
        rows.append(change_row(t("tui.compare.row.cost", lang), Change(before.cost, after.cost), "plain", lang,
                               lambda value, lang: fmt.money(value, currency, lang)))
    if comparison.by_side:
        rows.append(Row(t("tui.compare.row.by_side", lang), "heading"))
        for side, change in comparison.by_side.items():
            label = t(f"tui.compare.side.{side}", lang) if side in ("employee", "customer") else side
            rows.append(change_row(label, change, "plain", lang))
    if comparison.by_department:
        rows.append(Row(t("tui.compare.row.by_department", lang), "heading"))
        departments = list(comparison.by_department.items())
        for name, change in departments[:MAX_DEPARTMENTS]:
            rows.append(change_row(department_label(name, lang), change, "department", lang))
        if len(departments) > MAX_DEPARTMENTS:
            rows.append(Row(t("tui.compare.more", lang, count=len(departments) - MAX_DEPARTMENTS), "note"))
    return rows


def fit(text: str, width: int) -> str:
    """One line of at most ``width`` cells, ending in an ellipsis when cut."""
    line = " ".join(text.split())
    if width <= 0:
        return ""
    if cell_len(line) <= width:
        return line
    return set_cell_size(line, width - 1).rstrip() + "…"


def pad(text: str, width: int, right: bool = False) -> str:
    text = fit(text, width)
    space = " " * (width - cell_len(text))
    return space + text if right else text + space


def render_table(rows: list[Row], width: int, lang: str) -> Content:
    """The rows as aligned columns: label, then, now, change, percent."""
    headers = ["", t("tui.compare.col.then", lang), t("tui.compare.col.now", lang),
               t("tui.compare.col.change", lang), "%"]
    figures = [r for r in rows if r.kind not in ("heading", "note")]
    widths = [cell_len(h) for h in headers]
    for row in figures:
        for index, text in enumerate((row.then, row.now, row.delta, row.percent), start=1):
            widths[index] = max(widths[index], cell_len(text))
    numbers = sum(widths[1:]) + GAP * 4
    labels = max((cell_len(r.label) for r in rows), default=0)
    widths[0] = max(8, min(labels, width - numbers))
    lines: list[Content] = []
    header = "".join(
        (" " * GAP if index else "") + pad(text, widths[index], right=index > 0)
        for index, text in enumerate(headers)
    )
    lines.append(Content.assemble((header, "bold $foreground-muted")))
    for row in rows:
        if row.kind in ("heading", "note"):
            style = "bold $accent" if row.kind == "heading" else "italic $foreground-muted"
            lines.append(Content.assemble((fit(row.label, width), style)))
            continue
        style = "bold" if row.kind == "total" else ""
        change = row.change.delta if row.change is not None else 0.0
        trend = fmt.trend_style(change)
        lines.append(Content.assemble(
            (pad(row.label, widths[0]), style),
            " " * GAP, (pad(row.then, widths[1], right=True), f"{style} {THEN_STYLE}".strip()),
            " " * GAP, (pad(row.now, widths[2], right=True), style),
            " " * GAP, (pad(row.delta, widths[3], right=True), f"bold {trend}"),
            " " * GAP, (pad(row.percent, widths[4], right=True), trend),
        ))
    return Content("\n").join(lines)


def bar(fraction: float, width: int) -> str:
    """A bar ``fraction`` (0–1) of ``width`` cells long, to an eighth of a cell."""
    eighths = round(max(0.0, min(1.0, fraction)) * max(0, width) * 8)
    full, part = divmod(eighths, 8)
    return "█" * full + (EIGHTHS[part] if part else "")


def render_bars(departments: dict[str, Change], width: int, lang: str) -> Content:
    """Two bars per department, then (muted) and now (in colour), on one scale; the
    :data:`MAX_BARS` biggest departments (they come biggest first)."""
    title = (t("tui.compare.bars.title", lang), "bold $accent")
    hidden = max(0, len(departments) - MAX_BARS)
    departments = dict(list(departments.items())[:MAX_BARS])
    biggest = max((max(c.before, c.after) for c in departments.values()), default=0.0)
    if not departments or biggest <= 0:
        return Content.assemble(title, "\n", (t("tui.compare.bars.empty", lang), "$foreground-muted"))
    tags = (t("tui.compare.col.then", lang), t("tui.compare.col.now", lang))
    tag_width = max(cell_len(tag) for tag in tags)
    values = {name: (fmt.hours(c.before, lang), fmt.hours(c.after, lang)) for name, c in departments.items()}
    value_width = max(cell_len(v) for pair in values.values() for v in pair)
    label_width = min(max(cell_len(n) for n in departments), max(8, width * 3 // 10))
    bar_width = max(4, width - label_width - tag_width - value_width - 3 * 1 - 1)
    lines: list[Content] = [Content.assemble(title)]
    for name, change in departments.items():
        for index, (tag, value, style) in enumerate(
            ((tags[0], change.before, THEN_STYLE), (tags[1], change.after, NOW_STYLE))
        ):
            label = pad(name, label_width) if index == 0 else " " * label_width
            drawn = bar(value / biggest, bar_width)
            lines.append(Content.assemble(
                (label, "bold" if index == 0 else ""), " ", (pad(tag, tag_width), "$foreground-muted"), " ",
                (drawn, style), " " if drawn else "", (values[name][index], style),
            ))
    if hidden:
        lines.append(Content.styled(t("tui.compare.more", lang, count=hidden), "italic $foreground-muted"))
    return Content("\n").join(lines)


class HoursTable(Widget):
    """The table of hours; height follows the rows, width the container."""

    DEFAULT_CSS = "HoursTable { height: auto; width: 1fr; text-wrap: nowrap; text-overflow: clip; }"

    def __init__(self, lang: str, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.lang = lang
        self.rows: list[Row] = []

    def show_rows(self, rows: list[Row]) -> None:
        self.rows = rows
        self.refresh(layout=True)

    def get_content_height(self, container, viewport, width: int) -> int:  # type: ignore[no-untyped-def]
        return len(self.rows) + 1

    def render(self) -> Content:
        return render_table(self.rows, max(30, self.size.width), self.lang)


class DepartmentBars(Widget):
    DEFAULT_CSS = "DepartmentBars { height: auto; width: 1fr; margin-top: 1; text-wrap: nowrap; text-overflow: clip; }"

    def __init__(self, lang: str, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.lang = lang
        self.departments: dict[str, Change] = {}

    def show_departments(self, departments: dict[str, Change]) -> None:
        self.departments = departments
        self.refresh(layout=True)

    def get_content_height(self, container, viewport, width: int) -> int:  # type: ignore[no-untyped-def]
        if not any(max(c.before, c.after) > 0 for c in self.departments.values()):
            return 2
        shown = min(len(self.departments), MAX_BARS)
        return 1 + 2 * shown + (len(self.departments) > MAX_BARS)

    def render(self) -> Content:
        return render_bars(self.departments, max(30, self.size.width), self.lang)
