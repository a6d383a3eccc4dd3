"""User text renders literally and never changes the structure of the markdown."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cxworkshop.export import escape
from tests.export.mdparse import (
    expected_lines,
    inline_text,
    issue_refs,
    mentions,
    parse,
    without_joiners,
)

# Arbitrary unicode, heavily mixed with the characters and snippets markdown cares about.
SPECIAL = "#>-+*_=`~[]()<>!|$&;:@\\/\"'.1aZ9é \t\n\r"
SNIPPETS = ["<b>", "</i>", "<!-- ", "<a href=x>", "- ", "* ", "+ ", "# ", "### ", "1. ", "2) ",
            "> ", " | ", "\n", "\n\n", "`", "```", "**", "__", "_x_", "[x](y)", "![i](p)",
            "---", "===", "&amp;", "&#35;", "$x$", "~~", "    ", "\\", "[ ] ", "<https://a.b>",
            "@jan", "@org/team", "a@b.nl", "\\@x", "_@y", "#1", "#123 ", "zie #4", "repo#56",
            "\\#7", "&#8"]
MARKDOWNISH = st.lists(
    st.sampled_from(SNIPPETS) | st.sampled_from(list(SPECIAL)) | st.characters(), max_size=25
).map("".join)
# Texts that often *start* with markdown syntax, where it does the most harm.
LEADING = st.one_of(
    MARKDOWNISH,
    st.builds(lambda a, b: a + b, st.sampled_from(SNIPPETS + list(SPECIAL)), MARKDOWNISH),
)


NASTY = [
    "# kop",
    "## 1. probleem #",
    "> citaat",
    "- lijst",
    "+ plus",
    "* ster",
    "1. eerste",
    "3) derde",
    "---",
    "===",
    "***",
    "<script>alert(1)</script>",
    "<b>vet</b> &amp; &#35; &copy;",
    "a | b | c",
    "`code` en ```fence```",
    "~~~",
    "[link](https://example.com) ![img](x.png) [^1]",
    "[ref]: https://example.com",
    "**vet** *schuin* _schuin_ __vet__",
    "snake_case_name blijft leesbaar",
    "kost $5 en $10",
    "~~doorgestreept~~ ~enkel~",
    "backslash \\ aan het eind \\",
    "    ingesprongen code",
    "\ttab",
    "<https://example.com>",
    "regel een\nregel twee\r\n# regel drie\r- regel vier",
    "\x00nul\x1bescape\x7f",
    "- [ ] taak",
    "| --- | --- |",
    "vraag het @jan of @cx-team/leiding",
    "@sanne: bel terug",
    "_@x, é@y, (@z)",
    "zie #123 en cx/planning#45",
    "#1 probleem, (#2) en issue#3",
]


def _paragraph_text(markdown: str) -> str:
    """The text a single paragraph shows; it must not mention anyone on GitHub nor link
    to an issue. Word joiners (what keeps "@name" from being a mention and "#12" from
    being a link) are left out."""
    tokens = parse(markdown)
    assert [t.type for t in tokens] == ["paragraph_open", "inline", "paragraph_close"], markdown
    children = {c.type for c in tokens[1].children or []}
    assert children <= {"text", "text_special", "hardbreak", "softbreak"}, (markdown, children)
    assert not mentions(tokens[1]), markdown
    assert not issue_refs(tokens[1]), markdown
    return without_joiners(inline_text(tokens[1]))


@pytest.mark.parametrize("text", NASTY)
def test_inline_renders_literally(text):
    expected = without_joiners(" ".join(expected_lines(text)))
    if expected:
        assert _paragraph_text(escape.inline(text)) == expected


@pytest.mark.parametrize("text", NASTY)
def test_block_keeps_lines_as_hard_breaks(text):
    if expected_lines(text):
        expected = without_joiners("\n".join(expected_lines(text)))
        assert _paragraph_text(escape.block(text)) == expected


def test_readable_text_is_left_alone():
    plain = "Klant belt 3 keer (ca. 10 min.) over e-mail - snake_case, 50% korting!"
    assert escape.inline(plain) == plain


def test_escapes_what_would_start_a_block():
    assert escape.inline("# kop") == "\\# kop"
    assert escape.inline("1. punt") == "1\\. punt"
    assert escape.inline("> citaat") == "\\> citaat"
    assert escape.cell("a | b") == "a \\| b"
    assert escape.cell("een\ntwee") == "een<br>twee"


def test_block_in_a_list_item_stays_in_the_item():
    md = "- " + escape.block("eerste\n# tweede\n- derde", indent="  ")
    tokens = parse(md)
    assert [t.type for t in tokens].count("list_item_open") == 1
    assert not any(t.type == "heading_open" for t in tokens)
    inline = next(t for t in tokens if t.type == "inline")
    assert inline_text(inline) == "eerste\n# tweede\n- derde"


def test_mentions_are_neutralised_but_read_the_same():
    joiner = escape.WORD_JOINER
    assert escape.inline("@jan") == f"@{joiner}jan"
    assert escape.inline("bel @Sanne of @cx/team") == f"bel @{joiner}Sanne of @{joiner}cx/team"
    assert escape.cell("a\n@b") == f"a<br>@{joiner}b"
    # Not mentions on GitHub: inside a word (an e-mail address), or not followed by a name.
    assert escape.inline("jan@example.com, a_@b, @ en @@") == "jan@example.com, a\\_@b, @ en @@"
    assert escape.inline("@@jan") == f"@@{joiner}jan"


def test_issue_references_are_neutralised_but_read_the_same():
    joiner = escape.WORD_JOINER
    assert escape.inline("zie #123") == f"zie \\#{joiner}123"
    assert escape.inline("cx/planning#45") == f"cx/planning#{joiner}45"
    assert escape.inline("#1 probleem") == f"\\#{joiner}1 probleem"
    assert escape.cell("a\n(#2)") == f"a<br>(#{joiner}2)"
    assert escape.block("een\n#3", indent="  ") == f"een\\\n  \\#{joiner}3"
    # Not references: no digit after the "#" ("#" alone, a hashtag, an entity by name).
    assert escape.inline("C#, #tag en &#x41;") == "C#, \\#tag en \\&#x41;"


@given(MARKDOWNISH)
def test_inline_property(text):
    expected = without_joiners(" ".join(expected_lines(text)))
    if expected:
        assert _paragraph_text(escape.inline(text)) == expected
    else:
        assert escape.inline(text) == ""


@given(MARKDOWNISH)
def test_block_property(text):
    expected = without_joiners("\n".join(expected_lines(text)))
    if expected:
        assert _paragraph_text(escape.block(text)) == expected


@given(MARKDOWNISH, MARKDOWNISH)
def test_cell_property_keeps_columns_and_text(left, middle):
    md = "| a | b | c |\n| --- | --- | --- |\n" + f"| {escape.cell(left)} | {escape.cell(middle)} | z |"
    tokens = parse(md)
    cells = [t for t in tokens if t.type == "td_open"]
    assert len(cells) == 3
    inlines = [t for t in tokens if t.type == "inline"][3:]
    for token, source in zip(inlines, (left, middle, "z")):
        kinds = {c.type for c in token.children or []}
        assert kinds <= {"text", "text_special", "html_inline"}
        assert all(c.content == "<br>" for c in token.children or [] if c.type == "html_inline")
        assert not mentions(token)
        assert not issue_refs(token)
        assert without_joiners(inline_text(token)) == without_joiners(
            "\n".join(expected_lines(source)))
