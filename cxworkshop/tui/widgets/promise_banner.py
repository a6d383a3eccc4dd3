"""The chosen customer promise, shown large at the top of the Promise step."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from cxworkshop.domain.models import Session
from cxworkshop.i18n import t


class PromiseBanner(Static):
    """A bordered panel with the chosen draft in bold; a muted hint while none is chosen."""

    DEFAULT_CSS = """
    PromiseBanner {
        height: auto;
        max-height: 8;
        border: heavy $accent;
        border-title-color: $accent;
        border-title-style: bold;
        padding: 0 2;
        text-align: center;
        color: $text;
        text-style: bold;
    }
    PromiseBanner.-empty {
        border: round $panel-lighten-2;
        border-title-color: $text-muted;
        color: $text-muted;
        text-style: italic;
    }
    """

    def show_promise(self, session: Session) -> None:
        lang = session.lang
        key = "tui.promise.banner.title_solo" if session.is_solo else "tui.promise.banner.title"
        self.border_title = t(key, lang)
        chosen = session.promise.chosen
        self.set_class(chosen is None, "-empty")
        if chosen is None:
            self.update(t("tui.promise.banner.empty", lang))
        else:
            self.update(Content(chosen.text))
