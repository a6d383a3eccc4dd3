"""Make the markdown action plan light enough to show on screen.

Textual's Markdown widget builds widgets per table cell and list item: a table of 1 000
frustrations takes tens of seconds to mount (measured: ~33 s on these machines). On
screen nobody reads past the first rows anyway, so the preview keeps the first rows of
each long table and list and says how many more are in the file. The file written
(or copied) is always the full document.
"""

from __future__ import annotations

import re
from collections.abc import Callable

PREVIEW_ROWS = 20

_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
_BULLET = re.compile(r"^[-*+] ")
_FENCE = re.compile(r"^\s*(```|~~~)")


def _is_table_row(line: str) -> bool:
    return line.lstrip().startswith("|")


def preview_markdown(markdown: str, more_rows: Callable[[int], str], max_rows: int = PREVIEW_ROWS) -> str:
    """``markdown`` with every table and top-level list cut to ``max_rows`` rows/items.

    ``more_rows(n)`` gives the (markdown) line that replaces ``n`` rows left out.
    Code blocks are left alone.
    """
    lines = markdown.split("\n")
    out: list[str] = []
    i = 0
    in_fence = False
    while i < len(lines):
        line = lines[i]
        if _FENCE.match(line):
            in_fence = not in_fence
        if in_fence:
            out.append(line)
            i += 1
            continue
        if _is_table_row(line) and i + 1 < len(lines) and _SEPARATOR.match(lines[i + 1]):
            end = i + 2
            while end < len(lines) and _is_table_row(lines[end]):
                end += 1
            rows = end - (i + 2)
            if rows > max_rows:
                out += lines[i : i + 2 + max_rows]
                out += ["", more_rows(rows - max_rows)]
            else:
                out += lines[i:end]
            i = end
            continue
        if _BULLET.match(line):
            end = i
            items = 0
            kept_until = None
            while end < len(lines) and (_BULLET.match(lines[end]) or lines[end].startswith("  ")):
                if _BULLET.match(lines[end]):
                    items += 1
                    if items == max_rows + 1:
                        kept_until = end
                end += 1
            if kept_until is not None:
                out += lines[i:kept_until]
                out += ["", more_rows(items - max_rows)]
            else:
                out += lines[i:end]
            i = end
            continue
        out.append(line)
        i += 1
    return "\n".join(out)
