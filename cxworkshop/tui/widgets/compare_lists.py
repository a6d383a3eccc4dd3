"""What changed in words: frustrations, barriers, actions and the promise, then and now.

Each section is built by a plain function that returns styled ``Content`` (item texts
are the user's own and never read as markup) and shown in a bordered
:class:`CompareSection`.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.content import Content
from textual.widget import Widget

from cxworkshop.domain.followup import Comparison
from cxworkshop.i18n import t
from cxworkshop.tui.widgets import compare_format as fmt

GOOD, BAD, NEUTRAL = "$success", "$warning", "$text"
BULLET = "  • "
MAX_ITEMS = 40  # per group: a longer list is not read on screen anyway (the export has all)


@dataclass(frozen=True)
class Entry:
    """One line of a section before wrapping: a bullet item wraps under its own text."""

    content: Content
    bullet: bool = False


def _flat(text: str) -> str:
    return " ".join(text.split())


def group(title_key: str, items: list[str], style: str, lang: str, notes: dict[str, str] | None = None) -> list[Entry]:
    """A heading with a count, then one bullet per item (``notes`` adds a muted remark)."""
    entries = [Entry(Content.styled(t(title_key, lang, count=len(items)), f"bold {style}"))]
    if not items:
        entries.append(Entry(Content.styled(t("tui.compare.none", lang), "$foreground-muted"), bullet=True))
    for item in items[:MAX_ITEMS]:
        remark = (notes or {}).get(item)
        parts: list[str | tuple[str, str]] = [_flat(item) or "–"]
        if remark:
            parts += ["  ", (remark, "$foreground-muted")]
        entries.append(Entry(Content.assemble(*parts), bullet=True))
    if len(items) > MAX_ITEMS:
        more = t("tui.compare.more", lang, count=len(items) - MAX_ITEMS)
        entries.append(Entry(Content.styled(more, "italic $foreground-muted"), bullet=True))
    return entries


def layout(entries: list[Entry], width: int) -> list[Content]:
    """Wrap ``entries`` to ``width`` cells; bullet items get a hanging indent."""
    lines: list[Content] = []
    indent = len(BULLET)
    for entry in entries:
        room = max(1, width - indent if entry.bullet else width)
        if "\n" not in entry.content.plain and entry.content.cell_length <= room:
            wrapped = [entry.content]  # fits: no need to wrap (most items, and cheap)
        else:
            wrapped = entry.content.wrap(room) or [Content("")]
        if not entry.bullet:
            lines.extend(wrapped)
            continue
        lines.append(Content(BULLET) + wrapped[0])
        lines.extend(Content(" " * indent) + line for line in wrapped[1:])
    return lines


def frustrations_content(
    comparison: Comparison, changes: list[tuple[str, float, float]], lang: str, limit: int = 5
) -> list[Entry]:
    """Gone and new frustrations, and the biggest changes in hours of those in both."""
    entries = group("tui.compare.frustrations.removed", comparison.frustrations_removed, GOOD, lang)
    entries += group("tui.compare.frustrations.new", comparison.frustrations_new, BAD, lang)
    moved = [row for row in changes if row[1] > 0 and row[2] > 0 and abs(row[2] - row[1]) >= 0.05]
    moved.sort(key=lambda row: -abs(row[2] - row[1]))
    if moved:
        entries.append(Entry(Content.styled(t("tui.compare.frustrations.biggest", lang), "bold")))
        for text, before, after in moved[:limit]:
            delta = after - before
            figures = t("tui.compare.then_now", lang, then=fmt.hours(before, lang), now=fmt.hours(after, lang))
            entries.append(Entry(Content.assemble(
                _flat(text), "  ", (figures, "$foreground-muted"), " ",
                (fmt.signed(fmt.hours(delta, lang), delta), f"bold {fmt.trend_style(delta)}"),
            ), bullet=True))
    return entries


def barriers_content(comparison: Comparison, lang: str) -> list[Entry]:
    entries = group("tui.compare.barriers.removed", comparison.barriers_removed, GOOD, lang)
    entries += group("tui.compare.barriers.new", comparison.barriers_new, BAD, lang)
    entries += group("tui.compare.barriers.kept", comparison.barriers_kept, NEUTRAL, lang)
    return entries


def _status_notes(comparison: Comparison, lang: str) -> dict[str, str]:
    """what -> "open → done" for every action whose status changed."""
    notes = {}
    for what, (then, now) in comparison.action_status.items():
        notes[what] = t("tui.compare.status_change", lang, then=t(f"status.{then}", lang), now=t(f"status.{now}", lang))
    return notes


def actions_content(comparison: Comparison, lang: str) -> list[Entry]:
    notes = _status_notes(comparison, lang)
    entries = group("tui.compare.actions.done", comparison.actions_done, GOOD, lang, notes)
    entries += group("tui.compare.actions.open", comparison.actions_still_open, NEUTRAL, lang, notes)
    entries += group("tui.compare.actions.dropped", comparison.actions_dropped, "$foreground-muted", lang, notes)
    return entries


def promise_content(comparison: Comparison, lang: str) -> list[Entry]:
    none = t("tui.compare.promise.none", lang)
    verdict = "tui.compare.promise.changed" if comparison.promise_changed else "tui.compare.promise.same"
    return [
        Entry(Content.styled(t("tui.compare.promise.then", lang), "bold $foreground-muted")),
        Entry(Content.styled(_flat(comparison.promise_before) or none, "$foreground-muted"), bullet=True),
        Entry(Content.styled(t("tui.compare.promise.now", lang), "bold")),
        Entry(Content.styled(_flat(comparison.promise_after) or none, "bold"), bullet=True),
        Entry(Content.styled(t(verdict, lang), "italic $accent")),
    ]


class CompareSection(Widget):
    """A bordered block with a title; draws its entries for the width it gets."""

    DEFAULT_CSS = """
    CompareSection {
        height: auto; width: 1fr; border: round $primary 60%; padding: 0 1; margin-bottom: 1;
        border-title-style: bold; border-title-color: $text;
        text-wrap: nowrap; text-overflow: clip;
    }
    """

    def __init__(self, title: str, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.border_title = title
        self.entries: list[Entry] = []
        self._lines: dict[int, list[Content]] = {}  # by width: layout asks for a few widths

    def show(self, entries: list[Entry]) -> None:
        self.entries = entries
        self._lines = {}
        self.refresh(layout=True)

    def lines(self, width: int) -> list[Content]:
        if width not in self._lines:
            if len(self._lines) >= 4:
                self._lines.pop(next(iter(self._lines)))
            self._lines[width] = layout(self.entries, width)
        return self._lines[width]

    def get_content_height(self, container, viewport, width: int) -> int:  # type: ignore[no-untyped-def]
        return max(1, len(self.lines(width)))

    def render(self) -> Content:
        return Content("\n").join(self.lines(self.content_region.width or self.size.width))
