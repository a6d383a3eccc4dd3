"""How the plan's tables are laid out as text on screen: a grid where it fits, records where not.

A table whose columns all fit the width (every column as wide as its longest word, and
text columns at least :data:`MIN_COLUMN` cells) is drawn as a grid in thin lines, cells
wrapped. A table that does not fit — the frustrations or barriers with nine or ten
columns at 80 columns — would wrap one letter per line; it is drawn as a record list
instead, one small block per row that reads from the back of the room::

    F1 · Klantgegevens opzoeken in drie systemen voordat ik een vraag over de
         jaarafrekening kan beantwoorden
      Kant: medewerker   Afdeling: Klantenservice      Hoe vaak: 8× per dag
      Minuten: 4            Mensen: 6   Uur/jaar: 640,0   Aandeel: 18%

The title is the first cell (with the second after it when the first is a short
reference such as F1 or B3); every other cell is "Column: value", the fields packed the
same way in every block so their values line up. Only the screen changes: the markdown
file keeps its tables.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.cells import cell_len
from textual.content import Content

LINE = ".plan-table--lines"
HEADER = ".plan-table--header"
LABEL = ".plan-table--label"

MIN_COLUMN = 16  # a text column narrower than this wraps into a tower of short lines
SHORT_REF = 5  # a first column this narrow holds references (F1, B12): titles take the next cell too
INDENT = 2  # the fields of a record, under its title
GAP = 3  # between two fields on one line

Cell = tuple[Content, str]  # the cell's text and its alignment ("left", "right", "center")


def fit(content: Content, width: int, align: str) -> list[Content]:
    """``content`` wrapped to ``width`` cells, every line padded to exactly ``width``."""
    lines = content.wrap(width) if content.cell_length > width or "\n" in content.plain else [content]
    fitted = []
    for line in lines or [Content("")]:
        line = line.rstrip().truncate(width)
        room = width - line.cell_length
        if align == "right":
            line = line.pad_left(room)
        elif align == "center":
            line = line.pad(room // 2, room - room // 2)
        else:
            line = line.pad_right(room)
        fitted.append(line)
    return fitted


def column_widths(natural: Sequence[int], minimal: Sequence[int], room: int) -> list[int]:
    """Widths for columns that want ``natural`` cells and need ``minimal`` (their longest
    word) within ``room`` cells: natural widths when they fit, else each column gets its
    minimum plus a share of the rest in proportion to what it still wants."""
    if sum(natural) <= room:
        return list(natural)
    minimal = [min(m, n) for m, n in zip(minimal, natural)]
    if sum(minimal) >= room:  # even the longest words do not fit: shrink them all
        share = room / max(sum(minimal), 1)
        return [max(1, int(m * share)) for m in minimal]
    spare = room - sum(minimal)
    wants = [n - m for n, m in zip(natural, minimal)]
    total = sum(wants)
    widths = [m + spare * w // total for m, w in zip(minimal, wants)]
    left = room - sum(widths)
    for index in sorted(range(len(widths)), key=lambda i: -wants[i])[:left]:
        widths[index] += 1
    return widths


def _natural(rows: Sequence[Sequence[Cell]], count: int) -> list[int]:
    return [max(max(map(cell_len, row[i][0].plain.split("\n"))) for row in rows) for i in range(count)]


def _minimal(rows: Sequence[Sequence[Cell]], count: int) -> list[int]:
    return [max(max(map(cell_len, row[i][0].plain.split()), default=0) for row in rows) for i in range(count)]


def _needed(rows: Sequence[Sequence[Cell]], count: int) -> list[int]:
    """Per column: its longest word, and at least :data:`MIN_COLUMN` cells (or all of
    its text when shorter), so no text column is squeezed into a tower of short lines."""
    return [max(m, min(n, MIN_COLUMN)) for n, m in zip(_natural(rows, count), _minimal(rows, count))]


def fits(rows: Sequence[Sequence[Cell]], width: int) -> bool:
    """Whether the table reads well as a grid ``width`` cells wide: every column gets
    what :func:`_needed` says."""
    count = len(rows[0]) if rows else 0
    return sum(_needed(rows, count)) + 3 * count + 1 <= width


def table_lines(rows: Sequence[Sequence[Cell]], width: int) -> list[Content]:
    """The table (header row first, every row as long) as a grid or as records."""
    if not rows or not rows[0]:
        return []
    return grid_lines(rows, width) if fits(rows, width) else record_lines(rows, width)


def grid_lines(rows: Sequence[Sequence[Cell]], width: int) -> list[Content]:
    """A header row in the primary colour, thin lines around the cells, cells wrapped."""
    count = len(rows[0])
    widths = column_widths(_natural(rows, count), _minimal(rows, count), max(count, width - 3 * count - 1))
    bar = Content.styled("│", LINE)

    def rule(left: str, middle: str, right: str) -> Content:
        return Content.styled(left + middle.join("─" * (w + 2) for w in widths) + right, LINE)

    lines = [rule("┌", "┬", "┐")]
    for index, row in enumerate(rows):
        if index:
            lines.append(rule("├", "┼", "┤"))
        columns = [fit(cell, w, align) for (cell, align), w in zip(row, widths)]
        if index == 0:
            columns = [[line.stylize(HEADER) for line in column] for column in columns]
        for y in range(max(len(column) for column in columns)):
            parts: list[Content | str] = [bar]
            for column, w in zip(columns, widths):
                parts += [" ", column[y] if y < len(column) else " " * w, " ", bar]
            lines.append(Content.assemble(*parts))
    lines.append(rule("└", "┴", "┘"))
    return lines


def record_lines(rows: Sequence[Sequence[Cell]], width: int) -> list[Content]:
    """Every row under the header as a block: a title line, then "Column: value" fields
    packed in lines the same way for every block; a blank line between blocks."""
    header, body = rows[0], rows[1:]
    count = len(header)
    natural = _natural(body, count) if body else [0] * count
    titled = 2 if count > 2 and natural[0] <= SHORT_REF else 1
    fields = list(range(titled, count))
    labels = {i: Content.styled(f"{header[i][0].plain.strip()}: ", LABEL) for i in fields}
    slots = {i: labels[i].cell_length + natural[i] for i in fields}
    room = max(8, width - INDENT)
    layout: list[list[int]] = []  # the fields on each line of a block
    used = room + 1
    for i in fields:
        if layout and used + GAP + slots[i] <= room:
            layout[-1].append(i)
            used += GAP + slots[i]
        else:
            layout.append([i])
            used = slots[i]
    lines: list[Content] = []
    for number, row in enumerate(body):
        if number:
            lines.append(Content(""))
        lines += _title(row, titled, width)
        for on_line in layout:
            lines += _fields(row, on_line, labels, natural, room)
    return lines


def _title(row: Sequence[Cell], titled: int, width: int) -> list[Content]:
    """The first cell, or "F1 · " and the second cell; wrapped under its own start."""
    first = row[0][0]
    second = row[1][0] if titled == 2 else Content("")
    head, text = Content(""), first
    if first.plain.strip() and second.plain.strip():
        head, text = Content.assemble(first, " · "), second
    elif second.plain.strip():
        text = second
    wrapped = text.wrap(max(8, width - head.cell_length)) or [Content("")]
    lines = [head + wrapped[0], *(Content(" " * head.cell_length) + line for line in wrapped[1:])]
    return [line.rstrip().stylize(HEADER) for line in lines]


def _fields(row: Sequence[Cell], on_line: Sequence[int], labels: dict[int, Content],
            natural: Sequence[int], room: int) -> list[Content]:
    """One line of fields; a field wider than the line wraps under its own label."""
    if len(on_line) == 1 and labels[on_line[0]].cell_length + natural[on_line[0]] > room:
        i = on_line[0]
        label = labels[i]
        hang = label.cell_length if label.cell_length <= room // 2 else 0
        value = row[i][0].wrap(max(8, room - hang)) or [Content("")]
        if hang:
            out = [label + value[0]] + [Content(" " * hang) + line for line in value[1:]]
        else:
            out = [label, *value]
        return [Content(" " * INDENT) + line.rstrip() for line in out]
    parts: list[Content] = [Content(" " * INDENT)]
    for n, i in enumerate(on_line):
        cell = row[i][0]  # left-aligned: "Minuten: 4", not "Minuten:     4"
        value = fit(Content(" ".join(cell.plain.split("\n"))) if "\n" in cell.plain else cell,
                    natural[i], "left")[0]
        if n:
            parts.append(Content(" " * GAP))
        parts += [labels[i], value]
    return [Content.assemble(*parts).rstrip()]
