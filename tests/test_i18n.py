"""The message catalogue: both languages complete, and every key the code uses exists.

Catalogue modules and source files are discovered, so new ones are checked without
touching this file. Keys used in the code are found three ways (see ``KeyFinder``):
1. the first argument of ``t()``/``tr()``/``self.tr()``, of ``CxError`` subclasses, and
   values of names or keywords called ``*key``; 2. the literal start of f-string keys
(``t(f"area.{area}")``): some key must start so; 3. any other string constant shaped like
a key in a known namespace (``"tui.cmd.help"`` given to a ``Command`` or ``Binding``).
A file that does not parse (work in progress) is scanned with a regular expression.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
import string
from dataclasses import dataclass
from pathlib import Path

import pytest

import cxworkshop
from cxworkshop.i18n import LANGUAGES, catalogue, catalog, system_language, t

PACKAGE = Path(cxworkshop.__file__).parent
MODULES = sorted(info.name for info in pkgutil.iter_modules(catalog.__path__))
TRANSLATE_FUNCTIONS = {"t", "tr", "_t", "_tr"}
KEY_SHAPE = re.compile(r"[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)+")
PREFIX_SHAPE = re.compile(r"[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)*\.")
FILE_SUFFIXES = {"md", "json", "py", "txt", "csv", "lock", "tmp", "tcss", "bak", "html", "svg", "toml"}
CALL_REGEX = re.compile(r"(?<![\w])(?:t|tr)\(\s*[rRuU]?([\"'])([^\"'\n]+)\1")


def _module(name: str):
    return importlib.import_module(f"{catalog.__name__}.{name}")


def placeholders(template: str) -> set[str]:
    """Names used in ``{placeholders}`` (``{n:.1f}`` and ``{p.x}`` count as ``n`` and ``p``)."""
    names = set()
    for _, field, _, _ in string.Formatter().parse(template):
        if field is not None:
            names.add(re.split(r"[.\[]", field, maxsplit=1)[0])
    return names


# -- the catalogue itself --------------------------------------------------------------


def test_catalogue_modules_are_discovered():
    assert {"domain", "store"} <= set(MODULES)


@pytest.mark.parametrize("name", MODULES)
def test_module_has_the_same_keys_in_english_and_dutch(name):
    module = _module(name)
    en, nl = getattr(module, "EN", None), getattr(module, "NL", None)
    assert isinstance(en, dict) and isinstance(nl, dict), f"catalog/{name}.py must define dicts EN and NL"
    only_en, only_nl = sorted(en.keys() - nl.keys()), sorted(nl.keys() - en.keys())
    assert not only_en, f"catalog/{name}.py: keys missing in NL: {only_en}"
    assert not only_nl, f"catalog/{name}.py: keys missing in EN: {only_nl}"


@pytest.mark.parametrize("name", MODULES)
def test_module_texts_are_non_empty_and_well_formed(name):
    module = _module(name)
    problems = []
    for lang in ("EN", "NL"):
        for key, text in getattr(module, lang, {}).items():
            if not isinstance(key, str) or not KEY_SHAPE.fullmatch(key):
                problems.append(f"{lang} {key!r}: keys look like 'area.thing' (lower case, dots)")
            elif not isinstance(text, str) or not text.strip():
                problems.append(f"{lang} {key}: empty text")
            else:
                try:
                    placeholders(text)
                except ValueError as exc:
                    problems.append(f"{lang} {key}: bad braces ({exc}); write {{{{ for a literal brace")
    assert not problems, f"catalog/{name}.py:\n" + "\n".join(problems)


@pytest.mark.parametrize("name", MODULES)
def test_module_uses_the_same_placeholders_in_both_languages(name):
    module = _module(name)
    en, nl = getattr(module, "EN", {}), getattr(module, "NL", {})
    problems = [
        f"{key}: EN {sorted(placeholders(en[key]))} vs NL {sorted(placeholders(nl[key]))}"
        for key in sorted(en.keys() & nl.keys())
        if placeholders(en[key]) != placeholders(nl[key])
    ]
    assert not problems, f"catalog/{name}.py placeholders differ:\n" + "\n".join(problems)


def test_no_key_is_defined_in_two_modules():
    owner: dict[str, str] = {}
    clashes = []
    for name in MODULES:
        for key in getattr(_module(name), "EN", {}):
            if key in owner:
                clashes.append(f"{key}: {owner[key]} and {name}")
            owner.setdefault(key, name)
    assert not clashes, "keys defined twice:\n" + "\n".join(clashes)
    for lang in LANGUAGES:
        assert len(catalogue(lang)) == len(owner)


# -- keys used in the code -----------------------------------------------------------------


@dataclass(frozen=True)
class Use:
    path: str
    line: int
    key: str
    kind: str  # "call", "prefix", "constant"
    params: frozenset[str] | None = None  # keyword names given with the call; None = unknown
    field_allowed: bool = False  # ValidationError adds {field} itself

    def where(self) -> str:
        return f"{self.path}:{self.line}"


def _call_name(node: ast.Call) -> str:
    """``f`` for ``f(...)``, ``tr`` for ``self.tr(...)``."""
    return getattr(node.func, "id", None) or getattr(node.func, "attr", "")


def _error_classes(trees: dict[str, ast.Module]) -> tuple[set[str], set[str]]:
    """Names of CxError subclasses across the package, and those based on ValidationError."""
    bases: dict[str, set[str]] = {}
    for tree in trees.values():
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                names = {b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in node.bases}
                bases.setdefault(node.name, set()).update(names)

    def descendants(root: str) -> set[str]:
        found = {root}
        while True:
            more = {name for name, parents in bases.items() if parents & found} - found
            if not more:
                return found
            found |= more

    return descendants("CxError"), descendants("ValidationError")


class KeyFinder(ast.NodeVisitor):
    def __init__(self, path: str, errors: set[str], field_errors: set[str], namespaces: set[str]) -> None:
        self.path = path
        self.namespaces = namespaces
        self.errors = errors
        self.field_errors = field_errors
        self.uses: list[Use] = []
        self.seen: set[int] = set()  # ids of constants already counted as a call argument

    def _literal(
        self, node: ast.expr, params: frozenset[str] | None, field_allowed: bool = False, *, strict: bool = True
    ) -> None:
        """Record a key; ``strict=False`` (a ``*key`` name) only in a namespace the catalogue has."""
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if not strict and node.value.split(".")[0] not in self.namespaces:
                return  # e.g. STATE_KEY = "cxworkshop.sessions_dir": not a catalogue key
            self.seen.add(id(node))
            if KEY_SHAPE.fullmatch(node.value):
                self.uses.append(Use(self.path, node.lineno, node.value, "call", params, field_allowed))
        elif isinstance(node, ast.JoinedStr) and node.values:
            first = node.values[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                self.seen.add(id(first))
                prefix = first.value
                if PREFIX_SHAPE.fullmatch(prefix) or KEY_SHAPE.fullmatch(prefix):
                    self.uses.append(Use(self.path, node.lineno, prefix, "prefix"))

    def visit_Call(self, node: ast.Call) -> None:
        name = _call_name(node)
        has_splat = any(k.arg is None for k in node.keywords)
        params = None if has_splat else frozenset(k.arg for k in node.keywords if k.arg)
        if name in TRANSLATE_FUNCTIONS and node.args:
            self._literal(node.args[0], params)
        elif name in self.errors:
            for arg in node.args:
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and "." in arg.value:
                    self._literal(arg, params, field_allowed=name in self.field_errors)
        for keyword in node.keywords:
            if keyword.arg and keyword.arg.endswith("key"):
                self._literal(keyword.value, None, strict=False)
        self.generic_visit(node)

    def visit_Assign(self, node: ast.Assign) -> None:
        for target in node.targets:
            if isinstance(target, ast.Name) and target.id.lower().endswith("key"):
                self._literal(node.value, None, strict=False)
        self.generic_visit(node)

    def visit_AnnAssign(self, node: ast.AnnAssign) -> None:
        if node.value is not None:
            self.visit_Assign(ast.Assign(targets=[node.target], value=node.value))
        else:
            self.generic_visit(node)


def _docstring_ids(tree: ast.Module) -> set[int]:
    kinds = (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)
    return {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, kinds) and node.body and isinstance(node.body[0], ast.Expr)
    }


def source_files() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "catalog" not in p.relative_to(PACKAGE).parts)


def find_key_uses() -> list[Use]:
    """Every key the package's source uses, with where it is used."""
    trees: dict[str, ast.Module] = {}
    uses: list[Use] = []
    for path in source_files():
        rel = str(path.relative_to(PACKAGE.parent))
        text = path.read_text(encoding="utf-8")
        try:
            trees[rel] = ast.parse(text, filename=rel)
        except SyntaxError:
            for number, line in enumerate(text.splitlines(), start=1):
                for match in CALL_REGEX.finditer(line):
                    if KEY_SHAPE.fullmatch(match.group(2)):
                        uses.append(Use(rel, number, match.group(2), "call"))
    errors, field_errors = _error_classes(trees)
    namespaces = {key.split(".")[0] for key in catalogue("en")}
    for rel, tree in trees.items():
        finder = KeyFinder(rel, errors, field_errors, namespaces)
        finder.visit(tree)
        uses.extend(finder.uses)
        skip = finder.seen | _docstring_ids(tree)
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and id(node) not in skip
                and node.value.split(".")[0] in namespaces
            ):
                value = node.value
                if KEY_SHAPE.fullmatch(value) and value.rsplit(".", 1)[1] not in FILE_SUFFIXES:
                    uses.append(Use(rel, node.lineno, value, "constant"))
                elif PREFIX_SHAPE.fullmatch(value):
                    uses.append(Use(rel, node.lineno, value, "prefix"))
    return uses


@pytest.fixture(scope="module")
def key_uses() -> list[Use]:
    return find_key_uses()


def test_the_scan_finds_the_known_kinds_of_use(key_uses):
    keys = {(u.key, u.kind) for u in key_uses}
    assert ("error.title.invalid", "call") in keys  # title_key = "..."
    assert ("field.", "prefix") in keys  # t(f"field.{self.field}", lang)
    assert ("error.out_of_range", "call") in keys  # ValidationError(field, "error.out_of_range", ...)
    assert ("check.length.pass", "constant") in keys or ("check.length.pass", "call") in keys


def test_every_key_used_in_the_code_exists(key_uses):
    texts = catalogue("en")
    missing = sorted(
        {f"{u.where()}: {u.key}" for u in key_uses if u.kind in ("call", "constant") and u.key not in texts}
    )
    assert not missing, "keys used in the code but missing in the catalogue:\n" + "\n".join(missing)


def test_every_key_prefix_used_in_the_code_has_keys(key_uses):
    texts = catalogue("en")
    missing = sorted(
        {f"{u.where()}: {u.key}..." for u in key_uses if u.kind == "prefix" and not any(k.startswith(u.key) for k in texts)}
    )
    assert not missing, "no catalogue key starts with:\n" + "\n".join(missing)


def test_calls_pass_every_placeholder(key_uses):
    texts = catalogue("en")
    problems = []
    for use in key_uses:
        if use.kind != "call" or use.params is None or use.key not in texts:
            continue
        needed = placeholders(texts[use.key]) - ({"field"} if use.field_allowed else set())
        if needed - use.params:
            problems.append(f"{use.where()}: {use.key} needs {sorted(needed - use.params)}")
    assert not problems, "calls that leave a {placeholder} empty:\n" + "\n".join(problems)


def test_the_scan_itself_on_a_sample(tmp_path):
    sample = '''
from cxworkshop.i18n import t
class Oops(CxError):
    title_key = "x.title"
def f(self, lang, n):
    t("a.one", lang)
    self.tr(
        "a.two", n=n,
    )
    Oops("a.three", path="p")
    t(f"a.prefix.{n}", lang)
    COMMAND = ("a.four", "not a key", "a.md")
    STATE_KEY = "app.state"
    return t("a.five", lang, **{"n": n})
'''
    tree = ast.parse(sample)
    finder = KeyFinder("sample.py", {"CxError", "Oops"}, set(), {"a", "x"})
    finder.visit(tree)
    found = {(u.key, u.kind, u.params) for u in finder.uses}
    assert found >= {
        ("x.title", "call", None), ("a.one", "call", frozenset()), ("a.two", "call", frozenset({"n"})),
        ("a.three", "call", frozenset({"path"})), ("a.prefix.", "prefix", None), ("a.five", "call", None),
    }
    assert not any(key == "app.state" for key, _, _ in found)
    assert CALL_REGEX.search('x = t("a.one", lang)').group(2) == "a.one"
    assert CALL_REGEX.search("y = self.tr('a.two')").group(2) == "a.two"
    assert CALL_REGEX.search('z = set("a.b")') is None


# -- labels for every stored choice -------------------------------------------------------------


def test_every_stored_choice_has_a_label():
    from cxworkshop.domain import models
    from cxworkshop.domain.barriers import QUADRANTS

    families = {
        "mode": models.MODES,
        "language": models.LANGUAGES,
        "side": models.SIDES,
        "frequency": models.FREQUENCIES,
        "area": models.AREAS,
        "status": models.STATUSES,
        "category": models.CATEGORIES,
        "quadrant": QUADRANTS,
    }
    for lang in LANGUAGES:
        texts = catalogue(lang)
        missing = [f"{family}.{value}" for family, values in families.items() for value in values
                   if f"{family}.{value}" not in texts]
        assert not missing, f"{lang}: no label for {missing}"


def test_every_validated_field_has_a_label(key_uses):
    """Fields named in check_*() calls and ValidationError(...) need a ``field.*`` label."""
    checks = {"check_number", "check_optional_number", "check_text", "check_score", "check_choice",
              "check_date", "ValidationError"}
    texts = catalogue("en")
    missing = set()
    for path in source_files():
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"))
        except SyntaxError:
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _call_name(node) in checks and node.args:
                arg = node.args[0]
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    if f"field.{arg.value}" not in texts:
                        missing.add(f"{path.relative_to(PACKAGE.parent)}:{node.lineno}: field.{arg.value}")
    assert not missing, "fields without a label:\n" + "\n".join(sorted(missing))


# -- t() and the language choice ------------------------------------------------------------------


def test_t_fills_placeholders_in_the_language_asked():
    assert t("error.required_text", "en", field="Title") == "Title: cannot be empty."
    assert t("error.required_text", "nl", field="Titel") == "Titel: mag niet leeg zijn."


def test_t_falls_back_to_english_then_to_the_key():
    assert t("field.title", "de") == "Title"
    assert t("no.such.key", "nl") == "no.such.key"


def test_t_never_crashes_on_a_missing_parameter():
    assert t("error.out_of_range", "en", field="Minutes") == "Minutes: must be between {low} and {high}."
    assert t("error.out_of_range", "en") == "{field}: must be between {low} and {high}."


def test_system_language(monkeypatch):
    for var in ("CXWORKSHOP_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    assert system_language() == "en"
    monkeypatch.setenv("LANG", "nl_BE.UTF-8")
    assert system_language() == "nl"
    monkeypatch.setenv("LC_ALL", "C")
    assert system_language() == "en", "LC_ALL wins over LANG"
    monkeypatch.setenv("CXWORKSHOP_LANG", "NL")
    assert system_language() == "nl"
    monkeypatch.setenv("CXWORKSHOP_LANG", "fr")
    assert system_language() == "en"
