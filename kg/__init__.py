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

from kg.errors import KGError

if TYPE_CHECKING:  # pragma: no cover
    from kg.pipeline import build
    from kg.rdf.turtle import write_turtle
    from kg.sparql.query import query
    from kg.sparql.source import load_graph
    from kg.view import write_html

_LAZY = {
    "build": ("kg.pipeline", "build"),
    "query": ("kg.sparql.query", "query"),
    "load_graph": ("kg.sparql.source", "load_graph"),
    "write_turtle": ("kg.rdf.turtle", "write_turtle"),
    "write_html": ("kg.view", "write_html"),
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        module_name, attribute = _LAZY[name]
        module = importlib.import_module(module_name)
        return getattr(module, attribute)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
