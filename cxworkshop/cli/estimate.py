"""`cxworkshop estimate`: the frustration-hours calculator, with the sums written out.

Numbers are taken as text and checked by the domain validation, so a Dutch "2,5"
works and a bad value gets the same message as in the TUI (exit code 1).
"""

from typing import Annotated

import typer

from cxworkshop.cli import fmt
from cxworkshop.cli.common import emit_json, fail, h, lang, out
from cxworkshop.i18n import t


def _opt(flag: str, metavar: str, help_key: str) -> typer.models.OptionInfo:
    return typer.Option(flag, metavar=metavar, help=h(help_key))


def estimate(
    people: Annotated[str, _opt("--people", "N", "cli.opt.people")] = "1",
    per_day: Annotated[str | None, _opt("--per-day", "F", "cli.opt.per_day")] = None,
    per_week: Annotated[str | None, _opt("--per-week", "F", "cli.opt.per_week")] = None,
    minutes: Annotated[str, _opt("--minutes", "M", "cli.opt.minutes")] = "10",
    days: Annotated[str, _opt("--days", "D", "cli.opt.days")] = "200",
    hours_per_day: Annotated[str, _opt("--hours-per-day", "H", "cli.opt.hours_per_day")] = "8",
    rate: Annotated[str | None, _opt("--rate", "R", "cli.opt.rate")] = None,
    as_json: Annotated[bool, typer.Option("--json", help=h("cli.opt.json"))] = False,
) -> None:
    from cxworkshop.domain import frustration as fr
    from cxworkshop.domain.validation import check_number, check_optional_number

    language = lang()
    if per_day is not None and per_week is not None:
        fail(t("cli.estimate.both", language))
    frequency = "week" if per_week is not None else "day"
    if frequency == "week":
        occurrences = check_number("occurrences", per_week, bounds="occurrences_week")
    else:
        occurrences = check_number("occurrences", "3" if per_day is None else per_day)
    figures = {
        "people": check_number("people", people, integer=True),
        "occurrences": occurrences,
        "frequency": frequency,
        "minutes": check_number("minutes", minutes),
        "working_days": check_number("working_days", days),
        "hours_per_day": check_number("hours_per_day", hours_per_day),
        "hourly_rate": check_optional_number("hourly_rate", rate),
    }
    daily = fr.per_day(occurrences, frequency)
    person = fr.hours_per_year(daily, figures["minutes"], figures["working_days"])
    total = person * figures["people"]
    figures.update(
        occurrences_per_day=daily,
        minutes_per_day=daily * figures["minutes"],
        hours_per_person=person,
        hours_total=total,
        fte=fr.fte(total, figures["working_days"], figures["hours_per_day"]),
        cost=fr.cost(total, figures["hourly_rate"]),
    )
    if as_json:
        emit_json({k: round(v, 4) if isinstance(v, float) else v for k, v in figures.items()})
        return
    for line in explain(figures, language):
        out(line)


def explain(f: dict, lang: str) -> list[str]:
    """The calculation step by step, one ``left = right`` line per step, aligned."""

    def n(value: float) -> str:  # a number as people say it: "2.5", "200"
        return fmt.plain(round(value, 2), lang)

    def hrs(value: float) -> str:
        return fmt.hours(value, lang)

    steps: list[tuple[str, str]] = []
    if f["frequency"] == "week":
        steps.append((t("cli.estimate.week", lang, count=n(f["occurrences"]), days=5),
                      t("cli.estimate.week_result", lang, count=n(f["occurrences_per_day"]))))
    steps.append((t("cli.estimate.step_day", lang, count=n(f["occurrences_per_day"]), minutes=n(f["minutes"])),
                  t("cli.estimate.step_day_result", lang, minutes=n(f["minutes_per_day"]))))
    steps.append((t("cli.estimate.step_year", lang, minutes=n(f["minutes_per_day"]), days=n(f["working_days"])),
                  t("cli.estimate.step_year_result", lang, hours=hrs(f["hours_per_person"]))))
    people_key = "cli.estimate.step_person" if f["people"] == 1 else "cli.estimate.step_people"
    steps.append((t(people_key, lang, hours=hrs(f["hours_per_person"]), people=f["people"]),
                  t("cli.estimate.step_people_result", lang, hours=hrs(f["hours_total"]))))
    steps.append((t("cli.estimate.step_fte", lang, hours=hrs(f["hours_total"]), days=n(f["working_days"]),
                    per_day=n(f["hours_per_day"])),
                  t("cli.estimate.step_fte_result", lang, fte=fmt.number(f["fte"], lang, 2))))
    if f["cost"] is not None:
        steps.append((t("cli.estimate.step_cost", lang, hours=hrs(f["hours_total"]), rate=n(f["hourly_rate"])),
                      t("cli.estimate.step_cost_result", lang, cost=fmt.number(f["cost"], lang))))
    width = max(len(left) for left, _ in steps)
    lines = [t("cli.estimate.title", lang), ""]
    lines += [f"  {left.ljust(width)}  = {right}" for left, right in steps]
    lines += ["", t("cli.estimate.assumptions", lang, days=n(f["working_days"]),
                    hours=n(f["hours_per_day"]))]
    if f["cost"] is None:
        lines.append(t("cli.estimate.no_rate", lang))
    return lines
