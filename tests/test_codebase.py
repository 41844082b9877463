"""The package's shape: no import circles between litmine's modules, no function above complexity 25 beyond the ones
listed here (a list that may only shrink), no SQL outside litmine/store. Read from the source with ast; nothing is
imported."""

from __future__ import annotations

import ast
import re
import tomllib
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "litmine"
MAX_COMPLEXITY = 25

# Functions above complexity 25 today (module: function). New code stays under; a function split below 25 leaves.
KNOWN_COMPLEX: set[str] = set()

# Modules that may hold SQL outside litmine/store: ingest/zotero.py reads Zotero's own database (not the store).
SQL_ELSEWHERE = {"litmine.ingest.zotero"}

# Test files that still invoke the CLI through typer's own CliRunner (which turns an exception into exit code 1)
# instead of tests.conftest.Runner (catch_exceptions=False): none is left, and the test keeps it so.
PLAIN_CLI_RUNNER: set[str] = set()

_BRANCHES = (ast.If, ast.IfExp, ast.For, ast.AsyncFor, ast.While, ast.ExceptHandler, ast.Assert, ast.match_case)
_SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@cache
def modules() -> dict[str, ast.Module]:
    return {module_name(p): ast.parse(p.read_text(encoding="utf-8")) for p in sorted(PACKAGE.rglob("*.py"))}


@cache
def package_graph() -> dict[str, set[str]]:
    """The import graph of litmine (parsed once for every test here)."""
    return import_graph(modules())


def _runtime_nodes(tree: ast.AST):
    """Every node, leaving out `if TYPE_CHECKING:` blocks (imports for annotations only never run)."""
    todo = [tree]
    while todo:
        node = todo.pop()
        yield node
        if isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING":
            todo.extend(node.orelse)
            continue
        todo.extend(ast.iter_child_nodes(node))


def import_graph(trees: dict[str, ast.Module]) -> dict[str, set[str]]:
    """Module -> the litmine modules it imports (at the top or inside a function: both close a circle)."""
    graph: dict[str, set[str]] = {m: set() for m in trees}
    for name, tree in trees.items():
        for node in _runtime_nodes(tree):
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                # `from litmine.ingest import extract` imports the module extract; `from litmine.ingest import
                # ingest_corpus` the package's __init__
                targets = [f"{node.module}.{a.name}" if f"{node.module}.{a.name}" in trees else node.module
                           for a in node.names]
            else:
                continue
            graph[name] |= {t for t in targets if t in trees and t != name}
    return graph


def find_circles(graph: dict[str, set[str]]) -> list[set[str]]:
    """The strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    circles: list[set[str]] = []
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.add(member)
                    if member == node:
                        break
                if len(component) > 1:
                    circles.append(component)
    return circles


def complexity(fn: ast.FunctionDef | ast.AsyncFunctionDef) -> int:
    """McCabe's count as radon and the issue measure it: 1 + branches + boolean operands beyond the first +
    comprehension loops and their conditions; nested functions and classes count on their own."""
    n = 1
    todo = list(ast.iter_child_nodes(fn))
    while todo:
        node = todo.pop()
        if isinstance(node, _SCOPES):
            continue
        if isinstance(node, _BRANCHES):
            n += 1
        elif isinstance(node, ast.BoolOp):
            n += len(node.values) - 1
        elif isinstance(node, ast.comprehension):
            n += 1 + len(node.ifs)
        todo.extend(ast.iter_child_nodes(node))
    return n


def function_complexities(trees: dict[str, ast.Module]) -> dict[str, int]:
    out: dict[str, int] = {}
    for name, tree in trees.items():
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                key = f"{name}:{node.name}"
                out[key] = max(out.get(key, 0), complexity(node))
    return out


def test_codebase_find_circles_sees_a_two_module_circle_and_a_chain():
    graph = {"a": {"b"}, "b": {"a", "c"}, "c": set(), "ü": {"c"}}
    assert find_circles(graph) == [{"a", "b"}]
    assert find_circles({"a": {"b"}, "b": {"c"}, "c": set()}) == []


def test_codebase_complexity_counts_branches_and_boolean_operands():
    fn = ast.parse("def f(x):\n    if x and x > 1 or x < -1:\n        return [y for y in x if y]\n"
                   "    def g():\n        if x: pass\n    return 0\n").body[0]
    assert complexity(fn) == 1 + 1 + 2 + 2  # if, two more operands, a comprehension with a condition; g not counted


def test_codebase_has_no_import_circles():
    circles = [sorted(c) for c in find_circles(package_graph())]
    assert not circles, f"import circles (move the shared names into a module both can import): {circles}"


def test_codebase_pdf_ocr_sidecars_and_network_exports_import_no_circle():
    graph = package_graph()
    assert "litmine.ingest.pdf" not in graph["litmine.ingest.ocr"]  # both use ingest/pdf_lines.py
    assert "litmine.ingest.corpus" not in graph["litmine.ingest.sidecars"]  # both use ingest/files.py
    assert "litmine.export.graphs" not in graph["litmine.export.pajek"]  # both use export/strength.py
    assert "litmine.thematic" not in graph["litmine.export.network_plot"]  # the caption is export/captions.py


def test_codebase_report_trends_topics_and_version_import_no_circle():
    graph = package_graph()
    assert "litmine.report" not in graph["litmine.export.report_html"]
    assert "litmine.trends" not in graph["litmine.export.trend_plot"]
    assert "litmine.topics.outputs" not in graph["litmine.topics.browser"] or \
        "litmine.topics.browser" not in graph["litmine.topics.outputs"]
    assert "litmine" not in graph["litmine.ingest.distributed"]


def test_codebase_functions_stay_under_complexity_25():
    over = {k: v for k, v in function_complexities(modules()).items() if v > MAX_COMPLEXITY}
    new = {k: v for k, v in over.items() if k not in KNOWN_COMPLEX}
    assert not new, f"functions above complexity {MAX_COMPLEXITY} (split them into named steps): {new}"


def test_codebase_sql_only_in_the_store():
    sql = re.compile(r"\b(SELECT\s+[\w*(]|INSERT\s+(OR\s+\w+\s+)?INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+"
                     r"(TABLE|INDEX|VIRTUAL|TRIGGER))")
    found = []
    for name, tree in modules().items():
        if name.startswith("litmine.store") or name in SQL_ELSEWHERE:
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and sql.search(node.value):
                found.append(f"{name}:{node.lineno}")
    assert not found, f"SQL outside litmine/store: {found}"


def test_codebase_ci_runs_the_readme_full_test_command_and_the_fast_run_skips_slow_tests():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    full = 'python -m pytest -q -m "slow or not slow"'
    assert f"ruff check . && {full}" in readme and "&& python -m pytest -q\n" in readme
    assert ci[-2:] == ["ruff check .", full]
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    pytest_options = config["tool"]["pytest"]["ini_options"]
    assert pytest_options["addopts"] == ["--doctest-modules", "-m", "not slow"]
    assert any(m.startswith("slow:") for m in pytest_options["markers"])
    assert any(re.fullmatch(r"ruff==[\d.]+\s*", d.split("#")[0]) for d in config["project"]["optional-dependencies"]["test"])


def test_codebase_cli_tests_let_exceptions_through():
    tests = ROOT / "tests"
    plain = {p.relative_to(ROOT).as_posix() for p in tests.rglob("*.py")
             if p.name not in ("conftest.py", "test_codebase.py") and "CliRunner(" in p.read_text(encoding="utf-8")}
    new = plain - PLAIN_CLI_RUNNER
    assert not new, f"use tests.conftest.Runner (catch_exceptions=False), not CliRunner(): {sorted(new)}"
