"""kg: knowledge graphs of who does what to whom in policy news.

The Python API mirrors the CLI::

    import kg
    graph = kg.build(["examples/streeting-letter-to-gpce.txt"])
    kg.write_turtle(graph, "out/graph.ttl")
    for row in kg.query(graph, "SELECT ?name WHERE { ?p a kg:Person ; rdfs:label ?name }"):
        print(row.name)
    kg.write_html(graph, "out/graph.html")

Importing kg loads nothing heavy: the spaCy model is loaded when ``build`` runs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = [
    "build",
    "query",
    "load_graph",
    "write_turtle",
    "write_html",
    "KGError",
]

from .errors import KGError

if TYPE_CHECKING:  # pragma: no cover
    from .outputs import load_graph, write_turtle
    from .pipeline import build
    from .query import query
    from .view import write_html

_LAZY = {
    "build": ("pipeline", "build"),
    "query": ("query", "query"),
    "load_graph": ("outputs", "load_graph"),
    "write_turtle": ("outputs", "write_turtle"),
    "write_html": ("view", "write_html"),
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        module_name, attribute = _LAZY[name]
        module = importlib.import_module(f".{module_name}", __name__)
        return getattr(module, attribute)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
