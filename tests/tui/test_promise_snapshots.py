"""Snapshots of the Promise step in the real app (header, step bar and footer included).

``conftest.py`` fixes the clock and stops cursors blinking; every key is pressed in
``run_before`` and each picture waits for what it shows (``tests/tui/waiting.py``).
"""

from __future__ import annotations

import pytest

from cxworkshop.domain.demo import demo_session, example_session_en
from cxworkshop.store import SessionStore
from cxworkshop.tui.app import make_app as open_app
from cxworkshop.tui.steps.promise import PromisePane
from tests.tui.clock import FakeClock
from tests.tui.waiting import focus_in, script

ON_PROMISE = ("f3", focus_in("#note-input-basisplek"))


@pytest.fixture
def make_app(store: SessionStore, fixed_clock: FakeClock):  # type: ignore[no-untyped-def]
    def build(session):  # type: ignore[no-untyped-def]
        store.create(session)
        return open_app(store, session.id, clock=fixed_clock)

    return build


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
    assert snap_compare(make_app(demo_session()), terminal_size=(80, 24), run_before=script(*ON_PROMISE))


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
    border says "+/- stem · c kies · Enter bewerk · d verwijder"."""
    assert snap_compare(make_app(demo_session()), terminal_size=(160, 48), run_before=script(*ON_PROMISE))


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
    def checked(app) -> bool:  # type: ignore[no-untyped-def]
        """the checks are those of the typed text"""
        return "3 of 4 checks pass" in str(app.screen.query_one(PromisePane).drafts.checks.content)

    keys = ["pageup", focus_in("#draft-text"), *"We", "space", *"promise", "space", *"you"]
    typed = script(*ON_PROMISE, *keys, checked)
    assert snap_compare(make_app(example_session_en()), terminal_size=(80, 24), run_before=typed)
