"""Snapshots of the self-review screen (solo sessions end with it)."""

from __future__ import annotations

from pathlib import Path

from cxworkshop.domain import selfreview
from cxworkshop.domain.demo import demo_session, example_session_en
from cxworkshop.domain.followup import follow_up
from cxworkshop.store import SessionStore
from cxworkshop.tui.screens.review import SelfReviewScreen
from tests.tui.test_review import ReviewApp, note_input, on_disk, solo
from tests.tui.waiting import focus_in, screen_is, script

ON_REVIEW = (screen_is(SelfReviewScreen), focus_in("ReviewTable"))


def test_review_dutch_follow_up_80x24(snap_compare, tmp_path: Path) -> None:
    """Dutch demo as a solo follow-up at 80×24, after j, d and Enter with "Elke week één
    klantverhaal [/]" typed. Top: "Zelfreflectie · Klantbelofte en frustratie-uren", the
    hint "Antwoord eerlijk, voor jezelf: j ja · d deels · n nee · Enter notitie", bold
    "2 van 7 beantwoord · 1 ja · 1 deels · 0 nee · 3 van 14 punten" and "Vorige keer
    (2026-03-12): 3 van 7 beantwoord · 3 van 14 punten" with a grey "= zelfde score".
    The table: # Nu / Vorige keer / Vraag / Notitie; row 1 green ✓ ja next to orange
    ◐ deels, row 2 ◐ deels next to · –, row 5 with a red ✗ nee last time; row 3 is
    highlighted (not focused). The box "Vraag 3 van 7: Nee tegen slechte winst" shows the
    full question in bold, "Vorige keer: niet beantwoord", the note hint and the input
    with the typed text and the cursor after it. Footer: Esc Terug naar de lijst."""
    store = SessionStore(tmp_path / "sessions")
    old = solo(demo_session())
    selfreview.answer(old, "example", "partly", "Alleen op maandag")
    selfreview.answer(old, "impact", "no", "Facturatie hoort nooit iets van klanten")
    selfreview.answer(old, "basics", "yes")
    new = store.create(follow_up(old, today="2026-06-12"))
    keys = ["j", "d", "enter", focus_in("#review-note"), *"Elke", "space", *"week", "space", *"één", "space",
            *"klantverhaal", "space", "left_square_bracket", "slash", "right_square_bracket"]

    def typed(app) -> bool:  # type: ignore[no-untyped-def]
        """the note is typed"""
        return note_input(app).value == "Elke week één klantverhaal [/]"

    assert snap_compare(ReviewApp(store, new.id), terminal_size=(80, 24),
                        run_before=script(*ON_REVIEW, *keys, typed))


def test_review_english_first_time_80x24(snap_compare, tmp_path: Path) -> None:
    """English example as a solo session at 80×24, first self-review, after y, p, n, Enter,
    "Newsletter goes to everyone" typed and Enter. The score line "3 of 7 answered ·
    1 yes · 1 partly · 1 no · 3 of 14 points"; no last-time line and no Last time column
    (the answer column is called Answer). The table has the focus: rows 1-3 show a green
    ✓ yes, an orange ◐ partly and a red ✗ no; the cursor is on row 4 "Keep going when it
    fails" with "Newsletter goes to everyone" in the Note column. The box "Question 4 of
    7: Keep going when it fails" shows the question and the saved note in the input.
    Footer: Enter Note, y yes, p partly, n no, Del Clear, Esc Close."""
    store = SessionStore(tmp_path / "sessions")
    session = store.create(solo(example_session_en()))
    app = ReviewApp(store, session.id)
    keys = ["y", "p", "n", "enter", focus_in("#review-note"), *"Newsletter", "space", *"goes", "space",
            *"to", "space", *"everyone", "enter"]

    def saved(_app) -> bool:  # type: ignore[no-untyped-def]
        """the note is saved and the table has the focus again"""
        return on_disk(app).get("persist", ("", ""))[1] == "Newsletter goes to everyone"

    assert snap_compare(app, terminal_size=(80, 24),
                        run_before=script(*ON_REVIEW, *keys, saved, focus_in("ReviewTable")))
