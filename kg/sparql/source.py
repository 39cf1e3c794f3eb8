"""Open what the user names: a graph file or a kg store folder, decided in one place.

:func:`open_source` decides once whether a path is a store folder (made by
``kg build --store``) or a graph file, and says what is wrong when it is
neither; every command that takes "a graph file or a store folder" starts
there. :func:`load_graph` gives an rdflib graph (the union of a store's
graphs); :func:`open_graph` an :class:`~kg.sparql.engine.OxigraphGraph` for
queries. Both take a path or the :class:`Source` that ``open_source`` gave.

Example:
    >>> open_source("no/such/graph.ttl")
    Traceback (most recent call last):
    ...
    kg.errors.GraphError: no/such/graph.ttl: no such file or store; give a graph file written by kg build (graph.ttl) or a store folder made by kg build --store
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph

from kg.errors import GraphError
from kg.files import one_line, os_reason
from kg.rdf.graph import new_graph
from kg.sparql.engine import OxigraphGraph
from kg.sparql.store import is_store, open_store

__all__ = ["Source", "open_source", "load_graph", "open_graph", "GRAPH_FORMATS"]

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


@dataclass(frozen=True)
class Source:
    """A path the user gave, checked: a store folder (``is_store``) or a graph file."""

    path: Path
    is_store: bool

    @property
    def name(self) -> str:
        return self.path.name


def open_source(path: Path | str | Source) -> Source:
    """Whether ``path`` is a store folder or a graph file, decided once.

    A file is checked before anything reads it: raises :class:`GraphError`
    when ``path`` is missing, a folder that is no store, or a file that cannot
    be read, is empty or is binary. A :class:`Source` is given back as it is.
    """
    if isinstance(path, Source):
        return path
    source = Path(path)
    if source.is_dir() and is_store(source):
        return Source(source, is_store=True)
    _check_graph_file(source)
    return Source(source, is_store=False)


def _check_graph_file(source: Path) -> None:
    if not source.exists():
        raise GraphError(
            f"{source}: no such file or store; give a graph file written by kg build (graph.ttl) "
            "or a store folder made by kg build --store"
        )
    if source.is_dir():
        raise GraphError(
            f"{source}: is a folder but not a kg store; give a graph file, e.g. "
            f"{source / 'graph.ttl'}, or a store folder made by kg build --store"
        )
    try:
        with source.open("rb") as stream:
            head = stream.read(8192)
        empty = not head.strip() and not source.read_bytes().strip()
    except OSError as error:
        raise GraphError(
            f"{source}: cannot be read ({os_reason(error)}); check its permissions"
        ) from error
    if empty:
        raise GraphError(f"{source}: is empty; give a graph file written by kg build")
    if b"\x00" in head:
        raise GraphError(
            f"{source}: is a binary file, not an RDF graph; give a Turtle file written by kg build"
        )


def open_graph(path: Path | str | Source) -> OxigraphGraph:
    """A graph file read into memory, or a kg store folder opened read-only; close it after use.

    Raises :class:`GraphError` when neither can be read (a missing file, a
    locked store ...).
    """
    source = open_source(path)
    if source.is_store:
        return open_store(source.path)
    return OxigraphGraph.from_file(source.path)


def load_graph(path: Path | str | Source) -> Graph:
    """Read a graph file: Turtle, or by suffix N-Triples (``.nt``), JSON-LD (``.jsonld``)
    or RDF/XML (``.rdf``, ``.xml``); or a store folder made by ``kg build --store``.

    Raises :class:`GraphError` when the file is missing, empty or not valid.
    """
    source = open_source(path)
    if source.is_store:  # the union of its graphs
        with open_store(source.path) as store:
            return store.to_rdflib()
    return _parse_file(source.path)


def _parse_file(source: Path) -> Graph:
    """A graph file parsed by rdflib, with kg's prefixes bound."""
    fmt = GRAPH_FORMATS.get(source.suffix.lower(), "turtle")
    try:
        data = source.read_bytes()
    except OSError as error:
        raise GraphError(
            f"{source}: cannot be read ({os_reason(error)}); check its permissions"
        ) from error
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


def _parse_message(error: Exception) -> str:
    why = getattr(error, "_why", None)
    lines = getattr(error, "lines", None)
    if why is not None and isinstance(lines, int):  # rdflib's notation3 BadSyntax
        return one_line(f"line {lines + 1}: {why}")
    return one_line(str(error) or type(error).__name__)
