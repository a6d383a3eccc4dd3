"""Make user text safe inside GitHub-flavoured markdown.

Whatever people type in the room ("# 1 probleem", "<b>", "a | b", "- nee", "`rm`",
"[link](x)", "$5 en $10", "~~weg~~") must show up literally and never change the
structure of the document. Three contexts:

* :func:`inline` - one line (headings, bold labels): newlines become spaces.
* :func:`block` - a paragraph or list item: newlines become hard line breaks, each
  continuation line indented so it stays inside the list item or quote.
* :func:`cell` - a table cell: ``|`` is escaped and newlines become ``<br>``.

The escaping is targeted rather than blanket, so the plain text stays readable in an
email: ``.``, ``-``, ``(`` and friends are only escaped where they would start a
list, heading or quote.
"""

from __future__ import annotations

import re

# Characters that are markdown syntax anywhere in a line.
_ALWAYS = frozenset("\\`*[]<|~$")
# Entities such as "&amp;" or "&#35;" would be decoded; escape the ampersand then.
_ENTITY = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
# Line starts that open a block: heading, quote, list, thematic break, setext underline.
_BLOCK_START = frozenset("#>-+=")
_ORDERED = re.compile(r"^(\d{1,9})([.)])")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SPACES = re.compile(r"[ \t]+")

BR = "<br>"


def _lines(text: str) -> list[str]:
    """Non-empty lines, control characters dropped, runs of spaces and tabs squeezed."""
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return [line for line in lines if line]


def _escape_char(text: str, i: int) -> str:
    ch = text[i]
    if ch in _ALWAYS:
        return "\\" + ch
    if ch == "_":
        before = text[i - 1] if i > 0 else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        # Between two letters or digits "_" can never start or end emphasis.
        return "_" if before.isalnum() and after.isalnum() else "\\_"
    if ch == "#" and i > 0 and text[i - 1] == " ":
        return "\\#"  # could close an ATX heading ("Titel #")
    return ch


def escape_line(line: str) -> str:
    """Escape one line of user text (no newlines) so it renders literally."""
    out = "".join(_escape_char(line, i) for i in range(len(line)))
    out = _ENTITY.sub(r"\\&", out)
    if out[:1] in _BLOCK_START:
        out = "\\" + out
    else:
        out = _ORDERED.sub(r"\1\\\2", out, count=1)
    return out


def inline(text: str) -> str:
    """User text on a single line: newlines become spaces."""
    return escape_line(" ".join(_lines(text)))


def block(text: str, indent: str = "") -> str:
    """User text that may span lines: hard line breaks, continuation lines indented."""
    return ("\\\n" + indent).join(escape_line(line) for line in _lines(text))


def cell(text: str) -> str:
    """User text inside a table cell: ``|`` escaped, newlines as ``<br>``."""
    return BR.join(escape_line(line) for line in _lines(text))


def has_text(text: str | None) -> bool:
    return bool(text and _lines(text))
