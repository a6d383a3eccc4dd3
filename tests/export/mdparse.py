"""Parsing helpers for the markdown tests: a CommonMark parser with GFM tables and
strikethrough (what GitHub renders), and ways to read text back out of its tokens."""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.token import Token

MD = MarkdownIt("commonmark").enable(["table", "strikethrough"])

# What GitHub takes for an @mention in rendered text (a user, or an org/team).
_MENTION = re.compile(r"(?<![0-9A-Za-z_])@[0-9A-Za-z]")
# What GitHub takes for a reference to an issue or pull request ("#12", "owner/repo#12").
_ISSUE_REF = re.compile(r"#[0-9]")
_JOINER = "\u2060"

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


def text_runs(token: Token) -> list[str]:
    """The stretches of text an inline token shows between markup (each one text node
    in the HTML, which is where GitHub looks for mentions; code spans it leaves alone)."""
    runs, run = [], []
    for child in token.children or []:
        if child.type in ("text", "text_special"):
            run.append(child.content)
        else:
            runs.append("".join(run))
            run = []
    runs.append("".join(run))
    return [r for r in runs if r]


def mentions(token: Token) -> list[str]:
    """The @mentions GitHub would make of an inline token's text (should be none)."""
    return [m.group() for run in text_runs(token) for m in _MENTION.finditer(run)]


def issue_refs(token: Token) -> list[str]:
    """The issue or pull-request links GitHub would make of an inline token's text (should
    be none)."""
    return [m.group() for run in text_runs(token) for m in _ISSUE_REF.finditer(run)]


def without_joiners(text: str) -> str:
    """Text with word joiners dropped (the export puts one after a would-be mention or
    issue reference)."""
    return text.replace(_JOINER, "")
