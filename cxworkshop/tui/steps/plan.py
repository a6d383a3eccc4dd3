"""Step 5: the action plan — the markdown export, shown as it will read, ready to take away.

The screen shows what people read (promise, hours, barriers, actions; no appendix and no
chart code, a line says the file holds them) in a light document that fills in part by
part, so the step appears at once and keys keep working (``widgets/plan_document.py``).
It is re-rendered only when the pane is visible and the markdown changed, and then only
the parts that changed. A table of contents shows on wide screens. Keys: w writes the
full markdown to a file, c copies it to the clipboard, j writes the session as JSON,
t shows or hides the contents.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import ClassVar

from textual import events, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Static

from cxworkshop.domain.models import Session
from cxworkshop.tui.dialogs.plan_write import WriteFileDialog
from cxworkshop.tui.keys import localize_bindings
from cxworkshop.tui.steps.base import StepPane
from cxworkshop.i18n import t
from cxworkshop.tui.widgets.plan_document import PlanViewer
from cxworkshop.tui.widgets.plan_preview import leave_out_raw_input, parts, preview_markdown

TOC_MIN_WIDTH = 120


def render_plan(session: Session) -> str | None:
    """The markdown action plan, or None when the exporter is not installed."""
    try:
        from cxworkshop.export.markdown import render_markdown
    except ImportError:
        return None
    return render_markdown(session)


class PlanPane(StepPane):
    STEP = "plan"

    BINDINGS: ClassVar = [
        Binding("w", "write_markdown", "tui.plan.key.write"),
        Binding("c", "copy_markdown", "tui.plan.key.copy"),
        Binding("j", "write_json", "tui.plan.key.json"),
        Binding("t", "toggle_contents", "tui.plan.key.toc"),
    ]

    DEFAULT_CSS = """
    PlanPane { layout: vertical; }
    PlanPane > #plan-heading {
        height: 1; padding: 0 1; background: $panel; color: $text-muted;
        text-wrap: nowrap; text-overflow: ellipsis;
    }
    PlanPane > PlanViewer { height: 1fr; }
    PlanPane MarkdownTableOfContents { width: 36; }
    PlanPane MarkdownTableOfContents > Tree { width: 1fr; overflow-x: hidden; }
    """

    def __init__(self, session: Session, **kwargs: object) -> None:
        super().__init__(session, **kwargs)
        self.markdown: str | None = None
        self.render_seconds: float | None = None
        self.heading = Static(id="plan-heading", markup=False)
        self.viewer = PlanViewer(id="plan-doc", show_table_of_contents=False, open_links=False)
        self._contents_choice: bool | None = None  # None: follow the screen width
        localize_bindings(self, session.lang)

    def compose(self) -> ComposeResult:
        yield self.heading
        yield self.viewer

    def on_mount(self) -> None:
        self.heading.update(self.tr("tui.plan.rendering"))
        # after the first refresh: the viewer clears its document when it mounts
        self.call_after_refresh(self.refresh_view)

    def on_show(self) -> None:
        self.call_after_refresh(self._focus_document)

    def _focus_document(self) -> None:
        """The document takes the focus unless something in this pane has it already
        (always the document first, not the contents, whichever shows up first)."""
        if not self.display or not self.screen.is_current:
            return
        focused = self.screen.focused
        if focused is None or self not in focused.ancestors_with_self:
            self.screen.set_focus(self.viewer.document)  # at once: widget.focus() waits a turn

    # -- attributes down -------------------------------------------------------
    def refresh_view(self) -> None:
        self._show(self.session)

    @work(exclusive=True, group="plan-render")
    async def _show(self, session: Session) -> None:
        """Render in the background; a newer session cancels a render still running."""
        started = time.perf_counter()
        text, shown = await asyncio.to_thread(self._prepare, session)
        if text == self.markdown:
            return
        await self.viewer.document.show(parts(shown), shown_first=self._shown_first)
        self.markdown = text
        self.render_seconds = time.perf_counter() - started

    def _prepare(self, session: Session) -> tuple[str, str]:
        """The markdown and what the screen shows of it (runs in a thread: pure text)."""
        text = render_plan(session)
        if text is None:
            text = t("tui.plan.unavailable", session.lang)
        return text, self.preview(text, session.lang)

    def preview(self, markdown: str, lang: str) -> str:
        """What the screen shows of ``markdown``: no appendix or chart code, long tables
        and lists cut short (the file written and copied is always complete)."""
        appendix = f"## {t('export.md.appendix', lang)}"
        light = leave_out_raw_input(markdown, appendix, lambda *what: self._left_out(lang, *what))
        return preview_markdown(light, lambda count: t("tui.plan.more_rows", lang, count=count))

    @staticmethod
    def _left_out(lang: str, appendix: bool, charts: bool) -> str:
        key = "both" if appendix and charts else "appendix" if appendix else "charts"
        return t(f"tui.plan.left_out.{key}", lang)

    def _shown_first(self) -> None:
        self.heading.update(self.tr("tui.plan.heading", file=self._markdown_name()))
        self._focus_document()  # before the contents appear: they come first in the focus chain
        self._apply_contents()

    # -- layout ----------------------------------------------------------------
    def on_resize(self, event: events.Resize) -> None:
        self._apply_contents()

    def _apply_contents(self) -> None:
        wanted = self._contents_choice
        if wanted is None:
            wanted = self.size.width >= TOC_MIN_WIDTH
        self.viewer.show_table_of_contents = wanted

    def action_toggle_contents(self) -> None:
        self._contents_choice = not self.viewer.show_table_of_contents
        self._apply_contents()

    # -- taking the plan away ----------------------------------------------------
    def _current_markdown(self) -> str | None:
        text = render_plan(self.session)
        if text is None:
            self.notify(self.tr("tui.plan.unavailable"), severity="error", markup=False)
        return text

    def _markdown_name(self) -> str:
        return f"{self.session.id}-{self.tr('tui.plan.file_stem')}.md"

    def action_write_markdown(self) -> None:
        text = self._current_markdown()
        if text is None:
            return
        proposal = Path.cwd() / self._markdown_name()
        dialog = WriteFileDialog(self.tr("tui.plan.write.title"), proposal, text, self.lang)
        self.app.push_screen(dialog, lambda path: self._written(path, "tui.plan.written"))

    def action_write_json(self) -> None:
        try:
            from cxworkshop.export.jsonio import to_json
        except ImportError:
            self.notify(self.tr("tui.plan.json_unavailable"), severity="error", markup=False)
            return
        proposal = Path.cwd() / f"{self.session.id}.json"
        dialog = WriteFileDialog(self.tr("tui.plan.write.json_title"), proposal, to_json(self.session), self.lang)
        self.app.push_screen(dialog, lambda path: self._written(path, "tui.plan.json_written"))

    def _written(self, path: Path | None, key: str) -> None:
        if path is not None:
            self.notify(self.tr(key, path=str(path)), timeout=12, markup=False)

    def action_copy_markdown(self) -> None:
        text = self._current_markdown()
        if text is None:
            return
        self.app.copy_to_clipboard(text)
        lines = text.count("\n") + 1
        self.notify(self.tr("tui.plan.copied", lines=lines), timeout=12, markup=False)
