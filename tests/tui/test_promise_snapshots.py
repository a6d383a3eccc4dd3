"""Snapshots of the Promise step in the real app (header, step bar and footer included).

The clock in the header is fixed and text cursors do not blink, so a picture changes
only when the screen really does.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from cxworkshop.domain.demo import demo_session, example_session_en
from cxworkshop.store import SessionStore
from cxworkshop.tui import app as tui_app
from cxworkshop.tui.steps.promise import PromisePane
from cxworkshop.tui.widgets import session_header


@pytest.fixture
def make_app(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(session_header, "now", lambda: datetime(2026, 3, 12, 9, 30))
    store = SessionStore(tmp_path / "sessions")

    def build(session):  # type: ignore[no-untyped-def]
        store.create(session)
        return tui_app.make_app(store, session.id)

    return build


async def until(pilot: Pilot, condition: Callable[[], bool], what: str) -> None:
    for _ in range(200):
        if condition():
            return
        await pilot.pause()
    raise AssertionError(f"never happened: {what}")


def on_promise_step(*keys: str, expect: Callable[[PromisePane], bool] | None = None):  # type: ignore[no-untyped-def]
    """A run_before that opens the Promise step (F3), types ``keys`` and waits until the
    cursor sits in an input of the pane and ``expect`` holds. snap_compare presses its
    own keys *after* run_before with no waiting, so everything happens here."""

    async def run_before(pilot: Pilot) -> None:
        await pilot.press("f3")
        await until(pilot, lambda: bool(pilot.app.screen.query(PromisePane)), "the Promise step is shown")
        pane = pilot.app.screen.query_one(PromisePane)
        await until(pilot, lambda: isinstance(pilot.app.focused, Input), "the cursor is in an input")
        await pilot.press(*keys)
        if expect is not None:
            await until(pilot, lambda: expect(pane), "the expected screen")
        for field in pilot.app.screen.query(Input):
            field.cursor_blink = False
        await pilot.pause()

    return run_before


def test_promise_demo_dutch_80x24(snap_compare, make_app) -> None:
    """Dutch demo, Klantbelofte step at 80×24. On top, in a heavy orange border titled
    "Onze klantbelofte", the chosen promise in bold: "Je weet altijd wat je betaalt en
    waarom. En heb je een vraag, dan helpt één persoon je verder tot het is opgelost."
    Under it the section bar "Basisplek 3 │ Bezieling 2 │ Belofte 3 │ Bewijs 3 │
    Concepten 4" with Basisplek highlighted, then the Basisplek box: its question "Welke
    plek hebben we in het leven en de markt van onze klanten…", the three notes with
    bullets and their authors in italics (Erik Hoekstra, Linda Jansen, Joost Bakker) and
    the empty input "Typ een notitie, druk op Enter" with the cursor in it. The footer
    starts with "PgDn Volgend deel"."""
    assert snap_compare(make_app(demo_session()), terminal_size=(80, 24), run_before=on_promise_step())


def test_promise_demo_dutch_160x48(snap_compare, make_app) -> None:
    """Dutch demo at 160×48: the chosen promise on one line in a roomy banner; the four B's
    side by side (Basisplek · 3, Bezieling · 2, Belofte · 3, Bewijs · 3), each with its
    question, its notes and an input (the cursor in Basisplek); below them the box
    "Concepten voor de belofte": a table with ★ Stemmen Toets Concept Auteur, where row 2
    (Sanne de Vries, 5 votes) has the ★ and the marks ✓✓✓✓, row 1 (Linda Jansen) shows
    ✓✗✗✓; to its right the checks of the highlighted draft 1: "2 van 4 toetsen in orde",
    "✓ Kort · ✓ Bewijsbaar", and in red "✗ Taal van de klant: …" and "✗ Geen holle
    slogans: Klinkt als een slogan of jargon: "klant centraal", "ontzorgen",
    "totaaloplossingen"". At the bottom the draft input and "Auteur (optioneel)"; the
    border says "+/- stem · c kies · e bewerk · d verwijder"."""
    assert snap_compare(make_app(demo_session()), terminal_size=(160, 48), run_before=on_promise_step())


def test_promise_english_example_drafts_80x24(snap_compare, make_app) -> None:
    """English example at 80×24, Promise step, drafts section (PgUp from Basisplek wraps
    round to it): the banner "Our customer promise" with "The book you see is the book
    you get, and you can send it back for free if it is not."; the section bar with
    "Drafts 2" highlighted; the drafts table with Tom Evans' draft (1 vote, ✓✗✗✓) and
    Priya Shah's (★, 3 votes, ✓✓✓✓); the cursor is in the draft input where "We promise
    you" has been typed, and the checks above it are live for that text: "Checks on what
    you are typing  3 of 4 checks pass", "✓ Short · ✓ No empty slogans · ✓ Provable" and
    in red "✗ Customer's language: Talks about us more than to the customer: "you" 1×
    against "we" 1×."."""
    keys = ["pageup", *"We", "space", *"promise", "space", *"you"]
    typed = on_promise_step(*keys, expect=lambda pane: "3 of 4 checks pass" in str(pane.drafts.checks.content))
    assert snap_compare(make_app(example_session_en()), terminal_size=(80, 24), run_before=typed)
