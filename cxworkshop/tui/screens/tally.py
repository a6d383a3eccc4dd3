"""The "customer" tally energiser: a stroke whenever someone says "customer".

Each participant has a key (1–9, then a–z) for a stroke; + and - work on the
highlighted person; Backspace takes back the last stroke. The leaderboard is live, the
top customer thinker in a big card. Strokes are saved with the session.

``TallyScreen(session, apply)``: ``apply(mutation)`` saves through the store and returns
the saved session (None when saving failed; the caller told the user).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import ContentSwitcher, Static

from cxworkshop.domain import facilitation_edits as fe
from cxworkshop.domain import tally
from cxworkshop.domain.edits import Mutation
from cxworkshop.domain.models import Session
from cxworkshop.i18n import t
from cxworkshop.tui.widgets.footer import CxFooter
from cxworkshop.tui.commands import THEME, Command, install_bindings
from cxworkshop.tui.widgets.tally_board import KEYS, LeaderCard, TallyList, keys_display, tally_rows
from cxworkshop.tui.widgets.voting_views import NoticeView

Apply = Callable[[Mutation], Session | None]

UNDO_LAST = Command("tally.undo", "backspace,ctrl+z", "undo_last", "tui.tally.key.undo",
                    "tui.tally.key.undo.help", display="⌫")
CLOSE = Command("tally.close", "escape", "close", "tui.tally.key.close", "tui.tally.key.close.help",
                display="Esc")


def tally_commands(count: int) -> tuple[Command, ...]:
    """A stroke key per participant (only the first shows in the footer, as "1–7"),
    then undo, close and the projector theme."""
    strokes = tuple(
        Command(f"tally.stroke.{index}", KEYS[index], f"stroke({index})", "tui.tally.key.stroke",
                "tui.tally.key.stroke.help", show=index == 0, palette=False,
                display=keys_display(count) if index == 0 else None)
        for index in range(min(count, len(KEYS)))
    )
    return (*strokes, UNDO_LAST, CLOSE, replace(THEME, show=False))


class TallyScreen(Screen[None]):
    DEFAULT_CSS = """
    TallyScreen > #tally-title { height: 1; padding: 0 1; background: $panel; }
    TallyScreen > ContentSwitcher { height: 1fr; }
    TallyScreen > ContentSwitcher > * { height: 1fr; }
    TallyScreen #tally-explain { height: auto; padding: 0 1; color: $text-muted; }
    TallyScreen #tally-body { height: 1fr; }
    TallyScreen LeaderCard { margin: 0 1 0 0; }
    TallyScreen.-wide LeaderCard { width: 60; }
    """

    def __init__(self, session: Session, apply: Apply) -> None:
        super().__init__()
        self.session = session
        self.apply = apply
        self.board = TallyList(self.lang, id="tally-list")
        self.leader = LeaderCard(id="leader")
        self._commands = tally_commands(len(session.participants))
        install_bindings(self, self._commands, self.lang)

    @property
    def lang(self) -> str:
        return self.session.lang

    def commands(self) -> Sequence[Command]:
        return self._commands

    def compose(self) -> ComposeResult:
        yield Static("", id="tally-title", markup=False)
        with ContentSwitcher(initial="board"):
            yield NoticeView(id="notice")
            with Vertical(id="board"):
                yield Static(t("tui.tally.explain", self.lang), id="tally-explain", markup=False)
                with Horizontal(id="tally-body"):
                    yield self.board
                    yield self.leader
        yield CxFooter(compact=False)

    def on_mount(self) -> None:
        self.redraw()

    def on_resize(self) -> None:
        self.set_class(self.size.width >= 120, "-wide")
        self.board.spaced = self.size.height >= 36
        if self.is_playing():
            self.call_after_refresh(self._draw_board)

    # -- faces -----------------------------------------------------------------------
    def is_playing(self) -> bool:
        return not self.session.is_solo and bool(self.session.participants)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("stroke", "undo_last"):
            return self.is_playing()
        return True

    def redraw(self) -> None:
        if len(self.session.participants) != len(self._commands) - 3:
            self._commands = tally_commands(len(self.session.participants))
            install_bindings(self, self._commands, self.lang)
        strokes = sum(tally.counts(self.session).values())
        self.query_one("#tally-title", Static).update(Content.assemble(
            (t("tui.tally.title", self.lang), "bold"), "   ",
            (t("tui.tally.total", self.lang, n=strokes), "$text-muted"),
        ))
        switcher = self.query_one(ContentSwitcher)
        if not self.is_playing():
            switcher.current = "notice"
            key = "tui.tally.solo" if self.session.is_solo else "tui.tally.no_participants"
            self.query_one(NoticeView).show_notice(t(key, self.lang), t("tui.tally.back_hint", self.lang))
        else:
            switcher.current = "board"
            self._draw_board()
            self.board.focus()
        self.refresh_bindings()

    def _draw_board(self) -> None:
        self.board.show_rows(tally_rows(self.session, self.board.text_width()))
        self.leader.show_leaders(self.session)

    # -- saving ----------------------------------------------------------------------
    def save(self, mutation: Mutation) -> Session | None:
        try:
            fe.trial(self.session, mutation)
            saved = self.apply(mutation)
        except LookupError:
            self.notify(t("tui.tally.gone", self.lang), severity="warning", timeout=8, markup=False)
            return None
        if saved is not None:
            self.session = saved
            self.redraw()
        return saved

    def name_of(self, participant_id: str) -> str:
        return next((p.name for p in self.session.participants if p.id == participant_id), "?")

    # -- keys ------------------------------------------------------------------------
    def action_stroke(self, index: int) -> None:
        people = self.session.participants
        if 0 <= index < len(people):
            self.save(fe.add_stroke(people[index].id))

    def action_undo_last(self) -> None:
        strokes = self.session.facilitation.tally
        if not strokes:
            self.notify(t("tui.tally.nothing_to_undo", self.lang), severity="warning", timeout=5, markup=False)
            return
        name = self.name_of(strokes[-1])
        if self.save(fe.undo_stroke()) is not None:
            self.notify(t("tui.tally.undone", self.lang, name=name), timeout=4, markup=False)

    @on(TallyList.Asked)
    def asked(self, event: TallyList.Asked) -> None:
        event.stop()
        pid = event.participant_id
        if event.what == "stroke":
            self.save(fe.add_stroke(pid))
        elif tally.counts(self.session).get(pid, 0) == 0:
            self.notify(t("tui.tally.nothing_to_undo_for", self.lang, name=self.name_of(pid)),
                        severity="warning", timeout=5, markup=False)
        elif self.save(fe.undo_stroke(pid)) is not None:
            self.notify(t("tui.tally.undone", self.lang, name=self.name_of(pid)), timeout=4, markup=False)

    def action_close(self) -> None:
        self.dismiss()
