"""Global behaviour: help, version, the home command, `where`, exit codes."""

from pathlib import Path

import pytest

from cxworkshop import __version__
from cxworkshop.cli.app import COMMANDS
from tests.cli.factories import stored

COMMAND_NAMES = [name for name, _ in COMMANDS]


def test_every_documented_command_exists() -> None:
    assert COMMAND_NAMES == [
        "new", "list", "show", "open", "follow-up", "compare", "export", "import", "delete",
        "restore", "estimate", "demo", "where",
    ]


def test_help_lists_every_command_and_the_global_options(cli) -> None:
    result = cli("--help")
    assert result.exit_code == 0
    for name in COMMAND_NAMES:
        assert f"\n  {name} " in result.stdout
    assert "--sessions-dir PATH" in result.stdout
    assert "--version" in result.stdout
    assert "cxworkshop demo" in result.stdout  # the examples epilog


@pytest.mark.parametrize("name", COMMAND_NAMES)
def test_every_command_has_help_with_an_example(cli, name: str) -> None:
    result = cli(name, "--help")
    assert result.exit_code == 0, result.output
    assert f"Usage: cxworkshop {name}" in result.stdout
    assert "Example" in result.stdout
    example = result.stdout.split("Example", 1)[1]
    assert "cxworkshop " in example and name in example


def test_short_help_flag(cli) -> None:
    assert cli("list", "-h").exit_code == 0


def test_version(cli) -> None:
    result = cli("--version")
    assert result.exit_code == 0
    assert result.stdout.strip() == f"cxworkshop {__version__}"


def test_unknown_command_is_wrong_usage(cli) -> None:
    result = cli("frobnicate")
    assert result.exit_code == 2
    assert "No such command" in result.stderr


def test_no_command_without_a_terminal_prints_a_hint_and_the_help(cli, no_tui) -> None:
    result = cli()
    assert result.exit_code == 0
    assert "No terminal here" in result.stderr
    assert "Usage: cxworkshop" in result.stdout
    assert no_tui.calls == []


def test_no_command_on_a_terminal_opens_the_home_screen(cli, fake_tui, folder: Path) -> None:
    result = cli()
    assert result.exit_code == 0, result.output
    assert fake_tui.calls == [(folder.absolute(), None)]


def test_where_names_the_folder_and_says_it_does_not_exist_yet(cli, folder: Path) -> None:
    result = cli("where")
    assert result.exit_code == 0
    assert result.stdout.strip() == str(folder.absolute())
    assert "does not exist yet" in result.stderr
    assert not folder.exists()  # asking never creates it


def test_where_counts_the_sessions(cli, folder: Path) -> None:
    stored(folder)
    result = cli("where")
    assert result.exit_code == 0
    assert "holds 1 session file" in result.stderr


def test_sessions_dir_from_the_environment(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from cxworkshop.cli.app import app

    other = tmp_path / "elsewhere"
    result = CliRunner().invoke(app, ["where"], env={"CXWORKSHOP_SESSIONS_DIR": str(other)})
    assert result.stdout.strip() == str(other.absolute())


def test_dutch_messages_follow_cxworkshop_lang(cli) -> None:
    result = cli("where", env={"CXWORKSHOP_LANG": "nl"})
    assert "bestaat nog niet" in result.stderr


def test_demo_in_english_adds_the_english_example(cli, folder) -> None:
    from cxworkshop.store import SessionStore

    result = cli("demo", "--lang", "en", "--no-open")
    assert result.exit_code == 0, result.output
    (session,) = [s for s in SessionStore(folder).scan()]
    assert session.meta.language == "en"
    assert session.frustrations and session.barriers and session.actions
