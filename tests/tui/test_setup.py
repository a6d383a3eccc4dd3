"""The Setup step: meta fields with inline validation, participants, solo mode, language."""

from __future__ import annotations

import pytest
from textual.widgets import Input

from cxworkshop.domain.models import Meta
from cxworkshop.store import SessionStore
from cxworkshop.tui.app import make_app
from cxworkshop.tui.dialogs.confirm import ConfirmDialog
from cxworkshop.tui.dialogs.setup_participant import ParticipantDialog
from cxworkshop.tui.widgets.choice import ChoiceToggle
from cxworkshop.tui.widgets.step_bar import StepBar
from tests.tui.setup_form import drawn, enter_value, error_text, label_text


@pytest.fixture
def en_store(store: SessionStore) -> SessionStore:
    """One English team session (id "ws") with two participants."""
    from cxworkshop.domain.models import Participant, Session

    session = Session(id="ws", meta=Meta(title="Workshop", language="en", hourly_rate=50.0),
                      participants=[Participant("Ann", "Sales", id="p1"),
                                    Participant("Bob", "IT", id="p2")])
    store.create(session)
    return store


BAD = [
    ("working_days", "abc", "is not a number"),
    ("working_days", "-5", "between 1 and 366"),
    ("working_days", "99999999999999999999", "between 1 and 366"),
    ("working_days", "", "enter a number"),
    ("hours_per_day", "0", "between 0.5 and 24"),
    ("hours_per_day", "nan", "ordinary number"),
    ("hourly_rate", "-1", "between 0 and 100"),
    ("title", "", "cannot be empty"),
    ("title", "   ", "cannot be empty"),
    ("title", "x" * 2001, "at most 2,000 characters"),
    ("date", "2026-13-01", "year-month-day"),
    ("date", "", "cannot be empty"),
    ("currency", "EUROEUROEURO", "at most 10 characters"),
]


@pytest.mark.parametrize(("field", "text", "message"), BAD,
                         ids=[f"{f}-{t[:12]!r}" for f, t, _ in BAD])
async def test_bad_input_shows_message_and_saves_nothing(en_store: SessionStore, field: str,
                                                         text: str, message: str) -> None:
    before = en_store.load("ws")
    app = make_app(en_store, "ws")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        box = await enter_value(pilot, field, text)
        assert message in error_text(app, field)
        assert app.focused is box  # Enter on a bad value stays in the field
        assert box.has_class("-invalid")
        box.blur()  # leaving the field does not save it either
        await pilot.pause()
        after = en_store.load("ws")
        assert getattr(after.meta, field) == getattr(before.meta, field)
        assert after.revision == before.revision
        assert box.value == text  # what was typed stays, to be corrected


@pytest.mark.parametrize(("field", "text", "stored"), [
    ("title", "Klantreis 🚀 workshop", "Klantreis 🚀 workshop"),
    ("title", "ورشة تجربة العملاء", "ورشة تجربة العملاء"),
    ("title", "  padded  ", "padded"),
    ("working_days", "220", 220.0),
    ("hours_per_day", "7,5", 7.5),
    ("hourly_rate", "", None),
    ("organisation", "x" * 2000, "x" * 2000),
])
async def test_good_input_is_saved_on_enter(en_store: SessionStore, field: str, text: str,
                                            stored: object) -> None:
    app = make_app(en_store, "ws")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await enter_value(pilot, field, text)
        assert error_text(app, field) == ""
        assert getattr(en_store.load("ws").meta, field) == stored


async def test_message_goes_away_when_fixed(en_store: SessionStore) -> None:
    app = make_app(en_store, "ws")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        box = await enter_value(pilot, "working_days", "lots")
        assert "not a number" in error_text(app, "working_days")
        box.value = ""
        await pilot.press(*"210")
        await pilot.pause()
        assert error_text(app, "working_days") == ""
        await pilot.press("enter")
        await pilot.pause()
        assert en_store.load("ws").meta.working_days == 210.0


async def test_quick_add_participant(en_store: SessionStore) -> None:
    app = make_app(en_store, "ws")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.screen.query_one("#add-name").focus()
        await pilot.press("enter")  # empty name
        await pilot.pause()
        assert "Name: cannot be empty." in str(app.screen.query_one("#add-error").content)
        assert len(en_store.load("ws").participants) == 2
        await pilot.press(*"Chloé", "tab", *"Support", "enter")
        await pilot.pause()
        people = en_store.load("ws").participants
        assert [(p.name, p.department) for p in people][-1] == ("Chloé", "Support")
        table = app.screen.query_one("#people-table")
        assert [str(c) for c in table.get_row_at(2)] == ["Chloé", "Support"]
        assert app.focused is app.screen.query_one("#add-name")  # ready for the next one
        assert str(app.screen.query_one("#people-heading").content) == "Participants (3)"


async def test_a_participant_added_below_the_fold_is_shown(demo_store: SessionStore) -> None:
    """At 80x24 the demo's seven people fill the table: the eighth must scroll into view."""
    app = make_app(demo_store, "demo")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.screen.query_one("#add-name").focus()
        await pilot.press(*"Zoë Nieuw", "tab", *"Inkoop", "enter")
        await pilot.pause()
        await pilot.pause()
        assert "Zoë Nieuw" in "\n".join(drawn(app, app.screen.query_one("#people-table")))
        assert app.focused is app.screen.query_one("#add-name")


async def test_add_button_adds_with_a_click_and_stays_out_of_the_tab_order(
        en_store: SessionStore) -> None:
    app = make_app(en_store, "ws")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.screen.query_one("#add-name", Input).value = "Dara"
        app.screen.query_one("#add-department", Input).value = "Sales"
        await pilot.click("#add-button")
        await pilot.pause()
        people = en_store.load("ws").participants
        assert [(p.name, p.department) for p in people][-1] == ("Dara", "Sales")
        assert app.focused is app.screen.query_one("#add-name")  # ready for the next one
        await pilot.click("#add-button")  # nothing typed: a message, nothing added
        await pilot.pause()
        assert "Name: cannot be empty." in str(app.screen.query_one("#add-error").content)
        assert len(en_store.load("ws").participants) == 3
        app.screen.query_one("#add-department").focus()
        await pilot.press("tab")
        assert app.focused is app.screen.query_one("#people-table")  # not the button


async def test_edit_participant(en_store: SessionStore) -> None:
    app = make_app(en_store, "ws")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.screen.query_one("#people-table").focus()
        await pilot.press("down", "e")  # e is effort (Barriers), never edit
        await pilot.pause()
        assert not isinstance(app.screen, ParticipantDialog)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ParticipantDialog)
        app.screen.query_one("#edit-name", Input).value = ""
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ParticipantDialog)  # empty name refused in place
        await pilot.press(*"Robert", "enter")
        await pilot.pause()
        assert en_store.load("ws").participants[1].name == "Robert"
        assert str(app.screen.query_one("#people-table").get_row_at(1)[0]) == "Robert"


async def test_delete_participant_asks_first(en_store: SessionStore) -> None:
    app = make_app(en_store, "ws")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.screen.query_one("#people-table").focus()
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("escape")
        await pilot.pause()
        assert len(en_store.load("ws").participants) == 2
        await pilot.press("delete")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert [p.name for p in en_store.load("ws").participants] == ["Bob"]
        assert app.screen.query_one("#people-table").row_count == 1


async def test_solo_hides_participants(en_store: SessionStore) -> None:
    app = make_app(en_store, "ws")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.screen.query_one("#participants").display
        app.screen.query_one("#meta-mode", ChoiceToggle).value = "solo"
        await pilot.pause()
        await pilot.pause()
        assert en_store.load("ws").meta.mode == "solo"
        assert not app.screen.query_one("#participants").display
        assert "Solo session" in str(app.screen.query_one("#setup-solo-note").content)


async def test_language_switch_relabels_the_session(en_store: SessionStore) -> None:
    app = make_app(en_store, "ws")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert screen.query_one(StepBar).label_of("setup") == "Setup"  # current: no ✓
        language = screen.query_one("#meta-language", ChoiceToggle)
        language.focus()
        language.value = "nl"
        await pilot.pause()
        await pilot.pause()
        assert en_store.load("ws").meta.language == "nl"
        assert "Opzet" in screen.query_one(StepBar).label_of("setup")
        assert label_text(app, "working_days") == "Werkdagen per jaar"
        assert str(screen.query_one("#people-heading").content) == "Deelnemers (2)"
        assert app.focused is screen.query_one("#meta-language")  # focus kept
        assert screen.pane.display and screen.pane.region.height > 10  # rebuilt and visible
        footer_labels = [b.binding.description for b in screen.active_bindings.values()]
        assert "Hulp" in footer_labels


async def test_unchanged_field_is_not_saved_again(en_store: SessionStore) -> None:
    app = make_app(en_store, "ws")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("tab", "tab", "tab")  # walk through fields without typing
        await pilot.pause()
        assert en_store.load("ws").revision == 1


async def test_reference_sum_follows_working_days(en_store: SessionStore) -> None:
    app = make_app(en_store, "ws")
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.pause()
        hint = app.screen.query_one("#assumption-hint")
        assert hint.display and "about 100 hours per person per year" in str(hint.content)
        await enter_value(pilot, "working_days", "220")
        assert "about 110 hours per person per year" in str(hint.content)
