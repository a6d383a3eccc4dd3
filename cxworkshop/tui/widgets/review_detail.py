"""The highlighted self-review question in full, last time's answer, and the note input.

Enter in the note saves it (the screen validates and saves), Esc puts back the saved
note and returns to the list; leaving the input another way (Tab, a click) saves too,
so a typed note is never silently dropped. Text the user typed is never read as markup.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Input, Static

from cxworkshop.domain.facilitation import ReviewAnswer
from cxworkshop.domain.selfreview import QUESTIONS
from cxworkshop.i18n import t
from cxworkshop.tui.commands import Command, install_bindings
from cxworkshop.tui.widgets.field import FieldError
from cxworkshop.tui.widgets.review_table import answer_label

BACK = Command("selfreview.back", "escape", "cancel_note", "tui.review.key.cancel_note", "tui.review.help.cancel_note",
               display="Esc", palette=False)


class ReviewDetail(Vertical):
    DEFAULT_CSS = """
    ReviewDetail {
        height: auto; border: round $primary; padding: 0 1;
        border-title-color: $text; border-title-style: bold;
    }
    ReviewDetail > #review-question { text-style: bold; }
    ReviewDetail > #review-previous { color: $text-muted; }
    ReviewDetail > #review-hint { color: $text-muted; }
    ReviewDetail > Input { margin: 0; }
    """

    @dataclass
    class NoteSubmitted(Message):
        """``done``: the user pressed Enter (go back to the list when it saved)."""

        question: str
        text: str
        done: bool

    class NoteCancelled(Message):
        pass

    def __init__(self, lang: str, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.lang = lang
        self.question = QUESTIONS[0]
        self.saved_note = ""
        self.question_text = Static("", id="review-question", markup=False)
        self.previous = Static("", id="review-previous", markup=False)
        self.hint = Static(t("tui.review.note.hint", lang), id="review-hint", markup=False)
        self.input = Input(placeholder=t("tui.review.note.placeholder", lang), id="review-note", compact=True)
        self.error = FieldError(id="review-note-error")
        install_bindings(self, (BACK,), lang)

    def compose(self) -> ComposeResult:
        yield self.question_text
        yield self.previous
        yield self.hint
        yield self.input
        yield self.error

    # -- attributes down -------------------------------------------------------
    @property
    def dirty(self) -> bool:
        return self.input.value != self.saved_note

    def show_question(self, answer: ReviewAnswer, previous: ReviewAnswer | None) -> None:
        """Show ``answer``'s question; keep what is being typed for that same question."""
        lang = self.lang
        number = QUESTIONS.index(answer.question) + 1
        self.border_title = t("tui.review.detail.title", lang, number=number, total=len(QUESTIONS),
                              short=t(f"tui.review.short.{answer.question}", lang))
        self.question_text.update(t(f"review.{answer.question}.question", lang))
        if previous is None:
            self.previous.display = False
        else:
            self.previous.display = True
            label = answer_label(previous.answer, lang) if previous.answer else t("review.answer.none", lang)
            if previous.note.strip():
                self.previous.update(t("tui.review.detail.previous_note", lang, answer=label,
                                       note=" ".join(previous.note.split())))
            else:
                self.previous.update(t("tui.review.detail.previous", lang, answer=label))
        same = answer.question == self.question
        keep_typing = same and self.dirty
        self.question = answer.question
        self.saved_note = answer.note
        if not keep_typing:
            self.input.value = answer.note
            self.error.show_error(None)
            self.input.remove_class("-invalid")

    def show_error(self, message: str | None) -> None:
        self.error.show_error(message)
        self.input.set_class(bool(message), "-invalid")

    # -- messages up -----------------------------------------------------------
    @on(Input.Submitted, "#review-note")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.post_message(self.NoteSubmitted(self.question, event.value, done=True))

    @on(Input.Blurred, "#review-note")
    def _left(self, event: Input.Blurred) -> None:
        if self.dirty:
            self.post_message(self.NoteSubmitted(self.question, self.input.value, done=False))

    def action_cancel_note(self) -> None:
        self.input.value = self.saved_note
        self.show_error(None)
        self.post_message(self.NoteCancelled())
