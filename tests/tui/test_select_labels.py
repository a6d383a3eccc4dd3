"""Textual's own key labels that reach our footer speak the session's language."""

from __future__ import annotations

from textual.widgets import Select
from textual.widgets._select import SelectOverlay

from cxworkshop.store import SessionStore
from cxworkshop.tui.app import make_app
from cxworkshop.tui.screens.session import SessionScreen
from tests.tui.test_voting_harness import screen_text
from tests.tui.waiting import until


async def test_an_open_select_list_labels_its_escape_in_the_session_language(
        demo_store: SessionStore) -> None:
    """The Barriers step's category list: the footer says "Esc Lijst sluiten", not
    Textual's "Dismiss menu"."""
    app = make_app(demo_store, "demo")
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, SessionScreen), "the session")
        await pilot.press("f5")
        select = app.screen.query_one("#barrier-category", Select)
        select.focus()
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.focused, SelectOverlay), "the open list")
        labels = {b.binding.description for b in app.screen.active_bindings.values()}
        assert "Lijst sluiten" in labels and "Dismiss menu" not in labels
        assert "Lijst sluiten" in screen_text(app).splitlines()[-1]
        await pilot.press("escape")
        await until(pilot, lambda: app.focused is select, "the list closed")
        assert isinstance(app.screen, SessionScreen)


async def test_an_open_select_list_in_a_dialog_is_labelled_in_the_session_language(
        demo_store: SessionStore) -> None:
    """The new-barrier dialog's category list (a dialog, not the session screen)."""
    from cxworkshop.tui.dialogs.barrier_edit import BarrierEditDialog

    app = make_app(demo_store, "demo")
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, SessionScreen), "the session")
        await pilot.press("f5")
        await until(pilot, lambda: app.screen.step == "barriers", "the Barriers step")
        app.screen.pane.query_one("DataTable").focus()
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, BarrierEditDialog), "the dialog")
        select = app.screen.query_one(Select)
        select.focus()
        await pilot.press("space")
        await until(pilot, lambda: isinstance(app.focused, SelectOverlay), "the open list")
        labels = {b.binding.description for b in app.screen.active_bindings.values()}
        assert "Lijst sluiten" in labels and "Dismiss menu" not in labels
