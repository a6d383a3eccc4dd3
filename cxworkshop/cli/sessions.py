"""Commands that create, list and open sessions: new, list, open, demo, where."""

from typing import Annotated, Any, Literal

import typer

from cxworkshop.cli import common, fmt
from cxworkshop.cli.common import emit_json, fail, h, lang, launch_tui, note, out, store_of
from cxworkshop.i18n import t

JsonFlag = Annotated[bool, typer.Option("--json", help=h("cli.opt.json"))]
NoOpenFlag = Annotated[bool, typer.Option("--no-open", help=h("cli.opt.no_open"))]


def created(store: Any, session: Any, as_json: bool, no_open: bool, message_key: str, *,
            extra: dict[str, Any] | None = None, hint: str = "", **params: Any) -> None:
    """Report a new session (id and file) and open it when a person is at a terminal.

    ``params`` fill the message, ``extra`` adds keys to the JSON, ``hint`` is one more
    line printed before the session opens."""
    path = store.path_for(session.id)
    if as_json:
        emit_json({"id": session.id, "path": str(path), **(extra or {})})
        return
    out(t(message_key, lang(), title=session.meta.title, id=session.id, **params))
    out(t("cli.new.file", lang(), path=str(path)))
    if hint:
        out(hint)
    if no_open or not common.interactive():
        out(t("cli.new.next", lang(), id=session.id))
        return
    launch_tui(store, session.id)


def new(
    ctx: typer.Context,
    title: Annotated[
        str, typer.Argument(metavar="TITLE", help=h("cli.arg.title"), show_default=False)
    ],
    org: Annotated[str, typer.Option("--org", metavar="NAME", help=h("cli.opt.org"))] = "",
    facilitator: Annotated[
        str, typer.Option("--facilitator", metavar="NAME", help=h("cli.opt.facilitator"))
    ] = "",
    mode: Annotated[Literal["team", "solo"], typer.Option("--mode", help=h("cli.opt.mode"))] = "team",
    language: Annotated[
        Literal["en", "nl"] | None,
        typer.Option("--lang", help=h("cli.opt.lang"), show_default=False),
    ] = None,
    as_json: JsonFlag = False,
    no_open: NoOpenFlag = False,
) -> None:
    from cxworkshop.domain.models import Meta
    from cxworkshop.domain.validation import check_text

    meta = Meta(
        title=check_text("title", title),
        organisation=check_text("organisation", org, required=False),
        facilitator=check_text("facilitator", facilitator, required=False),
        mode=mode,
        language=language or lang(),
    )
    store = store_of(ctx)
    session = store.new_session(meta)
    created(store, session, as_json, no_open, "cli.new.created")


def list_sessions(ctx: typer.Context, as_json: JsonFlag = False) -> None:
    import shutil
    import sys

    from cxworkshop.cli.summaries import load_summaries

    language = lang()
    store = store_of(ctx)
    summaries, broken = load_summaries(store, language)
    if as_json:
        emit_json(summaries + [{"file": f, "error": e} for f, e in broken])
        return
    if not summaries and not broken:
        out(t("cli.list.empty", language, folder=str(store.folder)))
        return
    headers = [t(f"cli.list.col.{c}", language) for c in _COLUMNS]
    rows = [_row(s, language) for s in summaries]
    width = shutil.get_terminal_size().columns if sys.stdout.isatty() else None
    lines = fmt.table(headers, rows, right=_NUMERIC, flexible=(1, 2), optional=_OPTIONAL,
                      max_width=width)
    lines += [t("cli.list.broken", language, file=name, reason=reason) for name, reason in broken]
    lines += ["", t("cli.list.footer", language, count=len(summaries), folder=str(store.folder))]
    out("\n".join(lines))  # one write: echoing 1 000 lines one by one is measurably slower


_COLUMNS = ("id", "title", "organisation", "date", "mode", "language", "hours", "barriers",
            "actions", "updated")
_NUMERIC = frozenset({6, 7, 8})
# left out in this order on a narrow terminal: language, mode, date, organisation, last change
_OPTIONAL = (5, 4, 3, 2, 9)


def _row(s: dict, language: str) -> list[str]:
    return [
        s["id"],
        s["title"],
        s["organisation"] or "-",
        s["date"] or "-",
        t(f"mode.{s['mode']}", language),
        s["language"],
        fmt.hours(s["frustration_hours"], language),
        str(s["barriers"]),
        str(s["actions"]),
        fmt.local_time(s["updated_at"]),
    ]


def open_session(
    ctx: typer.Context,
    session: Annotated[
        str, typer.Argument(metavar="SESSION", help=h("cli.arg.session"), show_default=False)
    ],
) -> None:
    from cxworkshop.store import SessionStore

    store = store_of(ctx)
    path = store.resolve(session)
    store.read_file(path)  # a damaged file is reported here, with the way out
    if path.parent != store.folder:  # a file given by path: use its own folder
        store = SessionStore(path.parent)
    if not common.interactive():
        fail(t("cli.open.no_terminal", lang()))
    launch_tui(store, path.stem)


def demo(
    ctx: typer.Context,
    language: Annotated[
        Literal["en", "nl"],
        typer.Option("--lang", help=h("cli.opt.demo_lang")),
    ] = "nl",
    as_json: JsonFlag = False,
    no_open: NoOpenFlag = False,
) -> None:
    from cxworkshop.domain.demo import demo_session, example_session_en
    from cxworkshop.domain.models import now_iso

    store = store_of(ctx)
    example = example_session_en() if language == "en" else demo_session()
    example.meta.created_at = example.meta.updated_at = now_iso()  # new in this folder: top of the list
    session = store.create(example)
    created(store, session, as_json, no_open, "cli.demo.created")


def where(ctx: typer.Context) -> None:
    language = lang()
    store = store_of(ctx)
    out(str(store.folder))
    if store.folder.is_dir():
        note(t("cli.where.exists", language, count=len(store.session_paths())))
    else:
        note(t("cli.where.missing", language))
