"""What every command shares: the store, the language, output helpers, opening the TUI.

Heavy modules (the store pulls in TinyDB and orjson) are imported inside the functions,
so ``cxworkshop --help`` and ``cxworkshop estimate`` never load them.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any, NoReturn

import typer

from cxworkshop.i18n import system_language, t

if TYPE_CHECKING:
    from cxworkshop.store import SessionStore

STATE_KEY = "cxworkshop.sessions_dir"


def lang() -> str:
    """Language of CLI output outside a session (CXWORKSHOP_LANG, else the locale)."""
    return system_language()


def h(key: str) -> str:
    """A help text for Typer, in the language of the terminal (read once, at start-up)."""
    return t(key, lang())


def remember_sessions_dir(ctx: typer.Context, sessions_dir: str | None) -> None:
    ctx.meta[STATE_KEY] = sessions_dir


def store_of(ctx: typer.Context) -> SessionStore:
    """The store for ``--sessions-dir`` (or $CXWORKSHOP_SESSIONS_DIR, or ./sessions)."""
    from cxworkshop.store import SessionStore

    return SessionStore(ctx.meta.get(STATE_KEY))


def interactive() -> bool:
    """True when a person sits at a terminal (both stdin and stdout are terminals)."""
    try:
        return sys.stdin.isatty() and sys.stdout.isatty()
    except (AttributeError, ValueError):  # closed or replaced streams
        return False


def launch_tui(store: SessionStore, session_id: str | None = None) -> None:
    """Open the Textual app; the only place the CLI imports Textual."""
    from cxworkshop.tui.app import run_app

    run_app(store, session_id)


def out(text: str = "") -> None:
    typer.echo(text)


def note(text: str) -> None:
    """A hint or a progress message: goes to stderr so stdout stays clean for pipes."""
    typer.echo(text, err=True)


def fail(message: str) -> NoReturn:
    """A user error: one line on stderr, exit code 1."""
    typer.echo(t("cli.error.prefix", lang(), message=message), err=True)
    raise typer.Exit(1)


def emit_json(data: Any) -> None:
    """Indented UTF-8 JSON on stdout (orjson: ~20x faster than json for a 1 000-row list)."""
    import orjson

    typer.echo(orjson.dumps(data, option=orjson.OPT_INDENT_2).decode("utf-8"))
