"""Messages that travel up the widget tree (attributes travel down)."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from cxworkshop.domain.edits import Mutation


@dataclass
class SessionEdited(Message):
    """A pane asks for a change to the session. The session screen applies it through
    the store (locked, re-read, atomic) and hands the saved session back down to every
    pane with ``StepPane.show_session``."""

    mutation: Mutation
    description: str = ""
