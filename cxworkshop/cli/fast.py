"""Typer command classes that start fast and turn user errors into one-line messages.

Why this exists: Typer 0.29 converts every parameter value (even an unset ``--help``)
through a pydantic ``TypeAdapter``, so *every* command run imports pydantic — about
+100 ms on these machines (see MEASURED.md and the report in benchmarks/). Our
parameters are only strings, booleans and fixed choices, which need no pydantic at
all, so before parsing we give those parameters a plain converter. Any other kind of
parameter keeps Typer's own conversion, so a new option can never be mis-parsed; a
test checks that no command imports pydantic, so a Typer upgrade that breaks this
shows up at once.

The same classes catch :class:`~cxworkshop.errors.CxError` and ``OSError`` from a
command and print a one-line message (exit code 1) instead of a traceback.
"""

from __future__ import annotations

import errno
from dataclasses import dataclass
from typing import Any

import typer
from typer import core as typer_core

from cxworkshop.errors import CxError
from cxworkshop.i18n import system_language, t

try:  # private Typer modules; pinned to typer 0.29 in pyproject.toml
    from typer._click.exceptions import BadParameter
    from typer._coercion import RuntimeParam
    from typer._param_types import choice_coercion_annotation, coerce_cli_choice
except ImportError:  # pragma: no cover - another Typer: fall back to its own conversion
    RuntimeParam = None  # type: ignore[assignment,misc]

_TRUE = frozenset({"1", "true", "t", "yes", "y", "on"})
_FALSE = frozenset({"", "0", "false", "f", "no", "n", "off"})


if RuntimeParam is not None:

    @dataclass(frozen=True)
    class PlainParam(RuntimeParam):  # type: ignore[misc,valid-type]
        """Converts str, bool and Literal/Enum choice values without pydantic."""

        def _coerce_value(self, value: Any, param: Any, ctx: Any) -> Any:
            choice = choice_coercion_annotation(self.annotation, self.parameter_info)
            if choice is not None:
                choices, case_sensitive = choice
                try:
                    return coerce_cli_choice(
                        value, choices=choices, case_sensitive=case_sensitive, ctx=ctx
                    )
                except ValueError as exc:
                    raise BadParameter(str(exc), ctx=ctx, param=param) from None
            if self.annotation is bool:
                if isinstance(value, bool):
                    return value
                text = str(value).strip().lower()
                if text in _TRUE or text in _FALSE:
                    return text in _TRUE
                raise BadParameter(f"{value!r} is not a valid boolean.", ctx=ctx, param=param)
            return value if isinstance(value, str) else str(value)


def _plain_converter(param: Any) -> Any:
    descriptor = getattr(param, "type_descriptor", None)
    if RuntimeParam is None or descriptor is None:
        return None
    info = descriptor.parameter_info
    if descriptor.is_list or descriptor.is_tuple or descriptor.is_file or info.parser is not None:
        return None
    annotation = descriptor.annotation
    simple = annotation is str or annotation is bool
    if not simple and choice_coercion_annotation(annotation, info) is None:
        return None
    return PlainParam(parameter_info=info, annotation=annotation)


def use_plain_converters(params: list[Any]) -> None:
    """Give every simple parameter a pydantic-free converter (others are left alone)."""
    for param in params:
        if getattr(param, "_runtime_param", False) is None:
            converter = _plain_converter(param)
            if converter is not None:
                param._runtime_param = converter


def _report(exc: BaseException) -> None:
    """Print a user error as one line on stderr and leave with exit code 1."""
    lang = system_language()
    if isinstance(exc, CxError):
        message = exc.message_in(lang)
    else:
        assert isinstance(exc, OSError)
        where = exc.filename if exc.filename is not None else "-"
        message = t("cli.error.os", lang, path=where, reason=exc.strerror or exc.__class__.__name__)
    typer.echo(t("cli.error.prefix", lang, message=message), err=True)
    raise typer.Exit(1)


class _Fast:
    """Mixin for Typer's command and group classes (see the module docstring)."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        use_plain_converters(self.get_params(ctx))  # includes the --help option
        return super().parse_args(ctx, args)  # type: ignore[misc]

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)  # type: ignore[misc]
        except CxError as exc:
            _report(exc)
        except OSError as exc:
            if exc.errno == errno.EPIPE:
                raise  # Typer handles a closed pipe (`cxworkshop list | head`)
            _report(exc)


class FastCommand(_Fast, typer_core.TyperCommand):
    pass


class FastGroup(_Fast, typer_core.TyperGroup):
    pass
