"""The quick option converter gives what typer's own converter gives: the same values, the same errors."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path

import pytest
import typer.main
from typer._click import Context
from typer._click.exceptions import BadParameter

from litmine.cli import app
from litmine.cli.coercion import QuickConversion, install
from tests.conftest import Runner

_coercion = pytest.importorskip("typer._coercion")  # typer releases that convert through pydantic


def _candidates(annotation) -> list:
    """Values a person might type for an option of this annotation, good and bad."""
    if annotation is int:
        return ["0", "7", "-3", "1.5", " 7", "+7", "007", "abc", "", "99999999999999999999999", 5]
    if annotation is float:
        return ["0.5", "1", "-2.25", "1e3", "abc", " 2", "0.1234567890123456789", 3, 2.5]
    if annotation is str:
        return ["Łódź", "", "welfare state", "ü" * 3]
    if annotation is bool:
        return [True, False]
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return [m.value for m in annotation] + [m.value.upper() for m in annotation] + ["nöpe", list(annotation)[0]]
    if isinstance(annotation, type) and issubclass(annotation, Path):
        return ["out/ärger.db", "", ".", "-", Path("x.csv")]
    if getattr(annotation, "__origin__", None) is list:
        return [("a", "Ü"), (), ("co-production",)]
    return []


def _outcome(converter, value, param, ctx):
    try:
        result = converter.coerce(value, param=param, ctx=ctx)
    except BadParameter as exc:
        return "error", exc.format_message()
    return type(result).__name__, result


def _parameters(command, path=()):
    for param in command.params:
        if getattr(param, "type_descriptor", None) is not None:
            yield " ".join(path), command, param
    for name, sub in (getattr(command, "commands", None) or {}).items():
        yield from _parameters(sub, (*path, name))


def test_coercion_converts_every_option_of_every_command_as_typer_does(tmp_path, monkeypatch):
    """Each option of each command, for good and bad values (non-ASCII, spaces, bounds, case): the quick converter's
    value, or its error message, is typer's."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "x.csv").write_text("ä\n", encoding="utf-8")
    root = typer.main.get_command(app)
    checked = 0
    for where, command, param in _parameters(root):
        ctx = Context(command, info_name=where or "litmine")
        descriptor = param.type_descriptor
        for value in _candidates(descriptor.annotation):
            if (param.multiple or param.nargs == -1) != isinstance(value, tuple):
                continue
            quick = _outcome(QuickConversion(descriptor), value, param, ctx)
            own = _outcome(_coercion.build_runtime_param(descriptor), value, param, ctx)
            assert quick == own, (where, param.name, value)
            checked += 1
    assert checked > 500


def test_coercion_leaves_no_parameter_to_pydantic_on_a_query(tmp_path, monkeypatch):
    """install() reaches the commands of sub-groups and the help options, which typer makes on first use."""
    root = typer.main.get_command(app)
    ctx = Context(root, info_name="litmine")
    install(root, ctx)
    left = [(where, p.name) for where, _, p in _parameters(root) if not isinstance(p._runtime_param, QuickConversion)]
    assert left == []
    network = root.commands["network"]
    assert isinstance(network.get_help_option(ctx)._runtime_param, QuickConversion)
    assert isinstance(network.commands["concepts"].get_help_option(ctx)._runtime_param, QuickConversion)


@pytest.mark.parametrize("args", [
    ["query", "Wohlfahrtsstaat", "--limit", "abc"],
    ["query", "Wohlfahrtsstaat", "--limit", "-2"],
    ["query", "Wohlfahrtsstaat", "--format", "XML"],
    ["query", "--matrix", "--by", "jahr"],
    ["docs", "--format", "tabelle"],
])
def test_coercion_bad_values_end_in_typers_own_message(tmp_path, monkeypatch, args):
    """A bad value prints what typer prints without the quick converter (exit 2, same words)."""
    db = ["--db", str(tmp_path / "größe.db")]
    quick = Runner().invoke(app, [*args, *db])
    monkeypatch.setattr(sys.modules["litmine.cli.app"], "install_quick_conversion", lambda command, ctx: None)
    own = Runner().invoke(app, [*args, *db])
    assert quick.exit_code == own.exit_code == 2
    assert quick.output == own.output and "Invalid value" in own.output
