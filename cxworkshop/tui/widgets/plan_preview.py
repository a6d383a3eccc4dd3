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


_HEADING = re.compile(r"^#{1,3} ")
_RULE = re.compile(r"^ {0,3}([-*_])( *\1){2,} *$")


def leave_out_raw_input(markdown: str, appendix_heading: str, note: Callable[[bool, bool], str]) -> str:
    """``markdown`` without its appendix and its mermaid charts, for reading on screen.

    The appendix is the section under the line ``appendix_heading`` (a "## ..." line),
    up to the next heading of level 1 or 2 or a horizontal rule (the footer).
    ``note(appendix, charts)`` gives the (markdown) line that says what was left out; it
    takes the appendix's place, or comes last when only charts were left out."""
    lines = markdown.split("\n")
    out: list[str] = []
    at = -1
    in_fence = in_chart = in_appendix = False
    dropped_appendix = dropped_chart = False
    for line in lines:
        fence = bool(_FENCE.match(line))
        if not in_fence and not in_chart:
            if line.rstrip() == appendix_heading:
                in_appendix = dropped_appendix = True
                at = len(out)
                continue
            if in_appendix and (re.match(r"^#{1,2} ", line) or _RULE.match(line)):
                in_appendix = False
            if fence and line.strip().startswith(("```mermaid", "~~~mermaid")):
                in_chart = dropped_chart = True
                continue
        elif in_chart:
            if fence:
                in_chart = False
            continue
        if fence:
            in_fence = not in_fence
        if not in_appendix:
            out.append(line)
    if dropped_appendix or dropped_chart:
        if at < 0:
            while out and not out[-1].strip():
                out.pop()
            out.append("")
            at = len(out)
        out[at:at] = [note(dropped_appendix, dropped_chart), ""]
    return _squeeze("\n".join(out))


def _squeeze(markdown: str) -> str:
    """No runs of more than one blank line (left where blocks were taken out)."""
    return re.sub(r"\n{3,}", "\n\n", markdown)


def parts(markdown: str) -> list[str]:
    """``markdown`` cut before every heading of level 1 to 3 (not inside code blocks):
    ``"\\n".join(parts(text)) == text``. The screen shows the plan part by part."""
    result: list[list[str]] = [[]]
    in_fence = False
    for line in markdown.split("\n"):
        if _FENCE.match(line):
            in_fence = not in_fence
        elif not in_fence and _HEADING.match(line) and any(result[-1]):
            result.append([])
        result[-1].append(line)
    return ["\n".join(part) for part in result]
