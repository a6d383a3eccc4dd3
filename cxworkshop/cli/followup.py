"""Commands for coming back to a workshop: follow-up and compare.

The domain (``domain/followup.py``) decides what a follow-up carries, how it is named by
default and what changed; these commands find the sessions and print the result.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from cxworkshop.cli.common import emit_json, fail, h, lang, out, store_of
from cxworkshop.i18n import t

if TYPE_CHECKING:  # the domain loads only when a command runs, not for --help
    from cxworkshop.domain.models import Session

JsonFlag = Annotated[bool, typer.Option("--json", help=h("cli.opt.json"))]


def follow_up(
    ctx: typer.Context,
    session: Annotated[
        str, typer.Argument(metavar="SESSION", help=h("cli.arg.earlier_session"), show_default=False)
    ],
    title: Annotated[
        str | None,
        typer.Option("--title", metavar="TITLE", help=h("cli.opt.follow_up_title"), show_default=False),
    ] = None,
    as_json: JsonFlag = False,
    no_open: Annotated[bool, typer.Option("--no-open", help=h("cli.opt.no_open"))] = False,
) -> None:
    from cxworkshop.cli.sessions import created
    from cxworkshop.domain import followup
    from cxworkshop.domain.models import today_iso
    from cxworkshop.domain.validation import check_text
    from cxworkshop.store import SessionStore

    store = store_of(ctx)
    path = store.resolve(session)
    old = store.read_file(path)
    if path.parent != store.folder:  # a file given by path: the follow-up goes next to it
        store = SessionStore(path.parent)
    today = today_iso()
    if title is not None:
        wanted = check_text("title", title)
    else:
        wanted = followup.default_title(old.meta.title, old.lang, today)
    new = store.create(followup.follow_up(old, title=wanted, today=today))
    created(store, new, as_json, no_open, "cli.follow_up.created", previous=old.id,
            extra={"previous_id": old.id},
            hint=t("cli.follow_up.compare_hint", lang(), id=new.id))


def compare_sessions(
    ctx: typer.Context,
    first: Annotated[
        str, typer.Argument(metavar="OLD", help=h("cli.arg.compare_old"), show_default=False)
    ],
    second: Annotated[
        str | None,
        typer.Argument(metavar="NEW", help=h("cli.arg.compare_new"), show_default=False),
    ] = None,
    as_json: JsonFlag = False,
) -> None:
    from cxworkshop.cli import compare

    store = store_of(ctx)
    if second is None:
        new = store.load(first)
        old = _embedded_previous(new)
    else:
        old, new = store.load(first), store.load(second)
    if as_json:
        emit_json(compare.to_json(old, new))
        return
    out("\n".join(compare.render(old, new)))


def _embedded_previous(session: Session) -> Session:
    """The earlier session kept inside a follow-up, or a one-line error saying why not."""
    from cxworkshop.domain.followup import previous_of

    title = " ".join(session.meta.title.split())
    if not session.previous:
        fail(t("cli.compare.not_follow_up", lang(), title=title, id=session.id))
    try:
        previous = previous_of(session)
    except (KeyError, TypeError, ValueError, AttributeError):
        previous = None
    if previous is None:
        fail(t("cli.compare.previous_unreadable", lang(), title=title, id=session.id))
    return previous
