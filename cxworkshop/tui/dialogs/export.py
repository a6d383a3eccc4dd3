"""Export the action plan as markdown: asks for the file, never overwrites an existing one.

Dismisses with the path that was written, or None when cancelled.
"""

from __future__ import annotations

import os
from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label

from cxworkshop.domain.models import Session
from cxworkshop.i18n import t
from cxworkshop.tui.widgets.field import Field, FieldError


def free_path(folder: Path, stem: str, suffix: str = ".md") -> Path:
    """``folder/stem.md``, or ``stem-2.md``, ``stem-3.md``... whichever does not exist yet."""
    candidate = folder / f"{stem}{suffix}"
    number = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{number}{suffix}"
        number += 1
    return candidate


def write_new_file(path: Path, text: str) -> None:
    """Create ``path`` with ``text``; FileExistsError when it already exists (no overwrite)."""
    with open(path, "x", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())


class ExportDialog(ModalScreen[Path | None]):
    DEFAULT_CSS = """
    ExportDialog { align: center middle; }
    ExportDialog > Vertical {
        width: 90; max-width: 100%; height: auto;
        border: thick $primary; background: $surface; padding: 0 1;
    }
    ExportDialog #export-heading { text-style: bold; margin-bottom: 1; }
    ExportDialog Horizontal { height: auto; align-horizontal: right; margin-top: 1; }
    ExportDialog Button { margin-left: 2; }
    """

    BINDINGS = [Binding("escape", "cancel", show=False)]

    def __init__(self, session: Session, folder: Path | None = None) -> None:
        super().__init__()
        self.session = session
        self.lang = session.lang
        stem = f"{session.id}-{t('tui.export.stem', self.lang)}"
        self.proposal = free_path(folder or Path.cwd(), stem)

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(t("tui.export.heading", self.lang, title=self.session.meta.title),
                        id="export-heading", markup=False)
            yield Field(t("tui.export.file", self.lang),
                        Input(str(self.proposal), id="export-path", compact=True))
            with Horizontal():
                yield Button(t("tui.dialog.cancel", self.lang), id="cancel")
                yield Button(t("tui.export.write", self.lang), id="write", variant="primary")

    def on_mount(self) -> None:
        self.query_one("#export-path", Input).focus()

    def _error(self, message: str | None) -> None:
        self.query_one(FieldError).show_error(message)
        self.query_one("#export-path", Input).set_class(bool(message), "-invalid")

    @on(Input.Submitted)
    @on(Button.Pressed, "#write")
    def write(self) -> None:
        text_path = self.query_one("#export-path", Input).value.strip()
        if not text_path:
            self._error(t("tui.export.no_path", self.lang))
            return
        path = Path(text_path).expanduser()
        if path.suffix == "":
            path = path.with_suffix(".md")
        if path.exists():
            self._error(t("tui.export.exists", self.lang, path=str(path)))
            return
        if not path.parent.is_dir():
            self._error(t("tui.export.no_folder", self.lang, folder=str(path.parent)))
            return
        try:
            from cxworkshop.export.markdown import render_markdown
        except ImportError:
            self._error(t("tui.export.unavailable", self.lang))
            return
        try:
            write_new_file(path, render_markdown(self.session))
        except FileExistsError:
            self._error(t("tui.export.exists", self.lang, path=str(path)))
            return
        except OSError as exc:
            self._error(t("tui.export.failed", self.lang, path=str(path),
                          reason=exc.strerror or exc.__class__.__name__))
            return
        self.dismiss(path.absolute())

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
