"""The footer (``CxFooter``): one widget that draws the keys of the focused part first, only
what fits, the palette key at the right edge; a click on a key runs it."""

from __future__ import annotations

from typing import Any

import pytest
from textual.command import CommandPalette

from cxworkshop.domain.demo import example_session_en
from cxworkshop.i18n import t
from cxworkshop.store import SessionStore
from cxworkshop.tui.app import make_app
from cxworkshop.tui.screens.help import HelpScreen
from cxworkshop.tui.widgets.footer import CxFooter, _entry_pieces
from tests.tui.test_frustrations_helpers import screen_text
from tests.tui.waiting import screen_is, until
from tests.tui.setup_form import open_field

SETUP_NL = "F1 Hulp ^PgUp^PgDn Stap F8 Export F9 Beamer Esc Sessies"
SETUP_EN = "F1 Help ^PgUp^PgDn Step F8 Export F9 Projector Esc Sessions"
HOME_EN = "F1 Help n New d Delete e Export f Follow-up m Demo F9 Projector"
HOME_NL = "F1 Hulp n Nieuw d Verwijderen e Export f Vervolg m Demo F9 Beamer"
ACTIONS_KEYS = "⏎ Bewerk a Nieuw s/1–5 Status d Verwijder"  # the Actions table's own keys


def footer_line(app: Any) -> str:
    """The bottom line of the screen as the room sees it."""
    return screen_text(app).splitlines()[-1]


def keys_and_palette(app: Any) -> tuple[str, str]:
    """The footer line split at the palette key's border: (the keys, the palette key)."""
    keys, _border, palette = footer_line(app).partition("▏")
    return keys.rstrip(), palette.strip()


def footer(app: Any) -> CxFooter:
    return app.screen.query_one(CxFooter)


def column_of(app: Any, text: str) -> int:
    """Where ``text`` starts on the footer line."""
    column = footer_line(app).index(text)
    assert column >= 0
    return column


@pytest.mark.parametrize("width", [80, 160])
async def test_dutch_setup_step_shows_the_screen_keys_and_the_palette_key(
        demo_store: SessionStore, width: int) -> None:
    app = make_app(demo_store, "demo")
    async with app.run_test(size=(width, 24)) as pilot:
        await pilot.pause()
        line = footer_line(app)
        assert len(line) == width
        assert line == SETUP_NL + " " * (width - len(SETUP_NL) - 15) + "▏^p opdrachten "
        assert not footer(app).children, "one widget: no widget per key"


@pytest.mark.parametrize("width", [80, 160])
async def test_english_setup_step(store: SessionStore, width: int) -> None:
    session = store.create(example_session_en())
    app = make_app(store, session.id)
    async with app.run_test(size=(width, 24)) as pilot:
        await pilot.pause()
        assert keys_and_palette(app) == (SETUP_EN, "^p commands")
        assert footer_line(app).endswith(" ▏^p commands ")


@pytest.mark.parametrize(("lang", "keys", "palette"), [("en", HOME_EN, "^p commands"),
                                                       ("nl", HOME_NL, "^p opdrachten")])
@pytest.mark.parametrize("width", [80, 160])
async def test_home_screen_in_either_language(
        demo_store: SessionStore, lang: str, keys: str, palette: str, width: int) -> None:
    app = make_app(demo_store, lang=lang)
    async with app.run_test(size=(width, 24)) as pilot:
        await pilot.pause()
        assert keys_and_palette(app) == (keys, palette)
        assert footer_line(app).endswith("▏" + palette + " ")


async def test_the_focused_part_comes_first_and_what_does_not_fit_is_left_out(
        demo_store: SessionStore) -> None:
    app = make_app(demo_store, "demo")
    async with app.run_test(size=(160, 24)) as pilot:
        await pilot.pause()
        await pilot.press("f6")  # the Actions step: its table has the focus
        assert keys_and_palette(app)[0] == ACTIONS_KEYS + " " + SETUP_NL
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        # the table's keys first; F8, F9 and Esc no longer fit and are left out whole
        assert footer_line(app) == ACTIONS_KEYS + " F1 Hulp ^PgUp^PgDn Stap▏^p opdrachten "
        await pilot.resize_terminal(160, 24)
        await pilot.pause()
        assert keys_and_palette(app)[0] == ACTIONS_KEYS + " " + SETUP_NL


async def test_at_80_columns_no_key_is_cut_in_half(demo_store: SessionStore) -> None:
    """On every step and focus stop, the keys shown are the first whole entries, and the
    next one would not have fitted."""
    app = make_app(demo_store, "demo")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        seen = set()
        for step in ("f2", "f3", "f4", "f5", "f6", "f7"):
            await pilot.press(step)
            for _ in range(4):
                bar = footer(app)
                entries = ["".join(piece.text for piece in _entry_pieces(entry, True))
                           for entry in bar._entries()]
                keys, palette = keys_and_palette(app)
                shown = 0
                while shown < len(entries) and len("".join(entries[:shown + 1]).rstrip()) <= len(keys):
                    shown += 1
                assert keys == "".join(entries[:shown]).rstrip(), f"{step}: {keys!r}"
                room = 80 - len(palette) - 1
                if shown < len(entries):
                    assert len("".join(entries[:shown + 1])) > room, f"{step}: {entries[shown]!r} fits"
                seen.add(keys)
                await pilot.press("tab")
        assert len(seen) > 4, "several different footers were checked"


async def test_clicking_a_key_runs_it(demo_store: SessionStore) -> None:
    app = make_app(demo_store, "demo")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.click(CxFooter, offset=(column_of(app, "Hulp"), 0))  # "F1 Hulp"
        await until(pilot, lambda: screen_is(HelpScreen)(app), "the help is open")


async def test_clicking_between_keys_or_a_disabled_key_runs_nothing(
        demo_store: SessionStore, monkeypatch: pytest.MonkeyPatch) -> None:
    app = make_app(demo_store, "demo")
    bells: list[None] = []
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        monkeypatch.setattr(app, "bell", lambda: bells.append(None))
        await pilot.press("f6")
        actions = len(demo_store.load("demo").actions)
        screen = app.screen
        await pilot.click(CxFooter, offset=(column_of(app, " a Nieuw") , 0))  # the room before "a"
        await pilot.pause()
        assert app.screen is screen and not bells
        await pilot.click(CxFooter, offset=(column_of(app, "Verwijder"), 0))  # dimmed: nothing selected
        await pilot.pause()
        assert bells, "a disabled key beeps, as in Textual's footer"
        assert app.screen is screen and len(demo_store.load("demo").actions) == actions


async def test_the_palette_key_opens_the_palette(demo_store: SessionStore) -> None:
    app = make_app(demo_store, "demo")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.click(CxFooter, offset=(column_of(app, "opdrachten"), 0))
        await until(pilot, lambda: screen_is(CommandPalette)(app), "the palette is open")


async def test_hovering_a_key_highlights_it_and_shows_its_tooltip(demo_store: SessionStore) -> None:
    app = make_app(demo_store, "demo")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        bar = footer(app)
        palette, help_key = column_of(app, "opdrachten"), column_of(app, "F1")

        def background(column: int) -> object:
            return bar.render().get_style_at_offset(column).background

        plain = background(palette)
        await pilot.hover(CxFooter, offset=(palette, 0))
        await pilot.pause()
        assert bar.tooltip == t("tui.footer.palette.help", "nl")
        assert bar.has_class("-over-item")
        assert background(palette) != plain, "the palette key is highlighted"
        assert background(column_of(app, "▏")) == background(palette), "its border too"
        assert background(help_key) == plain, "the other keys are not"
        await pilot.hover(CxFooter, offset=(column_of(app, "▏") - 3, 0))  # the room before it
        await pilot.pause()
        assert bar.tooltip is None and not bar.has_class("-over-item")
        assert background(palette) == plain
        await pilot.hover(CxFooter, offset=(column_of(app, "^PgDn"), 0))  # a key in a group
        await pilot.pause()
        assert bar.tooltip == t("tui.cmd.next.help", "nl")


async def test_redrawn_only_when_what_it_shows_changes(demo_store: SessionStore) -> None:
    app = make_app(demo_store, "demo")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        bar = footer(app)
        shown = bar._shown
        await open_field(pilot, "organisation")  # another field: the same keys
        await pilot.pause()
        assert bar._shown is shown
        await pilot.press("f6")
        assert bar._shown is not shown
        assert footer_line(app).startswith(ACTIONS_KEYS)


async def test_the_wide_footer_of_the_voting_screen(store: SessionStore) -> None:
    """``CxFooter(compact=False)``: a space around each key, as Textual's footer."""
    from tests.tui.test_voting_harness import small_session, voting_app

    store.create(small_session())
    app = voting_app(store, "vote")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert footer_line(app) == (" Enter I'm ready  r Reveal  s Settings  Esc Close "
                                    + " " * 17 + "▏^p commands ")
