"""Dialog keys as a user at 80×24 meets them: arrows in the yes/no question, Enter in
the new-session form, the focus after a failed save."""

from __future__ import annotations

from textual.widgets import Button

from cxworkshop.i18n import t
from cxworkshop.store import SessionStore
from cxworkshop.tui.app import make_app
from cxworkshop.tui.dialogs.confirm import ConfirmDialog
from cxworkshop.tui.dialogs.new_session import NewSessionDialog
from cxworkshop.tui.screens.session import SessionScreen
from tests.tui.test_shared_widgets import Host
from tests.tui.test_voting_harness import screen_text
from tests.tui.waiting import screen_is, until


def focused_id(app: Host) -> str | None:
    return app.screen.focused.id if app.screen.focused is not None else None


async def test_right_then_enter_says_yes_in_the_confirm_dialog() -> None:
    app = Host(ConfirmDialog("Verwijderen?", "Weet je het zeker?", "nl"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("right", "enter")
    assert app.answers == [True]


async def test_arrows_and_tab_move_between_the_buttons_and_the_focus_is_marked() -> None:
    app = Host(ConfirmDialog("Verwijderen?", "Weet je het zeker?", "nl"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert "▸ Nee, bewaren ◂" in screen_text(app)
        await pilot.press("right")
        assert focused_id(app) == "yes"
        text = screen_text(app)
        assert "▸ Ja, verwijderen ◂" in text and "▸ Nee" not in text
        await pilot.press("right")  # already on the right-hand button: stays there
        assert focused_id(app) == "yes"
        await pilot.press("left")
        assert focused_id(app) == "no"
        assert "▸ Nee, bewaren ◂" in screen_text(app)
        await pilot.press("tab")
        assert focused_id(app) == "yes"
        await pilot.press("shift+tab")
        assert focused_id(app) == "no"
        await pilot.press("left", "enter")
    assert app.answers == [False]


async def test_the_marker_does_not_move_the_buttons() -> None:
    app = Host(ConfirmDialog("Verwijderen?", "Weet je het zeker?", "nl"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        before = [b.region for b in app.screen.query(Button)]
        await pilot.press("right")
        assert [b.region for b in app.screen.query(Button)] == before


async def test_new_session_title_then_enter_creates_it(store: SessionStore) -> None:
    app = make_app(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("n")
        await until(pilot, lambda: screen_is(NewSessionDialog)(app))
        dialog = app.screen
        assert "Enter creates the session" in screen_text(app)  # the hint says so
        await pilot.press("enter")  # no title yet: stays, says why, keeps the focus on Title
        assert app.screen is dialog
        assert "Title: cannot be empty." in screen_text(app)
        assert focused_id(app) == "new-title"
        await pilot.press(*"Kwartaalreview", "enter")
        await until(pilot, lambda: screen_is(SessionScreen)(app))
        assert store.load(app.screen.session.id).meta.title == "Kwartaalreview"


async def test_new_session_enter_in_a_later_field_or_a_choice_creates_it(store: SessionStore) -> None:
    for last in ("new-facilitator", "new-language"):
        app = make_app(store)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            await pilot.press("n")
            await until(pilot, lambda: screen_is(NewSessionDialog)(app))
            await pilot.press(*f"Review {last}", "tab", *"Acme")
            app.screen.query_one(f"#{last}").focus()
            await pilot.press("enter")
            await until(pilot, lambda: screen_is(SessionScreen)(app))
            meta = store.load(app.screen.session.id).meta
            assert (meta.title, meta.organisation) == (f"Review {last}", "Acme")


async def test_new_session_hint_is_whole_on_one_line_in_both_languages(store: SessionStore, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    for lang in ("nl", "en"):
        monkeypatch.setenv("CXWORKSHOP_LANG", lang)
        app = make_app(store)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            await pilot.press("n")
            await until(pilot, lambda: screen_is(NewSessionDialog)(app))
            assert t("tui.new.keys", lang) in screen_text(app)
