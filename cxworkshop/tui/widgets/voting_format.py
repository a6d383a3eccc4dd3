"""Pieces of text for the voting and tally screens, built as Textual ``Content``.

``Content`` never parses markup, so names and item texts like "[/]" stay as typed, and
its styles may use theme variables ("$accent"), so the projector theme recolours them.
Nothing here needs a running app except for measuring widths, which takes plain ints.
"""

from __future__ import annotations

import unicodedata

from textual.content import Content

DOT = "●"
NO_DOT = "·"
BLOCKS = " ▏▎▍▌▋▊▉█"
MAX_ITEM_LINES = 6


def flat(text: str) -> str:
    """``text`` on one logical line: newlines and runs of spaces become one space."""
    return " ".join(text.split())


def hang(prefix: Content, text: str, width: int, *, max_lines: int = MAX_ITEM_LINES,
         style: str = "", suffix: Content | None = None) -> Content:
    """``prefix`` then ``text`` wrapped to ``width`` cells, later lines indented under
    the text (a hanging indent), at most ``max_lines`` lines (the last one cut with "…").
    ``suffix`` follows the text: on its last line when it fits, else on a line of its own."""
    indent = prefix.cell_length
    room = max(8, width - indent)
    body = Content.styled(flat(text), style) if style else Content(flat(text))
    lines = body.wrap(room) or [Content("")]
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        last = lines[-1].rstrip()
        lines[-1] = (last.truncate(room - 1) if last.cell_length >= room else last) + "…"
    if suffix is not None and suffix.cell_length:
        if lines[-1].cell_length + 2 + suffix.cell_length <= room:
            lines[-1] = lines[-1] + Content("  ") + suffix
        else:
            lines.append(suffix.truncate(room, ellipsis=True))
    pad = Content.blank(indent)
    rows = [prefix + lines[0]] + [pad + line for line in lines[1:]]
    return Content("\n").join(rows)


def dots(count: int, slots: int) -> Content:
    """A participant's dots on one item: "● ●" in bold, "·" for none.

    Always ``2 * slots - 1`` cells wide (more when there are more dots than slots,
    which happens only when the cap was lowered in another window)."""
    width = 2 * max(slots, count, 1) - 1
    if count <= 0:
        return Content(NO_DOT).truncate(width, pad=True)
    # no colour of its own: on the highlighted row it takes the cursor's contrasting colour
    # (an accent colour vanishes on the projector theme's yellow cursor)
    return Content.styled(" ".join([DOT] * count), "bold").truncate(width, pad=True)


def bar(value: float, top: float, width: int) -> str:
    """A horizontal bar of ``width`` cells at most, ``value`` against ``top``, in eighths."""
    if width <= 0 or top <= 0 or value <= 0:
        return ""
    eighths = max(1, round(8 * width * min(value, top) / top))
    full, part = divmod(eighths, 8)
    return "█" * full + (BLOCKS[part] if part else "")


def is_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


def spaced(name: str, width: int) -> str:
    """A name made to look bigger by spacing its letters, when it fits and it is safe
    (letter spacing would break joined scripts such as Arabic)."""
    name = flat(name)
    if is_rtl(name) or any(unicodedata.combining(ch) for ch in name):
        return name
    wide = "  ".join(" ".join(word) for word in name.split(" "))
    return wide if 0 < len(wide) <= width else name


def names_list(names: list[str], limit: int = 6) -> str:
    """"Ann, Bram, Cem and 3 more" style list, for one line of status."""
    shown = [flat(n) for n in names[:limit]]
    rest = len(names) - len(shown)
    return ", ".join(shown) + (f" +{rest}" if rest > 0 else "")
