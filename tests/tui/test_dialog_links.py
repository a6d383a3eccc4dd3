"""The link dialog reads without colour: ✓ in a linked row's box, an empty box otherwise,
and the key line says what Backspace really does."""

from __future__ import annotations

from cxworkshop.tui.dialogs.barrier_links import BarrierLinksDialog, LinkChoice
from tests.tui.test_shared_widgets import Host
from tests.tui.test_voting_harness import screen_text

CHOICES = [LinkChoice("f1", "Searching three systems", 640.0),
           LinkChoice("f2", "No planning view", 480.0),
           LinkChoice("f3", "Printer jams", 20.0)]


def row(text: str, name: str) -> str:
    lines = [line for line in text.splitlines() if name in line]
    assert len(lines) == 1, (name, lines)
    return lines[0]


def make(lang: str = "nl", linked: frozenset[str] = frozenset({"f2"})) -> tuple[Host, list[str]]:
    toggled: list[str] = []
    return Host(BarrierLinksDialog("Paper work orders", CHOICES, set(linked), lang, toggled.append)), toggled


async def test_linked_rows_show_a_tick_and_the_others_an_empty_box() -> None:
    app, toggled = make()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        text = screen_text(app)
        assert "▐✓▌" in row(text, "No planning view")
        assert "▐ ▌" in row(text, "Searching three systems")
        assert "▐ ▌" in row(text, "Printer jams")
        assert "▐X▌" not in text
        assert "Gekoppeld: 1" in text
        await pilot.press("space")  # the first row (most hours) gets linked
        text = screen_text(app)
        assert "▐✓▌" in row(text, "Searching three systems")
        assert "Gekoppeld: 2" in text and text.count("✓") == 2
        await pilot.press("down", "enter")  # and the second one unlinked
        text = screen_text(app)
        assert "▐ ▌" in row(text, "No planning view")
        assert "Gekoppeld: 1" in text and text.count("✓") == 1
    assert toggled == ["f1", "f2"]


async def test_nothing_linked_shows_no_ticks() -> None:
    app, _ = make(linked=frozenset())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        text = screen_text(app)
        assert "Gekoppeld: 0" in text and "✓" not in text and "▐X▌" not in text


async def test_the_key_line_says_backspace_removes_one_letter_and_fits() -> None:
    for lang, expected in (("nl", "Backspace wist één letter"), ("en", "Backspace removes one letter")):
        app, _ = make(lang)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            await pilot.press("p", "r")
            assert app.screen.query_one("#links-filter").value == "pr"
            await pilot.press("backspace")
            assert app.screen.query_one("#links-filter").value == "p"  # one letter, not the filter
            line = row(screen_text(app), expected)
            assert ("Esc sluit" if lang == "nl" else "Esc closes") in line  # whole, on one line
