"""The shortened on-screen preview of the action plan (pure text, no Textual)."""

from __future__ import annotations

from cxworkshop.tui.widgets.plan_preview import leave_out_raw_input, parts, preview_markdown


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


def note(appendix: bool, charts: bool) -> str:
    return f"*left out: appendix={appendix} charts={charts}*"


PLAN = "\n".join([
    "# Plan", "", "## Hours", "", "| A | B |", "| --- | ---: |", "| a | 1 |", "",
    "```mermaid", "pie title Hours", '    "A" : 1', "```", "",
    "## Actions", "", "- do it", "",
    "## Appendix: everything", "", "### Frustrations", "", "| F | G |", "| --- | --- |", "| f | g |", "",
    "---", "", "Made with cxworkshop",
])


def test_the_appendix_and_charts_make_way_for_one_line_saying_the_file_has_them() -> None:
    shown = leave_out_raw_input(PLAN, "## Appendix: everything", note)
    assert shown.split("\n") == [
        "# Plan", "", "## Hours", "", "| A | B |", "| --- | ---: |", "| a | 1 |", "",
        "## Actions", "", "- do it", "",
        "*left out: appendix=True charts=True*", "",
        "---", "", "Made with cxworkshop",
    ]


def test_only_charts_left_out_puts_the_line_at_the_end() -> None:
    shown = leave_out_raw_input(PLAN, "## Not this heading", note)
    assert "mermaid" not in shown and "pie title" not in shown
    assert "### Frustrations" in shown, "no appendix heading matched: everything else stays"
    assert shown.endswith("Made with cxworkshop\n\n*left out: appendix=False charts=True*\n")


def test_other_code_blocks_stay_and_nothing_left_out_means_no_line() -> None:
    text = "\n".join(["# Plan", "", "```", "## Appendix: everything", "```", "", "End"])
    assert leave_out_raw_input(text, "## Appendix: everything", note) == text


def test_parts_start_at_headings_outside_code_blocks_and_join_back_to_the_text() -> None:
    text = "\n".join(["# Title", "intro", "## One", "", "```", "# not a heading", "```",
                      "### Two", "text", "#### Four stays inside", "## Three", ""])
    cut = parts(text)
    assert "\n".join(cut) == text
    assert [part.split("\n")[0] for part in cut] == ["# Title", "## One", "### Two", "## Three"]
    assert parts("") == [""]
