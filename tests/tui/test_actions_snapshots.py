"""Snapshots of the Actions step in the real app (header, step bar, footer included).

``conftest.py`` fixes the clock and stops cursors blinking; every key is pressed in
``run_before`` and each picture waits for what it shows (``tests/tui/waiting.py``).
"""

from __future__ import annotations

from cxworkshop.tui.dialogs.action_edit import ActionEditDialog
from tests.tui.waiting import focus_in, script

ON_ACTIONS = ("f6", focus_in("ActionTable"))


def test_actions_demo_dutch_80x24(snap_compare, demo_app) -> None:
    """Dutch demo, Acties step at 80×24. You should see the question "Per barrière: wie
    doet wat, wanneer, en wat is de eerste stap?", under it the reminder "Meten is leren,
    niet afrekenen: …", then the plan: "B1 · Het klantbeeld …" in bold with "2 actie(s)",
    its two actions indented (Kees van Dijk 2026-04-10 ○ open; Erik Hoekstra 2026-06-30
    ○ open), "B2 · De teamleider …" with ● klaar and ◐ bezig, and so on; the fifth group
    is "B7 · Collega's …" (the plan's number, not the rank). The cursor is on
    barrier 1; below the table its quadrant (Grote gok), 1.120 u and "a voegt er een
    toe"; the footer offers ⏎ Bewerk and a Nieuw (s/1–5 Status and d Verwijder greyed
    out). Actions are indented under their barrier."""
    assert snap_compare(demo_app, terminal_size=(80, 24), run_before=script(*ON_ACTIONS))


def test_actions_demo_dutch_160x48(snap_compare, demo_app) -> None:
    """Dutch demo at 160×48: the whole plan fits, with the columns Eerste stap and Succes
    merken we aan filled for every action, all seven barriers in priority order (4
    Geldput-ranked "De change-procedure" has its dropped action ✕ geschrapt) and the
    last group "Los van een barrière" with the ten o'clock challenge (Sanne de Vries)."""
    assert snap_compare(demo_app, terminal_size=(160, 48), run_before=script(*ON_ACTIONS))


def test_action_form_with_messages_80x24(snap_compare, demo_app) -> None:
    """Dutch demo at 80×24: on barrier 1 press a, type the due date "31-12-2026" and
    press Enter. The form "Nieuwe actie" stays open with two red messages, each on one
    line: under Wat "Wat: mag niet leeg zijn." and under Deadline "Deadline: gebruik een
    datum als 2026-03-31 (jaar-maand-dag)."; every field has a visible background, both
    bad fields a red tint; the focus (cursor) is in Wat, the first field with a message; the barrier choice shows "B1 · Het klantbeeld … plann…" on one line. Around
    the form the Actions step (header, step bar, plan, footer) shows dimmed. The key
    line reads "Vul 'wat' in · Enter bewaart · Spatie opent de lijst · Esc annuleert"
    on one line inside the border."""
    def two_messages(app) -> bool:  # type: ignore[no-untyped-def]
        """the form shows both messages"""
        return isinstance(app.screen, ActionEditDialog) and len(app.screen.query("FieldError.-visible")) == 2

    keys = ["a", "tab", "tab", "tab", *"31-12-2026", "enter"]
    assert snap_compare(demo_app, terminal_size=(80, 24), run_before=script(*ON_ACTIONS, *keys, two_messages))
