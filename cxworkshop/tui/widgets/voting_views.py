"""The four faces of the voting screen: a notice, the hand-over card, the ballot of one
voter, and the results. They only display what the screen hands them."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Digits, Static

from cxworkshop.i18n import t
from cxworkshop.tui.widgets.voting_format import spaced
from cxworkshop.tui.widgets.voting_lists import BallotList, ResultList, Row, VoterList


class BigName(Static):
    """A name in a wide coloured band, letters spaced out so it reads from the back."""

    DEFAULT_CSS = """
    BigName {
        width: 1fr; height: 3; content-align: center middle; text-style: bold;
        background: $primary; color: $text;
    }
    """

    def __init__(self, **kwargs: object) -> None:
        super().__init__("", markup=False, **kwargs)  # type: ignore[arg-type]
        self.name_text = ""

    def show_name(self, name: str) -> None:
        self.name_text = name
        self._draw()

    def on_resize(self) -> None:
        self._draw()

    def _draw(self) -> None:
        width = max(1, self.size.width - 2)
        self.update(Content(spaced(self.name_text, width)).truncate(width, ellipsis=True))


class NoticeView(Vertical):
    DEFAULT_CSS = """
    NoticeView { align: center middle; padding: 1 4; }
    NoticeView > Static { width: 100%; max-width: 76; height: auto; padding: 1 2; }
    NoticeView > #notice-text { border: thick $warning; text-style: bold; }
    NoticeView > #notice-back { color: $text-muted; }
    """

    def compose(self) -> ComposeResult:
        yield Static("", id="notice-text", markup=False)
        yield Static("", id="notice-back", markup=False)

    def show_notice(self, text: str, back: str) -> None:
        self.query_one("#notice-text", Static).update(text)
        self.query_one("#notice-back", Static).update(back)


class HandoverView(Vertical):
    """"Pass the keyboard to <name>": nobody's dots are on screen, only who is done.

    Once everyone has placed all their dots there is nobody to pass the keyboard to:
    the card says so and names the key that reveals the results (``show_all_voted``);
    someone can still be chosen to change their vote.
    """

    DEFAULT_CSS = """
    HandoverView { padding: 0 1; }
    HandoverView > #pass-label { text-style: bold; padding: 1 1 0 1; height: auto; }
    HandoverView > #pass-ready { text-style: bold; color: $accent; padding: 0 1; height: auto; }
    HandoverView > #pick-hint { color: $text-muted; padding: 1 1 0 1; height: auto; }
    HandoverView > VoterList { height: 1fr; }
    HandoverView > #handover-progress { color: $text-muted; padding: 0 1; height: 1; }
    HandoverView.-short > #pick-hint { padding: 0 1; }
    HandoverView.-short > #pass-label { padding: 0 1; }
    """

    def __init__(self, lang: str, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.lang = lang
        self.voters = VoterList(lang, id="voter-list")
        self.big_name = BigName(id="pass-name")
        self.all_voted = False

    def compose(self) -> ComposeResult:
        yield Static(t("tui.voting.handover.pass", self.lang), id="pass-label", markup=False)
        yield self.big_name
        yield Static(t("tui.voting.handover.ready", self.lang), id="pass-ready", markup=False)
        yield Static(t("tui.voting.handover.pick", self.lang), id="pick-hint", markup=False)
        yield self.voters
        yield Static("", id="handover-progress", markup=False)

    def show_voters(self, rows: list[Row], progress: str) -> None:
        self.voters.show_rows(rows)
        self.query_one("#handover-progress", Static).update(progress)

    def show_next(self, name: str) -> None:
        """Hand the keyboard to ``name``: the card's own texts and the name in the band."""
        self.all_voted = False
        self._texts("tui.voting.handover.pass", "tui.voting.handover.ready", "tui.voting.handover.pick")
        self.big_name.show_name(name)

    def show_proposed(self, name: str) -> None:
        """The highlighted name changed; the band follows unless everyone has voted."""
        if not self.all_voted:
            self.big_name.show_name(name)

    def show_all_voted(self, reveal_key: str) -> None:
        """Everyone is done: no name to pass to, but the key that shows the results."""
        self.all_voted = True
        self._texts("tui.voting.handover.all_done", "tui.voting.handover.reveal",
                    "tui.voting.handover.change", key=reveal_key)
        self.big_name.show_name(t("tui.voting.handover.reveal_big", self.lang, key=reveal_key))

    def _texts(self, label: str, ready: str, pick: str, **params: object) -> None:
        for widget_id, key in (("pass-label", label), ("pass-ready", ready), ("pick-hint", pick)):
            self.query_one(f"#{widget_id}", Static).update(t(key, self.lang, **params))


class BallotView(Vertical):
    """One voter's turn: their name big, their dots left, and only their own dots."""

    DEFAULT_CSS = """
    BallotView > #banner { height: 3; }
    BallotView #dots-left { width: auto; min-width: 5; padding: 0 1; color: $accent; }
    BallotView #dots-left.-none { color: $success; }
    BallotView #dots-left-label { width: 9; height: 3; content-align: left middle; text-style: bold; }
    BallotView > #ballot-message { height: auto; padding: 0 1; color: $text-muted; }
    BallotView > #ballot-message.-refused { color: $error; text-style: bold; }
    BallotView > #ballot-body { height: 1fr; }
    BallotView #voters-side {
        display: none; width: 34; height: 1fr; padding: 0 1; border-left: solid $panel-lighten-2;
    }
    BallotView > #waiting { height: auto; max-height: 2; padding: 0 1; color: $text-muted; }
    BallotView.-wide #voters-side { display: block; }
    BallotView.-wide > #waiting { display: none; }
    BallotView.-wide > #banner { height: 5; }
    BallotView.-wide #voter-name { height: 5; }
    BallotView.-wide #dots-left { padding: 1 1; }
    BallotView.-wide #dots-left-label { height: 5; }
    """

    def __init__(self, lang: str, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.lang = lang
        self.ballot = BallotList(lang, id="ballot-list")
        self.big_name = BigName(id="voter-name")
        self.left = Digits("0", id="dots-left")

    def compose(self) -> ComposeResult:
        with Horizontal(id="banner"):
            yield self.big_name
            yield self.left
            yield Static(t("tui.voting.ballot.left", self.lang), id="dots-left-label", markup=False)
        yield Static("", id="ballot-message", markup=False)
        with Horizontal(id="ballot-body"):
            yield self.ballot
            yield Static("", id="voters-side", markup=False)
        yield Static("", id="waiting", markup=False)

    def show_ballot(self, name: str, left: int, rows: list[Row], waiting: str, side: Content) -> None:
        self.big_name.show_name(name)
        self.left.update(str(max(0, left)))
        self.left.set_class(left <= 0, "-none")
        self.ballot.show_rows(rows)
        self.query_one("#waiting", Static).update(waiting)
        self.query_one("#voters-side", Static).update(side)

    def show_message(self, text: str, *, refused: bool = False) -> None:
        message = self.query_one("#ballot-message", Static)
        message.update(text)
        message.set_class(refused, "-refused")

    @property
    def refused_text(self) -> str:
        message = self.query_one("#ballot-message", Static)
        return str(message.render()) if message.has_class("-refused") else ""


class ResultsView(Vertical):
    DEFAULT_CSS = """
    ResultsView > #results-head { height: 1; padding: 0 1; text-style: bold; }
    ResultsView > #results-hint { height: auto; padding: 0 1; color: $text-muted; }
    ResultsView > ResultList { height: 1fr; }
    """

    def __init__(self, lang: str, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.lang = lang
        self.results = ResultList(lang, id="result-list")

    def compose(self) -> ComposeResult:
        yield Static("", id="results-head", markup=False)
        yield Static(t("tui.voting.results.hint", self.lang), id="results-hint", markup=False)
        yield self.results

    def show_results(self, head: str, rows: list[Row]) -> None:
        self.query_one("#results-head", Static).update(head)
        self.results.show_rows(rows)
