"""The totals, big enough for the back of the room.

Compact (80×24): one ``Digits`` with the team's hours a year and three lines beside it
(what the number is; per person, FTE and cost; the low–high range). Roomy (160×48): a
``Digits`` card per figure with its label underneath, and the range beside them.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Digits, Label, Static

from cxworkshop.domain.frustration import Totals
from cxworkshop.domain.models import Meta
from cxworkshop.i18n import t
from cxworkshop.tui.widgets import frustration_format as fmt

CARDS = ("team", "person", "fte", "cost")


class FrustrationTotals(Horizontal):
    DEFAULT_CSS = """
    FrustrationTotals { height: auto; padding: 0 1; background: $boost; }
    FrustrationTotals .totals-card { width: auto; height: auto; margin-right: 4; }
    FrustrationTotals Digits { width: auto; }
    FrustrationTotals #digits-team { color: $warning; text-style: bold; }
    FrustrationTotals .card-label { color: $text-muted; }
    FrustrationTotals #card-team .card-label { color: $warning; text-style: bold; }
    FrustrationTotals #totals-lines { width: 1fr; height: auto; padding-left: 2; }
    FrustrationTotals #line-main { text-style: bold; color: $warning; }
    FrustrationTotals #line-range { color: $text-muted; }
    FrustrationTotals.-compact .totals-card { display: none; }
    FrustrationTotals.-compact #card-team { display: block; margin-right: 0; }
    FrustrationTotals.-compact .card-label { display: none; }
    FrustrationTotals.-roomy #line-main, FrustrationTotals.-roomy #line-detail { display: none; }
    FrustrationTotals.-roomy #totals-lines { padding-top: 1; }
    FrustrationTotals .totals-card.-hidden { display: none; }
    """

    def __init__(self, lang: str, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.lang = lang
        self.add_class("-compact")

    def compose(self) -> ComposeResult:
        for name in CARDS:
            with Vertical(classes="totals-card", id=f"card-{name}"):
                yield Digits("0", id=f"digits-{name}")
                yield Label("", classes="card-label", id=f"label-{name}", markup=False)
        with Vertical(id="totals-lines"):
            yield Static("", id="line-main", markup=False)
            yield Static("", id="line-detail", markup=False)
            yield Static("", id="line-range", markup=False)

    def set_roomy(self, roomy: bool) -> None:
        self.set_class(roomy, "-roomy")
        self.set_class(not roomy, "-compact")

    def show_totals(self, totals: Totals, meta: Meta, solo: bool) -> None:
        lang = self.lang
        team = fmt.hours(totals.team_hours, lang)
        per_person = fmt.hours(totals.per_person_hours, lang)
        fte = fmt.fte(totals.fte, lang)
        cost = None if totals.cost is None else fmt.money(totals.cost, meta.currency, lang)
        main = t("tui.frustrations.totals." + ("solo" if solo else "team"), lang)

        self._card("team", team, main)
        self._card("person", per_person,
                   t("tui.frustrations.card.per_person", lang, count=totals.headcount), hidden=solo)
        self._card("fte", fte, t("tui.frustrations.card.fte", lang))
        self._card("cost", cost or "", t("tui.frustrations.card.cost", lang), hidden=cost is None)

        details = [] if solo else [
            t("tui.frustrations.totals.per_person", lang, hours=per_person, count=totals.headcount)]
        details.append(t("tui.frustrations.totals.fte", lang, fte=fte))
        if cost is not None:
            details.append(t("tui.frustrations.totals.cost", lang, cost=cost))
        self.query_one("#line-main", Static).update(main)
        self.query_one("#line-detail", Static).update(" · ".join(details))
        range_text = ""
        if totals.has_range:
            range_text = t("tui.frustrations.totals.range", lang,
                           low=fmt.hours(totals.low_hours, lang), high=fmt.hours(totals.high_hours, lang))
        self.query_one("#line-range", Static).update(range_text)

    def _card(self, name: str, value: str, label: str, *, hidden: bool = False) -> None:
        digits = self.query_one(f"#digits-{name}", Digits)
        if digits.value != value:
            digits.update(value)
        self.query_one(f"#label-{name}", Label).update(label)
        self.query_one(f"#card-{name}", Vertical).set_class(hidden, "-hidden")
