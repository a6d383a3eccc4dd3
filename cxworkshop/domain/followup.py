"""Follow-up sessions: start a new session from an earlier one, and compare the two.

A follow-up keeps item ids, so frustrations, barriers and actions can be matched
between the two sessions. It also embeds a snapshot of the earlier session
(``session.previous``), so its export can show "since last time" without the old file.
"""

from __future__ import annotations

import copy
import re
from collections import defaultdict
from dataclasses import dataclass, field

from cxworkshop.domain.facilitation import Facilitation
from cxworkshop.domain.frustration import department_key, frustration_hours, totals
from cxworkshop.domain.models import Meta, Promise, Session, now_iso, today_iso
from cxworkshop.domain.validation import MAX_TEXT
from cxworkshop.i18n import LANGUAGES, t

CARRIED_STATUSES = ("open", "in_progress", "stuck")


def follow_up(old: Session, *, title: str | None = None, today: str | None = None) -> Session:
    """A new session that re-examines ``old``: chosen promise and its notes, frustrations
    as the baseline to re-estimate, barriers (votes reset), and the actions still open."""
    meta = copy.deepcopy(old.meta)
    meta.title = title or old.meta.title
    meta.date = today or today_iso()
    meta.created_at = meta.updated_at = now_iso()
    meta.previous_session_id = old.id
    chosen = old.promise.chosen
    promise = Promise(
        notes=copy.deepcopy(old.promise.notes),
        drafts=[copy.deepcopy(chosen)] if chosen else [],
        chosen_draft_id=chosen.id if chosen else None,
    )
    for draft in promise.drafts:
        draft.votes = 0
    barriers = copy.deepcopy(old.barriers)
    for barrier in barriers:
        barrier.votes = 0
    snapshot = old.to_dict()
    snapshot["previous"] = None  # keep one level: no ever-growing chain
    return Session(
        id="",
        meta=meta,
        participants=copy.deepcopy(old.participants),
        promise=promise,
        frustrations=copy.deepcopy(old.frustrations),
        barriers=barriers,
        actions=[copy.deepcopy(a) for a in old.actions if a.status in CARRIED_STATUSES],
        facilitation=Facilitation(timeboxes=copy.deepcopy(old.facilitation.timeboxes)),
        previous=snapshot,
    )


def default_title(title: str, lang: str, today: str) -> str:
    """``Q3 review — follow-up 2026-11-22`` in ``lang``; the follow-up of a follow-up
    replaces the earlier marker (in either language) instead of adding a second one.
    Never longer than a title may be (``MAX_TEXT``), however long the earlier one was."""
    return t("followup.title", lang, title=_without_marker(title), date=today)[:MAX_TEXT]


def _without_marker(title: str) -> str:
    for language in LANGUAGES:
        template = re.escape(t("followup.title", language, title="{title}", date="{date}"))
        pattern = template.replace(re.escape("{title}"), "(?P<title>.+?)").replace(
            re.escape("{date}"), r"\d{4}-\d{2}-\d{2}")
        found = re.fullmatch(pattern, title.strip(), flags=re.DOTALL)
        if found:
            return found.group("title")
    return title


def previous_of(session: Session) -> Session | None:
    return Session.from_dict(session.previous) if session.previous else None


@dataclass(frozen=True)
class Change:
    before: float
    after: float

    @property
    def delta(self) -> float:
        return self.after - self.before

    @property
    def percent(self) -> float | None:
        return None if self.before == 0 else (self.after - self.before) / self.before * 100


@dataclass(frozen=True)
class Comparison:
    hours: Change
    per_person: Change
    by_department: dict[str, Change]
    by_side: dict[str, Change]
    frustrations_removed: list[str]  # texts
    frustrations_new: list[str]
    barriers_removed: list[str]
    barriers_new: list[str]
    barriers_kept: list[str]
    actions_done: list[str]
    actions_dropped: list[str]
    actions_still_open: list[str]
    action_status: dict[str, tuple[str, str]] = field(default_factory=dict)  # what -> (then, now)
    promise_before: str = ""
    promise_after: str = ""

    @property
    def promise_changed(self) -> bool:
        return self.promise_before.strip() != self.promise_after.strip()


def _changes(before: dict[str, float], after: dict[str, float]) -> dict[str, Change]:
    """Then/now per label; labels that differ only in case or spacing are one row
    (shown with the newer spelling)."""
    label: dict[str, str] = {}
    for name in list(after) + list(before):
        label.setdefault(department_key(name), name)
    then: dict[str, float] = defaultdict(float)
    now: dict[str, float] = defaultdict(float)
    for name, hours in before.items():
        then[label[department_key(name)]] += hours
    for name, hours in after.items():
        now[label[department_key(name)]] += hours
    keys = sorted(set(then) | set(now), key=lambda k: -max(then.get(k, 0), now.get(k, 0)))
    return {k: Change(then.get(k, 0.0), now.get(k, 0.0)) for k in keys}


def compare(old: Session, new: Session) -> Comparison:
    """What changed from ``old`` to ``new`` (items matched by id, then by text)."""
    t_old, t_new = totals(old), totals(new)

    def matched(old_items, new_items, text):
        new_ids = {i.id for i in new_items}
        new_texts = {text(i).strip().lower() for i in new_items}
        old_ids = {i.id for i in old_items}
        old_texts = {text(i).strip().lower() for i in old_items}
        removed = [text(i) for i in old_items if i.id not in new_ids and text(i).strip().lower() not in new_texts]
        added = [text(i) for i in new_items if i.id not in old_ids and text(i).strip().lower() not in old_texts]
        added_set = set(added)
        kept = [text(i) for i in new_items if text(i) not in added_set]
        return removed, added, kept

    f_removed, f_new, _ = matched(old.frustrations, new.frustrations, lambda f: f.text)
    b_removed, b_new, b_kept = matched(old.barriers, new.barriers, lambda b: b.text)

    old_status = {a.id: a.status for a in old.actions}
    status_changes = {
        a.what: (old_status[a.id], a.status)
        for a in new.actions
        if a.id in old_status and old_status[a.id] != a.status
    }
    old_chosen, new_chosen = old.promise.chosen, new.promise.chosen
    return Comparison(
        hours=Change(t_old.team_hours, t_new.team_hours),
        per_person=Change(t_old.per_person_hours, t_new.per_person_hours),
        by_department=_changes(t_old.by_department, t_new.by_department),
        by_side=_changes(t_old.by_side, t_new.by_side),
        frustrations_removed=f_removed,
        frustrations_new=f_new,
        barriers_removed=b_removed,
        barriers_new=b_new,
        barriers_kept=b_kept,
        actions_done=[a.what for a in new.actions if a.status == "done"],
        actions_dropped=[a.what for a in new.actions if a.status == "dropped"],
        actions_still_open=[a.what for a in new.actions if a.status in CARRIED_STATUSES],
        action_status=status_changes,
        promise_before=old_chosen.text if old_chosen else "",
        promise_after=new_chosen.text if new_chosen else "",
    )


def hours_by_frustration(old: Session, new: Session) -> list[tuple[str, float, float]]:
    """(text, hours then, hours now) for frustrations present in either session."""
    rows: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0])
    names: dict[str, str] = {}
    for index, session in enumerate((old, new)):
        for f in session.frustrations:
            rows[f.id][index] += frustration_hours(f, session.meta.working_days)
            names[f.id] = f.text
    return [(names[k], v[0], v[1]) for k, v in rows.items()]
