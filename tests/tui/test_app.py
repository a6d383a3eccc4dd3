"""The app as a whole: start screens, moving between steps, help, theme."""

from __future__ import annotations

from pathlib import Path

import pytest

from cxworkshop.store import SessionStore
from cxworkshop.tui.app import make_app
from cxworkshop.tui.commands import HOME_COMMANDS, SESSION_COMMANDS
from cxworkshop.tui.dialogs.new_session import NewSessionDialog
from cxworkshop.tui.prefs import NORMAL_THEME, PROJECTOR_THEME, Prefs, load_prefs, save_prefs
from cxworkshop.tui.screens.help import HelpScreen
from cxworkshop.tui.screens.home import HomeScreen
from cxworkshop.tui.screens.session import SessionScreen
from tests.tui.setup_form import open_field


async def test_starts_on_home_without_session(demo_store: SessionStore) -> None:
    app = make_app(demo_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)


async def test_opens_session_directly_and_escape_goes_home(demo_store: SessionStore) -> None:
    app = make_app(demo_store, "demo")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, SessionScreen)
        assert app.screen.session.meta.title == "Klantbelofte en frustratie-uren"
        await pilot.press("escape")  # the first Esc leaves the title field (see test_wiring)
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)


async def test_unknown_session_stays_home_with_message(demo_store: SessionStore) -> None:
    app = make_app(demo_store, "nope")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert any("nope" in str(n.message) for n in app._notifications)


async def test_function_keys_and_next_previous_move_between_steps(demo_store: SessionStore) -> None:
    app = make_app(demo_store, "demo")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, SessionScreen)
        seen = []
        for key in ("f3", "alt+right", "ctrl+pagedown", "f7", "ctrl+pageup", "alt+left", "f2"):
            await pilot.press(key)
            await pilot.pause()
            seen.append(screen.step)
        assert seen == ["promise", "frustrations", "barriers", "plan", "actions", "barriers", "setup"]


async def test_f1_opens_help_for_current_step(demo_store: SessionStore) -> None:
    app = make_app(demo_store, "demo")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("f4", "f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        assert app.screen.topic == "frustrations"
        assert "100 uur per persoon per jaar" in app.screen.text  # Dutch session, Dutch help
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, SessionScreen)


async def test_theme_toggle_is_remembered(demo_store: SessionStore, _private_config) -> None:
    app = make_app(demo_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.theme == NORMAL_THEME
        await pilot.press("f9")
        await pilot.pause()
        assert app.theme == PROJECTOR_THEME
        assert app.has_class("-projector")
    assert load_prefs().theme == PROJECTOR_THEME
    assert (_private_config / "tui.json").is_file()
    again = make_app(demo_store, "demo")
    async with again.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert again.theme == PROJECTOR_THEME
        await pilot.press("f9")  # also works inside a session, while an input has focus
        await pilot.pause()
        assert again.theme == NORMAL_THEME
    assert load_prefs().theme == NORMAL_THEME


async def test_unwritable_prefs_never_crash(demo_store: SessionStore, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    monkeypatch.setenv("CXWORKSHOP_CONFIG_DIR", str(blocker / "sub"))
    app = make_app(demo_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("f9")
        await pilot.pause()
        assert app.theme == PROJECTOR_THEME  # switched for this run anyway
        assert any("remember" in str(n.message) for n in app._notifications)
        assert isinstance(app.screen, HomeScreen)


def test_damaged_prefs_fall_back_to_defaults(_private_config: Path) -> None:
    _private_config.mkdir(parents=True)
    (_private_config / "tui.json").write_text("{not json", encoding="utf-8")
    assert load_prefs() == Prefs()
    (_private_config / "tui.json").write_text('{"theme": 3, "other": "x"}', encoding="utf-8")
    assert load_prefs() == Prefs()
    assert save_prefs(Prefs(theme=PROJECTOR_THEME))
    assert load_prefs().theme == PROJECTOR_THEME


async def test_home_palette_lists_home_commands(demo_store: SessionStore) -> None:
    app = make_app(demo_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"New")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, NewSessionDialog)


def test_commands_have_texts_in_both_languages() -> None:
    from cxworkshop.i18n import catalogue

    for command in (*SESSION_COMMANDS, *HOME_COMMANDS):
        for lang in ("en", "nl"):
            assert command.label in catalogue(lang)
            assert command.help in catalogue(lang)


async def test_question_mark_opens_help_but_types_in_a_field(demo_store: SessionStore) -> None:
    app = make_app(demo_store, "demo")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        box = await open_field(pilot, "organisation")
        await pilot.press("end", "question_mark")
        await pilot.pause()
        assert box.value.endswith("?")
        app.screen.query_one("#people-table").focus()
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        assert "? / F1" in app.screen.text or "F1 / ?" in app.screen.text


async def test_quit_while_typing_keeps_what_was_typed(demo_store: SessionStore) -> None:
    app = make_app(demo_store, "demo")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        box = await open_field(pilot, "facilitator")
        box.value = ""
        await pilot.press(*"Last words")
        await pilot.press("ctrl+q")
    assert demo_store.load("demo").meta.facilitator == "Last words"


async def test_session_file_outside_the_folder_is_saved_in_place(store: SessionStore,
                                                                 tmp_path: Path) -> None:
    from cxworkshop.domain.demo import example_session_en

    elsewhere = SessionStore(tmp_path / "elsewhere")
    elsewhere.create(example_session_en())
    path = elsewhere.path_for("example-en")
    app = make_app(store, str(path))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, SessionScreen)
        box = await open_field(pilot, "organisation")
        box.value = "Moved Books"
        await pilot.press("enter")
        await pilot.pause()
    assert elsewhere.load("example-en").meta.organisation == "Moved Books"
    assert store.ids() == set()


def test_registry_falls_back_to_a_labelled_placeholder(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib

    from cxworkshop.tui.steps import registry

    real_import = importlib.import_module

    def fake_import(name: str, *args, **kwargs):
        if name == "cxworkshop.tui.steps.plan":
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        if name == "cxworkshop.tui.steps.actions":
            raise SyntaxError("half-written")
        return real_import(name, *args, **kwargs)

    registry.pane_class.cache_clear()
    monkeypatch.setattr(registry.importlib, "import_module", fake_import)
    try:
        plan, actions = registry.pane_class("plan"), registry.pane_class("actions")
        assert issubclass(plan, registry.PlaceholderPane) and plan.STEP == "plan"
        assert plan.REASON == ""
        assert "SyntaxError: half-written" in actions.REASON
        assert registry.pane_class("setup").__name__ == "SetupPane"
    finally:
        registry.pane_class.cache_clear()


async def test_placeholder_pane_says_what_is_missing(demo_store: SessionStore,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from cxworkshop.tui.steps import registry

    registry.pane_class.cache_clear()
    monkeypatch.setattr(registry, "pane_class",
                        lambda step: registry._placeholder(step, ""))
    monkeypatch.setattr("cxworkshop.tui.screens.session.pane_class", registry.pane_class)
    app = make_app(demo_store, "demo")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("f7")
        await pilot.pause()
        text = str(app.screen.query_one("#step-plan Static").content)
        assert "Plan" in text and "nog niet beschikbaar" in text
