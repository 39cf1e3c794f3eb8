"""Open what the user names: a graph file or a kg store folder.

``load_graph`` gives an rdflib graph (the union of a store's graphs);
``open_graph`` gives an :class:`~kg.sparql.engine.OxigraphGraph` for queries.
"""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph

from kg.errors import GraphError
from kg.files import one_line, os_reason
from kg.rdf.graph import new_graph
from kg.sparql.engine import OxigraphGraph
from kg.sparql.store import is_store, open_store

__all__ = ["load_graph", "open_graph", "GRAPH_FORMATS"]

#: rdflib parser names by file suffix; anything else is read as Turtle.
GRAPH_FORMATS = {
    ".ttl": "turtle",
    ".turtle": "turtle",
    ".n3": "n3",
    ".nt": "nt",
    ".ntriples": "nt",
    ".jsonld": "json-ld",
    ".json": "json-ld",
    ".rdf": "xml",
    ".xml": "xml",
    ".owl": "xml",
}


def _parse_message(error: Exception) -> str:
    why = getattr(error, "_why", None)
    lines = getattr(error, "lines", None)
    if why is not None and isinstance(lines, int):  # rdflib's notation3 BadSyntax
        return one_line(f"line {lines + 1}: {why}")
    return one_line(str(error) or type(error).__name__)


def load_graph(path: Path | str) -> Graph:
    """Read a graph file: Turtle, or by suffix N-Triples (``.nt``), JSON-LD (``.jsonld``)
    or RDF/XML (``.rdf``, ``.xml``); or a store folder made by ``kg build --store``.

    Raises :class:`GraphError` when the file is missing, empty or not valid.
    """
    source = Path(path)
    fmt = GRAPH_FORMATS.get(source.suffix.lower(), "turtle")
    if not source.exists():
        raise GraphError(
            f"{source}: no such file; give a graph file written by kg build (graph.ttl)"
        )
    if source.is_dir():
        if is_store(source):  # a store made by kg build --store: the union of its graphs
            with open_store(source) as store:
                return store.to_rdflib()
        raise GraphError(
            f"{source}: is a folder; give a graph file, e.g. {source / 'graph.ttl'}, "
            "or a store folder made by kg build --store"
        )
    try:
        data = source.read_bytes()
    except OSError as error:
        raise GraphError(
            f"{source}: cannot be read ({os_reason(error)}); check its permissions"
        ) from error
    if not data.strip():
        raise GraphError(f"{source}: is empty; give a graph file written by kg build")
    if b"\x00" in data[:8192]:
        raise GraphError(
            f"{source}: is a binary file, not an RDF graph; give a Turtle file written by kg build"
        )
    graph = new_graph()
    try:
        if fmt == "json-ld":  # rdflib's JSON-LD parser needs a context-aware store
            staging = Graph()
            staging.parse(data=data, format=fmt)
            for prefix, namespace in staging.namespaces():
                graph.bind(prefix, namespace, override=False)
            for triple in staging:
                graph.add(triple)
        else:
            graph.parse(data=data, format=fmt)
    except Exception as error:  # rdflib's parsers raise many unrelated types
        raise GraphError(
            f"{source}: is not valid {fmt.upper() if fmt != 'turtle' else 'Turtle'} "
            f"({_parse_message(error)}); give a graph file written by kg build"
        ) from error
    if len(graph) == 0:
        raise GraphError(f"{source}: holds no triples; give a graph file written by kg build")
    return graph


def open_graph(path: Path | str) -> OxigraphGraph:
    """A graph file read into memory, or a kg store folder opened read-only; close it after use.

    Raises :class:`GraphError` when neither can be read (a missing file, a
    locked store ...).
    """
    source = Path(path)
    if source.is_dir() and is_store(source):
        return open_store(source)
    return OxigraphGraph.from_file(source)
