"""Figures on the home screen (table and details) are written in the home language:
Dutch ``3.487`` and ``2,2``, English ``3,487`` and ``2.2``."""

from __future__ import annotations

import pytest

from cxworkshop.domain.demo import demo_session
from cxworkshop.domain.models import Action, Session
from cxworkshop.store import SessionStore
from cxworkshop.tui.app import make_app
from cxworkshop.tui.widgets.session_details import describe
from cxworkshop.tui.widgets.session_table import SessionTable


def busy_demo() -> Session:
    """The Dutch demo (3,486.7 team hours a year, 2.18 FTE) with 1,234 actions, of which
    1,231 open (the demo's own 10 hold 7 that are open or in progress)."""
    session = demo_session()
    session.actions += [Action(f"Stap {i}") for i in range(1234 - len(session.actions))]
    return session


@pytest.fixture
def busy_store(store: SessionStore) -> SessionStore:
    store.create(busy_demo())
    return store


@pytest.mark.parametrize(("lang", "hours", "actions"), [("nl", "3.487", "1.234"), ("en", "3,487", "1,234")])
async def test_home_table_writes_figures_in_the_home_language(
    busy_store: SessionStore, monkeypatch: pytest.MonkeyPatch, lang: str, hours: str, actions: str,
) -> None:
    monkeypatch.setenv("CXWORKSHOP_LANG", lang)
    app = make_app(busy_store)
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.pause()
        table = app.screen.query_one(SessionTable)
        labels = [str(column.label) for column in table.columns.values()]
        row = dict(zip(labels, (str(cell) for cell in table.get_row_at(0))))
        hours_label = "Frustr.-u" if lang == "nl" else "Frustr. h"
        actions_label = "Acties" if lang == "nl" else "Actions"
        assert (row[hours_label], row[actions_label]) == (hours, actions)
        details = str(app.screen.query_one("#home-details").content)
        if lang == "nl":
            assert "3.487 per jaar (2,2 fte)" in details
            assert "1.234 (1.231 nog open)" in details
        else:
            assert "3,487 a year (2.2 FTE)" in details
            assert "1,234 (1,231 still open)" in details


def test_details_write_every_count_in_the_home_language() -> None:
    session = busy_demo()
    session.participants = session.participants * 200  # 1,400 people
    dutch, english = describe(session, "nl").plain, describe(session, "en").plain
    assert "Deelnemers: 1.400\n" in dutch and "Participants: 1,400\n" in english
    assert "1.234 (1.231 nog open)" in dutch and "1,234 (1,231 still open)" in english
