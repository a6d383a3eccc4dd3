"""Real processes: no command but the TUI ones imports Textual (nor pydantic or Rich,
which cost start-up time), `python -m cxworkshop` works, exit codes reach the shell."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cxworkshop.domain.followup import follow_up
from tests.cli.factories import stored

PROBE = """
import json, sys
sys.argv = ["cxworkshop", *json.loads(sys.argv[1])]
from cxworkshop.cli import main
code = 0
try:
    main()
except SystemExit as exc:
    code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
loaded = sorted({name.split(".")[0] for name in sys.modules} & {"textual", "pydantic", "rich", "tinydb"})
print("PROBE " + json.dumps({"code": code, "loaded": loaded}), file=sys.stderr)
"""

# Every command, in the shape that runs the most code without a terminal.
COMMANDS = [
    ["--help"],
    ["--version"],
    [],
    ["new", "Probe", "--org", "Acme", "--mode", "solo", "--lang", "nl"],
    ["new", "Probe", "--json"],
    ["list"],
    ["list", "--json"],
    ["show", "{id}"],
    ["open", "{id}"],
    ["follow-up", "{id}", "--no-open"],
    ["follow-up", "{id}", "--json", "--title", "Q4"],
    ["compare", "{follow}"],
    ["compare", "{id}", "{follow}", "--json"],
    ["compare", "{id}"],
    ["show", "{follow}"],
    ["export", "{id}"],
    ["export", "{id}", "--format", "json"],
    ["import", "{export}"],
    ["delete", "{id}", "--yes"],
    ["restore", "ghost"],
    ["restore", "{id}", "--backup"],
    ["estimate", "--people", "3", "--per-week", "4", "--rate", "50"],
    ["demo", "--no-open"],
    ["where"],
    ["show", "--help"],
]


def environment(folder: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(CXWORKSHOP_SESSIONS_DIR=str(folder), CXWORKSHOP_LANG="en")
    return env


def run(args: list[str], folder: Path, script: str | None = None) -> subprocess.CompletedProcess:
    command = [sys.executable, "-c", script, json.dumps(args)] if script else [
        sys.executable, "-m", "cxworkshop", *args]
    return subprocess.run(command, capture_output=True, text=True, stdin=subprocess.DEVNULL,
                          env=environment(folder), timeout=60)


@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: " ".join(a) or "(none)")
def test_commands_do_not_import_textual_pydantic_or_rich(args: list[str], tmp_path: Path) -> None:
    folder = tmp_path / "sessions"
    session = stored(folder)
    follow = stored(folder, follow_up(session))
    export = tmp_path / "export.json"
    export.write_text(run(["export", session.id, "--format", "json"], folder).stdout, encoding="utf-8")
    filled = [a.replace("{id}", session.id).replace("{export}", str(export)).replace("{follow}", follow.id)
              for a in args]

    result = run(filled, folder, PROBE)
    assert "Traceback" not in result.stderr, result.stderr
    probe = json.loads(result.stderr.rsplit("PROBE ", 1)[1])
    forbidden = {"textual", "pydantic", "rich"}
    if args[:1] in ([], ["--help"], ["--version"], ["estimate"]) or "--help" in args:
        forbidden.add("tinydb")  # these never touch a session file, so not even the store loads
    assert not forbidden & set(probe["loaded"]), f"{filled} imported {probe['loaded']}"


def test_python_dash_m_runs_the_cli(tmp_path: Path) -> None:
    folder = tmp_path / "sessions"
    session = stored(folder)
    result = run(["list", "--json"], folder)
    assert result.returncode == 0, result.stderr
    assert [item["id"] for item in json.loads(result.stdout)] == [session.id]


def test_exit_codes_reach_the_shell(tmp_path: Path) -> None:
    folder = tmp_path / "sessions"
    missing = run(["show", "nothing"], folder)
    assert missing.returncode == 1
    assert missing.stderr.count("\n") == 1 and missing.stderr.startswith("Error: ")
    assert run(["show"], folder).returncode == 2  # missing argument: wrong usage
    assert run(["estimate"], folder).returncode == 0


def test_help_in_dutch(tmp_path: Path) -> None:
    env = environment(tmp_path)
    env["CXWORKSHOP_LANG"] = "nl"
    result = subprocess.run([sys.executable, "-m", "cxworkshop", "new", "--help"],
                            capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0
    assert "Maak een sessie" in result.stdout and "Voorbeelden:" in result.stdout
