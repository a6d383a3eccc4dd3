"""The session's facts and assumptions as a form (part of the Setup step).

Each field is checked and saved when it is left or Enter is pressed, not on every key.
A bad value keeps its text, is marked, gets a message right under the form (naming the
field), and is not saved.

The form is on the first screen of the demo, so it is built light: each field is one
widget that draws its own label (a :class:`FormField`, which becomes an input the first
time it gets the focus, or a captioned :class:`ChoiceToggle`), and the messages share
one line under the fields; labelled ``Field`` containers with an input each made the
Setup step cost about twice the start-up time of a bare Textual app on their own.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Grid
from textual.widgets import Input

from cxworkshop.domain.edits import update_meta
from cxworkshop.domain.models import LANGUAGES, MODES, Meta, Session
from cxworkshop.domain.validation import (
    check_choice,
    check_currency,
    check_date,
    check_number,
    check_optional_number,
    check_text,
    ValidationError,
)
from cxworkshop.i18n import numbers, t
from cxworkshop.tui.messages import SessionEdited
from cxworkshop.tui.widgets.choice import ChoiceToggle
from cxworkshop.tui.widgets.field import FieldError
from cxworkshop.tui.widgets.form_field import FormField

TEXT_FIELDS = ("title", "organisation", "facilitator", "date", "working_days", "hours_per_day",
               "hourly_rate", "currency")
CHOICES: dict[str, tuple[str, ...]] = {"mode": MODES, "language": LANGUAGES}
ORDER = ("title", "organisation", "facilitator", "date", "mode", "language", "working_days",
         "hours_per_day", "hourly_rate", "currency")


def check_meta(field: str, raw: str) -> object:
    """The clean value of a meta field typed as ``raw``; ValidationError when unusable."""
    if field == "title":
        return check_text("title", raw)
    if field in ("organisation", "facilitator"):
        return check_text(field, raw, required=False)
    if field == "date":
        return check_date("date", raw, required=True)
    if field in ("working_days", "hours_per_day"):
        return check_number(field, raw)
    if field == "hourly_rate":
        return check_optional_number("hourly_rate", raw)
    if field == "currency":
        return check_currency("currency", raw)
    raise ValueError(f"unknown meta field {field!r}")


def shown(meta: Meta, field: str, lang: str = "en") -> str:
    """How a stored meta value appears in its input: a number as ``lang`` writes it
    (``7,5`` in Dutch, ``7.5`` in English), without thousands separators."""
    value = getattr(meta, field)
    if value is None:
        return ""
    if isinstance(value, float):
        return numbers.typed(value, lang)
    return str(value)


class MetaForm(Grid):
    """Title, organisation, facilitator, date, mode, language and the frustration assumptions."""

    DEFAULT_CSS = """
    MetaForm {
        grid-size: 2; grid-gutter: 0 2; grid-rows: auto; height: auto; width: 1fr;
    }
    MetaForm > #meta-error { column-span: 2; padding: 0 1; }
    """

    def __init__(self, session: Session, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.session = session
        self._synced: dict[str, str] = {f: shown(session.meta, f, session.lang)
                                        for f in TEXT_FIELDS}
        self._errors: dict[str, str] = {}  # field -> message, shown under the form

    @property
    def lang(self) -> str:
        return self.session.lang

    def _label(self, field: str) -> str:
        key = f"tui.setup.label.{field}"
        if field == "facilitator" and self.session.is_solo:  # nobody leads a solo session
            key = "tui.setup.label.facilitator_solo"
        return t(key, self.lang, currency=self.session.meta.currency or "EUR")

    def compose(self) -> ComposeResult:
        meta = self.session.meta
        for field in ORDER:
            if field in CHOICES:
                options = [(t(f"tui.setup.{field}.{value}", self.lang), value)
                           for value in CHOICES[field]]
                current = getattr(meta, field) if getattr(meta, field) in CHOICES[field] else None
                yield ChoiceToggle(options, current or CHOICES[field][0], id=f"meta-{field}",
                                   tooltip=t("tui.setup.choice.tooltip", self.lang),
                                   caption=self._label(field))
            else:
                yield FormField(self._label(field), shown(meta, field, self.lang),
                                editor_id=f"meta-{field}", id=f"field-{field}",
                                opened=field == ORDER[0])  # the focus starts there
        yield FieldError(id="meta-error")

    # -- attributes down -----------------------------------------------------------
    def show(self, session: Session) -> None:
        """Show saved values. A field the user has typed in (and not yet saved) keeps its text."""
        self.session = session
        for field in TEXT_FIELDS:
            wanted = shown(session.meta, field, session.lang)
            place = self._field(field)
            place.show(wanted)
            box = place.editor
            if box is None:  # never opened: shows the saved value
                self._synced[field] = wanted
                continue
            typed = box.value != self._synced.get(field, box.value) or box.has_class("-invalid")
            untouched = not typed
            if untouched and box.value != wanted:
                box.value = wanted
            if untouched or box.value == wanted:
                self._synced[field] = wanted
        for field in CHOICES:
            select = self.query_one(f"#meta-{field}", ChoiceToggle)
            value = getattr(session.meta, field)
            if select.value != value and value in CHOICES[field]:
                select.value = value
        for field in ("facilitator", "hourly_rate"):  # labels that follow the mode, the currency
            self._field(field).label = self._label(field)

    def _field(self, field: str) -> FormField:
        return self.query_one(f"#field-{field}", FormField)

    async def open(self, field: str) -> Input:
        """The input of a text field (mounted now if it was never opened)."""
        return await self._field(field).open()

    def message_of(self, field: str) -> str:
        """The message shown for ``field`` ("" when its value is fine)."""
        return self._errors.get(field, "")

    # -- messages up ---------------------------------------------------------------
    def check(self, field: str) -> tuple[bool, object]:
        """Check a field and show or clear its message: (valid, clean value)."""
        place = self._field(field)
        saved = getattr(self.session.meta, field)
        value: object = None
        try:  # as shown is the saved value ("7,125" is no riddle)
            same = place.value == shown(self.session.meta, field, self.lang)
            value = saved if same else check_meta(field, place.value)
        except ValidationError as exc:
            self._errors[field] = exc.message_in(self.lang)
        else:
            self._errors.pop(field, None)
        bad = field in self._errors
        place.set_class(bad, "-invalid")
        if place.editor is not None:
            place.editor.set_class(bad, "-invalid")
        messages = [self._errors[name] for name in ORDER if name in self._errors]
        self.query_one("#meta-error", FieldError).show_error("\n".join(messages) or None)
        return not bad, value

    def commit(self, field: str) -> bool:
        """Check the field; save it when valid and changed. False when the value is bad."""
        valid, value = self.check(field)
        if not valid:
            return False
        if value != getattr(self.session.meta, field):
            self._synced[field] = self._field(field).value
            self.post_message(SessionEdited(update_meta(**{field: value}), f"meta.{field}"))
        return True

    @on(Input.Submitted)
    def submitted(self, event: Input.Submitted) -> None:
        """Enter: a good value moves on (leaving the field saves it); a bad one stays put."""
        event.stop()
        field = (event.input.id or "").removeprefix("meta-")
        if field in TEXT_FIELDS and self.check(field)[0]:
            self.screen.focus_next()

    @on(Input.Blurred)
    def left(self, event: Input.Blurred) -> None:
        field = (event.input.id or "").removeprefix("meta-")
        if field in TEXT_FIELDS and self.is_attached:
            self.commit(field)

    @on(Input.Changed)
    def typing(self, event: Input.Changed) -> None:
        """A field showing a message re-checks as you type, so the message goes when fixed."""
        event.stop()
        box = event.input
        field = (box.id or "").removeprefix("meta-")
        if box.has_class("-invalid"):
            self.check(field)

    @on(ChoiceToggle.Changed)
    def chosen(self, event: ChoiceToggle.Changed[str]) -> None:
        event.stop()
        field = (event.toggle.id or "").removeprefix("meta-")
        if field not in CHOICES or event.value == getattr(self.session.meta, field):
            return
        value = check_choice(field, event.value, CHOICES[field])
        self.post_message(SessionEdited(update_meta(**{field: value}), f"meta.{field}"))
