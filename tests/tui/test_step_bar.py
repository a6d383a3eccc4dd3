"""The step bar: one widget that draws ``Setup › Promise ✓ › ...`` itself.

What the user sees (labels, check marks, F-keys when wide, the current step's colours)
and what the mouse does (a click on a step moves there, on an arrow nothing, hovering
highlights the step under the mouse).
"""

from __future__ import annotations

import pytest

from cxworkshop.domain.models import Meta, Participant, Session
from cxworkshop.store import SessionStore
from cxworkshop.tui.app import make_app
from cxworkshop.tui.prefs import PROJECTOR_THEME
from cxworkshop.tui.widgets.step_bar import StepBar

DEMO_80 = " Opzet › Belofte ✓ › Frustraties ✓ › Barrières ✓ › Acties ✓ › Plan ✓ "
DEMO_120 = (" F2 Opzet › F3 Belofte ✓ › F4 Frustraties ✓ › F5 Barrières ✓ › F6 Acties ✓ ›"
            " F7 Plan ✓ ")


@pytest.fixture
def team_store(store: SessionStore) -> SessionStore:
    """An English team session with only the Setup step filled in."""
    store.create(Session(id="ws", meta=Meta(title="Workshop", language="en"),
                         participants=[Participant("Ann", "Sales", id="p1")]))
    return store


def bar_of(app) -> StepBar:  # type: ignore[no-untyped-def]
    return app.screen.query_one("#step-bar", StepBar)


def text_of(bar: StepBar) -> str:
    """The bar's line as drawn on the screen, without the empty rest."""
    return "".join(segment.text for segment in bar.render_line(0)).rstrip()


def bgcolor_at(bar: StepBar, x: int):  # type: ignore[no-untyped-def]
    """The background colour of cell ``x`` of the bar as drawn."""
    cell = 0
    for segment in bar.render_line(0):
        if cell <= x < cell + segment.cell_length:
            assert segment.style is not None
            return segment.style.bgcolor
        cell += segment.cell_length
    raise AssertionError(f"no cell {x}")


def current_bgcolor(bar: StepBar):  # type: ignore[no-untyped-def]
    return bar.get_visual_style("step-bar--current").rich_style.bgcolor


async def test_the_bar_is_one_widget_showing_the_steps_at_80_columns(
        demo_store: SessionStore) -> None:
    app = make_app(demo_store, "demo")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        bar = bar_of(app)
        assert not bar.children
        assert text_of(bar) == DEMO_80.rstrip()
        assert bar.label_of("setup") == "Opzet"
        assert bar.label_of("promise") == "Belofte ✓"


async def test_wide_bar_shows_the_f_keys(demo_store: SessionStore) -> None:
    app = make_app(demo_store, "demo")
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        bar = bar_of(app)
        assert text_of(bar) == DEMO_120.rstrip()
        assert bar.label_of("promise") == "F3 Belofte ✓"
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert text_of(bar) == DEMO_80.rstrip()


async def test_check_marks_show_steps_with_content_but_not_the_current_one(
        team_store: SessionStore) -> None:
    app = make_app(team_store, "ws")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        bar = bar_of(app)
        assert text_of(bar) == " Setup › Promise › Frustrations › Barriers › Actions › Plan"
        await pilot.press("ctrl+pagedown")
        await pilot.pause()
        assert text_of(bar) == " Setup ✓ › Promise › Frustrations › Barriers › Actions › Plan"
        assert bar.label_of("setup") == "Setup ✓"


async def test_the_current_step_follows_the_keys(demo_store: SessionStore) -> None:
    app = make_app(demo_store, "demo")
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        bar = bar_of(app)
        highlight = current_bgcolor(bar)
        assert bgcolor_at(bar, bar.offset_of("setup")[0]) == highlight
        await pilot.press("ctrl+pagedown")
        await pilot.pause()
        assert app.screen.step == bar.current == "promise"
        assert bar.label_of("promise") == "F3 Belofte"  # no check mark on the current step
        assert bar.label_of("setup") == "F2 Opzet ✓"
        assert bgcolor_at(bar, bar.offset_of("promise")[0]) == highlight
        assert bgcolor_at(bar, bar.offset_of("setup")[0]) != highlight
        await pilot.press("f6")
        await pilot.pause()
        assert app.screen.step == bar.current == "actions"
        assert bgcolor_at(bar, bar.offset_of("actions")[0]) == highlight
        assert bgcolor_at(bar, bar.offset_of("promise")[0]) != highlight


async def test_a_click_on_a_step_moves_there(demo_store: SessionStore) -> None:
    app = make_app(demo_store, "demo")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        bar = bar_of(app)
        await pilot.click("#step-bar", offset=bar.offset_of("frustrations"))
        await pilot.pause()
        assert app.screen.step == bar.current == "frustrations"
        assert bgcolor_at(bar, bar.offset_of("frustrations")[0]) == current_bgcolor(bar)
        await pilot.click("#step-bar", offset=bar.offset_of("setup"))
        await pilot.pause()
        assert app.screen.step == "setup"


async def test_a_click_on_an_arrow_or_the_empty_rest_does_nothing(
        demo_store: SessionStore) -> None:
    app = make_app(demo_store, "demo")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        bar = bar_of(app)
        arrow = bar.offset_of("barriers")[0] - 2  # the "›" just before " Barrières ✓ "
        assert text_of(bar)[arrow] == "›"
        assert bar.step_at(arrow) is None
        await pilot.click("#step-bar", offset=(arrow, 0))
        await pilot.pause()
        assert app.screen.step == "setup"
        await pilot.click("#step-bar", offset=(79, 0))
        await pilot.pause()
        assert app.screen.step == "setup"


async def test_hovering_highlights_the_step_under_the_mouse(demo_store: SessionStore) -> None:
    app = make_app(demo_store, "demo")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        bar = bar_of(app)
        x = bar.offset_of("barriers")[0]
        plain = bgcolor_at(bar, x)
        hovered = bar.get_visual_style("step-bar--done", "step-bar--hover").rich_style.bgcolor
        assert hovered != plain
        await pilot.hover("#step-bar", offset=(x, 0))
        await pilot.pause()
        assert bgcolor_at(bar, x) == hovered
        assert bgcolor_at(bar, bar.offset_of("actions")[0]) == plain
        await pilot.hover("#session-header")
        await pilot.pause()
        assert bgcolor_at(bar, x) == plain


async def test_the_projector_theme_recolours_the_bar(demo_store: SessionStore) -> None:
    app = make_app(demo_store, "demo")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        bar = bar_of(app)
        before = bgcolor_at(bar, bar.offset_of("setup")[0])
        app.action_toggle_theme()
        await pilot.pause()
        assert app.theme == PROJECTOR_THEME
        after = bgcolor_at(bar, bar.offset_of("setup")[0])
        assert after != before
        assert after == current_bgcolor(bar)  # the projector's $primary (yellow)
