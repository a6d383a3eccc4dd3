"""Guiding questions for solo users: hidden in team mode, one line on a small screen,
open on a big one, a click toggles, cheap updates from the session."""

from __future__ import annotations

import pytest
from textual.app import App, ComposeResult
from textual.widgets import Static

from cxworkshop.domain.demo import demo_session, example_session_en
from cxworkshop.domain.models import Session
from cxworkshop.i18n import t
from cxworkshop.tui.steps.base import STEPS
from cxworkshop.tui.widgets.guide_questions import GuidingQuestions, guide_lines, guiding_questions


def solo(session: Session) -> Session:
    session.meta.mode = "solo"
    return session


class GuideApp(App[None]):
    def __init__(self, session: Session, step: str = "frustrations") -> None:
        super().__init__()
        self.guide = GuidingQuestions(step, session, id="guide")

    def compose(self) -> ComposeResult:
        yield self.guide
        yield Static("the step pane", id="pane")


def plain(guide: GuidingQuestions) -> str:
    return guide.render().plain


@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize("step", STEPS)
def test_each_step_has_two_to_four_questions_in_each_language(step: str, lang: str) -> None:
    questions = guiding_questions(step, lang)
    assert 2 <= len(questions) <= 4
    assert all(q.endswith("?") or q.endswith(".") for q in questions)
    assert len(guiding_questions(step, "en")) == len(guiding_questions(step, "nl"))


def test_collapsed_is_one_line_and_expanded_wraps_under_the_bullet() -> None:
    collapsed = guide_lines("frustrations", "en", 60, expanded=False)
    assert len(collapsed) == 1 and collapsed[0].cell_length <= 60
    assert collapsed[0].plain.startswith("▸ Questions for you (3): What cost you energy")
    assert collapsed[0].plain.endswith("…")
    expanded = [line.plain for line in guide_lines("frustrations", "en", 60, expanded=True)]
    assert expanded[0] == "▾ Questions for you"
    assert expanded[1].startswith("• What cost you energy")
    assert expanded[2].startswith("  ") and not expanded[2].startswith("   ")
    assert all(len(line) <= 60 for line in expanded)
    assert sum(line.startswith("• ") for line in expanded) == 3


async def test_one_line_at_80x24_and_a_click_opens_it() -> None:
    app = GuideApp(solo(example_session_en()))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        guide = app.guide
        assert guide.display and guide.size.height == 1 and not guide.expanded
        assert plain(guide).startswith("▸ Questions for you (3): What cost you energy")
        await pilot.click("#guide")
        await pilot.pause()
        assert guide.expanded and guide.size.height > 4
        assert "How often does it happen" in plain(guide)
        await pilot.resize_terminal(80, 25)  # the user's choice now wins over the size
        await pilot.pause()
        assert guide.expanded


async def test_open_on_a_big_screen_and_closes_when_it_shrinks() -> None:
    app = GuideApp(solo(example_session_en()), step="barriers")
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.pause()
        guide = app.guide
        assert guide.expanded
        text = plain(guide)
        assert "What is in the way: a process, a system" in text
        assert "If you were your own manager" in text
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        await pilot.pause()
        assert not guide.expanded and guide.size.height == 1


async def test_hidden_in_team_mode_and_follows_the_session() -> None:
    session = example_session_en()
    app = GuideApp(session)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        guide = app.guide
        assert not guide.display
        assert app.query_one("#pane").region.y == 0  # takes no room
        dutch = solo(demo_session())
        guide.show_session(dutch)
        await pilot.pause()
        assert guide.display
        assert plain(guide).startswith("▸ Vragen voor jezelf (3): Wat kostte je")
        guide.show_step("plan")
        await pilot.pause()
        assert t("tui.guide.plan.1", "nl")[:30] in plain(guide)
        guide.show_session(demo_session())  # back to a team session
        await pilot.pause()
        assert not guide.display


async def test_an_unchanged_session_does_not_redraw() -> None:
    app = GuideApp(solo(example_session_en()))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        guide = app.guide
        lines = guide.lines(guide.content_region.width)
        guide.show_session(solo(example_session_en()))
        assert guide.lines(guide.content_region.width) is lines
