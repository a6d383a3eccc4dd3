"""A tiny app that opens the voting or tally screen on a real store, as the session
screen will: ``apply(mutation)`` saves through ``SessionStore.update`` and returns the
saved session, or None after telling the user why saving failed.

Also: ``screen_text`` (every character on screen, as the room sees it) and small
helpers shared by the voting and tally tests.
"""

from __future__ import annotations

from collections.abc import Callable

from textual.app import App
from textual.screen import Screen

from cxworkshop.domain.edits import Mutation
from cxworkshop.domain.models import Barrier, Draft, Meta, Participant, Promise, Session
from cxworkshop.errors import CxError
from cxworkshop.store import SessionStore
from tests.tui.screen import screen_text


class ScreenHarness(App[None]):
    """Pushes ``make_screen(session, apply)`` over an empty base screen."""

    def __init__(self, store: SessionStore, session_id: str,
                 make_screen: Callable[[Session, Callable[[Mutation], Session | None]], Screen]) -> None:
        super().__init__()
        self.store = store
        self.session = store.load(session_id)
        self.make_screen = make_screen
        self.saves = 0

    def on_mount(self) -> None:
        self.push_screen(self.make_screen(self.session, self.apply))

    def apply(self, mutation: Mutation) -> Session | None:
        try:
            self.session = self.store.update(self.session.id, mutation, base_revision=self.session.revision)
        except CxError as exc:
            self.notify(exc.message_in(self.session.lang), severity="error")
            return None
        self.saves += 1
        return self.session

    def reload(self) -> Session:
        return self.store.load(self.session.id)


def voting_app(store: SessionStore, session_id: str, kind: str = "barriers") -> ScreenHarness:
    from cxworkshop.tui.screens.voting import VotingScreen

    return ScreenHarness(store, session_id, lambda s, apply: VotingScreen(s, kind, apply))


def tally_app(store: SessionStore, session_id: str) -> ScreenHarness:
    from cxworkshop.tui.screens.tally import TallyScreen

    return ScreenHarness(store, session_id, TallyScreen)


def notifications(app: App) -> str:
    return "\n".join(str(n.message) for n in app._notifications)


def small_session(**meta: object) -> Session:
    """Three people (one with a name that looks like markup) and three barriers and drafts."""
    return Session(
        id="vote",
        meta=Meta("Vote", language=str(meta.pop("language", "en")), **meta),  # type: ignore[arg-type]
        participants=[Participant("Ann", id="ann"), Participant("[/]Bram", id="bram"),
                      Participant("Cem [b]", id="cem")],
        promise=Promise(drafts=[Draft("You hear from us within a day.", id="d1"),
                                Draft("We are [bold]great[/].", id="d2")]),
        barriers=[Barrier("Old CRM [red]", id="b1"), Barrier("No budget", id="b2"),
                  Barrier("Silos between teams", id="b3")],
    )


async def test_screen_text_shows_what_is_on_screen(store: SessionStore) -> None:
    store.create(small_session())
    app = voting_app(store, "vote")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        text = screen_text(app)
        assert "Pass the keyboard to" in text
        assert len(text.splitlines()) == 24
