"""The home screen: list, new, open, copy, delete, filter, export, damaged files, first run."""

from __future__ import annotations

from pathlib import Path

import pytest

from cxworkshop.domain.demo import example_session_en
from cxworkshop.store import SessionStore
from cxworkshop.tui.app import make_app
from cxworkshop.tui.dialogs.confirm import ConfirmDialog
from cxworkshop.tui.dialogs.export import ExportDialog
from cxworkshop.tui.dialogs.new_session import NewSessionDialog
from cxworkshop.tui.screens.home import HomeScreen
from cxworkshop.tui.screens.session import SessionScreen
from cxworkshop.tui.widgets.session_table import SessionTable


@pytest.fixture
def two_store(demo_store: SessionStore) -> SessionStore:
    """The Dutch demo (changed 2026-03-12) and the English example (2026-02-05)."""
    demo_store.create(example_session_en())
    return demo_store


def rows(app) -> list[list[str]]:
    table = app.screen.query_one(SessionTable)
    return [[str(cell) for cell in table.get_row_at(i)] for i in range(table.row_count)]


def row_keys(app) -> list[str]:
    table = app.screen.query_one(SessionTable)
    return [row.key.value for row in table.ordered_rows]


def messages(app) -> str:
    return "\n".join(str(n.message) for n in app._notifications)


async def test_lists_sessions_newest_first_with_folder(two_store: SessionStore) -> None:
    app = make_app(two_store)
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.pause()
        assert row_keys(app) == ["demo", "example-en"]
        first = rows(app)[0]
        assert first[:5] == ["Klantbelofte en frustratie-uren", "Energie Noordkust", "2026-03-12",
                             "team", "NL"]
        assert str(two_store.folder) in str(app.screen.query_one("#home-folder").content)


async def test_home_language_follows_cxworkshop_lang(two_store: SessionStore,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CXWORKSHOP_LANG", "nl")
    app = make_app(two_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        table = app.screen.query_one(SessionTable)
        labels = [str(c.label) for c in table.columns.values()]
        assert labels[:2] == ["Titel", "Organisatie"]
        assert "sessies" in str(app.screen.query_one("#home-title").content)


async def test_new_session_form_validates_then_creates_and_opens(store: SessionStore) -> None:
    app = make_app(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, NewSessionDialog)
        await pilot.press("ctrl+s")  # empty title
        await pilot.pause()
        assert isinstance(app.screen, NewSessionDialog)
        error = dialog.query_one("#new-title").parent.error
        assert "Title: cannot be empty." in str(error.content)
        assert store.ids() == set()
        await pilot.press(*"Quarterly review", "tab", *"Acme", "enter")  # Enter creates
        await pilot.pause()
        assert isinstance(app.screen, SessionScreen)
        saved = store.load(app.screen.session.id)
        assert (saved.meta.title, saved.meta.organisation, saved.meta.mode) == (
            "Quarterly review", "Acme", "team")


async def test_enter_opens_the_selected_session(two_store: SessionStore) -> None:
    app = make_app(two_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("down", "enter")
        await pilot.pause()
        assert isinstance(app.screen, SessionScreen)
        assert app.screen.session.id == "example-en"


async def test_copy_makes_a_new_session(two_store: SessionStore) -> None:
    app = make_app(two_store)
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.pause()
        await pilot.press("down", "c")
        await pilot.pause()
        titles = [r[0] for r in rows(app)]
        assert "Customer promise review (copy)" in titles
        assert len(two_store.ids()) == 3
        copy_id = app.screen.query_one(SessionTable).selected_key
        assert two_store.load(copy_id).meta.title == "Customer promise review (copy)"


async def test_delete_asks_first_and_moves_to_trash(two_store: SessionStore) -> None:
    app = make_app(two_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("n")
        await pilot.pause()
        assert row_keys(app) == ["demo", "example-en"]
        await pilot.press("delete")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert row_keys(app) == ["example-en"]
        assert two_store.ids() == {"example-en"}
        assert "demo" in two_store.trashed_ids()
        assert "cxworkshop restore demo" in messages(app)


async def test_filter_by_typing(two_store: SessionStore) -> None:
    app = make_app(two_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("slash", *"bright")
        await pilot.pause()
        assert row_keys(app) == ["example-en"]
        await pilot.press("x", "y", "z")
        await pilot.pause()
        assert row_keys(app) == []
        assert app.screen.query_one("#home-nomatch").display
        await pilot.press("escape")  # clears the filter
        await pilot.pause()
        assert row_keys(app) == ["demo", "example-en"]
        await pilot.press(*"noord", "enter")  # Enter in the filter opens the first match
        await pilot.pause()
        assert isinstance(app.screen, SessionScreen)
        assert app.screen.session.id == "demo"


async def test_damaged_file_is_a_marked_row(two_store: SessionStore) -> None:
    (two_store.folder / "broken.json").write_text('{"session": {"1": {"id": "x"', encoding="utf-8")
    app = make_app(two_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert row_keys(app)[-1] == "broken:broken.json"
        assert "DAMAGED: broken.json" in rows(app)[-1][0]
        await pilot.press("down", "down", "enter")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert "broken.json" in messages(app)


async def test_empty_folder_offers_the_demo(store: SessionStore) -> None:
    app = make_app(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        empty = app.screen.query_one("#home-empty")
        assert empty.display and "Welcome to cxworkshop" in str(empty.content)
        assert not app.screen.query_one("#home-body").display
        shown = {b.binding.action for b in app.screen.active_bindings.values()}
        assert "demo" in shown and "new_session" in shown
        assert not {"delete", "duplicate", "export"} & shown  # nothing to act on yet
        await pilot.press("m")
        await pilot.pause()
        assert isinstance(app.screen, SessionScreen)
        assert store.load(app.screen.session.id).meta.organisation == "Energie Noordkust"


async def test_export_writes_markdown_and_never_overwrites(two_store: SessionStore, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.chdir(out)
    app = make_app(two_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("down", "e")
        await pilot.pause()
        assert isinstance(app.screen, ExportDialog)
        await pilot.press("enter")
        await pilot.pause()
        written = out / "example-en-action-plan.md"
        assert written.is_file()
        assert "Customer promise review" in written.read_text(encoding="utf-8")
        assert str(written) in messages(app)
        # a second export proposes a new name; typing the existing one is refused
        await pilot.press("e")
        await pilot.pause()
        box = app.screen.query_one("#export-path")
        assert box.value.endswith("example-en-action-plan-2.md")
        written.write_text("keep me", encoding="utf-8")
        box.value = str(written)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ExportDialog)
        assert "already exists" in str(app.screen.query_one("FieldError").content)
        assert written.read_text(encoding="utf-8") == "keep me"


async def test_wide_home_shows_details_of_highlighted_session(two_store: SessionStore) -> None:
    app = make_app(two_store)
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.pause()
        details = app.screen.query_one("#home-details")
        assert details.display
        text = str(details.content)
        assert "Energie Noordkust" in text and "10 (" in text
        await pilot.press("down")
        await pilot.pause()
        text = str(app.screen.query_one("#home-details").content)
        assert "The book you see is the book you get" in text
        assert "example-en.json" in text


async def test_narrow_home_has_no_details(two_store: SessionStore) -> None:
    app = make_app(two_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert not app.screen.query_one("#home-details").display


async def test_unreadable_folder_is_reported_not_fatal(store: SessionStore,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from cxworkshop.store import StoreError

    def refuse():
        raise StoreError("store.folder_unreadable", path=str(store.folder), reason="Permission denied")
        yield  # pragma: no cover - makes this a generator like scan()

    monkeypatch.setattr(store, "scan", refuse)
    app = make_app(store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert "Permission denied" in str(app.screen.query_one("#home-empty").content)
        assert "Permission denied" in messages(app)
