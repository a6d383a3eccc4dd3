"""Plan step: the markdown action plan on screen, written to a file, copied to the clipboard."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest
from textual.widgets.markdown import MarkdownBlock

from cxworkshop.domain.demo import example_session_en
from cxworkshop.domain.models import Action
from cxworkshop.export.markdown import render_markdown
from cxworkshop.store import SessionStore
from cxworkshop.tui.dialogs import plan_write
from cxworkshop.tui.dialogs.plan_write import WriteFileDialog
from cxworkshop.tui.steps.plan import PlanPane
from tests.tui.harness import PaneHarness


async def settle(app: PaneHarness, pilot) -> None:
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


def block_sources(app: PaneHarness) -> list[str]:
    return [block.source or "" for block in app.pane.viewer.document.query(MarkdownBlock)]


def messages(app: PaneHarness) -> list[str]:
    return [str(n.message) for n in app._notifications]


@pytest.fixture
def en_store(store: SessionStore) -> SessionStore:
    """The small English example (id "example-en"): quicker to render than the demo."""
    store.create(example_session_en())
    return store


@pytest.fixture
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "work"
    folder.mkdir()
    monkeypatch.chdir(folder)
    return folder


async def test_shows_the_plan_with_the_chosen_promise_and_actions(demo_store: SessionStore) -> None:
    app = PaneHarness(demo_store, "demo", PlanPane)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        session = demo_store.load("demo")
        assert app.pane.markdown == render_markdown(session)
        promise = session.promise.chosen.text
        quotes = [b.source for b in app.pane.viewer.document.query("MarkdownBlockQuote")]
        assert any(promise in (q or "") for q in quotes), "the chosen promise is shown as a quote"
        sources = "\n".join(block_sources(app))
        for action in session.actions:
            assert action.what in sources
        assert str(app.pane.heading.content) == (
            "Voorbeeld actieplan · w slaat op als demo-actieplan.md · c kopieert"
        )


async def test_refreshes_after_a_change_but_only_while_visible(en_store: SessionStore) -> None:
    store = en_store
    app = PaneHarness(store, "example-en", PlanPane)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        changed = store.update("example-en", lambda s: s.actions.append(Action("Call every new customer", id="a9")))
        app.pane.display = False
        app.pane.show_session(changed)
        await settle(app, pilot)
        assert "Call every new customer" not in (app.pane.markdown or ""), "hidden: no work done"
        app.pane.display = True
        await settle(app, pilot)
        assert "Call every new customer" in (app.pane.markdown or "")
        assert any("Call every new customer" in s for s in block_sources(app))


async def test_a_huge_session_shows_a_shortened_preview_but_writes_everything(store: SessionStore, in_tmp: Path) -> None:
    from cxworkshop.domain.demo import demo_session
    from cxworkshop.domain.models import Frustration

    session = demo_session()
    session.frustrations += [Frustration(f"Extra frustration {i}", id=f"x{i:04}") for i in range(300)]
    store.create(session)
    app = PaneHarness(store, "demo", PlanPane)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        shown = app.pane.viewer.document.source
        assert "en nog 291 in het bestand" in shown
        assert shown.count("Extra frustration") < 60
        await pilot.press("w", "enter")
        await pilot.pause()
    written = (in_tmp / "demo-actieplan.md").read_text(encoding="utf-8")
    assert written.count("Extra frustration") == 600  # the table and the appendix, complete


async def test_w_writes_the_markdown_to_the_proposed_file(demo_store: SessionStore, in_tmp: Path) -> None:
    app = PaneHarness(demo_store, "demo", PlanPane)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("w")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, WriteFileDialog)
        assert dialog.path_input.value == str(in_tmp / "demo-actieplan.md")
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, WriteFileDialog)
        target = in_tmp / "demo-actieplan.md"
        assert any(str(target) in m for m in messages(app)), "the full path is shown"
    assert target.read_text(encoding="utf-8") == render_markdown(demo_store.load("demo"))


async def test_english_session_proposes_an_english_name(en_store: SessionStore, in_tmp: Path) -> None:
    app = PaneHarness(en_store, "example-en", PlanPane)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("w")
        await pilot.pause()
        assert app.screen.path_input.value == str(in_tmp / "example-en-action-plan.md")
        assert app.screen.title_text == "Write the action plan to a markdown file"


async def test_never_overwrites_without_a_second_enter(en_store: SessionStore, in_tmp: Path) -> None:
    target = in_tmp / "plan.md"
    target.write_text("keep me", encoding="utf-8")
    app = PaneHarness(en_store, "example-en", PlanPane)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("w")
        await pilot.pause()
        dialog = app.screen
        dialog.path_input.value = "plan.md"
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, WriteFileDialog)
        assert f"{target} already exists" in str(dialog.field.error.content)
        assert target.read_text(encoding="utf-8") == "keep me"
        await pilot.press("x", "backspace")  # changing the name takes the confirmation back
        await pilot.press("enter")
        await pilot.pause()
        assert target.read_text(encoding="utf-8") == "keep me"
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, WriteFileDialog)
    assert target.read_text(encoding="utf-8").startswith("# Customer promise review")
    assert [p.name for p in in_tmp.iterdir()] == ["plan.md"], "no temp files left behind"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("", "Enter a file name."),
        ("missing/folder/plan.md", "does not exist"),
        (".", "is a folder"),
    ],
)
async def test_bad_paths_get_a_message_and_write_nothing(
    en_store: SessionStore, in_tmp: Path, typed: str, expected: str
) -> None:
    app = PaneHarness(en_store, "example-en", PlanPane)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("w")
        await pilot.pause()
        dialog = app.screen
        dialog.path_input.value = typed
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, WriteFileDialog)
        assert expected in str(dialog.field.error.content)
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, WriteFileDialog)
    assert list(in_tmp.iterdir()) == []


@pytest.mark.parametrize(
    ("code", "expected"),
    [(errno.EACCES, "No permission to write in"), (errno.EROFS, "read-only disk"),
     (errno.ENOSPC, "The disk is full")],
)
async def test_write_errors_are_reported_in_the_dialog(
    en_store: SessionStore, in_tmp: Path, monkeypatch: pytest.MonkeyPatch, code: int, expected: str
) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError(code, "refused by the test")

    monkeypatch.setattr(plan_write, "open", refuse, raising=False)
    app = PaneHarness(en_store, "example-en", PlanPane)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("w", "enter")
        await pilot.pause()
        assert isinstance(app.screen, WriteFileDialog), "the dialog stays so the path can be fixed"
        assert expected in str(app.screen.field.error.content)
        assert str(in_tmp) in str(app.screen.field.error.content) or code == errno.ENOSPC


async def test_c_copies_the_markdown_to_the_clipboard(demo_store: SessionStore) -> None:
    copied: list[str] = []
    app = PaneHarness(demo_store, "demo", PlanPane)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        original = app.copy_to_clipboard
        app.copy_to_clipboard = lambda text: (copied.append(text), original(text))  # type: ignore[method-assign]
        await pilot.press("c")
        await pilot.pause()
        assert copied == [render_markdown(demo_store.load("demo"))]
        assert app.clipboard == copied[0]
        assert any("klembord" in m and "Sommige terminals" in m for m in messages(app))


async def test_t_toggles_the_table_of_contents(en_store: SessionStore) -> None:
    app = PaneHarness(en_store, "example-en", PlanPane)
    async with app.run_test(size=(160, 48)) as pilot:
        await settle(app, pilot)
        assert app.pane.viewer.show_table_of_contents, "wide screens show the contents"
        await pilot.press("t")
        await pilot.pause()
        assert not app.pane.viewer.show_table_of_contents


async def test_j_writes_the_session_as_json(en_store: SessionStore, in_tmp: Path) -> None:
    from cxworkshop.export.jsonio import from_json

    app = PaneHarness(en_store, "example-en", PlanPane)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("j")
        await pilot.pause()
        assert app.screen.path_input.value == str(in_tmp / "example-en.json")
        await pilot.press("enter")
        await pilot.pause()
        assert any(str(in_tmp / "example-en.json") in m for m in messages(app))
    again = from_json((in_tmp / "example-en.json").read_text(encoding="utf-8"))
    saved = en_store.load("example-en")
    assert (again.meta.title, again.promise, again.actions) == (saved.meta.title, saved.promise, saved.actions)
