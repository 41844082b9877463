"""Option values converted without pydantic: every command starts faster.

typer (0.16 and later) converts each option's text to its annotated type through a pydantic TypeAdapter, built
when the command runs: importing pydantic and building twenty adapters cost a query about 0.25 s of CPU, more than
the query itself. The annotations litmine's commands use (str, int and float with bounds, Path, enums and lists of
these) convert here in plain Python; anything else, and any value this module would not convert exactly as typer
does (a number with spaces, a value out of bounds, an unknown choice), goes to typer's own converter, so the
results and the error messages stay typer's. With a typer that has no such converter (older releases, plain click
types) nothing is changed.
"""

from __future__ import annotations

import re
from enum import Enum
from pathlib import Path
from typing import Any, get_args, get_origin

_INT = re.compile(r"-?(?:0|[1-9][0-9]{0,17})")
_FLOAT = re.compile(r"-?(?:0|[1-9][0-9]{0,14})(?:\.[0-9]{1,15})?")


class _Unconverted(Exception):
    """This module does not convert the value; typer's own converter does."""


def _number(value: Any, kind: type, info: Any) -> Any:
    if isinstance(value, bool) or info.clamp:
        raise _Unconverted
    if isinstance(value, kind):
        number = value
    elif isinstance(value, str) and (_INT if kind is int else _FLOAT).fullmatch(value):
        number = kind(value)
    else:
        raise _Unconverted
    if (info.min is not None and number < info.min) or (info.max is not None and number > info.max):
        raise _Unconverted  # typer words the error
    return number


def _choice(value: Any, kind: type[Enum], info: Any, ctx: Any) -> Enum:
    if isinstance(value, kind):
        return value
    if not isinstance(value, str) or not info.case_sensitive or getattr(ctx, "token_normalize_func", None):
        raise _Unconverted
    for member in kind:
        if str(member.value) == value:
            return member
    raise _Unconverted


def _leaf(value: Any, annotation: Any, info: Any, param: Any, ctx: Any) -> Any:
    """One value as annotation, or _Unconverted."""
    if info.parser is not None:
        raise _Unconverted
    if annotation is str and isinstance(value, str):
        return value
    if annotation is bool and isinstance(value, bool):
        return value
    if annotation in (int, float):
        return _number(value, annotation, info)
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return _choice(value, annotation, info, ctx)
    if isinstance(annotation, type) and issubclass(annotation, Path) and info.path_type is None \
            and not info.allow_dash and isinstance(value, (str, Path)) and str(value):
        from typer._param_types import coerce_cli_path

        # typer's own checks (exists, file or folder, readable...); given a Path it needs no pydantic to make one
        return coerce_cli_path(annotation(value), info, path_type=annotation, param=param, ctx=ctx)
    raise _Unconverted


class QuickConversion:
    """Stands in for typer's runtime converter of one parameter (typer calls `coerce(value, param, ctx)`)."""

    def __init__(self, descriptor: Any) -> None:
        self.descriptor = descriptor
        self._typer: Any = None

    def coerce(self, value: Any, param: Any, ctx: Any) -> Any:
        multiple = param.multiple or param.nargs == -1
        if value is None:
            return () if multiple else None
        annotation, info = self.descriptor.annotation, self.descriptor.parameter_info
        try:
            if get_origin(annotation) is list and not isinstance(value, str):
                (item,) = get_args(annotation)
                items = value if isinstance(value, (list, tuple)) else [value]
                return [_leaf(v, item, info, param, ctx) for v in items]
            if not multiple and get_origin(annotation) is None and self.descriptor.file_annotation is None:
                return _leaf(value, annotation, info, param, ctx)
        except _Unconverted:
            pass
        return self._own().coerce(value, param=param, ctx=ctx)

    def _own(self) -> Any:
        """typer's converter for this parameter (imports pydantic), built on first need."""
        if self._typer is None:
            from typer._coercion import build_runtime_param

            self._typer = build_runtime_param(self.descriptor)
        return self._typer


def install(command: Any, ctx: Any) -> None:
    """Give every parameter of command and of its subcommands, help options included, the quick converter, where
    typer has a slot for one and none was built yet. ctx is command's context: a subcommand's help option is made
    with it (as typer would, from the same inherited option names) unless the subcommand names its own."""
    params = list(getattr(command, "params", ()))
    settings = getattr(command, "context_settings", None) or {}
    if hasattr(command, "get_help_option") and "help_option_names" not in settings:
        params.append(command.get_help_option(ctx))
    for param in params:
        descriptor = getattr(param, "type_descriptor", None)
        if descriptor is not None and getattr(param, "_runtime_param", 0) is None:
            param._runtime_param = QuickConversion(descriptor)
    for sub in (getattr(command, "commands", None) or {}).values():
        install(sub, ctx)
