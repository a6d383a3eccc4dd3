"""Follow-up from the home screen: F creates the follow-up of the highlighted session,
titled like the CLI does (``domain.followup.default_title``), opens it, and the list
marks it ↻."""

from __future__ import annotations

from cxworkshop.domain.demo import example_session_en
from cxworkshop.domain.followup import default_title
from cxworkshop.domain.models import today_iso
from cxworkshop.store import SessionStore
from cxworkshop.tui.app import make_app
from cxworkshop.tui.screens.home import HomeScreen
from cxworkshop.tui.screens.session import SessionScreen
from cxworkshop.tui.widgets.session_details import describe


async def test_f_creates_and_opens_the_follow_up(store: SessionStore) -> None:
    store.create(example_session_en())
    app = make_app(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("f")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        new = screen.session
        expected = f"Customer promise review — follow-up {today_iso()}"
        assert new.meta.title == expected == default_title("Customer promise review", "en", today_iso())
        on_disk = store.load(new.id)
        assert on_disk.meta.previous_session_id == "example-en"
        assert on_disk.previous["meta"]["title"] == "Customer promise review"
        assert [a.id for a in on_disk.actions] == ["a01", "a03", "a04"]  # the open ones came along
        assert str(screen.query_one("#session-title").content).startswith(f"↻ {expected}")

        await pilot.press("escape", "escape")  # out of the title field, then home
        await pilot.pause()
        home = app.screen
        assert isinstance(home, HomeScreen)
        titles = [str(home.table.get_row_at(row)[0]) for row in range(home.table.row_count)]
        assert titles[0].startswith("↻ Customer promise review")  # newest first, marked
        assert titles[1] == "Customer promise review"


async def test_a_follow_up_of_a_follow_up_keeps_one_marker(store: SessionStore) -> None:
    store.create(example_session_en())
    app = make_app(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("f")
        await pilot.pause()
        first = app.screen.session
        await pilot.press("escape", "escape")
        await pilot.pause()
        app.screen.table.select(first.id)
        await pilot.press("f")
        await pilot.pause()
        second = app.screen.session
        assert second.id != first.id
        assert second.meta.title == f"Customer promise review — follow-up {today_iso()}"
        assert second.previous["id"] == first.id


async def test_details_say_which_session_it_follows(store: SessionStore) -> None:
    from cxworkshop.domain.followup import follow_up

    old = store.create(example_session_en())
    new = store.create(follow_up(old, title="Round two"))
    text = describe(store.load(new.id), "nl").plain
    assert text.startswith("↻ Round two")
    assert "Vervolg op: Customer promise review (2026-02-05)" in text
    assert "Vervolg op" not in describe(old, "nl").plain


async def test_follow_up_with_nothing_selected_says_so(store: SessionStore) -> None:
    app = make_app(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("f")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert list(store.scan()) == []
