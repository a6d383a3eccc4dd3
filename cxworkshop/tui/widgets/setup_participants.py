"""Participants of a team session: a quick-add row and a table (part of the Setup step).

Type a name, Tab, a department, Enter: the participant is added and the cursor is back
in the name box for the next one. In the table, Enter or E edits, D or Delete removes
(after a confirmation).
"""

from __future__ import annotations

from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widgets import DataTable, Input, Label, Static

from cxworkshop.domain.edits import add, remove, update
from cxworkshop.domain.models import Participant, Session
from cxworkshop.domain.validation import check_text
from cxworkshop.i18n import t
from cxworkshop.tui.commands import Command, install_bindings
from cxworkshop.tui.messages import SessionEdited
from cxworkshop.tui.widgets.field import FieldError, QuickInput, clear_invalid, validate_into

TABLE_COMMANDS = (
    Command("participant.edit", "enter", "edit", "tui.setup.cmd.edit", "tui.setup.cmd.edit.help"),
    Command("participant.delete", "d,delete", "delete", "tui.setup.cmd.delete",
            "tui.setup.cmd.delete.help"),
)


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _cell(text: str) -> Text:
    """A name as typed: a str cell would be read as markup ("[b]" bold, "[/]" a crash)."""
    return Text(text, no_wrap=True, end="")


class ParticipantTable(DataTable[str]):
    """One row per participant, keyed by the participant's id."""

    DEFAULT_CSS = """
    ParticipantTable { height: 1fr; min-height: 4; }
    """

    def __init__(self, lang: str, **kwargs: object) -> None:
        super().__init__(cursor_type="row", zebra_stripes=True, **kwargs)  # type: ignore[arg-type]
        self.lang = lang
        self._shown: dict[str, tuple[str, str]] = {}
        install_bindings(self, TABLE_COMMANDS, lang)

    def on_mount(self) -> None:
        self.add_column(t("field.name", self.lang), key="name")
        self.add_column(t("field.department", self.lang), key="department")

    def show(self, participants: list[Participant]) -> None:
        """Update only the rows that changed when the same people are listed; else rebuild."""
        wanted = {p.id: (_short(p.name), _short(p.department)) for p in participants}
        if list(wanted) == list(self._shown):
            for person_id, cells in wanted.items():
                if self._shown[person_id] != cells:
                    self.update_cell(person_id, "name", _cell(cells[0]))
                    self.update_cell(person_id, "department", _cell(cells[1]))
            self._shown = wanted
            return
        row = self.cursor_row
        before = list(self._shown)
        self.clear()
        for person_id, (name, department) in wanted.items():
            self.add_row(_cell(name), _cell(department), key=person_id)
        self._shown = wanted
        if before and list(wanted)[:len(before)] == before and len(wanted) > len(before):
            row = len(before)  # someone added: show the newcomer (the table scrolls to it)
        if participants:
            self.move_cursor(row=min(row, len(participants) - 1))

    @property
    def selected_id(self) -> str | None:
        if not self.row_count:
            return None
        row_key, _ = self.coordinate_to_cell_key((self.cursor_row, 0))
        return row_key.value

    def _panel(self) -> ParticipantsPanel:
        return next(a for a in self.ancestors if isinstance(a, ParticipantsPanel))

    def action_edit(self) -> None:
        self._panel().edit_selected()

    def action_delete(self) -> None:
        self._panel().delete_selected()


class AddButton(Static):
    """"Add" for the mouse: a click adds what the two boxes hold (Enter does it from the
    keyboard, so it takes no place in the Tab order). A styled label rather than Textual's
    ``Button``, whose style sheet alone took 8 ms to read at start-up."""

    DEFAULT_CSS = """
    AddButton {
        width: auto; min-width: 8; padding: 0 1; background: $panel; text-style: bold;
        content-align: center middle;
    }
    AddButton:hover { background: $primary; }
    """

    class Pressed(Message):
        """The button was clicked."""

    def __init__(self, label: str, **kwargs: object) -> None:
        super().__init__(label, markup=False, **kwargs)  # type: ignore[arg-type]

    def on_click(self, event: events.Click) -> None:
        event.stop()
        self.post_message(self.Pressed())


class ParticipantsPanel(Vertical):
    DEFAULT_CSS = """
    ParticipantsPanel { height: 1fr; width: 1fr; min-height: 8; }
    ParticipantsPanel > #people-heading { text-style: bold; color: $primary; }
    ParticipantsPanel > #quick-add { height: 1; }
    ParticipantsPanel > #quick-add > Input { width: 1fr; margin-right: 1; background: $boost; }
    ParticipantsPanel > #quick-add > Input:focus { background: $primary 30%; }
    ParticipantsPanel > #quick-add > Input.-invalid { background: $error 30%; }
    """

    def __init__(self, session: Session, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.session = session
        self._checked: tuple[str, str] | None = None  # (name, department) last checked

    @property
    def lang(self) -> str:
        return self.session.lang

    def compose(self) -> ComposeResult:
        yield Label(id="people-heading", markup=False)
        with Horizontal(id="quick-add"):
            yield QuickInput(placeholder=t("tui.setup.add_name", self.lang), id="add-name",
                             compact=True)
            yield QuickInput(placeholder=t("tui.setup.add_department", self.lang),
                             id="add-department", compact=True)
            yield AddButton(t("tui.setup.add", self.lang), id="add-button")
        yield FieldError(id="add-error")
        yield ParticipantTable(self.lang, id="people-table")

    def on_mount(self) -> None:
        self.show(self.session)

    def show(self, session: Session) -> None:
        self.session = session
        self.query_one("#people-heading", Label).update(
            t("tui.setup.people_heading", self.lang, count=len(session.participants)))
        self.query_one(ParticipantTable).show(session.participants)

    # -- adding ------------------------------------------------------------------
    @on(Input.Submitted, "#add-name, #add-department")
    @on(AddButton.Pressed)
    def add_participant(self, event: Input.Submitted | AddButton.Pressed) -> None:
        event.stop()
        name_box = self.query_one("#add-name", Input)
        department_box = self.query_one("#add-department", Input)
        error = self.query_one("#add-error", FieldError)
        self._checked = (name_box.value, department_box.value)
        name = validate_into(lambda: check_text("name", name_box.value), self.lang, error, name_box)
        if name is None:
            name_box.focus()
            return
        department = validate_into(lambda: check_text("department", department_box.value,
                                                      required=False),
                                   self.lang, error, department_box)
        if department is None:
            department_box.focus()
            return
        self.post_message(SessionEdited(add("participants", Participant(name, department)),
                                        "participant.add"))
        name_box.value = ""
        department_box.value = ""
        name_box.focus()

    @on(Input.Changed, "#add-name, #add-department")
    def clear_message(self, event: Input.Changed) -> None:
        """Typing again takes the message away (it is checked again on Enter)."""
        event.stop()
        boxes = (self.query_one("#add-name", Input).value,
                 self.query_one("#add-department", Input).value)
        if boxes == self._checked:  # a change typed before the check (a burst): not new
            return
        error = self.query_one("#add-error", FieldError)
        if error.showing:
            clear_invalid(error, *self.query("#quick-add Input"))

    # -- editing and deleting --------------------------------------------------------
    def _selected(self) -> Participant | None:
        person_id = self.query_one(ParticipantTable).selected_id
        return next((p for p in self.session.participants if p.id == person_id), None)

    @on(DataTable.RowSelected, "#people-table")
    def row_chosen(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.edit_selected()

    def edit_selected(self) -> None:
        from cxworkshop.tui.dialogs.setup_participant import ParticipantDialog

        person = self._selected()
        if person is None:
            return

        def done(values: tuple[str, str] | None) -> None:
            if values is not None and values != (person.name, person.department):
                name, department = values
                self.post_message(SessionEdited(
                    update("participants", person.id, name=name, department=department),
                    "participant.edit"))

        self.app.push_screen(ParticipantDialog(self.lang, person), done)

    def delete_selected(self) -> None:
        from cxworkshop.tui.dialogs.confirm import ConfirmDialog

        person = self._selected()
        if person is None:
            return

        def answer(yes: bool | None) -> None:
            if yes:
                self.post_message(SessionEdited(remove("participants", person.id),
                                                "participant.delete"))

        self.app.push_screen(
            ConfirmDialog(t("tui.setup.delete_title", self.lang),
                          t("tui.setup.delete_question", self.lang, name=person.name), self.lang),
            answer,
        )
