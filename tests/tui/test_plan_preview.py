"""The shortened on-screen preview of the action plan (pure text, no Textual)."""

from __future__ import annotations

from cxworkshop.tui.widgets.plan_preview import preview_markdown


def more(count: int) -> str:
    return f"*{count} more*"


def table(rows: int) -> list[str]:
    return ["| A | B |", "| --- | ---: |", *[f"| a{i} | {i} |" for i in range(rows)]]


def test_short_documents_are_unchanged() -> None:
    text = "\n".join(["# Title", "", *table(3), "", "- one", "- two", "", "```", "| x |", "```"])
    assert preview_markdown(text, more, max_rows=3) == text


def test_long_tables_keep_header_and_first_rows_and_say_how_many_more() -> None:
    text = "\n".join(["## Frustrations", "", *table(50), "", "After"])
    lines = preview_markdown(text, more, max_rows=5).split("\n")
    assert lines == ["## Frustrations", "", *table(5), "", "*45 more*", "", "After"]


def test_long_lists_are_cut_at_whole_items() -> None:
    items = []
    for i in range(8):
        items += [f"- item {i}", f"  continued {i}"]
    lines = preview_markdown("\n".join(["Intro", *items, "", "End"]), more, max_rows=3).split("\n")
    assert lines == ["Intro", *items[:6], "", "*5 more*", "", "End"]


def test_tables_inside_code_blocks_are_left_alone() -> None:
    text = "\n".join(["```", *table(40), "```"])
    assert preview_markdown(text, more, max_rows=3) == text
