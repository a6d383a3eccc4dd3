"""Unit tests: terminal formatting, and the pydantic-free parameter conversion."""

from typing import Annotated, Literal

import pytest
import typer
from typer.testing import CliRunner

from cxworkshop.cli import fmt
from cxworkshop.cli.fast import FastCommand, FastGroup, PlainParam


@pytest.mark.parametrize(
    ("value", "lang", "decimals", "expected"),
    [(1234.5, "en", 1, "1,234.5"), (1234.5, "nl", 1, "1.234,5"), (1234567, "nl", 0, "1.234.567"),
     (0.0625, "en", 2, "0.06")],
)
def test_number(value: float, lang: str, decimals: int, expected: str) -> None:
    assert fmt.number(value, lang, decimals) == expected


def test_plain_hours_and_money() -> None:
    assert fmt.plain(2.5, "nl") == "2,5" and fmt.plain(200.0, "en") == "200"
    assert fmt.hours(18.666, "en") == "18.7" and fmt.hours(1120, "en") == "1,120"
    assert fmt.money(15000, "EUR", "en") == "€15,000"
    assert fmt.money(15000, "EUR", "nl") == "€ 15.000"
    assert fmt.money(12.5, "CHF", "en") == "CHF 12.50"


def test_local_time_tolerates_rubbish() -> None:
    assert fmt.local_time("not a date") == "not a date"
    assert fmt.local_time("2026-03-01T09:00:00")[:10] == "2026-03-01"


def test_table_aligns_and_shortens_flexible_columns() -> None:
    rows = [["a-1", "A very long workshop title indeed", "12"], ["b-2", "Short", "3"]]
    lines = fmt.table(["Id", "Title", "Hours"], rows, right=frozenset({2}), flexible=(1,),
                      max_width=30)
    assert all(len(line) <= 30 for line in lines)
    assert lines[2].startswith("a-1  A very long") and lines[2].split()[-1] == "12"
    assert "…" in lines[2]
    assert lines[3].endswith(" 3")  # right-aligned under "Hours"
    wide = fmt.table(["Id", "Title", "Hours"], rows, flexible=(1,), max_width=None)
    assert "A very long workshop title indeed" in wide[2]


def test_changes_carry_a_real_minus_sign_and_no_sign_at_zero() -> None:
    assert fmt.delta_hours(-140, "en") == "\u2212140" and fmt.delta_hours(12.5, "nl") == "+12,5"
    assert fmt.delta_hours(-0.01, "en") == "0.0" and fmt.delta_hours(0, "en") == "0"
    assert fmt.percent(-46.667, "en") == "\u221247%" and fmt.percent(4.5, "nl") == "+4,5%"
    assert fmt.percent(0, "en") == "0%"
    assert fmt.signed(fmt.money(0.0, "EUR", "nl"), 0.0) == "€ 0"  # no change, no sign
    assert fmt.signed(fmt.money(2.9e-11, "EUR", "en"), -2.9e-11) == "€0.00"  # float noise neither


def test_table_indents_rows_under_a_heading_and_keeps_the_indent_when_shortening() -> None:
    rows = [["Per department", "", ""], ["Customer service and billing", "1,200", "\u221250"]]
    lines = fmt.table(["", "Then", "Change"], rows, right=frozenset({1, 2}), flexible=(0,),
                      indented=frozenset({1}), max_width=29, min_flexible=10)
    assert lines[2] == "Per department"
    assert lines[3].startswith("  Customer") and "…" in lines[3] and lines[3].endswith("\u221250")
    assert all(len(line) <= 29 for line in lines)


def make_app(seen: dict) -> typer.Typer:
    app = typer.Typer(cls=FastGroup, rich_markup_mode=None, add_completion=False)

    @app.callback()
    def root() -> None:
        pass

    def probe(
        name: str,
        mode: Annotated[Literal["team", "solo"], typer.Option()] = "team",
        loud: bool = False,
        count: int = 1,  # not a plain type: Typer's own conversion must still work
    ) -> None:
        seen.update(name=name, mode=mode, loud=loud, count=count)

    app.command("probe", cls=FastCommand)(probe)
    return app


def test_plain_conversion_of_strings_choices_and_flags() -> None:
    seen: dict = {}
    result = CliRunner().invoke(make_app(seen), ["probe", "Q3", "--mode", "solo", "--loud",
                                                 "--count", "4"])
    assert result.exit_code == 0, result.output
    assert seen == {"name": "Q3", "mode": "solo", "loud": True, "count": 4}


def test_plain_conversion_rejects_a_wrong_choice_as_usage_error() -> None:
    result = CliRunner().invoke(make_app({}), ["probe", "Q3", "--mode", "duo"])
    assert result.exit_code == 2
    assert "'duo' is not one of 'team', 'solo'" in result.stderr


def test_only_simple_parameters_get_the_plain_converter() -> None:
    command = typer.main.get_command(make_app({})).commands["probe"]
    ctx = command.make_context("probe", ["Q3"])  # parses, converting every parameter
    kinds = {p.name: type(p._runtime_param).__name__ for p in command.get_params(ctx)}
    assert kinds["name"] == kinds["mode"] == kinds["loud"] == kinds["help"] == PlainParam.__name__
    assert kinds["count"] != PlainParam.__name__


def test_table_leaves_out_optional_columns_before_squeezing_titles_too_far() -> None:
    headers = ["Id", "Title", "Lang", "Last change"]
    rows = [["abc", "Quarterly review of the contact centre", "nl", "2026-03-01 10:00"]]
    lines = fmt.table(headers, rows, flexible=(1,), optional=(2, 3), max_width=40)
    assert lines[0].split() == ["Id", "Title", "Last", "change"]  # "Lang" went first
    assert "Quarterly review…" in lines[2] and len(lines[2]) <= 40
    narrow = fmt.table(headers, rows, flexible=(1,), optional=(2, 3), max_width=20)
    assert narrow[0].split() == ["Id", "Title"]
    full = fmt.table(headers, rows, flexible=(1,), optional=(2, 3), max_width=200)
    assert full[0].split() == ["Id", "Title", "Lang", "Last", "change"]
