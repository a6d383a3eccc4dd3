"""Parsing helpers for the markdown tests: a CommonMark parser with GFM tables and
strikethrough (what GitHub renders), and ways to read text back out of its tokens."""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.token import Token

MD = MarkdownIt("commonmark").enable(["table", "strikethrough"])

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


def parse(text: str) -> list[Token]:
    return MD.parse(text)


def inline_text(token: Token, *, br: str = "\n") -> str:
    """The literal text an inline token shows (line breaks and <br> as ``br``)."""
    out = []
    for child in token.children or []:
        if child.type in ("text", "text_special", "code_inline"):
            out.append(child.content)
        elif child.type in ("hardbreak", "softbreak"):
            out.append(br)
        elif child.type == "html_inline" and child.content == "<br>":
            out.append(br)
    return "".join(out)


def expected_lines(text: str) -> list[str]:
    """What user text should read as once rendered: control characters dropped, lines
    trimmed, blank lines and runs of spaces or tabs collapsed."""
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    lines = (re.sub(r"[ \t]+", " ", line).strip() for line in text.split("\n"))
    return [line for line in lines if line]
