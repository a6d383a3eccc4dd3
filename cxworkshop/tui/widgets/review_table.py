"""The seven self-review questions as a table: answer now, answer last time, note.

The single-letter answer keys live on this table, so they never get in the way of
typing a note: y / p / n (in a Dutch session j / d / n, and y / p too) answer the
highlighted question and move to the next one; Enter or e asks for the note;
Delete clears the answer. Rows are rebuilt from the session after every save (seven
rows: cheap), keeping the cursor where it was.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.cells import cell_len
from rich.text import Text
from textual.color import Color, ColorParseError
from textual.message import Message
from textual.widgets import DataTable

from cxworkshop.domain.facilitation import ReviewAnswer
from cxworkshop.domain.selfreview import QUESTIONS
from cxworkshop.i18n import t
from cxworkshop.tui.commands import Command, install_bindings

MARKS = {"yes": "✓", "partly": "◐", "no": "✗", "": "·"}
COLOURS = {"yes": "success", "partly": "warning", "no": "error", "": "foreground-muted"}
WIDE_WIDTH = 120


def list_commands(lang: str) -> tuple[Command, ...]:
    """The keys of the question list (footer, palette and help from one definition).

    A Dutch session answers with j(a) / d(eels) / n(ee); y and p work there too.
    """
    yes, partly = ("j,y", "d,p") if lang == "nl" else ("y", "p")
    return (
        Command("selfreview.yes", yes, "answer('yes')", "tui.review.key.yes", "tui.review.help.yes", display=yes[0]),
        Command("selfreview.partly", partly, "answer('partly')", "tui.review.key.partly", "tui.review.help.partly",
                display=partly[0]),
        Command("selfreview.no", "n", "answer('no')", "tui.review.key.no", "tui.review.help.no", display="n"),
        Command("selfreview.clear", "delete,backspace", "answer('')", "tui.review.key.clear", "tui.review.help.clear",
                display="Del"),
        Command("selfreview.note", "enter,e", "note", "tui.review.key.note", "tui.review.help.note", display="Enter"),
    )


def theme_colours(variables: dict[str, str]) -> dict[str, str]:
    """Opaque ``#rrggbb`` colours for the answer marks, blended over the background
    (Rich styles know no transparency; the theme's muted text is see-through)."""
    try:
        background = Color.parse(variables.get("background", "#000000"))
    except ColorParseError:
        background = Color(0, 0, 0)
    colours = {}
    for name in set(COLOURS.values()):
        try:
            colours[name] = (background + Color.parse(variables.get(name, ""))).hex
        except ColorParseError:
            colours[name] = ""
    return colours


def answer_label(value: str, lang: str) -> str:
    """``✓ yes`` / ``◐ deels`` / ``· –``: the mark keeps the meaning without colour."""
    word = t(f"review.answer.{value}", lang) if value else "–"
    return f"{MARKS.get(value, '·')} {word}"


def answer_text(value: str, lang: str, colours: dict[str, str]) -> Text:
    colour = colours.get(COLOURS.get(value, "foreground-muted"), "")
    style = f"bold {colour}".strip() if value else colour
    return Text(answer_label(value, lang), style=style, no_wrap=True, end="")


def one_line(text: str, width: int, style: str = "") -> Text:
    """User text on one line, cut with an ellipsis; never read as markup."""
    line = Text(" ".join(text.split()), style=style, no_wrap=True, overflow="ellipsis", end="")
    line.truncate(max(1, width), overflow="ellipsis")
    return line


def wrapped(text: str, width: int, style: str = "", lines: int = 3) -> Text:
    """User text wrapped over at most ``lines`` lines of ``width`` cells (cut with an ellipsis)."""
    flat = " ".join(text.split())
    room = max(1, width * lines - lines * 4)
    if cell_len(flat) > room:
        flat = flat[:room].rstrip() + "…"
    return Text(flat, style=style, end="")


class ReviewTable(DataTable):
    """Answers keys work only while this table has the focus: typing a note stays typing."""

    DEFAULT_CSS = """
    ReviewTable { height: auto; max-height: 100%; }
    """

    @dataclass
    class Answered(Message):
        question: str
        value: str

    @dataclass
    class NoteWanted(Message):
        question: str

    def __init__(self, lang: str, **kwargs: object) -> None:
        super().__init__(cursor_type="row", zebra_stripes=False, **kwargs)  # type: ignore[arg-type]
        self.lang = lang
        self._rows: tuple[object, ...] | None = None
        install_bindings(self, list_commands(lang), lang)

    # -- attributes down -------------------------------------------------------
    def current_question(self) -> str:
        row = self.cursor_row
        return QUESTIONS[row] if 0 <= row < len(QUESTIONS) else QUESTIONS[0]

    def show_answers(
        self,
        now: list[ReviewAnswer],
        then: list[ReviewAnswer] | None,
        colours: dict[str, str],
        *,
        full: bool = False,
    ) -> None:
        """Redraw when something changed; the cursor stays on its question.

        ``full``: there is room for the whole question (and a few lines of note) per row.
        """
        width = self.size.width or self.app.size.width
        key = (width, full, tuple((a.answer, a.note) for a in now),
               None if then is None else tuple((a.answer, a.note) for a in then), tuple(colours.items()))
        if key == self._rows:
            return
        self._rows = key
        row = self.cursor_row
        self.clear(columns=True)
        widths = self._widths(width, then is not None, full)
        for name, label in self._headers(then is not None).items():
            if name in widths:
                self.add_column(Text(label, no_wrap=True), width=widths[name], key=name)
        muted = colours.get("foreground-muted", "")
        lang = self.lang
        for index, answer in enumerate(now):
            short = t(f"tui.review.short.{answer.question}", lang)
            cells: list[Text] = [Text(str(index + 1), no_wrap=True, end=""), answer_text(answer.answer, lang, colours)]
            if then is not None:
                cells.append(answer_text(then[index].answer, lang, colours))
            if full:
                question = t(f"review.{answer.question}.question", lang)
                cells.append(Text.assemble((short, "bold"), "\n", question, end=""))
                cells.append(wrapped(answer.note, widths["note"]))
                if then is not None:
                    cells.append(wrapped(then[index].note, widths["then_note"], muted))
            else:
                cells.append(Text(short, no_wrap=True, end=""))
                cells.append(one_line(answer.note, widths["note"]))
                if "then_note" in widths and then is not None:
                    cells.append(one_line(then[index].note, widths["then_note"], muted))
            self.add_row(*cells, key=answer.question, height=None if full else 1)
        self.move_cursor(row=min(max(row, 0), len(now) - 1), animate=False)

    def _headers(self, with_then: bool) -> dict[str, str]:
        lang = self.lang
        return {
            "number": "#",
            "answer": t("tui.review.col.now" if with_then else "tui.review.col.answer", lang),
            "then": t("tui.review.col.then", lang) if with_then else "",
            "question": t("tui.review.col.question", lang),
            "note": t("tui.review.col.note", lang),
            "then_note": t("tui.review.col.then_note", lang),
        }

    def _widths(self, width: int, with_then: bool, full: bool) -> dict[str, int]:
        lang = self.lang
        answer = max(cell_len(answer_label(v, lang)) for v in MARKS)
        for key in ("tui.review.col.now", "tui.review.col.answer", "tui.review.col.then"):
            answer = max(answer, min(cell_len(t(key, lang)), 11))
        question = max(cell_len(t(f"tui.review.short.{q}", lang)) for q in QUESTIONS)
        widths = {"number": 1, "answer": answer, "question": question}
        if with_then:
            widths["then"] = answer
        columns = len(widths) + 1 + (with_then and width >= WIDE_WIDTH)
        rest = max(8, width - sum(widths.values()) - 2 * columns - 2)  # cell padding, gutter
        if full:
            extra = max(0, rest * 11 // 20 - question)
            widths["question"] += extra
            rest -= extra
        if with_then and width >= WIDE_WIDTH:
            widths["note"] = rest // 2
            widths["then_note"] = rest - rest // 2
        else:
            widths["note"] = rest
        return widths

    # -- messages up -----------------------------------------------------------
    def action_answer(self, value: str) -> None:
        if self.row_count == 0:
            return
        question = self.current_question()
        self.post_message(self.Answered(question, value))
        if value and self.cursor_row < self.row_count - 1:
            self.move_cursor(row=self.cursor_row + 1)

    def action_note(self) -> None:
        if self.row_count:
            self.post_message(self.NoteWanted(self.current_question()))
