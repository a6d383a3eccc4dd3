"""Enter and multi-line paste in a quick-entry input: one entry per Enter, in key order.

Why this exists: Textual runs Enter on an ``Input`` as a binding, after the key has
bubbled up to the app, and the ``Submitted`` message then travels up the DOM to the
handler that reads, checks and clears the input. Keys that arrive in one burst (a
paste without bracketed paste, ``tmux send-keys "a" Enter "b" Enter``) are typed into
the input long before that handler runs, so entries merged ("ab") or went missing.

:func:`submit_and_wait` runs in the input's own key handler, so it sees exactly the
text typed before Enter. It hands ``Submitted`` to the parent (as Textual's bubbling
would) and waits, without handling any further key of its own, until every handler
up the DOM has had the message: after each node handles it, a callback queued behind
it on that node checks whether it was stopped there or went up to the next node. The
keys that came in meanwhile wait in the input's queue, in order, and are typed into
the input as the handler left it (cleared after a new entry, untouched after a refusal).

A handler that waits for the input itself (removing it, say) cannot finish while the
input waits for the handler: after ``WAIT_LIMIT`` seconds the input stops waiting and
goes on as Textual's own Input would.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from textual.dom import DOMNode
from textual.screen import Screen

from cxworkshop.i18n import t

if TYPE_CHECKING:
    from textual.widgets import Input

WAIT_LIMIT = 2.0  # seconds; only reached when a handler waits for the input itself


async def submit_and_wait(control: Input) -> None:
    """Post ``Submitted`` with the value as it is now; return once its handlers have run."""
    validation = control.validate(control.value) if "submitted" in control.validate_on else None
    message = control.Submitted(control, control.value, validation)
    parent = control.parent
    if parent is None or not control.is_attached:
        return
    done: asyncio.Future[None] = asyncio.get_running_loop().create_future()

    def finish() -> None:
        if not done.done():
            done.set_result(None)

    def handled_by(node: DOMNode) -> None:
        """Runs on ``node`` after it handled ``message`` (same queue, queued behind it)."""
        above = node.parent
        if (message._stop_propagation or isinstance(node, Screen) or above is None
                or not (node.is_parent_active and node.is_attached)):
            finish()  # the message goes no further (Textual's own bubbling rule)
        elif not above.call_later(handled_by, above):
            finish()

    if not (parent.post_message(message) and parent.call_later(handled_by, parent)):
        return
    try:
        await asyncio.wait_for(asyncio.shield(done), WAIT_LIMIT)
    except TimeoutError:
        pass


async def paste_lines(control: Input, text: str) -> None:
    """Add one entry per non-blank line of ``text``, as if each were typed and entered.

    The first line goes where the cursor is (replacing a selection), like any paste.
    When the parent refuses a line (it stays in the input, with its message), the lines
    after it are not added and the app says how many were left out.
    """
    lines = [line for line in text.splitlines() if line.strip()]
    for number, line in enumerate(lines, start=1):
        selection = control.selection
        if selection.is_empty:
            control.insert_text_at_cursor(line)
        else:
            control.replace(line, *selection)
        submitted = control.value
        await submit_and_wait(control)
        left = len(lines) - number
        if control.value == submitted and left:
            control.app.notify(t("tui.quick.paste_stopped", _language(control), count=left),
                               severity="warning", timeout=8)
            return


def _language(node: DOMNode) -> str:
    """The language of the nearest ancestor that has one (the session's), else the app's."""
    for ancestor in node.ancestors:
        lang = getattr(ancestor, "lang", None)
        if isinstance(lang, str):
            return lang
    return str(getattr(node.app, "home_lang", "en"))
