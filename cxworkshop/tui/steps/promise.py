"""Step 1: the customer promise — notes under the four B's, drafts, checks, votes, choice.

Layout follows the room: from about 120×34 cells all four B's and the drafts are on
screen at once; below that one section shows at a time, picked with PgUp/PgDn (or by
clicking the section bar). Typing goes into the inputs; the single-letter keys live on
the lists (see ``widgets/promise_notes.py`` and ``widgets/promise_drafts.py``).
"""

from __future__ import annotations

from typing import ClassVar

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Container
from textual.widgets import Input

from cxworkshop.domain import edits
from cxworkshop.domain.models import AREAS, Draft, Note, Session
from cxworkshop.tui.dialogs.confirm import ConfirmDialog
from cxworkshop.tui.dialogs.promise_edit import DraftEditDialog, DraftValues, NoteEditDialog, NoteValues
from cxworkshop.tui.keys import localize_bindings
from cxworkshop.tui.steps.base import StepPane
from cxworkshop.tui.widgets.promise_areabar import AreaBar
from cxworkshop.tui.widgets.promise_banner import PromiseBanner
from cxworkshop.tui.widgets.promise_drafts import DraftsPanel, DraftTable
from cxworkshop.tui.widgets.promise_notes import NoteArea, NoteList

SECTIONS: tuple[str, ...] = (*AREAS, "drafts")
WIDE_WIDTH = 120
WIDE_HEIGHT = 34
QUOTE_LENGTH = 60


def _quote(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= QUOTE_LENGTH else text[: QUOTE_LENGTH - 1] + "…"


class PromisePane(StepPane):
    STEP = "promise"

    BINDINGS: ClassVar = [
        # priority: an Input (a ScrollView in Textual 8) would otherwise claim these keys
        # in the footer, although it passes them on when it has nothing to scroll.
        Binding("pagedown", "section(1)", "tui.promise.key.next_area", key_display="PgDn", priority=True),
        Binding("pageup", "section(-1)", "tui.promise.key.prev_area", key_display="PgUp", priority=True,
                show=False),  # the footer is full at 80 columns; F1 help lists it
    ]

    DEFAULT_CSS = """
    PromisePane { layout: vertical; }
    PromisePane > AreaBar { display: none; }
    PromisePane > #promise-notes { height: 1fr; layout: vertical; }
    PromisePane > DraftsPanel { height: 1fr; }
    PromisePane.-narrow > AreaBar { display: block; }
    PromisePane.-narrow NoteArea { display: none; }
    PromisePane.-narrow NoteArea.-current { display: block; }
    PromisePane.-narrow > DraftsPanel { display: none; }
    PromisePane.-narrow > DraftsPanel.-current { display: block; }
    PromisePane.-narrow.-on-drafts > #promise-notes { display: none; }
    PromisePane.-narrow DraftsPanel { height: 1fr; }
    PromisePane.-narrow DraftChecks { max-height: 7; }
    PromisePane.-wide > #promise-notes { layout: horizontal; }
    PromisePane.-wide NoteArea { width: 1fr; }
    PromisePane.-wide PromiseBanner { padding: 1 4; }
    """

    def __init__(self, session: Session, **kwargs: object) -> None:
        super().__init__(session, **kwargs)
        self.section = SECTIONS[0]
        self._arriving = False
        self._shown_for: tuple[str, bool] = (session.lang, session.is_solo)
        lang, solo = self._shown_for
        self.banner = PromiseBanner(id="promise-banner")
        self.bar = AreaBar(id="promise-sections")
        self.areas = {area: NoteArea(area, lang, solo) for area in AREAS}
        self.drafts = DraftsPanel(lang, solo)
        localize_bindings(self, lang)

    def compose(self) -> ComposeResult:
        yield self.banner
        yield self.bar
        with Container(id="promise-notes"):
            yield from self.areas.values()
        yield self.drafts

    def on_mount(self) -> None:
        self._apply_layout()
        self.refresh_view()

    def on_show(self) -> None:
        """Coming into view: the cursor goes to the input of the current section."""
        self._arriving = True
        self.call_after_refresh(self._focus_on_arrival)

    def _focus_on_arrival(self) -> None:
        if not self._arriving:
            return  # the user (or a test) moved on in the meantime
        self._arriving = False
        focused = self.screen.focused
        if isinstance(focused, Input) and self in focused.ancestors:
            return  # already typing somewhere in this step
        self._focus_input()

    # -- attributes down -------------------------------------------------------
    def refresh_view(self) -> None:
        session = self.session
        wanted = (session.lang, session.is_solo)
        if wanted != self._shown_for:
            self._shown_for = wanted
            localize_bindings(self, session.lang)
            for area in self.areas.values():
                area.relabel(*wanted)
            self.drafts.relabel(*wanted)
        self.banner.show_promise(session)
        for area, widget in self.areas.items():
            widget.show_notes(session.promise.notes_for(area))
        self.drafts.show_drafts(session.promise)
        self._show_bar()

    def _show_bar(self) -> None:
        promise = self.session.promise
        sections = [(area, self.tr(f"area.{area}").split(" (")[0], len(promise.notes_for(area))) for area in AREAS]
        sections.append(("drafts", self.tr("tui.promise.drafts.tab"), len(promise.drafts)))
        self.bar.show_sections(sections, self.section)

    # -- layout ----------------------------------------------------------------
    @property
    def is_wide(self) -> bool:
        return self.size.width >= WIDE_WIDTH and self.size.height >= WIDE_HEIGHT

    def on_resize(self, event: events.Resize) -> None:
        self._apply_layout()

    def _apply_layout(self) -> None:
        wide = self.is_wide
        self.set_class(wide, "-wide")
        self.set_class(not wide, "-narrow")
        self.set_class(self.section == "drafts", "-on-drafts")
        for area, widget in self.areas.items():
            widget.set_class(area == self.section, "-current")
        self.drafts.set_class(self.section == "drafts", "-current")
        self.drafts.set_class(not wide, "-stacked")

    def show_section(self, section: str, *, focus: bool = True) -> None:
        self._arriving = False
        self.section = section
        self._apply_layout()
        self._show_bar()
        if focus:
            self.call_after_refresh(self._focus_input)

    def focus_target(self) -> Input:
        """Coming to this step, the cursor goes straight into the current section's input
        (never the notes list first: a typed d or Enter there deletes or edits a note)."""
        section = self.section
        return self.drafts.text_input if section == "drafts" else self.areas[section].input

    def _focus_input(self) -> None:
        """Focus the input of the section current *now* (keys may have moved on meanwhile)."""
        self.focus_target().focus()

    def action_section(self, step: int) -> None:
        current = self.section
        if self.is_wide:  # everything is on screen: continue from where the cursor is
            current = self._section_of(self.screen.focused) or current
        index = (SECTIONS.index(current) + step) % len(SECTIONS)
        self.show_section(SECTIONS[index])

    @on(AreaBar.Picked)
    def _picked(self, event: AreaBar.Picked) -> None:
        self.show_section(event.section)

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        """On a small screen the focus can only land in a hidden section through
        Textual's own repair when the focused input is hidden: send it to the visible one."""
        section = self._section_of(event.widget)
        if not self.is_wide and section is not None and section != self.section:
            self.call_after_refresh(self._focus_input)

    def _section_of(self, widget: object) -> str | None:
        for node in getattr(widget, "ancestors_with_self", []):
            if isinstance(node, NoteArea):
                return node.area
            if isinstance(node, DraftsPanel):
                return "drafts"
        return None

    # -- notes -----------------------------------------------------------------
    def _note(self, note_id: str) -> Note | None:
        return next((n for n in self.session.promise.notes if n.id == note_id), None)

    @on(NoteArea.Added)
    def _add_note(self, event: NoteArea.Added) -> None:
        self.edit(edits.add("notes", Note(event.area, event.text)), self.tr("tui.promise.note.added", area=self.tr(f"area.{event.area}")))

    @on(NoteList.Asked)
    def _note_asked(self, event: NoteList.Asked) -> None:
        note = self._note(event.note_id)
        if note is None:
            return
        if event.what == "edit":
            dialog = NoteEditDialog(note, self.lang, self.session.is_solo)
            self.app.push_screen(dialog, lambda values: self._save_note(note.id, values))
        else:
            question = self.tr("tui.promise.note.delete_question", text=_quote(note.text), area=self.tr(f"area.{note.area}"))
            dialog = ConfirmDialog(self.tr("tui.promise.note.delete_title"), question, self.lang)
            self.app.push_screen(dialog, lambda yes: self._delete(yes, "notes", note.id, "tui.promise.note.deleted"))

    def _save_note(self, note_id: str, values: object) -> None:
        if isinstance(values, NoteValues):
            self.edit(edits.update("notes", note_id, area=values.area, text=values.text, author=values.author))

    def _delete(self, confirmed: bool | None, collection: str, item_id: str, done_key: str) -> None:
        if confirmed:
            self.edit(edits.remove(collection, item_id), self.tr(done_key))

    # -- drafts ----------------------------------------------------------------
    def _draft(self, draft_id: str) -> Draft | None:
        return next((d for d in self.session.promise.drafts if d.id == draft_id), None)

    @on(DraftsPanel.Added)
    def _add_draft(self, event: DraftsPanel.Added) -> None:
        self.edit(edits.add("drafts", Draft(event.text, event.author)))

    @on(DraftTable.Asked)
    def _draft_asked(self, event: DraftTable.Asked) -> None:
        draft = self._draft(event.draft_id)
        if draft is None:
            return
        if event.what == "vote":
            if not self.session.is_solo:
                self.edit(edits.change_votes("drafts", draft.id, event.delta))
        elif event.what == "choose":
            chosen = self.session.promise.chosen_draft_id == draft.id
            key = "tui.promise.draft.unchosen" if chosen else "tui.promise.draft.chosen"
            self.edit(edits.choose_draft(None if chosen else draft.id), self.tr(key))
        elif event.what == "edit":
            dialog = DraftEditDialog(draft, self.session.promise, self.lang, self.session.is_solo)
            self.app.push_screen(dialog, lambda values: self._save_draft(draft.id, values))
        else:
            question = self.tr("tui.promise.draft.delete_question", text=_quote(draft.text))
            dialog = ConfirmDialog(self.tr("tui.promise.draft.delete_title"), question, self.lang)
            self.app.push_screen(dialog, lambda yes: self._delete(yes, "drafts", draft.id, "tui.promise.draft.deleted"))

    def _save_draft(self, draft_id: str, values: object) -> None:
        if isinstance(values, DraftValues):
            self.edit(edits.update("drafts", draft_id, text=values.text, author=values.author))
