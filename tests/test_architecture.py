"""The shape of the package (docs/architecture.md): no import circle, small modules and
small functions, and a library that does not import its command line.

Imports are read with ``ast``, so imports inside functions and under ``TYPE_CHECKING``
count too: a circle hidden inside a function is still a circle.
"""

from __future__ import annotations

import ast
import functools
from pathlib import Path

import networkx as nx
import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "kg"
MAX_MODULE_LINES = 600
MAX_FUNCTION_LINES = 60

# Modules allowed over MAX_MODULE_LINES: pattern and word tables only, each with its reason.
LONG_MODULES: dict[str, str] = {
    # proposals7: one field per word list of ontology/lexicon.ttl, a word table
    "kg.extract.lexicon": "the Lexicon's fields: one per word list of the lexicon, a table",
}

# Functions allowed over MAX_FUNCTION_LINES ("module:function"), each with its reason.
LONG_FUNCTIONS: dict[str, str] = {
    "kg.extract.relations.modality:modality_of": "being reworked by issue 12",
}


@functools.cache
def modules() -> dict[str, Path]:
    """Dotted module name → file, for every module of kg (a package by its __init__.py)."""
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


@functools.cache
def tree(name: str) -> ast.Module:
    return ast.parse(modules()[name].read_text(encoding="utf-8"))


def imported(name: str) -> set[str]:
    """The kg modules that module ``name`` imports, anywhere in it."""
    package = name if modules()[name].name == "__init__.py" else name.rpartition(".")[0]
    targets: set[str] = set()
    for node in ast.walk(tree(name)):
        if isinstance(node, ast.Import):
            targets.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative: from . import x, from ..rdf import y
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, *([base] if base else [])])
            targets.add(base)
            targets.update(f"{base}.{alias.name}" for alias in node.names)
    return {t for t in targets if t in modules() and t != name}


def import_graph() -> nx.DiGraph:
    """Module → the modules it imports. A module importing its own package is left out:
    Python runs a package's __init__ before any module in it, whatever the module says."""
    graph = nx.DiGraph()
    graph.add_nodes_from(modules())
    for name in modules():
        for target in imported(name):
            if not name.startswith(target + "."):
                graph.add_edge(name, target)
    return graph


def functions() -> dict[str, int]:
    """ "module:function" (methods as Class.method) → lines from ``def`` to its end."""
    found: dict[str, int] = {}

    def visit(node: ast.AST, module: str, prefix: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                qualified = f"{prefix}{child.name}"
                assert child.end_lineno is not None
                found[f"{module}:{qualified}"] = child.end_lineno - child.lineno + 1
                visit(child, module, f"{qualified}.")
            elif isinstance(child, ast.ClassDef):
                visit(child, module, f"{prefix}{child.name}.")
            else:
                visit(child, module, prefix)

    for name in modules():
        visit(tree(name), name, "")
    return found


def test_architecture_has_no_import_circle() -> None:
    graph = import_graph()
    circles = [sorted(c) for c in nx.strongly_connected_components(graph) if len(c) > 1]
    described = [" -> ".join(step for step, _ in nx.find_cycle(graph, c[0])) for c in circles]
    assert not circles, "import circles (imports inside functions count):\n" + "\n".join(described)


def test_architecture_library_does_not_import_the_command_line() -> None:
    library = [n for n in modules() if n != "kg.cli" and not n.startswith("kg.cli.")]
    offenders = {
        n: sorted(t for t in imported(n) if t == "kg.cli" or t.startswith("kg.cli."))
        for n in library
    }
    assert {n: t for n, t in offenders.items() if t} == {}


def test_architecture_modules_are_short() -> None:
    lines = {n: len(p.read_text(encoding="utf-8").splitlines()) for n, p in modules().items()}
    long = {n: count for n, count in lines.items() if count > MAX_MODULE_LINES}
    assert set(long) <= set(LONG_MODULES), (
        f"modules over {MAX_MODULE_LINES} lines: split them by what they do, "
        f"or allow a pattern or word table in LONG_MODULES with its reason: {long}"
    )
    stale = {n for n in LONG_MODULES if lines.get(n, 0) <= MAX_MODULE_LINES}
    assert not stale, f"no longer long (or gone): remove from LONG_MODULES: {sorted(stale)}"


def test_architecture_functions_are_short() -> None:
    lengths = functions()
    long = {f: n for f, n in lengths.items() if n > MAX_FUNCTION_LINES}
    assert set(long) <= set(LONG_FUNCTIONS), (
        f"functions over {MAX_FUNCTION_LINES} lines: split them into named steps, "
        f"or allow one in LONG_FUNCTIONS with its reason: {long}"
    )
    stale = {f for f in LONG_FUNCTIONS if lengths.get(f, 0) <= MAX_FUNCTION_LINES}
    assert not stale, f"no longer long (or gone): remove from LONG_FUNCTIONS: {sorted(stale)}"


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("from kg.rdf.schema import Schema", {"kg.rdf.schema"}),
        ("from kg.rdf import schema", {"kg.rdf", "kg.rdf.schema"}),
        ("def f():\n    import kg.model", {"kg.model"}),
        ("from .schema import Schema", {"kg.rdf.schema"}),
        ("from ..model import Entity", {"kg.model"}),
    ],
)
def test_architecture_reads_every_kind_of_import(
    source: str, expected: set[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        "test_architecture.tree", lambda name: ast.parse(source) if name == "kg.rdf.graph" else None
    )
    assert imported("kg.rdf.graph") == expected
