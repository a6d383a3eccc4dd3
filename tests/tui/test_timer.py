"""The step timer in the session header: start, pause, resume, five more minutes, the
colour levels, the bell, what is saved, and the planning dialog. A fake clock drives
it: nothing here sleeps; ``screen.timer.tick()`` is what the one-second interval calls."""

from __future__ import annotations

import pytest
from textual.widgets import Input

from cxworkshop.domain.demo import example_session_en
from cxworkshop.store import SessionStore
from cxworkshop.tui.app import make_app
from cxworkshop.tui.dialogs.timebox_plan import TimeboxPlanDialog, check_minutes
from cxworkshop.tui.screens.session import SessionScreen
from cxworkshop.tui.widgets.timer_label import TimerLabel
from tests.tui.clock import FIXED_EPOCH, FakeClock

T0 = FIXED_EPOCH  # where every FakeClock starts (epoch seconds)


@pytest.fixture
def en_store(store: SessionStore) -> SessionStore:
    store.create(example_session_en())  # id "example-en", English, team
    return store


def session_screen(app) -> SessionScreen:
    assert isinstance(app.screen, SessionScreen)
    return app.screen


def label(app) -> TimerLabel:
    return session_screen(app).query_one(TimerLabel)


def box_on_disk(store: SessionStore, step: str):
    boxes = {b.step: b for b in store.load("example-en").facilitation.timeboxes}
    return boxes.get(step)


def notes(app) -> list[str]:
    return [str(n.message) for n in app._notifications]


async def test_start_pause_resume_and_five_more_minutes(en_store: SessionStore) -> None:
    clock = FakeClock()
    app = make_app(en_store, "example-en", clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("f5")  # Barriers: 30 minutes planned
        await pilot.pause()
        screen = session_screen(app)
        assert label(app).text == "‖ 30:00" and label(app).has_class("-paused")
        assert box_on_disk(en_store, "barriers") is None  # nothing saved before the first start

        await pilot.press("f12")
        await pilot.pause()
        assert box_on_disk(en_store, "barriers").running_since == T0
        assert label(app).text == "▶ 30:00" and not label(app).has_class("-paused")

        clock.advance(10 * 60)
        screen.timer.tick()
        assert label(app).text == "▶ 20:00"

        await pilot.press("f12")  # pause: the ten minutes are kept
        await pilot.pause()
        box = box_on_disk(en_store, "barriers")
        assert (box.running_since, box.spent_seconds) == (None, 600)
        clock.advance(5 * 60)  # a break: the paused timer stands still
        screen.timer.tick()
        assert label(app).text == "‖ 20:00"

        await pilot.press("f12")  # resume
        await pilot.pause()
        assert box_on_disk(en_store, "barriers").running_since == T0 + 900
        clock.advance(60)
        await pilot.press("shift+f12")
        await pilot.pause()
        box = box_on_disk(en_store, "barriers")
        assert box.minutes == 35 and box.spent_seconds == 600
        assert label(app).text == "▶ 24:00"  # 35 planned - 11 spent
        assert "Barriers now has 35 minutes." in notes(app)


async def test_shift_f12_as_some_terminals_send_it(en_store: SessionStore) -> None:
    app = make_app(en_store, "example-en", clock=FakeClock())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("f24")  # xterm's code for Shift+F12
        await pilot.pause()
        assert box_on_disk(en_store, "setup").minutes == 15  # 10 planned + 5


@pytest.mark.parametrize(
    ("left", "level"),
    [(121, "normal"), (120, "amber"), (31, "amber"), (30, "red"), (0, "red"), (-65, "red")],
)
async def test_colour_level_at_the_thresholds(en_store: SessionStore, left: int, level: str) -> None:
    """Setup has 10 minutes: amber from 2:00 left (20 %), red from 0:30 (5 %) and over time."""
    clock = FakeClock()
    app = make_app(en_store, "example-en", clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("f12")
        await pilot.pause()
        clock.advance(600 - left)
        session_screen(app).timer.tick()
        shown = label(app)
        assert shown.has_class("-amber") == (level == "amber")
        assert shown.has_class("-red") == (level == "red")
        if left < 0:
            assert shown.text == "▶ +01:05"


async def test_bell_and_message_once_when_time_runs_out(en_store: SessionStore) -> None:
    clock = FakeClock()
    app = make_app(en_store, "example-en", clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        rings: list[int] = []
        app.bell = lambda: rings.append(1)  # type: ignore[method-assign]
        await pilot.pause()
        screen = session_screen(app)
        await pilot.press("f12")
        await pilot.pause()
        for step in (300, 299):  # 9:59 spent: not yet
            clock.advance(step)
            screen.timer.tick()
        assert rings == []
        clock.advance(2)
        screen.timer.tick()
        await pilot.pause()
        assert rings == [1]
        assert "Setup: the 10 minutes are over. Shift+F12 gives five more; F12 pauses." in notes(app)
        for _ in range(3):
            clock.advance(30)
            screen.timer.tick()
        await pilot.pause()
        assert rings == [1]  # once
        assert notes(app).count("Setup: the 10 minutes are over. Shift+F12 gives five more; F12 pauses.") == 1

        await pilot.press("shift+f12")  # five more minutes: it can run out again later
        await pilot.pause()
        clock.advance(5 * 60)
        screen.timer.tick()
        assert rings == [1, 1]


async def test_a_restart_shows_the_same_countdown(en_store: SessionStore) -> None:
    clock = FakeClock()
    app = make_app(en_store, "example-en", clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("f12")
        await pilot.pause()
    # the app was closed with the timer running; four minutes later it opens again
    clock.advance(4 * 60)
    again = make_app(en_store, "example-en", clock=clock)
    async with again.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert label(again).text == "▶ 06:00"
        # a second window (another process) pauses it: this window picks that up
        from cxworkshop.domain.timebox_edits import pause_timer

        en_store.update("example-en", pause_timer("setup", clock() + 30))
        session_screen(again).check_disk()
        await pilot.pause()
        assert label(again).text == "‖ 05:30"


async def test_leaving_a_step_pauses_its_timer(en_store: SessionStore) -> None:
    clock = FakeClock()
    app = make_app(en_store, "example-en", clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("f12")
        await pilot.pause()
        clock.advance(90)
        await pilot.press("f3")
        await pilot.pause()
        setup = box_on_disk(en_store, "setup")
        assert (setup.running_since, setup.spent_seconds) == (None, 90)
        assert label(app).text == "‖ 40:00"  # Promise's own timebox, not started
        await pilot.press("f2")
        await pilot.pause()
        assert label(app).text == "‖ 08:30"


async def test_clicking_the_timer_starts_and_pauses_it(en_store: SessionStore) -> None:
    app = make_app(en_store, "example-en", clock=FakeClock())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.click(TimerLabel)
        await pilot.pause()
        assert box_on_disk(en_store, "setup").running_since == T0
        await pilot.click(TimerLabel)
        await pilot.pause()
        assert box_on_disk(en_store, "setup").running_since is None


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("abc", "Minutes: \"abc\" is not a number."),
        ("", "Minutes: enter a number."),
        ("0", "Minutes: must be between 1 and 600."),
        ("-5", "Minutes: must be between 1 and 600."),
        ("601", "Minutes: must be between 1 and 600."),
        ("99999999999", "Minutes: must be between 1 and 600."),
        ("7.5", "Minutes: enter a whole number."),
        ("🙂", "Minutes: \"🙂\" is not a number."),
    ],
)
def test_planned_minutes_are_checked(typed: str, message: str) -> None:
    assert check_minutes(typed, "en") == (None, message)


def test_planned_minutes_accept_whole_numbers_in_both_languages() -> None:
    assert check_minutes(" 45 ", "en") == (45, None)
    assert check_minutes("600", "nl") == (600, None)
    assert check_minutes("7,5", "nl") == (None, "Minuten: vul een heel getal in.")


async def test_plan_dialog_refuses_bad_minutes_in_place_and_saves_good_ones(en_store: SessionStore) -> None:
    app = make_app(en_store, "example-en", clock=FakeClock())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+f12")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, TimeboxPlanDialog)
        promise = dialog.query_one("#plan-promise", Input)
        promise.value = "0"
        dialog.query_one("#plan-plan", Input).value = "25"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is dialog  # not closed: the message stands next to the field
        assert str(dialog.errors["promise"].content) == "Minutes: must be between 1 and 600."
        assert app.focused is promise and promise.has_class("-invalid")
        assert box_on_disk(en_store, "promise") is None
        promise.value = "50"
        await pilot.pause()
        assert not dialog.errors["promise"].has_class("-visible")  # the message follows the typing
        assert "In total 175 minutes (2:55 hours)" in str(dialog.query_one("#plan-total").content)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, SessionScreen)
        assert box_on_disk(en_store, "promise").minutes == 50
        assert box_on_disk(en_store, "plan").minutes == 25
        assert box_on_disk(en_store, "setup") is None  # unchanged steps are not written


async def test_plan_dialog_escape_changes_nothing(en_store: SessionStore) -> None:
    app = make_app(en_store, "example-en", clock=FakeClock())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        revision = en_store.load("example-en").revision
        await pilot.press("ctrl+f12")
        await pilot.pause()
        app.screen.query_one("#plan-setup", Input).value = "20"
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, SessionScreen)
        assert en_store.load("example-en").revision == revision


async def test_plan_dialog_arrows_move_between_the_steps(en_store: SessionStore) -> None:
    app = make_app(en_store, "example-en", clock=FakeClock())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+f12")
        await pilot.pause()
        assert app.focused.id == "plan-setup"
        await pilot.press("down", "down", "down")
        await pilot.pause()
        assert app.focused.id == "plan-barriers"
        await pilot.press(*"45", "enter")  # the old value is selected on arrival: typing replaces it
        await pilot.pause()
        assert app.focused.id == "plan-actions"
        await pilot.press("up", "up", "up", "up", "up", "up")
        await pilot.pause()
        assert app.focused.id == "plan-setup"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert box_on_disk(en_store, "barriers").minutes == 45
