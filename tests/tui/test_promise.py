"""Promise step, notes under the four B's: fast typing, editing, deleting, bad input.

Focused Pilot tests on the PaneHarness with a real store in tmp_path: every test checks
what the screen shows and what the session file holds afterwards.
"""

from __future__ import annotations

from textual.widgets import Input

from cxworkshop.domain.demo import demo_session, example_session_en
from cxworkshop.domain.models import AREAS, Meta, Note, Promise, Session
from cxworkshop.store import SessionStore
from cxworkshop.tui.dialogs.confirm import ConfirmDialog
from cxworkshop.tui.dialogs.promise_edit import NoteEditDialog
from cxworkshop.tui.steps.promise import PromisePane
from cxworkshop.tui.widgets.promise_notes import NoteArea
from tests.tui.harness import PaneHarness


def make(store: SessionStore, session: Session) -> PaneHarness:
    store.create(session)
    return PaneHarness(store, session.id, PromisePane)


def empty_session(lang: str = "en", mode: str = "team") -> Session:
    return Session(id="ws", meta=Meta(title="Workshop", language=lang, mode=mode))


def shown_notes(app: PaneHarness, area: str) -> list[str]:
    notes = app.pane.query_one(f"#area-{area}", NoteArea).notes
    return [str(option.prompt) for option in notes.options]


def error_text(app: PaneHarness, area: str) -> str:
    return str(app.pane.query_one(f"#area-{area}", NoteArea).error.content)


async def type_text(pilot, text: str) -> None:
    await pilot.press(*[c if c != " " else "space" for c in text])


async def cursor_in(app, pilot, widget) -> None:
    """Wait until ``widget`` has the focus: the pane moves the cursor after a refresh."""
    for _ in range(100):
        if app.focused is widget:
            return
        await pilot.pause()
    raise AssertionError(f"the cursor never reached {widget} (it is on {app.focused})")


async def test_typing_notes_into_all_four_areas_saves_each_and_keeps_the_input_ready(store: SessionStore) -> None:
    app = make(store, empty_session())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        for index, area in enumerate(AREAS):
            if index:
                await pilot.press("pagedown")
                await pilot.pause()
            field = app.pane.query_one(f"#note-input-{area}", Input)
            await cursor_in(app, pilot, field)
            await type_text(pilot, f"first {area}")
            await pilot.press("enter")
            await type_text(pilot, "second")
            await pilot.press("enter")
            await pilot.pause()
            assert app.focused is field and field.value == ""
            assert [s.split(" — ")[0] for s in shown_notes(app, area)] == [f"• first {area}", "• second"]
    saved = store.load("ws").promise
    for area in AREAS:
        assert [n.text for n in saved.notes_for(area)] == [f"first {area}", "second"]


async def test_wide_screen_shows_all_four_areas_and_the_drafts_at_once(demo_store: SessionStore) -> None:
    app = PaneHarness(demo_store, "demo", PromisePane)
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.pause()
        areas = [app.pane.query_one(f"#area-{a}", NoteArea) for a in AREAS]
        assert all(a.region.width > 30 and a.region.height > 8 for a in areas)
        assert len({a.region.y for a in areas}) == 1, "side by side"
        assert app.pane.drafts.region.height > 8
        assert not app.pane.bar.display


async def test_small_screen_shows_one_section_and_page_keys_switch(demo_store: SessionStore) -> None:
    app = PaneHarness(demo_store, "demo", PromisePane)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        visible = [a for a in AREAS if app.pane.areas[a].region.height > 0]
        assert visible == ["basisplek"]
        assert "Basisplek 3" in str(app.pane.bar.content)
        await pilot.press("pageup")  # wraps around to the drafts
        await cursor_in(app, pilot, app.pane.drafts.text_input)
        assert app.pane.drafts.region.height > 5
        assert all(app.pane.areas[a].region.height == 0 for a in AREAS)


async def test_empty_and_too_long_notes_show_a_message_and_save_nothing(store: SessionStore) -> None:
    app = make(store, empty_session())
    async with app.run_test(size=(80, 24)) as pilot:
        await cursor_in(app, pilot, app.pane.areas["basisplek"].input)
        await pilot.press("space", "space", "enter")
        await pilot.pause()
        assert "cannot be empty" in error_text(app, "basisplek")
        field = app.pane.areas["basisplek"].input
        field.value = "x" * 2001
        await pilot.press("enter")
        await pilot.pause()
        assert "at most 2,000 characters" in error_text(app, "basisplek")
        assert field.value == "x" * 2001, "the text stays so it can be shortened"
        await pilot.press("backspace", "enter")
        await pilot.pause()
        assert error_text(app, "basisplek") == ""
    assert [len(n.text) for n in store.load("ws").promise.notes] == [2000]


async def test_emoji_and_right_to_left_text_are_saved_and_shown_unchanged(store: SessionStore) -> None:
    texts = ["Klanten 😀 blij 👍🏽", "نحن نعدك بالوضوح", "שירות מהיר"]
    app = make(store, empty_session())
    async with app.run_test(size=(80, 24)) as pilot:
        field = app.pane.areas["basisplek"].input
        await cursor_in(app, pilot, field)
        for text in texts:
            field.value = text
            await pilot.press("enter")
            await pilot.pause()
        assert shown_notes(app, "basisplek") == [f"• {text}" for text in texts]
    assert [n.text for n in store.load("ws").promise.notes] == texts


async def test_edit_a_note_changes_text_author_and_area(store: SessionStore) -> None:
    session = empty_session()
    session.promise = Promise(notes=[Note("belofte", "Old text", "Ann", id="n1")])
    app = make(store, session)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.pane.show_section("belofte")
        await cursor_in(app, pilot, app.pane.areas["belofte"].input)
        await pilot.press("shift+tab")  # from the input to the list
        await pilot.press("e")  # e is effort (Barriers), never edit
        await pilot.pause()
        assert not isinstance(app.screen, NoteEditDialog)
        await pilot.press("enter")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, NoteEditDialog)
        assert dialog.text_input.value == "Old text"
        dialog.text_input.value = ""
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, NoteEditDialog), "empty text is refused in place"
        assert "cannot be empty" in str(dialog.text_field.error.content)
        dialog.text_input.value = "New text"
        dialog.author_input.value = "Bob"
        dialog.area_select.value = "bewijs"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, NoteEditDialog)
        assert shown_notes(app, "bewijs") == ["• New text — Bob"]
        assert shown_notes(app, "belofte") == []
    assert store.load("ws").promise.notes == [Note("bewijs", "New text", "Bob", id="n1")]


async def test_escape_in_the_edit_dialog_changes_nothing(store: SessionStore) -> None:
    session = empty_session()
    session.promise = Promise(notes=[Note("basisplek", "Keep me", id="n1")])
    app = make(store, session)
    async with app.run_test(size=(80, 24)) as pilot:
        await cursor_in(app, pilot, app.pane.areas["basisplek"].input)
        app.pane.areas["basisplek"].notes.focus()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, NoteEditDialog)
        app.screen.text_input.value = "Changed"
        await pilot.press("escape")
        await pilot.pause()
        assert shown_notes(app, "basisplek") == ["• Keep me"]
    assert store.load("ws").revision == 1


async def test_delete_a_note_asks_first(store: SessionStore) -> None:
    session = empty_session()
    session.promise = Promise(notes=[Note("bezieling", "One", id="n1"), Note("bezieling", "Two", id="n2")])
    app = make(store, session)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.pane.show_section("bezieling")
        await cursor_in(app, pilot, app.pane.areas["bezieling"].input)
        app.pane.areas["bezieling"].notes.focus()
        await pilot.press("d")  # the newest note, "Two", is highlighted on arrival
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("n")
        await pilot.pause()
        assert shown_notes(app, "bezieling") == ["• One", "• Two"]
        await pilot.press("delete")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert shown_notes(app, "bezieling") == ["• One"]
        assert app.pane.areas["bezieling"].border_title == "Bezieling (drive) · 1"
    assert [n.id for n in store.load("ws").promise.notes] == ["n1"]


async def test_many_notes_load_and_a_new_one_is_appended_in_place(store: SessionStore) -> None:
    session = empty_session()
    session.promise = Promise(notes=[Note("basisplek", f"Note {i}", id=f"n{i:04}") for i in range(1000)])
    app = make(store, session)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        notes = app.pane.areas["basisplek"].notes
        await cursor_in(app, pilot, app.pane.areas["basisplek"].input)
        assert notes.option_count == 1000
        first = notes.options[0]
        await type_text(pilot, "one more")
        await pilot.press("enter")
        await pilot.pause()
        assert notes.option_count == 1001
        assert notes.options[0] is first, "existing options are kept, not rebuilt"
        assert str(notes.options[-1].prompt) == "• one more"
    assert len(store.load("ws").promise.notes) == 1001


async def test_questions_follow_language_and_mode(store: SessionStore) -> None:
    english = example_session_en()
    app = make(store, english)
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.pause()
        area = app.pane.areas["basisplek"]
        assert area.border_title == "Basisplek (home ground) · 1"
        assert "What place do we hold" in str(area.query_one(".area-question").content)
    solo = demo_session()
    solo.id, solo.meta.mode = "solo-nl", "solo"
    app = make(store, solo)
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.pause()
        area = app.pane.areas["bezieling"]
        assert area.border_title == "Bezieling · 2"
        assert "Waarom doe je dit werk?" in str(area.query_one(".area-question").content)
        assert all(" — " not in text for text in shown_notes(app, "bezieling")), "no authors in solo mode"


async def test_in_the_full_app_the_cursor_starts_in_basisplek_and_page_keys_move_on(demo_store: SessionStore) -> None:
    from textual.widgets import Footer

    from cxworkshop.tui.app import make_app

    app = make_app(demo_store, "demo")
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.pause()
        await pilot.press("f3")
        await pilot.pause()
        pane = app.screen.query_one(PromisePane)
        await cursor_in(app, pilot, pane.areas["basisplek"].input)
        footer = str(app.screen.query_one(Footer).render())  # one widget: it draws the line itself
        assert "PgDn Volgend deel" in footer
        await pilot.press("pagedown", "pagedown")
        await cursor_in(app, pilot, pane.areas["belofte"].input)
        await type_text(pilot, "Nieuw")
        await pilot.press("enter")
        await pilot.pause()
    assert [n.text for n in demo_store.load("demo").promise.notes_for("belofte")][-1] == "Nieuw"
