"""What every workshop step pane shares.

Attributes down: the session screen calls :meth:`StepPane.show_session` after loading
and after every save. Messages up: a pane never writes to the store; it calls
:meth:`StepPane.edit` with a mutation from ``cxworkshop.domain.edits`` and the session
screen saves it.
"""

from __future__ import annotations

from typing import ClassVar

from textual.widget import Widget

from cxworkshop.domain.edits import Mutation
from cxworkshop.domain.models import Session
from cxworkshop.i18n import t
from cxworkshop.tui.messages import SessionEdited

STEPS: tuple[str, ...] = ("setup", "promise", "frustrations", "barriers", "actions", "plan")


class StepPane(Widget):
    """Base class of the six step panes (one module each in ``cxworkshop/tui/steps``)."""

    STEP: ClassVar[str] = ""

    DEFAULT_CSS = """
    StepPane {
        height: 1fr;
        width: 1fr;
    }
    """

    def __init__(self, session: Session, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.session = session
        self._stale = False

    # -- attributes down -------------------------------------------------------
    def show_session(self, session: Session) -> None:
        """Take the latest saved session. Hidden panes refresh when they are shown again."""
        self.session = session
        if self.is_mounted and self.display:
            self.refresh_view()
        else:
            self._stale = True

    def on_show(self) -> None:
        if self._stale:
            self._stale = False
            self.refresh_view()

    def refresh_view(self) -> None:
        """Redraw from ``self.session``. Keep it cheap: it runs after every save."""

    def focus_target(self) -> Widget | None:
        """The widget to focus when the step is shown; None: the first focusable one."""
        return None

    # -- messages up -----------------------------------------------------------
    def edit(self, mutation: Mutation, description: str = "") -> None:
        self.post_message(SessionEdited(mutation, description))

    # -- texts -----------------------------------------------------------------
    @property
    def lang(self) -> str:
        return self.session.lang

    def tr(self, key: str, **params: object) -> str:
        return t(key, self.lang, **params)
