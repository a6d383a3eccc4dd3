"""How a promise draft scores on the checks, drawn for the drafts list and the edit dialog.

Failing checks get a line each with their reason; passing checks share one line, so the
block stays short at 80×24 while the reasons that matter stay readable.
"""

from __future__ import annotations

from collections.abc import Sequence

from textual.content import Content
from textual.widgets import Static

from cxworkshop.domain.promise import CheckResult
from cxworkshop.i18n import t

PASS_MARK = "✓"
FAIL_MARK = "✗"

# CheckResult.name -> catalogue key of its short name (texts of the domain catalogue)
CHECK_NAMES = {
    "length": "check.length.name",
    "customer_language": "check.customer.name",
    "no_slogans": "check.slogans.name",
    "provable": "check.provable.name",
}


def check_name(result: CheckResult, lang: str) -> str:
    return t(CHECK_NAMES.get(result.name, result.name), lang)


def marks(results: Sequence[CheckResult]) -> Content:
    """One mark per check (✓ or ✗), coloured: the "Checks" column of the drafts list."""
    return Content.assemble(
        *(
            (PASS_MARK, "bold $success") if r.passed else (FAIL_MARK, "bold $error")
            for r in results
        )
    )


def checks_content(results: Sequence[CheckResult], heading: str, lang: str) -> Content:
    passed = [r for r in results if r.passed]
    failed = [r for r in results if not r.passed]
    summary = t("tui.promise.checks.passed", lang, passed=len(passed), total=len(results))
    parts: list[str | Content | tuple[str, str]] = [
        (heading, "bold"),
        ("  " + summary, "$text-muted"),
    ]
    if passed:
        names = " · ".join(f"{PASS_MARK} {check_name(r, lang)}" for r in passed)
        parts += ["\n", (names, "$text-success")]
    for result in failed:
        parts += [
            "\n",
            (f"{FAIL_MARK} {check_name(result, lang)}: ", "bold $text-error"),
            (result.reason, "$text-error"),
        ]
    return Content.assemble(*parts)


class DraftChecks(Static):
    """The checks of one draft text (live while typing), or a hint when there is none."""

    DEFAULT_CSS = """
    DraftChecks {
        height: auto;
        padding: 0 1;
        border-left: thick $accent;
    }
    """

    def show_checks(self, results: Sequence[CheckResult] | None, heading: str, lang: str) -> None:
        if not results:
            self.update(Content.styled(t("tui.promise.checks.none", lang), "$text-muted"))
        else:
            self.update(checks_content(results, heading, lang))
