"""Ask where to write a file, then write it: never overwrites without a second Enter.

The dialog checks the path in place (empty, a folder, a missing folder), asks to press
Enter again when the file exists, and turns write errors (no permission, read-only or
full disk, a bad name) into a message under the field. It dismisses with the absolute
path that was written, or ``None`` when cancelled. Notifications still on screen (an
earlier "saved" or "copied") are cleared when it opens and when it asks to overwrite:
at 80×24 they would cover the question.
"""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from rich.cells import cell_len
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label
from textual.widgets._toast import ToastRack

from cxworkshop.i18n import t
from cxworkshop.tui.keys import localize_bindings
from cxworkshop.tui.widgets.field import Field


def write_text_file(path: Path, text: str, *, overwrite: bool) -> None:
    """Write ``text`` to ``path``. Without ``overwrite`` an existing file raises
    FileExistsError; with it the file is replaced whole (temp file + rename), so a
    failure never leaves half a file behind."""
    if not overwrite:
        with open(path, "x", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        return
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def resolve_path(text: str, cwd: Path) -> Path:
    path = Path(text.strip()).expanduser()
    return path if path.is_absolute() else cwd / path


def error_message(exc: OSError, path: Path, lang: str) -> str:
    """A message for a failed write, in the user's words rather than the OS's."""
    folder = str(path.parent)
    code = exc.errno
    if code in (errno.EACCES, errno.EPERM):
        return t("tui.plan.write.no_permission", lang, folder=folder)
    if code == errno.EROFS:
        return t("tui.plan.write.read_only", lang, folder=folder)
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return t("tui.plan.write.disk_full", lang, path=str(path))
    if code == errno.ENOENT:
        return t("tui.plan.write.no_folder", lang, folder=folder)
    if code == errno.EISDIR:
        return t("tui.plan.write.is_folder", lang, path=str(path))
    if code in (errno.ENAMETOOLONG, errno.EINVAL):
        return t("tui.plan.write.bad_name", lang, name=path.name[:60])
    reason = exc.strerror or exc.__class__.__name__
    return t("tui.plan.write.failed", lang, path=str(path), reason=reason)


class WriteFileDialog(ModalScreen[Path | None]):
    """``WriteFileDialog(title, proposal, text, lang)``; the text is written as UTF-8."""

    DEFAULT_CSS = """
    WriteFileDialog { align: center middle; }
    WriteFileDialog > Vertical {
        width: 90%; max-width: 110; height: auto;
        border: thick $accent; background: $surface; padding: 0 1;
    }
    WriteFileDialog #write-title { text-style: bold; color: $accent; }
    WriteFileDialog #write-hint { color: $text-muted; width: 1fr; }
    WriteFileDialog Horizontal { height: auto; align-horizontal: right; }
    WriteFileDialog Button { margin-left: 2; min-width: 12; }
    """

    BINDINGS = [Binding("escape", "cancel", "tui.plan.key.cancel")]

    def __init__(self, title: str, proposal: Path, text: str, lang: str, *, cwd: Path | None = None) -> None:
        super().__init__()
        self.title_text = title
        self.text = text
        self.lang = lang
        self.cwd = cwd or Path.cwd()
        self.path_input = Input(str(proposal), id="write-path")
        self.field = Field(t("tui.plan.write.path", lang), self.path_input)
        self.confirmed: Path | None = None
        localize_bindings(self, lang)

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(self.title_text, id="write-title", markup=False)
            yield self.field
            yield Label(t("tui.plan.write.hint", self.lang, cwd=str(self.cwd)), id="write-hint", markup=False)
            with Horizontal():
                yield Button(t("tui.plan.write.cancel", self.lang), id="cancel")
                write = Button(t("tui.plan.write.button", self.lang), id="write", variant="primary")
                labels = (t("tui.plan.write.button", self.lang), t("tui.plan.write.overwrite_button", self.lang))
                write.styles.min_width = max(12, *(cell_len(label) + 4 for label in labels))
                yield write

    def on_mount(self) -> None:
        self._clear_notifications()
        self.path_input.focus()
        self.path_input.cursor_position = len(self.path_input.value)

    def show_error(self, message: str | None) -> None:
        self.field.error.show_error(message)
        self.path_input.set_class(bool(message), "-invalid")

    def _clear_notifications(self) -> None:
        """Take earlier toasts away, also from the screens under this one (dimmed there)."""
        self.app.clear_notifications()
        for screen in self.app.screen_stack:
            for rack in screen.query(ToastRack):
                rack.remove_children()
                rack.display = False

    def _ask_overwrite(self, path: Path) -> None:
        self._clear_notifications()
        self.confirmed = path
        self.show_error(t("tui.plan.write.exists", self.lang, path=str(path)))
        button = self.query_one("#write", Button)
        button.label = t("tui.plan.write.overwrite_button", self.lang)
        button.variant = "warning"

    @on(Input.Changed)
    def _changed(self) -> None:
        if self.confirmed is not None or self.field.error.has_class("-visible"):
            self.confirmed = None
            self.show_error(None)
            button = self.query_one("#write", Button)
            button.label = t("tui.plan.write.button", self.lang)
            button.variant = "primary"

    @on(Input.Submitted)
    @on(Button.Pressed, "#write")
    def write(self) -> None:
        raw = self.path_input.value
        if not raw.strip():
            self.show_error(t("tui.plan.write.empty", self.lang))
            return
        path = resolve_path(raw, self.cwd)
        try:
            problem = self._problem(path)
        except ValueError:  # e.g. a NUL character in the name
            problem = t("tui.plan.write.bad_name", self.lang, name=path.name[:60])
        if problem:
            self.show_error(problem)
            return
        overwrite = self.confirmed == path
        if path.exists() and not overwrite:
            self._ask_overwrite(path)
            return
        try:
            write_text_file(path, self.text, overwrite=overwrite)
        except FileExistsError:  # appeared since we looked
            self._ask_overwrite(path)
            return
        except OSError as exc:
            self.show_error(error_message(exc, path, self.lang))
            return
        self.dismiss(path.absolute())

    def _problem(self, path: Path) -> str | None:
        if path.is_dir():
            return t("tui.plan.write.is_folder", self.lang, path=str(path))
        if not path.parent.is_dir():
            return t("tui.plan.write.no_folder", self.lang, folder=str(path.parent))
        return None

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
