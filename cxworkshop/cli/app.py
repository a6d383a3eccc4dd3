"""The Typer application: global options, the home command, and the command table.

Help is plain text (``rich_markup_mode=None``): Rich-formatted help costs ~95 ms per
run and does not survive a projector's big font much better. Help texts come from the
catalogue in the terminal's language; Typer's own words ("Usage", "Options") stay English.
"""

from typing import Annotated

import typer

from cxworkshop import __version__
from cxworkshop.cli import common, estimate, files, followup, sessions, show
from cxworkshop.cli.common import h, lang, launch_tui, note, out, remember_sessions_dir, store_of
from cxworkshop.cli.fast import FastCommand, FastGroup
from cxworkshop.i18n import t

app = typer.Typer(
    name="cxworkshop",
    cls=FastGroup,
    help=h("cli.help.app"),
    epilog=h("cli.help.app_epilog"),
    invoke_without_command=True,
    rich_markup_mode=None,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)


def _version(value: bool) -> None:
    if value:
        out(f"cxworkshop {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    ctx: typer.Context,
    sessions_dir: Annotated[
        str | None,
        typer.Option("--sessions-dir", metavar="PATH", help=h("cli.opt.sessions_dir"), show_default=False),
    ] = None,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help=h("cli.opt.version"))
    ] = False,
) -> None:
    remember_sessions_dir(ctx, sessions_dir)
    if ctx.invoked_subcommand is not None:
        return
    if common.interactive():
        launch_tui(store_of(ctx))
        return
    note(t("cli.home.no_terminal", lang()))
    out(ctx.get_help())


COMMANDS = (
    ("new", sessions.new),
    ("list", sessions.list_sessions),
    ("show", show.show),
    ("open", sessions.open_session),
    ("follow-up", followup.follow_up),
    ("compare", followup.compare_sessions),
    ("export", files.export),
    ("import", files.import_session),
    ("delete", files.delete),
    ("restore", files.restore),
    ("estimate", estimate.estimate),
    ("demo", sessions.demo),
    ("where", sessions.where),
)

for _name, _function in COMMANDS:
    _key = _name.replace("-", "_")
    app.command(
        _name,
        cls=FastCommand,
        help=h(f"cli.help.{_key}"),
        short_help=h(f"cli.short.{_key}"),
    )(_function)
