"""Blind dot voting on one shared screen, for promise drafts or barriers.

The keyboard goes round the room. A hand-over card ("Pass the keyboard to Sanne — press
Enter when ready") hides the previous voter's dots; the voter then sees their name big,
their dots left and only their own dots on each item. Who has voted shows as progress,
never as choices. The facilitator reveals the results (asked to confirm while people
still have dots left): the items ranked by all votes, with bars. Hiding them again goes
back to voting.

``VotingScreen(session, kind, apply)``: ``apply(mutation)`` saves through the store and
returns the saved session (None when saving failed; the caller told the user). Refusals
(budget, cap) are tried on a copy first and shown on the ballot, next to the dots.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from textual import on
from textual.app import ComposeResult
from textual.content import Content
from textual.screen import Screen
from textual.widgets import ContentSwitcher, OptionList, Static

from cxworkshop.domain import facilitation_edits as fe
from cxworkshop.domain import voting
from cxworkshop.domain.edits import Mutation
from cxworkshop.domain.models import Session
from cxworkshop.i18n import t
from cxworkshop.tui.widgets.footer import CxFooter
from cxworkshop.tui.commands import THEME, Command, install_bindings, key_label
from cxworkshop.tui.widgets import voting_rows as rows
from cxworkshop.tui.dialogs.confirm import ConfirmDialog
from cxworkshop.tui.widgets.voting_dialogs import VotingSettingsDialog
from cxworkshop.tui.widgets.voting_format import names_list
from cxworkshop.tui.widgets.voting_lists import BallotList, VoterList
from cxworkshop.tui.widgets.voting_views import BallotView, HandoverView, NoticeView, ResultsView

Apply = Callable[[Mutation], Session | None]
WIDE = 120  # columns from which the ballot shows everyone's progress in a side panel
TALL = 36  # rows from which items get a thin rule between them

REVEAL = Command("voting.reveal", "r", "reveal", "tui.voting.key.reveal", "tui.voting.key.reveal.help")
VOTING_COMMANDS: tuple[Command, ...] = (
    Command("voting.pick", "p", "pick", "tui.voting.key.pick", "tui.voting.key.pick.help"),
    REVEAL,
    Command("voting.hide", "h", "hide", "tui.voting.key.hide", "tui.voting.key.hide.help"),
    Command("voting.settings", "s", "settings", "tui.voting.key.settings",
            "tui.voting.key.settings.help"),
    Command("voting.close", "escape", "close", "tui.voting.key.close", "tui.voting.key.close.help",
            display="Esc"),
    replace(THEME, show=False),  # F9 still works; the footer has no room for it at 80 columns
)

# which screen keys work on which face of the screen
_FACES_OF = {
    "pick": {"ballot"},
    "reveal": {"handover", "ballot"},
    "hide": {"results"},
    "settings": {"handover"},
}


class VotingScreen(Screen[None]):
    DEFAULT_CSS = """
    VotingScreen > #voting-title { height: 1; padding: 0 1; background: $panel; }
    VotingScreen > ContentSwitcher { height: 1fr; }
    VotingScreen > ContentSwitcher > * { height: 1fr; }
    """

    def __init__(self, session: Session, kind: str, apply: Apply) -> None:
        if kind not in fe.VOTE_KINDS:
            raise ValueError(f"unknown vote kind {kind!r}")
        super().__init__()
        self.session = session
        self.kind = kind
        self.apply = apply
        self.voter: str | None = None  # who is voting now (the ballot is on screen)
        self.proposed: str | None = rows.next_voter(session, kind)  # named on the hand-over card
        self.handover = HandoverView(self.lang, id="handover")
        self.ballot = BallotView(self.lang, id="ballot")
        self.results = ResultsView(self.lang, id="results")
        install_bindings(self, VOTING_COMMANDS, self.lang)

    @property
    def lang(self) -> str:
        return self.session.lang

    def commands(self) -> Sequence[Command]:
        return VOTING_COMMANDS

    def compose(self) -> ComposeResult:
        yield Static("", id="voting-title", markup=False)
        with ContentSwitcher(initial="handover"):
            yield NoticeView(id="notice")
            yield self.handover
            yield self.ballot
            yield self.results
        yield CxFooter(compact=False)

    def on_mount(self) -> None:
        self.redraw()

    def on_resize(self) -> None:
        self.ballot.set_class(self.size.width >= WIDE, "-wide")
        self.handover.set_class(self.size.height < 30, "-short")
        for roomy in (self.ballot.ballot, self.results.results):
            roomy.spaced = self.size.height >= TALL
        if self.face() == "results":
            self._draw_results()

    # -- which face ----------------------------------------------------------------
    def face(self) -> str:
        session = self.session
        if session.is_solo or not session.participants or not rows.items_of(session, self.kind):
            return "notice"
        if voting.is_revealed(session, self.kind):
            return "results"
        return "handover" if self.voter is None else "ballot"

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        faces = _FACES_OF.get(action)
        return True if faces is None else self.face() in faces

    # -- drawing -------------------------------------------------------------------
    def redraw(self) -> None:
        session, kind, lang = self.session, self.kind, self.lang
        if not rows.has_participant(session, self.voter):
            self.voter = None
        if not rows.has_participant(session, self.proposed):
            self.proposed = rows.next_voter(session, kind)
        settings = session.facilitation.voting
        self.query_one("#voting-title", Static).update(Content.assemble(
            (t(f"tui.voting.title.{kind}", lang), "bold"), "   ",
            (t("tui.voting.rules", lang, dots=settings.dots_per_person, cap=settings.max_per_item),
             "$text-muted"),
        ))
        face = self.face()
        switcher = self.query_one(ContentSwitcher)
        switcher.current = face
        if face == "notice":
            self._draw_notice()
            self.set_focus(None)
        elif face == "handover":
            self._draw_handover()
            self.handover.voters.focus()
        elif face == "ballot":
            self._draw_ballot()
            self.ballot.ballot.focus()
        else:
            self._draw_results()
            self.results.results.focus()
        self.refresh_bindings()

    def _draw_notice(self) -> None:
        if self.session.is_solo:
            key = "tui.voting.solo"
        elif not self.session.participants:
            key = "tui.voting.no_participants"
        else:
            key = f"tui.voting.no_items.{self.kind}"
        self.query_one(NoticeView).show_notice(t(key, self.lang), t("tui.voting.back_hint", self.lang))

    def _draw_handover(self) -> None:
        progress = rows.progress(self.session, self.kind)
        self.handover.show_voters(rows.voter_rows(self.session, self.kind, self.lang),
                                  progress.text(self.lang))
        if self.proposed is not None:
            self.handover.voters.highlight_id(self.proposed)
        if progress.done >= progress.total:  # nobody left to pass the keyboard to
            self.handover.show_all_voted(key_label(REVEAL.keys.split(",")[0]))
        else:
            self.handover.show_next(rows.participant_name(self.session, self.proposed))

    def _draw_ballot(self, message: str | None = None, refused: bool = False) -> None:
        session, kind, lang, voter = self.session, self.kind, self.lang, self.voter
        assert voter is not None
        left = voting.dots_left(session, voter, kind)
        progress = rows.progress(session, kind)
        waiting = [name for name in progress.waiting if name != rows.participant_name(session, voter)]
        waiting_text = (t("tui.voting.waiting", lang, names=names_list(waiting)) if waiting
                        else t("tui.voting.waiting_none", lang))
        self.ballot.show_ballot(
            rows.participant_name(session, voter), left,
            rows.ballot_rows(session, kind, voter), f"{progress.text(lang)} · {waiting_text}",
            rows.voters_panel(session, kind, lang, voter),
        )
        if message is None:
            if left < 0:
                message = t("tui.voting.ballot.over", lang, over=-left)
            elif left == 0:
                message = t("tui.voting.ballot.all_used", lang)
            else:
                message = t("tui.voting.ballot.hint", lang)
        self.ballot.show_message(message, refused=refused)

    def _draw_results(self) -> None:
        progress = rows.progress(self.session, self.kind)
        width = self.size.width or 80
        bar_width = 24 if width >= WIDE else 10
        head = f"{t('tui.voting.results.title', self.lang)} · {progress.text(self.lang)}"
        self.results.show_results(head, rows.result_rows(self.session, self.kind, self.lang, bar_width))

    # -- saving --------------------------------------------------------------------
    def save(self, mutation: Mutation) -> Session | None:
        """Try ``mutation`` on a copy (to show refusals at once), then save it for real."""
        try:
            fe.trial(self.session, mutation)
            saved = self.apply(mutation)
        except voting.VoteRefused as refused:
            self._refused(refused)
            return None
        except LookupError:
            self.notify(t("tui.voting.item_gone", self.lang), severity="warning", timeout=8, markup=False)
            return None
        if saved is not None:
            self.session = saved
            self.redraw()
        return saved

    def _refused(self, refused: voting.VoteRefused) -> None:
        self.app.bell()
        if self.face() == "ballot":
            self._draw_ballot(refused.message_in(self.lang), refused=True)
        else:
            self.notify(refused.message_in(self.lang), title=refused.title_in(self.lang),
                        severity="error", timeout=8, markup=False)

    # -- the voter's keys ----------------------------------------------------------
    @on(BallotList.DotAsked)
    def dot_asked(self, event: BallotList.DotAsked) -> None:
        event.stop()
        if self.voter is not None:
            self.save(fe.vote_dot(self.voter, self.kind, event.item_id, event.delta))

    @on(BallotList.DoneAsked)
    def done_asked(self, event: BallotList.DoneAsked) -> None:
        event.stop()
        self.proposed = rows.next_voter(self.session, self.kind, after=self.voter)
        self.voter = None
        self.redraw()

    @on(OptionList.OptionHighlighted, "#voter-list")
    def voter_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        self.proposed = event.option.id
        self.handover.show_proposed(rows.participant_name(self.session, self.proposed))

    @on(OptionList.OptionSelected, "#voter-list")
    def voter_chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if rows.has_participant(self.session, event.option.id):
            self.voter = event.option.id
            self.redraw()
            self.ballot.ballot.highlight_first()  # where the last voter stopped says too much

    # -- the facilitator's keys ----------------------------------------------------
    def action_pick(self) -> None:
        self.proposed, self.voter = self.voter, None
        self.redraw()

    def action_reveal(self) -> None:
        progress = rows.progress(self.session, self.kind)
        if progress.done >= progress.total:
            self._reveal(True)
            return
        question = t("tui.voting.reveal.question", self.lang, done=progress.done,
                     total=progress.total, names=names_list(progress.waiting))
        lang = self.lang
        # the results cannot be un-seen: "No" has the focus, and the ballot behind is covered
        dialog = ConfirmDialog(t("tui.voting.reveal.title", lang), question, lang, tone="warning",
                               yes_label=t("tui.voting.reveal.yes", lang),
                               no_label=t("tui.voting.reveal.no", lang), hide_background=True)
        self.app.push_screen(dialog, self._reveal)

    def _reveal(self, confirmed: bool | None) -> None:
        if confirmed and self.save(fe.reveal(self.kind, True)) is not None:
            self.voter = None

    def action_hide(self) -> None:
        if self.save(fe.reveal(self.kind, False)) is not None:
            self.proposed = rows.next_voter(self.session, self.kind)
            self.voter = None
            self.redraw()

    def action_settings(self) -> None:
        def chosen(values: tuple[int, int] | None) -> None:
            if values is None:
                return
            dots, cap = values
            if self.save(fe.set_voting(dots, cap)) is not None:
                self.notify(t("tui.voting.settings.saved", self.lang, dots=dots, cap=cap), timeout=5, markup=False)

        self.app.push_screen(VotingSettingsDialog(self.session), chosen)

    def action_close(self) -> None:
        self.dismiss()
