"""The customer tally: the leaderboard list and the leader's card.

Each participant has a fixed key (1–9, then a–z) shown next to their name; the list is
sorted by strokes, most first, so the leader is always on top.
"""

from __future__ import annotations

import string
from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import Digits, OptionList, Static

from cxworkshop.domain import tally
from cxworkshop.domain.models import Session
from cxworkshop.i18n import t
from cxworkshop.tui.widgets.voting_format import bar, flat
from cxworkshop.tui.widgets.voting_lists import Row, WrappedList
from cxworkshop.tui.widgets.voting_views import BigName

KEYS: tuple[str, ...] = tuple("123456789") + tuple(string.ascii_lowercase)
LEADER_MARK = "★"


def key_for(index: int) -> str | None:
    """The stroke key of the participant at ``index`` (None past the 35th)."""
    return KEYS[index] if 0 <= index < len(KEYS) else None


def keys_display(count: int) -> str:
    """How the footer shows the stroke keys of ``count`` participants: "1–7", "1–9 a–c"."""
    count = min(count, len(KEYS))
    if count <= 1:
        return "1"
    if count <= 9:
        return f"1–{count}"
    last = KEYS[count - 1]
    return "1–9 a" if last == "a" else f"1–9 a–{last}"


def leaders(session: Session) -> list[tuple[str, str, int]]:
    """Everyone sharing the top count (empty while nobody has a stroke)."""
    board = tally.leaderboard(session)
    if not board or board[0][2] == 0:
        return []
    return [row for row in board if row[2] == board[0][2]]


def tally_rows(session: Session, width: int) -> list[Row]:
    """One line per participant, most strokes first: key, name, bar and count."""
    keys = {p.id: key_for(i) or " " for i, p in enumerate(session.participants)}
    board = tally.leaderboard(session)
    top = board[0][2] if board else 0
    name_width = max(10, min(26, width * 45 // 100))
    bar_width = max(4, width - name_width - 18)
    rows = []
    for pid, name, count in board:
        leader = count == top and top > 0
        colour = "bold $success" if leader else ""  # plain bars keep their contrast on the cursor row
        line = Content.assemble(
            (f" {keys[pid]:>2} ", "bold reverse"), "  ",
            (LEADER_MARK if leader else " ", "bold $success"), " ",
            (Content(flat(name)).truncate(name_width, ellipsis=True, pad=True)),
            "  ", (bar(count, top, bar_width).ljust(bar_width), colour),
            (f" {count:>4}", "bold"),
        )
        rows.append(Row(pid, line, "", "bold" if leader else "", (keys[pid], name, count, top, width)))
    return rows


class TallyList(WrappedList):
    """The leaderboard; + and - work on the highlighted person."""

    DEFAULT_CSS = """
    TallyList { height: 1fr; }
    """

    BINDINGS = [
        Binding("plus,equals_sign,space,enter", "stroke", "tui.tally.key.stroke_selected",
                key_display="+", tooltip="tui.tally.key.stroke_selected.help", show=False),
        Binding("minus,delete", "undo", "tui.tally.key.undo_selected", key_display="-",
                tooltip="tui.tally.key.undo_selected.help"),
    ]

    @dataclass
    class Asked(Message):
        """``what`` is "stroke" or "undo", for ``participant_id``."""

        what: str
        participant_id: str

    def action_stroke(self) -> None:
        if (pid := self.current_id()) is not None:
            self.post_message(self.Asked("stroke", pid))

    def action_undo(self) -> None:
        if (pid := self.current_id()) is not None:
            self.post_message(self.Asked("undo", pid))

    @on(OptionList.OptionSelected)
    def _clicked(self, event: OptionList.OptionSelected) -> None:
        event.stop()  # Enter is bound to a stroke; a click only highlights


class LeaderCard(Vertical):
    """The top customer thinker, big: their name and their count in large digits."""

    DEFAULT_CSS = """
    LeaderCard {
        width: 34; height: auto; padding: 0 1; border: heavy $success;
        border-title-style: bold; border-title-color: $success;
    }
    LeaderCard > BigName { background: $success; color: $background; }
    LeaderCard > Digits { width: 1fr; text-align: center; color: $success; }
    LeaderCard > #leader-note { height: auto; text-align: center; color: $text-muted; }
    LeaderCard.-empty > BigName, LeaderCard.-empty > Digits { display: none; }
    """

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.big_name = BigName(id="leader-name")
        self.count = Digits("0", id="leader-count")

    def compose(self) -> ComposeResult:
        yield self.big_name
        yield self.count
        yield Static("", id="leader-note", markup=False)

    def show_leaders(self, session: Session) -> None:
        lang = session.lang
        top = leaders(session)
        note = self.query_one("#leader-note", Static)
        self.set_class(not top, "-empty")
        if not top:
            self.border_title = t("tui.tally.leader", lang)
            note.update(t("tui.tally.nobody", lang))
            return
        self.border_title = t("tui.tally.leader" if len(top) == 1 else "tui.tally.tied", lang)
        self.big_name.show_name(" & ".join(flat(name) for _pid, name, _n in top))
        self.count.update(str(top[0][2]))
        note.update("" if len(top) == 1 else ", ".join(flat(name) for _pid, name, _n in top))
