"""Dialog texts fit at 80×24 in both languages: the edit-frustration hint and labels, the
overwrite button, and the overwrite question is not hidden under old notifications."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Button

from cxworkshop.domain.models import Frustration
from cxworkshop.i18n import t
from cxworkshop.tui.dialogs.frustration_edit import FrustrationEditDialog
from cxworkshop.tui.dialogs.plan_write import WriteFileDialog
from tests.tui.test_shared_widgets import Host
from tests.tui.test_voting_harness import screen_text


def squeeze(text: str) -> str:
    """The screen as one line: a wrapped text is still found whole."""
    return " ".join(part.strip(" █▌▐▊▎") for part in text.splitlines())


async def test_edit_frustration_hint_and_labels_are_whole_at_80x24() -> None:
    for lang in ("nl", "en"):
        frustration = Frustration("Klantgegevens opzoeken", minutes=4, occurrences=8, people=6)
        app = Host(FrustrationEditDialog(frustration, lang))
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            text = squeeze(screen_text(app))
            assert " ".join(t("tui.frustrations.edit.range", lang).split()) in " ".join(text.split())
            for key in ("field.frequency", "field.occurrences", "field.minutes", "field.people"):
                assert t(key, lang) in screen_text(app), f"{lang} {key} cut off"


async def test_overwrite_button_is_whole_and_old_notifications_go(tmp_path: Path) -> None:
    target = tmp_path / "plan.md"
    target.write_text("old", encoding="utf-8")
    for lang, word, question in (("nl", "Overschrijven", "bestaat al"), ("en", "Overwrite", "already exists")):
        app = Host()
        async with app.run_test(size=(80, 24), notifications=True) as pilot:
            await pilot.pause()
            app.notify("Saved to /somewhere/else/plan.md (12 lines)", timeout=60)
            app.notify("Copied 12 lines", timeout=60)
            await pilot.pause()
            assert "Copied 12 lines" in screen_text(app)
            dialog = WriteFileDialog("Plan", target, "new", lang, cwd=tmp_path)
            app.push_screen(dialog, app.answers.append)
            await pilot.pause()
            await pilot.press("enter")  # the file exists: asks first
            text = screen_text(app)
            assert "Copied 12 lines" not in text and "Saved to" not in text
            assert question in squeeze(text)
            button = dialog.query_one("#write", Button)
            assert str(button.label) == word and word in text
            assert button.content_size.width >= len(word)
            await pilot.press("enter")
        assert app.answers == [target.absolute()]
        assert target.read_text(encoding="utf-8") == "new"
        target.write_text("old", encoding="utf-8")
