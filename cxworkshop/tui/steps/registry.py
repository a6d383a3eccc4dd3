"""The six workshop steps and the pane class that shows each one.

Each step lives in ``cxworkshop.tui.steps.<step>`` as ``<Step>Pane``. While a module
is still being written (or fails to import), a clearly labelled placeholder pane takes
its place, so the app always runs.
"""

from __future__ import annotations

import importlib
from functools import cache

from textual.app import ComposeResult
from textual.widgets import Static

from cxworkshop.tui.steps.base import STEPS, StepPane

__all__ = ["STEPS", "pane_class", "PlaceholderPane"]


class PlaceholderPane(StepPane):
    """Stands in for a step whose pane is not available."""

    DEFAULT_CSS = """
    PlaceholderPane { align: center middle; }
    PlaceholderPane > Static {
        width: auto; max-width: 70; height: auto;
        border: round $warning; padding: 1 2; color: $warning; text-style: bold;
    }
    """

    REASON: str = ""

    def compose(self) -> ComposeResult:
        step = self.tr(f"tui.step.{self.STEP}")
        text = self.tr("tui.shell.placeholder", step=step)
        if self.REASON:
            text += "\n\n" + self.REASON
        yield Static(text)


def _placeholder(step: str, reason: str) -> type[StepPane]:
    name = f"Placeholder{step.capitalize()}Pane"
    return type(name, (PlaceholderPane,), {"STEP": step, "REASON": reason})


@cache
def pane_class(step: str) -> type[StepPane]:
    """The pane class for ``step`` (one of :data:`STEPS`)."""
    if step not in STEPS:
        raise ValueError(f"unknown step {step!r}")
    module_name = f"cxworkshop.tui.steps.{step}"
    class_name = f"{step.capitalize()}Pane"
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name != module_name:
            return _placeholder(step, f"{class_name}: {exc}")
        return _placeholder(step, "")
    except Exception as exc:  # a pane that is being written may not import yet: say so on screen
        return _placeholder(step, f"{class_name}: {exc.__class__.__name__}: {exc}")
    cls = getattr(module, class_name, None)
    if not (isinstance(cls, type) and issubclass(cls, StepPane)):
        return _placeholder(step, f"{module_name} has no {class_name}")
    return cls
