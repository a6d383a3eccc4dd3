"""Layering rules from docs/ARCHITECTURE.md, checked on the source and on a real import.

- ``domain/``, ``store/``, ``export/``, ``i18n/`` and ``errors.py`` never import Textual;
- ``domain/`` and ``export/`` never import TinyDB;
- no module in the package is over 400 lines.

Each rule is checked twice: on the syntax tree of every file (catches an import hidden in
a function that the import test would not run), and by importing every module in a fresh
interpreter and looking at ``sys.modules`` (catches an indirect import through another
package). Files and modules are discovered, so new ones are checked automatically.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import cxworkshop

PACKAGE = Path(cxworkshop.__file__).parent
ROOT = PACKAGE.parent
MAX_LINES = 400

NO_TEXTUAL = ("domain", "store", "export", "i18n", "errors.py")
NO_TINYDB = ("domain", "export")


def _files(parts: tuple[str, ...]) -> list[Path]:
    files: list[Path] = []
    for part in parts:
        path = PACKAGE / part
        files.extend([path] if path.suffix == ".py" else sorted(path.rglob("*.py")))
    return files


def _module_name(path: Path) -> str:
    dotted = ".".join(path.relative_to(ROOT).with_suffix("").parts)
    return dotted.removesuffix(".__init__")


def imported_roots(path: Path) -> dict[str, int]:
    """Top-level packages a file imports (anywhere in it), with the first line of each.

    Relative imports are resolved against the file's package, so ``from ..tui import x``
    counts as ``cxworkshop``; ``importlib.import_module("x")`` and ``__import__("x")``
    with a literal name count too.
    """
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    roots: dict[str, int] = {}

    def add(name: str, line: int) -> None:
        roots.setdefault(name.split(".")[0], line)

    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                add(alias.name, node.lineno)
        elif isinstance(node, ast.ImportFrom):
            add("cxworkshop" if node.level else (node.module or ""), node.lineno)
        elif isinstance(node, ast.Call) and node.args:
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            arg = node.args[0]
            if name in ("import_module", "__import__") and isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                add(arg.value, node.lineno)
    return roots


def _offenders(parts: tuple[str, ...], forbidden: str) -> list[str]:
    found = []
    for path in _files(parts):
        line = imported_roots(path).get(forbidden)
        if line is not None:
            found.append(f"{path.relative_to(ROOT)}:{line} imports {forbidden}")
    return found


def test_the_layers_exist():
    for part in NO_TEXTUAL:
        assert (PACKAGE / part).exists(), part
    assert len(_files(("domain",))) >= 5


def test_core_layers_do_not_import_textual_in_source():
    found = _offenders(NO_TEXTUAL, "textual")
    assert not found, "\n".join(found)


def test_domain_and_export_do_not_import_tinydb_in_source():
    found = _offenders(NO_TINYDB, "tinydb")
    assert not found, "\n".join(found)


def test_the_source_scan_sees_every_kind_of_import(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text(textwrap.dedent("""
        import os.path
        from tinydb import TinyDB
        def later():
            import textual.app
            importlib.import_module("rich.text")
        from . import sibling
    """))
    roots = imported_roots(sample)
    assert roots == {"os": 2, "tinydb": 3, "textual": 5, "rich": 6, "cxworkshop": 7}


# In a fresh interpreter: import each module in turn and note which one first pulled in a
# forbidden package (so the message names the culprit, not just the symptom).
_PROBE = """
import importlib, json, sys
modules, forbidden = json.loads(sys.argv[1]), json.loads(sys.argv[2])
report = {"culprits": {}, "errors": {}}
for name in modules:
    try:
        importlib.import_module(name)
    except Exception as exc:
        report["errors"][name] = f"{type(exc).__name__}: {exc}"
        continue
    for package in forbidden:
        if package in sys.modules and package not in report["culprits"]:
            report["culprits"][package] = name
print(json.dumps(report))
"""


def _probe(parts: tuple[str, ...], forbidden: list[str]) -> dict[str, dict[str, str]]:
    modules = sorted({_module_name(p) for p in _files(parts)})
    result = subprocess.run(
        [sys.executable, "-c", _PROBE, json.dumps(modules), json.dumps(forbidden)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize(
    ("parts", "forbidden"),
    [(NO_TINYDB, ["textual", "tinydb"]), (NO_TEXTUAL, ["textual"])],
    ids=["domain+export", "core"],
)
def test_importing_the_core_loads_no_forbidden_package(parts, forbidden):
    report = _probe(parts, forbidden)
    assert not report["errors"], f"modules that fail to import: {report['errors']}"
    assert not report["culprits"], "\n".join(
        f"importing {module} loads {package}" for package, module in report["culprits"].items()
    )


def test_the_import_probe_can_see_a_forbidden_package():
    report = _probe(("store",), ["tinydb"])
    assert report["culprits"].get("tinydb", "").startswith("cxworkshop.store")


def test_no_module_is_over_400_lines():
    too_long = []
    for path in sorted(PACKAGE.rglob("*.py")):
        lines = len(path.read_text(encoding="utf-8").splitlines())
        if lines > MAX_LINES:
            too_long.append(f"{path.relative_to(ROOT)}: {lines} lines")
    assert not too_long, f"modules over {MAX_LINES} lines (split them):\n" + "\n".join(too_long)
