"""Commands that move sessions in and out: export, import, delete, restore."""

from pathlib import Path
from typing import Annotated, Any, Literal

import typer

from cxworkshop.cli import common
from cxworkshop.cli.common import emit_json, fail, h, lang, note, out, store_of
from cxworkshop.i18n import t

SessionArg = Annotated[
    str, typer.Argument(metavar="SESSION", help=h("cli.arg.session"), show_default=False)
]


def export(
    ctx: typer.Context,
    session: SessionArg,
    format: Annotated[
        Literal["md", "json"] | None,
        typer.Option("--format", "-f", help=h("cli.opt.format"), show_default=False),
    ] = None,
    output: Annotated[
        str | None,
        typer.Option("--output", "-o", metavar="FILE", help=h("cli.opt.output"), show_default=False),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help=h("cli.opt.force"))] = False,
) -> None:
    store = store_of(ctx)
    loaded = store.load(session)
    if format is None:  # follow the file name, else markdown
        format = "json" if (output or "").lower().endswith(".json") else "md"
    target = None if output in (None, "-") else _checked_target(output, force, store.folder)
    text = _render(loaded, format)
    if target is None:
        typer.echo(text, nl=False)
        return
    _write_whole(target, text.encode("utf-8"))
    note(t("cli.export.written", lang(), path=str(target.absolute())))


def _checked_target(output: str, force: bool, sessions_folder: Path) -> Path:
    """The file to write, or a one-line error (in the user's language, not the session's)."""
    target = Path(output).expanduser()
    language = lang()
    if target.is_dir():
        fail(t("cli.export.is_folder", language, path=str(target)))
    if target.exists() and not force:
        fail(t("cli.export.exists", language, path=str(target)))
    if not target.parent.is_dir():
        fail(t("cli.export.no_folder", language, folder=str(target.parent)))
    if target.suffix == ".json" and target.parent.resolve() == sessions_folder.resolve():
        fail(t("cli.export.into_store", language, folder=str(sessions_folder)))
    return target


def _render(session: Any, format: str) -> str:
    if format == "json":
        from cxworkshop.export.jsonio import to_json

        text = to_json(session)
    else:
        from cxworkshop.export.markdown import render_markdown

        text = render_markdown(session)
    return text if text.endswith("\n") else text + "\n"


def _write_whole(target: Path, data: bytes) -> None:
    """Write via a temp file and a rename, so a crash never leaves half a plan behind."""
    import os

    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)


def import_session(
    ctx: typer.Context,
    file: Annotated[str, typer.Argument(metavar="FILE", help=h("cli.arg.import_file"), show_default=False)],
    as_json: Annotated[bool, typer.Option("--json", help=h("cli.opt.json"))] = False,
) -> None:
    source = Path(file).expanduser()
    if file == "-":
        text = typer.get_text_stream("stdin").read()
    else:
        if not source.is_file():
            fail(t("cli.import.no_file", lang(), path=str(source)))
        try:
            text = source.read_bytes().decode("utf-8-sig")
        except UnicodeDecodeError:
            fail(t("cli.import.not_text", lang(), path=str(source)))
    from cxworkshop.export.jsonio import from_json

    session = from_json(text)
    wanted = session.id
    store = store_of(ctx)
    session = store.create(session)
    path = store.path_for(session.id)
    if as_json:
        renamed = wanted if wanted != session.id else None
        emit_json({"id": session.id, "path": str(path), "renamed_from": renamed})
        return
    out(session.id)
    if wanted != session.id:
        note(t("cli.import.renamed", lang(), old=wanted, new=session.id))
    note(t("cli.import.done", lang(), title=session.meta.title, path=str(path)))


def delete(
    ctx: typer.Context,
    session: SessionArg,
    yes: Annotated[bool, typer.Option("--yes", "-y", help=h("cli.opt.yes"))] = False,
) -> None:
    from cxworkshop.store import CorruptSession

    language = lang()
    store = store_of(ctx)
    path = store.resolve(session)
    try:
        title = store.read_file(path).meta.title
    except CorruptSession:
        title = path.name  # a damaged file can still be thrown away
    if not yes:
        if not common.interactive():
            fail(t("cli.delete.needs_yes", language, id=path.stem))
        if not typer.confirm(t("cli.delete.confirm", language, title=title, id=path.stem)):
            out(t("cli.delete.kept", language))
            return
    trashed = store.delete(path)
    out(t("cli.delete.done", language, title=title, path=str(trashed)))
    out(t("cli.delete.undo", language, id=path.stem))


def restore(
    ctx: typer.Context,
    session: SessionArg,
    backup: Annotated[bool, typer.Option("--backup", help=h("cli.opt.backup"))] = False,
) -> None:
    store = store_of(ctx)
    restored = store.restore_backup(session) if backup else store.restore(session)
    key = "cli.restore.backup_done" if backup else "cli.restore.done"
    out(t(key, lang(), title=restored.meta.title, id=restored.id))
