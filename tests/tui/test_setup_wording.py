"""The Setup form in a Dutch session and in solo: Dutch decimals, one word for each
thing (the same as in the other steps and in the messages), a currency that is a
currency, and "Your name" instead of "Facilitator" when nobody leads."""

from __future__ import annotations

from textual.widgets import Input

from cxworkshop.domain.models import Meta, Participant, Session
from cxworkshop.store import SessionStore
from cxworkshop.tui.app import make_app
from cxworkshop.tui.widgets.choice import ChoiceToggle
from cxworkshop.tui.widgets.frustration_table import FrustrationTable
from tests.tui.setup_form import enter_value, error_text, label_text, value_text


def nl_session(store: SessionStore, **meta: object) -> None:
    store.create(Session(id="nl", meta=Meta(title="Werksessie", language="nl", **meta),
                         participants=[Participant("Ann", "Verkoop", id="p1")]))


def label(app, field: str) -> str:  # type: ignore[no-untyped-def]
    return label_text(app, field)


def box(app, field: str) -> Input:  # type: ignore[no-untyped-def]
    """The input of a field that has been opened (typed in)."""
    return app.screen.query_one(f"#meta-{field}", Input)


async def test_dutch_session_shows_dutch_decimals_and_reads_both(store: SessionStore) -> None:
    nl_session(store, hours_per_day=7.5, hourly_rate=65.5)
    app = make_app(store, "nl")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert value_text(app, "hours_per_day") == "7,5"
        assert value_text(app, "hourly_rate") == "65,5"
        for typed, saved, shown in (("7.25", 7.25, "7,25"), ("8,5", 8.5, "8,5")):
            await enter_value(pilot, "hours_per_day", typed)
            box(app, "hours_per_day").blur()
            await pilot.pause()
            assert store.load("nl").meta.hours_per_day == saved
            assert box(app, "hours_per_day").value == shown
            assert value_text(app, "hours_per_day") == shown
            assert error_text(app, "hours_per_day") == ""


async def test_a_saved_figure_with_three_decimals_is_left_alone(store: SessionStore) -> None:
    """"7,125" could be read as 7125; as shown it simply is the saved value."""
    nl_session(store, hours_per_day=7.125)
    app = make_app(store, "nl")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        revision = store.load("nl").revision
        await enter_value(pilot, "hours_per_day", "7,125")
        box(app, "hours_per_day").blur()
        await pilot.pause()
        assert error_text(app, "hours_per_day") == ""
        assert store.load("nl").revision == revision
        await enter_value(pilot, "working_days", "2.500")  # typed anew: still asked which
        assert "2500 of 2,5" in error_text(app, "working_days")


async def test_currency_must_be_a_code_or_a_sign(store: SessionStore) -> None:
    nl_session(store, hourly_rate=65.0)
    app = make_app(store, "nl")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert label(app, "hourly_rate") == "Uurtarief in EUR (niet verplicht)"
        await enter_value(pilot, "currency", "65")
        assert error_text(app, "currency") == (
            'Valuta: "65" is geen valuta; gebruik een code als EUR of een teken als €, $ of £.')
        box(app, "currency").blur()
        await pilot.pause()
        assert store.load("nl").meta.currency == "EUR"
        assert label(app, "hourly_rate") == "Uurtarief in EUR (niet verplicht)"
        await enter_value(pilot, "currency", "€")
        assert error_text(app, "currency") == ""
        assert store.load("nl").meta.currency == "€"
        assert label(app, "hourly_rate") == "Uurtarief in € (niet verplicht)"


async def test_dutch_words_match_the_other_steps_and_the_messages(store: SessionStore) -> None:
    nl_session(store)
    app = make_app(store, "nl")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert label(app, "facilitator") == "Begeleider"
        await enter_value(pilot, "hourly_rate", "-1")
        assert error_text(app, "hourly_rate").startswith("Uurtarief: moet tussen 0 en 100.000")
        box(app, "hourly_rate").value = ""
        app.screen.query_one("#people-table").focus()
        await pilot.pause()
        footer = {b.binding.description for b in app.screen.active_bindings.values()}
        assert {"Bewerk", "Verwijder"} <= footer  # as in Frustrations, Barriers and Actions
        assert not {"Wijzigen", "Weghalen"} & footer
        await pilot.press("f4")
        await pilot.pause()
        app.screen.query_one(FrustrationTable).focus()
        await pilot.pause()
        footer = {b.binding.description for b in app.screen.active_bindings.values()}
        assert {"Bewerk", "Verwijder"} <= footer


async def test_solo_asks_for_your_name(store: SessionStore) -> None:
    store.create(Session(id="solo", meta=Meta(title="Zelf", language="en", mode="solo",
                                              facilitator="Sam")))
    app = make_app(store, "solo")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert label(app, "facilitator") == "Your name"
        assert value_text(app, "facilitator") == "Sam"
        app.screen.query_one("#meta-mode", ChoiceToggle).value = "team"
        await pilot.pause()
        assert store.load("solo").meta.mode == "team"
        assert label(app, "facilitator") == "Facilitator"


async def test_the_longest_labels_fit_on_wide_and_middle_screens(store: SessionStore) -> None:
    """Side by side with the participants only when the fields stay wide enough for
    their labels; at 120 columns the form is stacked above them."""
    nl_session(store, hourly_rate=65.0)
    for size in ((120, 36), (160, 48), (80, 24)):
        app = make_app(store, "nl")
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            assert label(app, "hourly_rate") == "Uurtarief in EUR (niet verplicht)", size
            assert label(app, "hours_per_day") == "Uren per werkdag", size
            hint = app.screen.query_one("#assumption-hint")  # the reference sum, when roomy
            assert (hint.region.height > 0) == (size != (80, 24)), size
