"""Text that looks like markup, emoji and right-to-left script, typed into every
quick-entry field of every step of the real app, and a session title on the home
screen: nothing crashes, the screen shows
the text as typed, and the session file holds it as typed.

Rich/Textual read "[b]" as bold and "[/]" as "close the last style" (with nothing open:
an error). A str given to a DataTable cell, a Static or Label, an OptionList or Select
prompt, a border title or a notification is read that way unless we say otherwise.
"""

from __future__ import annotations

from textual.widgets import DataTable, Input
from textual.widgets._toast import Toast

from cxworkshop.domain.models import Meta, Session
from cxworkshop.store import SessionStore
from cxworkshop.tui.app import make_app
from cxworkshop.tui.dialogs.action_edit import ActionEditDialog
from cxworkshop.tui.screens.home import HomeScreen
from cxworkshop.tui.screens.session import SessionScreen
from cxworkshop.tui.screens.tally import TallyScreen
from cxworkshop.tui.screens.voting import VotingScreen
from cxworkshop.tui.steps.plan import PlanPane
from cxworkshop.tui.widgets.session_table import SessionTable
from tests.tui.test_voting_harness import screen_text
from tests.tui.waiting import type_text, until

WORLD = "🙂 שלום"  # an emoji and Hebrew (right to left)
TEXTS = ["[/]", "[bold]x", "[link=x]y", WORLD]
OTHER = ["[link=x]y", WORLD, "[/]", "[bold]x"]  # the second field of each entry


def table_texts(app, selector: str) -> list[str]:  # type: ignore[no-untyped-def]
    table = app.screen.query_one(selector, DataTable)
    return [str(getattr(cell, "plain", cell)) for row in range(table.row_count) for cell in table.get_row_at(row)]


async def type_into(pilot, selector: str, text: str, *then: str) -> None:  # type: ignore[no-untyped-def]
    """Empty the input, type ``text`` key by key, then press ``then`` (a str is typed too)."""
    box = pilot.app.screen.query_one(selector, Input)
    box.focus()
    box.value = ""
    await type_text(pilot, text)
    for key in then:
        if key in ("tab", "enter"):
            await pilot.press(key)
        else:
            await type_text(pilot, key)


def shows(app, *texts: str) -> bool:  # type: ignore[no-untyped-def]
    shown = screen_text(app)
    return all(text in shown for text in texts)


async def test_markup_emoji_and_rtl_text_are_shown_and_saved_as_typed(store: SessionStore) -> None:
    store.create(Session(id="odd", meta=Meta(title="Odd [b]texts", language="en", currency="[/]",
                                             hourly_rate=60)))
    app = make_app(store, "odd")
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        assert isinstance(screen, SessionScreen)

        # Setup: participants (name, Tab, department, Enter)
        for name, department in zip(TEXTS, OTHER, strict=True):
            await type_into(pilot, "#add-name", name, "tab", department, "enter")
        await until(pilot, lambda: len(store.load("odd").participants) == 4, "four participants saved")
        assert table_texts(app, "#people-table") == [t for pair in zip(TEXTS, OTHER) for t in pair]
        assert shows(app, "[bold]x", "[link=x]y", WORLD)

        # Promise: a note in each language of trouble, then drafts with authors
        await pilot.press("f3")
        for text in TEXTS:
            await type_into(pilot, "#note-input-basisplek", text, "enter")
        await pilot.press("pagedown", "pagedown", "pagedown", "pagedown")  # to the drafts
        for text, author in zip(TEXTS, OTHER, strict=True):
            await type_into(pilot, "#draft-text", text, "tab", author, "enter")
        await until(pilot, lambda: len(store.load("odd").promise.drafts) == 4, "four drafts saved")
        assert table_texts(app, "#draft-table")[3::5] == TEXTS  # the text column, as typed
        assert shows(app, "[link=x]y", WORLD)

        # Frustrations: text and department
        await pilot.press("f4")
        for text, department in zip(TEXTS, OTHER, strict=True):
            await type_into(pilot, "#entry-department", department)
            await type_into(pilot, "#entry-text", text, "enter")
        await until(pilot, lambda: len(store.load("odd").frustrations) == 4, "four frustrations saved")
        assert shows(app, "[bold]x", "[link=x]y", WORLD)

        # Barriers: text and department
        await pilot.press("f5")
        for text, department in zip(TEXTS, OTHER, strict=True):
            await type_into(pilot, "#barrier-department", department)
            await type_into(pilot, "#barrier-text", text, "enter")
        await until(pilot, lambda: len(store.load("odd").barriers) == 4, "four barriers saved")
        assert shows(app, "[bold]x", "[link=x]y", WORLD)

        # Actions: the form (what, Tab, owner, Enter) on the barrier under the cursor
        await pilot.press("f6")
        for what, owner in zip(TEXTS, OTHER, strict=True):
            app.screen.query_one("#actions-table").focus()
            await pilot.press("a")
            await until(pilot, lambda: isinstance(app.screen, ActionEditDialog), "the action form")
            assert "[bold]x" in screen_text(app) or "[/]" in screen_text(app)  # barrier choice as typed
            await type_into(pilot, "#what", what, "tab", owner, "enter")
            await until(pilot, lambda: app.screen is screen, "the form closed")
        await until(pilot, lambda: len(store.load("odd").actions) == 4, "four actions saved")
        assert shows(app, "[link=x]y", WORLD)

        # The plan, the vote and the tally show the same texts without trouble
        await pilot.press("f7")
        await until(pilot, lambda: screen.query_one(PlanPane).markdown is not None, "the plan rendered")
        await pilot.press("f10")
        await until(pilot, lambda: isinstance(app.screen, VotingScreen), "the voting screen")
        assert shows(app, "[bold]x", WORLD)
        await pilot.press("escape", "f11")
        await until(pilot, lambda: isinstance(app.screen, TallyScreen), "the tally")
        assert shows(app, "[link=x]y", WORLD)
        await pilot.press("escape")
        await until(pilot, lambda: app.screen is screen, "back in the session")
        assert app.is_running and not app._exit_renderables

    saved = store.load("odd")
    assert [(p.name, p.department) for p in saved.participants] == list(zip(TEXTS, OTHER))
    assert [n.text for n in saved.promise.notes] == TEXTS
    assert [(d.text, d.author) for d in saved.promise.drafts] == list(zip(TEXTS, OTHER))
    assert [(f.text, f.department) for f in saved.frustrations] == list(zip(TEXTS, OTHER))
    assert [(b.text, b.department) for b in saved.barriers] == list(zip(TEXTS, OTHER))
    assert sorted((a.what, a.owner) for a in saved.actions) == sorted(zip(TEXTS, OTHER))


QA_TITLE = "Klantbelofte workshop [b]maart[/b] 🚀"  # as a QA engineer typed it


async def test_home_list_details_and_notices_show_titles_as_typed(store: SessionStore) -> None:
    store.create(Session(id="qa", meta=Meta(title=QA_TITLE, organisation="[/]", language="nl",
                                            date="2026-03-15")))
    for size in ((80, 24), (160, 48)):
        app = make_app(store)
        async with app.run_test(size=size) as pilot:
            await until(pilot, lambda: isinstance(app.screen, HomeScreen), "the home screen")
            table = app.screen.query_one(SessionTable)
            title, organisation = (str(getattr(c, "plain", c)) for c in table.get_row_at(0)[:2])
            assert title == QA_TITLE[:25] + "…" if size[0] < 120 else QA_TITLE
            assert organisation == "[/]"
            shown = screen_text(app)
            assert "Klantbelofte workshop [b]" in shown and "[/]" in shown
            if size[0] >= 150:  # the profile beside the list, with the whole title
                assert QA_TITLE in shown
    app = make_app(store)
    async with app.run_test(size=(160, 48), notifications=True) as pilot:
        await until(pilot, lambda: isinstance(app.screen, HomeScreen), "the home screen")
        await pilot.press("c")  # a copy: the notice names its title
        await until(pilot, lambda: app.screen.query(Toast), "the notice")
        notice = " ".join(str(toast.render()) for toast in app.screen.query(Toast))
        assert f"{QA_TITLE} (kopie)" in " ".join(notice.split())
        assert app.is_running and not app._exit_renderables
