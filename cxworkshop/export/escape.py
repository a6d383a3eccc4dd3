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

Pasted into a GitHub issue, ``@name`` would notify that user (or team) even when
escaped, because GitHub looks for mentions in the rendered text. A word joiner (U+2060,
invisible) after such an ``@`` stops that and still reads ``@name``; an ``@`` inside a
word, as in an e-mail address, is not a mention and stays as it is. Likewise ``#123``
(anywhere, also in ``owner/repo#123``) would link to an issue or pull request there: a
word joiner after the ``#`` keeps it from being read as a reference and still reads
``#123``.
"""

from __future__ import annotations

import re
from functools import lru_cache

# One pass over a line puts a backslash before each character that would be syntax:
# - markdown syntax anywhere in a line: backslash ` * [ ] < | ~ $
# - "_" unless it sits between two letters or digits (then it can't open or close
#   emphasis, and "snake_case" stays readable); [^\W_] means "a letter or digit"
# - "#" after a space (it could close an ATX heading: "Titel #")
# - "&" that starts an entity such as "&amp;" or "&#35;" (it would be decoded)
_INLINE = re.compile(
    r"[\\`*\[\]<|~$]"
    r"|_(?![^\W_])|(?<![^\W_])_"
    r"|(?<= )#"
    r"|&(?=#?[0-9A-Za-z]+;)"
)
# An "@" where GitHub would see a mention: not after an ASCII letter, digit or "_", and
# followed by an ASCII letter or digit (a user or an org/team name).
_MENTION = re.compile(r"(?<![0-9A-Za-z_])@(?=[0-9A-Za-z])")
# A "#" before a digit, which GitHub would turn into a link to issue or pull request.
_ISSUE_REF = re.compile(r"#(?=[0-9])")
WORD_JOINER = "\u2060"
# Line starts that open a block: heading, quote, list, thematic break, setext underline.
_BLOCK_START = frozenset("#>-+=")
_ORDERED = re.compile(r"^(\d{1,9})([.)])")
# Control characters (C0 but tab and newline, DEL, C1) and lone surrogates, which
# could not even be written to a UTF-8 file.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_SPACES = re.compile(r"[ \t]+")
# Anything _lines would change: control characters (incl. newlines and tabs), double
# spaces, or whitespace at either end.
_UNTIDY = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]|  |^\s|\s$")

BR = "<br>"
_CACHE = 4096  # the same departments, names and labels come back in every table


def _lines(text: str) -> list[str]:
    """Non-empty lines, control characters dropped, runs of spaces and tabs squeezed."""
    if not _UNTIDY.search(text):  # the usual case: one clean line
        return [text] if text else []
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return [line for line in lines if line]


def escape_line(line: str) -> str:
    """Escape one line of user text (no newlines) so it renders literally."""
    out = _INLINE.sub(r"\\\g<0>", line)
    if "@" in out:
        out = _MENTION.sub("@" + WORD_JOINER, out)
    if "#" in out:
        out = _ISSUE_REF.sub("#" + WORD_JOINER, out)
    if out[:1] in _BLOCK_START:
        return "\\" + out
    return _ORDERED.sub(r"\1\\\2", out, count=1)


@lru_cache(maxsize=_CACHE)
def inline(text: str) -> str:
    """User text on a single line: newlines become spaces."""
    return escape_line(" ".join(_lines(text)))


@lru_cache(maxsize=_CACHE)
def block(text: str, indent: str = "") -> str:
    """User text that may span lines: hard line breaks, continuation lines indented."""
    return ("\\\n" + indent).join(escape_line(line) for line in _lines(text))


@lru_cache(maxsize=_CACHE)
def cell(text: str) -> str:
    """User text inside a table cell: ``|`` escaped, newlines as ``<br>``."""
    return BR.join(escape_line(line) for line in _lines(text))


@lru_cache(maxsize=_CACHE)
def has_text(text: str | None) -> bool:
    return bool(text and _lines(text))
