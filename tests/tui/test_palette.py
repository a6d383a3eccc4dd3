"""The command palette (Ctrl+P) speaks the language of the screen it opens over."""

from __future__ import annotations

from typing import Any

from textual.command import CommandInput, CommandList, CommandPalette

from cxworkshop.domain.models import Meta, Session
from cxworkshop.store import SessionStore
from cxworkshop.tui.app import make_app
from cxworkshop.tui.palette import CxCommandPalette
from tests.tui.test_frustrations_helpers import screen_text
from tests.tui.waiting import screen_is, until


def options(app: Any) -> list[str]:
    """The palette's lines as plain text ("no matches" is a centred rich Text)."""
    commands = app.screen.query_one(CommandList)
    lines = []
    for index in range(commands.option_count):
        prompt = commands.get_option_at_index(index).prompt
        prompt = getattr(prompt, "renderable", prompt)
        lines.append(str(getattr(prompt, "plain", prompt)))
    return lines


async def open_palette(pilot: Any) -> CxCommandPalette:
    await pilot.press("ctrl+p")
    await until(pilot, lambda: screen_is(CommandPalette)(pilot.app), "the palette is open")
    palette = pilot.app.screen
    assert isinstance(palette, CxCommandPalette)
    return palette


async def test_dutch_session_shows_the_palette_in_dutch(demo_app: Any) -> None:
    async with demo_app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        palette = await open_palette(pilot)

        assert palette.query_one(CommandInput).placeholder == "Zoek een opdracht…"
        assert "Zoek een opdracht…" in screen_text(demo_app)
        assert "Search for commands" not in screen_text(demo_app)
        escape = palette._bindings.key_to_bindings["escape"][0]
        assert escape.description == "Het opdrachtenvenster sluiten"

        await pilot.press(*"qqqzzz")
        await until(pilot, lambda: "Geen opdracht gevonden" in options(demo_app),
                    "the Dutch 'no matches' line")
        assert "Geen opdracht gevonden" in screen_text(demo_app)

        await pilot.press("escape")
        await until(pilot, lambda: not isinstance(demo_app.screen, CommandPalette), "the palette closed")


async def test_dutch_palette_still_finds_the_dutch_commands(demo_app: Any) -> None:
    async with demo_app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await open_palette(pilot)
        await pilot.press(*"Export")
        await until(pilot, lambda: any("Export" in option for option in options(demo_app)),
                    "the export command is listed")


async def test_home_screen_palette_follows_the_home_language(store: SessionStore) -> None:
    app = make_app(store, lang="nl")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        palette = await open_palette(pilot)
        assert palette.query_one(CommandInput).placeholder == "Zoek een opdracht…"


async def test_english_session_shows_the_palette_in_english(store: SessionStore) -> None:
    store.create(Session(id="ws", meta=Meta(title="Workshop", language="en")))
    app = make_app(store, "ws", lang="nl")  # the home language does not matter in a session
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        palette = await open_palette(pilot)
        assert palette.query_one(CommandInput).placeholder == "Search for commands…"
        await pilot.press(*"qqqzzz")
        await until(pilot, lambda: "No matching commands" in options(app), "the English 'no matches' line")


async def test_step_keys_in_the_palette_name_the_real_key(store: SessionStore) -> None:
    """The footer shows the status keys as one group ("s/1–5 Status"); the palette names
    the key of each entry: "Status: open" is 1, not "/1–5"."""
    from cxworkshop.domain.demo import example_session_en

    store.create(example_session_en())
    session_id = next(iter(store.ids()))
    app = make_app(store, session_id)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("f6")
        app.screen.query_one("#actions-table").focus()
        await pilot.pause()
        await open_palette(pilot)
        await pilot.press(*"Status")
        await until(pilot, lambda: any("open" in option for option in options(app)),
                    "the status entries are listed")
        keys = {line.splitlines()[0]: line.splitlines()[1].split(" · ")[0].strip()
                for line in options(app)}
        assert keys["Status: open"] == "1"
        assert keys["Status: dropped"] == "5"
        assert keys["Next status"] == "s"
