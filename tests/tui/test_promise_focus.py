"""Coming to the Promise step, the cursor is in the current area's note input at once.

Keys typed right after the step key (a fast typist, a paste, ``tmux send-keys``) arrive
before the app has handled any of them. They must all land in the note input, first
visit and later ones, on a small and a large screen, with a few notes and with many:
never in the notes list, where a typed ``d`` asks to delete a note and Enter opens one.
Checked in the list on screen and in the session file.
"""

from __future__ import annotations

from typing import Any

import pytest
from textual import events
from textual.keys import _character_to_key
from textual.pilot import Pilot

from cxworkshop.domain.demo import demo_session
from cxworkshop.domain.models import Note
from cxworkshop.store import SessionStore
from cxworkshop.tui.app import make_app
from cxworkshop.tui.screens.session import SessionScreen
from cxworkshop.tui.steps.promise import PromisePane
from cxworkshop.tui.widgets.promise_notes import NoteArea

TEXT = "Specialist in ambachtelijk brood"


def burst(pilot: Pilot[Any], step_key: str, text: str) -> None:
    """The step key, ``text`` and Enter, all queued before the app handles any of them."""
    driver = pilot.app._driver
    assert driver is not None
    keys = [events.Key(step_key, None)]
    keys += [events.Key(_character_to_key(c), c) for c in text]
    keys.append(events.Key("enter", "\r"))
    for event in keys:
        event.set_sender(pilot.app)
        driver.send_message(event)


def basisplek_on_screen(app: Any) -> list[str]:
    notes = app.screen.query_one("#area-basisplek", NoteArea).notes
    return [str(option.prompt).split(" — ")[0] for option in notes.options]


def make_store(store: SessionStore, many: bool) -> SessionStore:
    session = demo_session()
    if many:
        session.promise.notes += [Note("basisplek", f"Note {i}", id=f"many{i:04}") for i in range(600)]
    store.create(session)
    return store


@pytest.mark.parametrize("many", [False, True], ids=["demo", "600-notes"])
@pytest.mark.parametrize("size", [(80, 24), (160, 48)], ids=["80x24", "160x48"])
async def test_text_typed_right_after_f3_lands_in_the_note_input_first_and_later_visits(
        store: SessionStore, size: tuple[int, int], many: bool) -> None:
    store = make_store(store, many)
    before = len(store.load("demo").promise.notes_for("basisplek"))
    app = make_app(store, "demo")
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        for visit, text in enumerate([TEXT, "dag en nacht vers"]):
            if visit:
                await pilot.press("f4")
                await pilot.pause()
            burst(pilot, "f3", text)
            for _ in range(4):
                await pilot.pause()
            assert isinstance(app.screen, SessionScreen), f"visit {visit + 1}: a dialog opened"
            pane = app.screen.query_one(PromisePane)
            field = pane.areas["basisplek"].input
            assert app.focused is field, f"visit {visit + 1}: the cursor is on {app.focused}"
            assert field.value == ""
            assert basisplek_on_screen(app)[-1] == f"• {text}"
    saved = [n.text for n in store.load("demo").promise.notes_for("basisplek")]
    assert len(saved) == before + 2
    assert saved[-2:] == [TEXT, "dag en nacht vers"]
