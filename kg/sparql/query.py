"""SPARQL over a kg graph, with kg's prefixes bound, and results as text.

Example:
    >>> from kg.rdf.graph import new_graph
    >>> from rdflib import RDF, RDFS, Literal
    >>> from kg.rdf.namespaces import KG, entity_iri
    >>> graph = new_graph()
    >>> _ = graph.add((entity_iri("BMA"), RDF.type, KG.TradeUnion))
    >>> _ = graph.add((entity_iri("BMA"), RDFS.label, Literal("BMA")))
    >>> result = query(graph, "SELECT ?x ?name WHERE { ?x a kg:TradeUnion ; rdfs:label ?name }")
    >>> print(format_result(result), end="")
    x      | name
    -------+-----
    id:bma | BMA
    >>> print(format_result(query(graph, "ASK { id:bma a kg:TradeUnion }")), end="")
    true
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import Namespace
from rdflib.query import Result

from kg.errors import QueryError
from kg.files import one_line
from kg.rdf.namespaces import PREFIXES
from kg.sparql.library import (  # the library was part of this module: its names stay here
    QUERY_SUFFIXES,
    LibraryQuery,
    find_library_query,
    library,
    library_dir,
    read_query,
    resolve_query,
)

if TYPE_CHECKING:  # pragma: no cover
    from kg.sparql.engine import OxigraphGraph

__all__ = [
    "query",
    "answer_limited",
    "check_query",
    "read_query",
    "resolve_query",
    "library",
    "library_dir",
    "find_library_query",
    "LibraryQuery",
    "ENGINES",
    "format_result",
    "query_namespaces",
    "PREFIXES",
    "FORMATS",
    "QUERY_SUFFIXES",
]


FORMATS = ("table", "csv", "tsv", "json")
#: SPARQL engines: Oxigraph (the default) and rdflib's own.
ENGINES = ("oxigraph", "rdflib")


def query_namespaces(graph: Graph | None = None) -> dict[str, Namespace]:
    """The prefixes a query on ``graph`` may use: the graph's own, then kg's (which win)."""
    namespaces: dict[str, Namespace] = {}
    if graph is not None:
        for prefix, namespace in graph.namespaces():
            if prefix:
                namespaces[prefix] = Namespace(str(namespace))
    namespaces.update(PREFIXES)
    return namespaces


def check_query(sparql: str, *, engine: str = "oxigraph", allow_service: bool = False) -> None:
    """Check the syntax of ``sparql`` without running it; raise :class:`QueryError` if invalid.

    The message is the engine's, with the line and column (``error at 1:10: ...``).
    Unknown prefixes are not checked here: the graph queried may declare them.
    ``SERVICE`` (federation) is refused unless ``allow_service``, and so are
    brackets nested too deep for the engine (:mod:`kg.sparql.guard`).
    """
    from kg.sparql.guard import SERVICE_REFUSED, check_depth

    if not sparql.strip():
        raise QueryError("the SPARQL query is empty; give a query or a .rq file")
    _check_engine(engine)
    check_depth(sparql)
    if engine == "oxigraph":
        from kg.sparql.engine import parse_check

        parse_check(sparql, {p: str(n) for p, n in PREFIXES.items()}, allow_service=allow_service)
        return
    from rdflib.plugins.sparql.parser import parseQuery

    try:
        parsed = parseQuery(sparql)
    except Exception as error:  # pyparsing's ParseException and friends
        raise QueryError(f"invalid SPARQL: {one_line(str(error))}") from error
    if not allow_service and _has_service(parsed):
        raise QueryError(SERVICE_REFUSED)


def _has_service(parsed: object) -> bool:
    """True when rdflib's parse tree of a query holds a ``SERVICE`` pattern."""
    from pyparsing import ParseResults
    from rdflib.plugins.sparql.parserutils import CompValue

    pending: list[object] = [parsed]
    while pending:
        node = pending.pop()
        if isinstance(node, CompValue):
            if node.name == "ServiceGraphPattern":
                return True
            pending.extend(node.values())
        elif isinstance(node, list | tuple | ParseResults):
            pending.extend(node)
    return False


def _check_engine(engine: str) -> None:
    if engine not in ENGINES:
        raise QueryError(f"unknown SPARQL engine {engine!r}; use one of {', '.join(ENGINES)}")


def query(
    graph: Graph | OxigraphGraph,
    sparql: str,
    *,
    engine: str = "oxigraph",
    allow_service: bool = False,
) -> Result:
    """Run ``sparql`` on ``graph``, kg's prefixes (kg:, id:, doc:, rdfs:, skos:, prov: ...) bound.

    ``graph`` is an rdflib graph or an :class:`~kg.sparql.engine.OxigraphGraph` (a
    graph file or a store opened with :func:`kg.sparql.source.open_graph`). The query
    runs on Oxigraph (``engine="oxigraph"``, the default: an rdflib graph is
    copied into an in-memory Oxigraph store first, so to run many queries on a
    large graph, copy it once with ``OxigraphGraph.from_graph``) or on rdflib's
    own engine (``engine="rdflib"``). Either way the result is an rdflib
    :class:`~rdflib.query.Result`, fully evaluated, so errors surface here as
    :class:`QueryError`. ``SERVICE`` (federation: requests from this machine
    to any address) is refused unless ``allow_service``. It runs in this
    process with no deadline: for queries from people you do not know, use
    :func:`answer_limited` (as ``kg query`` does).
    """
    from kg.sparql.engine import OxigraphGraph

    check_query(sparql, engine=engine, allow_service=allow_service)
    if engine == "oxigraph":
        if not isinstance(graph, OxigraphGraph):
            graph = OxigraphGraph.from_graph(graph)
        return graph.query(sparql, allow_service=allow_service)
    if isinstance(graph, OxigraphGraph):
        graph = graph.to_rdflib()
    try:
        result = graph.query(sparql, initNs=query_namespaces(graph))
        if result.type == "SELECT":
            _ = result.bindings  # evaluate now, not when formatted
        elif result.type == "ASK":
            _ = result.askAnswer
        else:
            _ = result.graph
    except Exception as error:  # rdflib raises bare Exception for e.g. unknown prefixes
        message = one_line(str(error) or type(error).__name__)
        hint = "; declare it with PREFIX name: <IRI>" if "prefix" in message.lower() else ""
        raise QueryError(f"SPARQL query failed: {message}{hint}") from error
    return result


# --------------------------------------------------------------------------- in a child process


def _answer_job(
    ready: Callable[[], None],
    path: str,
    sparql: str,
    fmt: str,
    engine: str,
    allow_service: bool,
    width: int | None,
    rewrite: Callable[[OxigraphGraph, str], tuple[str, list[str]]] | None,
) -> tuple[str, list[str]]:
    """In the child: check the query, open the graph, run the query, format the answer."""
    from kg.sparql.source import open_graph

    check_query(sparql, engine=engine, allow_service=allow_service)  # before reading the graph
    with open_graph(path) as loaded:
        ready()
        notes: list[str] = []
        if rewrite is not None:
            sparql, notes = rewrite(loaded, sparql)
        if engine == "oxigraph":  # checked above: run it at once
            result = loaded.query(sparql, allow_service=allow_service)
        else:
            result = query(loaded, sparql, engine=engine, allow_service=allow_service)
        return format_result(result, fmt, width=width), notes


def answer_limited(
    path: str | Path,
    sparql: str,
    *,
    fmt: str = "table",
    engine: str = "oxigraph",
    timeout: float = 0.0,
    memory_mib: int = 0,
    allow_service: bool = False,
    width: int | None = None,
    rewrite: Callable[[OxigraphGraph, str], tuple[str, list[str]]] | None = None,
) -> tuple[str, list[str]]:
    """Run ``sparql`` on the graph file or store at ``path`` in a child process: the answer as
    text, and notes for the user.

    ``width`` cuts a table to that many characters a line; ``rewrite``, given
    the opened graph and the query, returns the query to run and notes (names
    looked up in the graph, say); it must be picklable.

    The child cannot open network sockets (unless ``allow_service``), is
    ended after ``timeout`` seconds or once it uses ``memory_mib`` MiB more
    than the loaded graph (0: no limit), and a crash of it is an error here:
    :class:`~kg.sparql.sandbox.LimitError`, one line. The query's syntax and
    nesting are checked before the graph is read.
    """
    from kg.sparql.guard import check_depth
    from kg.sparql.sandbox import Limits, run_limited

    if fmt not in FORMATS:
        raise QueryError(f"unknown result format {fmt!r}; use one of {', '.join(FORMATS)}")
    _check_engine(engine)
    if not sparql.strip():
        raise QueryError("the SPARQL query is empty; give a query or a .rq file")
    check_depth(sparql)  # before any process starts
    limits = Limits(timeout=timeout, memory_mib=memory_mib, allow_network=allow_service)
    answer: tuple[str, list[str]] = run_limited(
        _answer_job, (str(path), sparql, fmt, engine, allow_service, width, rewrite), limits
    )
    return answer


# --------------------------------------------------------------------------- formatting


def _shorten(iri: str, namespaces: Iterable[tuple[str, str]]) -> str:
    for prefix, namespace in namespaces:
        if iri.startswith(namespace) and len(iri) > len(namespace):
            return f"{prefix}:{iri[len(namespace) :]}"
    return f"<{iri}>"


def _cell(term: object, namespaces: list[tuple[str, str]]) -> str:
    if term is None:
        return ""
    if isinstance(term, URIRef):
        return _shorten(str(term), namespaces)
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term).replace("\r", "").replace("\n", "\\n").replace("\t", " ")


_SEPARATOR = " | "
_NARROWEST = 8  # a column is cut to no fewer characters than this (or its heading)


def fit_widths(widths: Sequence[int], total: int, *, least: Sequence[int] = ()) -> list[int]:
    """Column widths whose sum with ``" | "`` between them fits ``total`` characters.

    The widest columns are cut first, down to one cap that all share, never below
    ``least`` (their headings) or :data:`_NARROWEST`; when even that is too wide, the
    columns keep those minimums and the line runs over.

    Example:
        >>> fit_widths([5, 300, 40], 80)
        [5, 35, 34]
    """
    room = total - len(_SEPARATOR) * (len(widths) - 1)
    if sum(widths) <= room:
        return list(widths)
    floors = [
        min(w, max(_NARROWEST, least[i] if i < len(least) else 0)) for i, w in enumerate(widths)
    ]
    low, high = 0, max(widths)
    while low < high:  # the largest cap at which the columns fit
        cap = (low + high + 1) // 2
        if sum(max(f, min(w, cap)) for w, f in zip(widths, floors, strict=True)) <= room:
            low = cap
        else:
            high = cap - 1
    capped = [max(f, min(w, low)) for w, f in zip(widths, floors, strict=True)]
    spare = room - sum(capped)  # what rounding left: to the cut columns, left first
    for i, w in enumerate(widths):
        extra = min(spare, w - capped[i]) if spare > 0 else 0
        capped[i] += extra
        spare -= extra
    return capped


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _table(result: Result, namespaces: Mapping[str, str], width: int | None = None) -> str:
    by_length = sorted(((p, str(n)) for p, n in namespaces.items()), key=lambda pn: -len(pn[1]))
    names = [str(var) for var in (result.vars or [])]
    rows = [[_cell(row[i], by_length) for i in range(len(names))] for row in result]  # type: ignore[index]
    widths = [max([len(name), *(len(row[i]) for row in rows)]) for i, name in enumerate(names)]
    if width is not None and names:
        widths = fit_widths(widths, width, least=[len(name) for name in names])
        rows = [[_cut(cell, w) for cell, w in zip(row, widths, strict=True)] for row in rows]
    lines = [
        " | ".join(name.ljust(width) for name, width in zip(names, widths, strict=True)).rstrip(),
        "-+-".join("-" * width for width in widths),
    ]
    lines.extend(
        " | ".join(value.ljust(width) for value, width in zip(row, widths, strict=True)).rstrip()
        for row in rows
    )
    if not rows:
        lines.append("(no results)")
    return "\n".join(lines) + "\n"


def _tsv_term(term: object) -> str:
    if term is None:
        return ""
    text = term.n3() if isinstance(term, URIRef | BNode | Literal) else str(term)
    return text.replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def _tsv(result: Result) -> str:
    variables = list(result.vars or [])
    lines = ["\t".join(f"?{var}" for var in variables)]
    lines.extend("\t".join(_tsv_term(row[i]) for i in range(len(variables))) for row in result)  # type: ignore[index]
    return "\n".join(lines) + "\n"


def _serialize(result: Result, fmt: str) -> str:
    data = result.serialize(format=fmt, encoding="utf-8")
    text = data.decode("utf-8") if isinstance(data, bytes) else str(data)
    if fmt == "json":  # rdflib writes one line: indent it, "head" first as in the specification
        data = json.loads(text)
        text = json.dumps({"head": data.pop("head", {}), **data}, indent=2, ensure_ascii=False)
    return text if text.endswith("\n") else text + "\n"


def format_result(
    result: Result,
    fmt: str = "table",
    *,
    namespaces: Mapping[str, str] | None = None,
    width: int | None = None,
) -> str:
    """``result`` as text ending in a newline.

    SELECT: ``table`` (aligned, IRIs shortened with ``namespaces``, kg's
    prefixes by default; with ``width``, the widest cells cut with "…" so that a
    line fits that many characters), or the SPARQL 1.1 ``csv``, ``tsv`` or
    ``json`` results formats. ASK: ``true``/``false`` (SPARQL JSON with
    ``json``). CONSTRUCT/DESCRIBE: Turtle.
    """
    if fmt not in FORMATS:
        raise QueryError(f"unknown result format {fmt!r}; use one of {', '.join(FORMATS)}")
    prefixes: Mapping[str, str] = (
        namespaces if namespaces is not None else {p: str(n) for p, n in PREFIXES.items()}
    )
    if result.type == "ASK":
        if fmt == "json":
            return _serialize(result, "json")
        return "true\n" if result.askAnswer else "false\n"
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        from kg.rdf.turtle import turtle_bytes

        graph = Graph(bind_namespaces="core")
        for prefix, namespace in prefixes.items():
            graph.bind(prefix, namespace, override=True, replace=True)
        for triple in result.graph or ():
            graph.add(triple)
        return turtle_bytes(graph).decode("utf-8").rstrip("\n") + "\n"
    if fmt == "table":
        return _table(result, prefixes, width)
    if fmt == "tsv":
        return _tsv(result)
    return _serialize(result, fmt)
