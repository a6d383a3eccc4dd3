"""Errors meant for the user: a title and a one-line message, never a traceback.

A :class:`CxError` is built from a message-catalogue key and its parameters, so the
same error reads in English on the command line and in Dutch inside a Dutch session.
"""

from __future__ import annotations

from cxworkshop.i18n import t


class CxError(Exception):
    """Base class for errors the user can understand and usually fix."""

    title_key = "error.title.generic"

    def __init__(self, key: str, /, **params: object) -> None:
        self.key = key
        self.params = params
        super().__init__(self.message_in("en"))

    def message_in(self, lang: str) -> str:
        return t(self.key, lang, **self.params)

    def title_in(self, lang: str) -> str:
        return t(self.title_key, lang)

    @property
    def message(self) -> str:
        return self.message_in("en")
