"""The self-review: seven questions from the method, answered yes / partly / no with a note.

Solo sessions end with it (a team can use it too). Built as
``SelfReviewScreen(session, apply)``: ``apply(mutation)`` saves through the store and
returns the saved session, or None when saving failed (the caller already told the user).
Every answer and note is saved at once; after each save the screen redraws from the
saved session. For a follow-up session (``session.previous``) last time's answers stand
next to this time's, so a solo user sees whether things improved.

Focus model: the list has the single-letter keys (y/p/n, in Dutch j/d/n), Enter jumps to
the note of the highlighted question, Enter in the note saves and jumps back, Esc in the
note goes back without saving, Esc in the list closes the screen.
"""

from __future__ import annotations

from collections.abc import Callable

from textual import on
from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import DataTable, Static

from cxworkshop.domain import selfreview
from cxworkshop.domain.edits import Mutation
from cxworkshop.domain.followup import previous_of
from cxworkshop.domain.models import Session
from cxworkshop.domain.validation import ValidationError, check_text
from cxworkshop.i18n import t
from cxworkshop.tui.widgets.footer import CxFooter
from cxworkshop.tui.commands import Command, install_bindings
from cxworkshop.tui.widgets.review_detail import ReviewDetail
from cxworkshop.tui.widgets.review_summary import ReviewSummary
from cxworkshop.tui.widgets.review_table import ReviewTable, list_commands, theme_colours

FULL_WIDTH = 120  # from here on the table shows each question in full
FULL_HEIGHT = 36
Apply = Callable[[Mutation], Session | None]
CLOSE = Command("selfreview.close", "escape", "close", "tui.review.key.close", "tui.review.help.close", display="Esc")


def answer_mutation(question: str, value: str | None = None, note: str | None = None) -> Mutation:
    """A store mutation that records (part of) one self-review answer."""

    def mutate(session: Session) -> object:
        return selfreview.answer(session, question, value, note)

    return mutate


def last_time(session: Session) -> Session | None:
    """The session this one follows up, or None (also when its embedded copy is unreadable:
    the review still works, just without last time's answers)."""
    try:
        return previous_of(session)
    except (KeyError, TypeError, ValueError, AttributeError):
        return None


def note_error(exc: ValidationError, lang: str) -> str:
    """The validation message, naming the field "Note" / "Notitie"."""
    params = {name: _count(value, lang) for name, value in exc.params.items()}
    return t(exc.key, lang, **params, field=t("tui.review.note.label", lang))


def _count(value: object, lang: str) -> object:
    if isinstance(value, int) and not isinstance(value, bool):
        text = f"{value:,}"
        return text.replace(",", ".") if lang == "nl" else text
    return value


class SelfReviewScreen(Screen[None]):
    DEFAULT_CSS = """
    SelfReviewScreen { layout: vertical; }
    SelfReviewScreen > #review-title {
        height: 1; padding: 0 1; background: $panel; color: $text; text-style: bold;
    }
    SelfReviewScreen > #review-intro { padding: 0 1; color: $text-muted; }
    SelfReviewScreen > #review-body { height: 1fr; padding: 0 1; }
    """

    def __init__(self, session: Session, apply: Apply) -> None:
        super().__init__()
        self.session = session
        self.apply = apply
        self.lang = session.lang
        self.previous = last_time(session)
        self.summary = ReviewSummary(self.lang, id="review-summary")
        self.table = ReviewTable(self.lang, id="review-table")
        self.detail = ReviewDetail(self.lang, id="review-detail")
        install_bindings(self, (CLOSE,), self.lang)

    def compose(self) -> ComposeResult:
        title = f"{t('tui.review.title', self.lang)} · {' '.join(self.session.meta.title.split())}"
        yield Static(title, id="review-title", markup=False)
        yield Static(t("tui.review.intro", self.lang), id="review-intro", markup=False)
        yield self.summary
        yield self.table
        yield self.detail
        yield CxFooter()

    def on_mount(self) -> None:
        self.app.theme_changed_signal.subscribe(self, lambda _theme: self.refresh_view())
        self.refresh_view()
        self.table.focus()

    # -- attributes down -------------------------------------------------------
    def refresh_view(self) -> None:
        """Redraw from ``self.session`` (seven rows: cheap)."""
        colours = theme_colours(self.app.get_css_variables())
        now = selfreview.answers(self.session)
        then = selfreview.answers(self.previous) if self.previous is not None else None
        self.summary.show_summary(self.session, self.previous)
        full = self.size.width >= FULL_WIDTH and self.size.height >= FULL_HEIGHT
        self.table.show_answers(now, then, colours, full=full)
        self._show_detail()

    def _show_detail(self) -> None:
        question = self.table.current_question()
        index = selfreview.QUESTIONS.index(question)
        now = selfreview.answers(self.session)[index]
        then = selfreview.answers(self.previous)[index] if self.previous is not None else None
        self.detail.show_question(now, then)

    @on(DataTable.RowHighlighted, "#review-table")
    def _moved(self, event: DataTable.RowHighlighted) -> None:
        self._show_detail()

    def on_resize(self) -> None:
        self.call_after_refresh(self.refresh_view)

    # -- saving ----------------------------------------------------------------
    def save(self, mutation: Mutation) -> bool:
        saved = self.apply(mutation)
        if saved is None:
            return False
        self.session = saved
        self.refresh_view()
        return True

    @on(ReviewTable.Answered)
    def _answered(self, event: ReviewTable.Answered) -> None:
        self.save(answer_mutation(event.question, value=event.value))

    @on(ReviewTable.NoteWanted)
    def _note_wanted(self, event: ReviewTable.NoteWanted) -> None:
        self.detail.input.focus()

    @on(ReviewDetail.NoteSubmitted)
    def _note(self, event: ReviewDetail.NoteSubmitted) -> None:
        try:
            note = check_text("text", event.text, required=False)
        except ValidationError as exc:
            self.detail.show_error(note_error(exc, self.lang))
            return
        self.detail.show_error(None)
        current = next(a for a in selfreview.answers(self.session) if a.question == event.question)
        if note != current.note and not self.save(answer_mutation(event.question, note=note)):
            return
        if event.question == self.detail.question:
            self.detail.input.value = note  # show the note as saved (trimmed)
        if event.done:
            self.table.focus()

    @on(ReviewDetail.NoteCancelled)
    def _note_cancelled(self) -> None:
        self.table.focus()

    # -- commands (palette entries run here) -----------------------------------
    def commands(self) -> tuple[Command, ...]:
        return (*list_commands(self.lang), CLOSE)

    def action_answer(self, value: str) -> None:
        self.table.action_answer(value)

    def action_note(self) -> None:
        self.table.action_note()

    def action_close(self) -> None:
        self.dismiss()
