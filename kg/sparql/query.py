"""SPARQL over a kg graph, with kg's prefixes bound, and results as text.

Example:
    >>> from kg.graph import new_graph
    >>> from rdflib import RDF, RDFS, Literal
    >>> from kg.namespaces import KG, entity_iri
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
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import Namespace
from rdflib.query import Result

from kg.errors import QueryError
from kg.rdf.namespaces import PREFIXES

if TYPE_CHECKING:  # pragma: no cover
    from kg.sparql.engine import OxigraphGraph

__all__ = [
    "query",
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
QUERY_SUFFIXES = (".rq", ".sparql")


def _one_line(text: str, limit: int = 300) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def query_namespaces(graph: Graph | None = None) -> dict[str, Namespace]:
    """The prefixes a query on ``graph`` may use: the graph's own, then kg's (which win)."""
    namespaces: dict[str, Namespace] = {}
    if graph is not None:
        for prefix, namespace in graph.namespaces():
            if prefix:
                namespaces[prefix] = Namespace(str(namespace))
    namespaces.update(PREFIXES)
    return namespaces


def check_query(sparql: str, *, engine: str = "oxigraph") -> None:
    """Check the syntax of ``sparql`` without running it; raise :class:`QueryError` if invalid.

    The message is the engine's, with the line and column (``error at 1:10: ...``).
    Unknown prefixes are not checked here: the graph queried may declare them.
    """
    if not sparql.strip():
        raise QueryError("the SPARQL query is empty; give a query or a .rq file")
    _check_engine(engine)
    if engine == "oxigraph":
        from kg.sparql.engine import parse_check

        parse_check(sparql, {p: str(n) for p, n in PREFIXES.items()})
        return
    from rdflib.plugins.sparql.parser import parseQuery

    try:
        parseQuery(sparql)
    except Exception as error:  # pyparsing's ParseException and friends
        raise QueryError(f"invalid SPARQL: {_one_line(str(error))}") from error


def _check_engine(engine: str) -> None:
    if engine not in ENGINES:
        raise QueryError(f"unknown SPARQL engine {engine!r}; use one of {', '.join(ENGINES)}")


def query(graph: Graph | OxigraphGraph, sparql: str, *, engine: str = "oxigraph") -> Result:
    """Run ``sparql`` on ``graph``, kg's prefixes (kg:, id:, doc:, rdfs:, skos:, prov: ...) bound.

    ``graph`` is an rdflib graph or an :class:`~kg.engine.OxigraphGraph` (a
    graph file or a store opened with :func:`kg.engine.open_graph`). The query
    runs on Oxigraph (``engine="oxigraph"``, the default: an rdflib graph is
    copied into an in-memory Oxigraph store first, so to run many queries on a
    large graph, copy it once with ``OxigraphGraph.from_graph``) or on rdflib's
    own engine (``engine="rdflib"``). Either way the result is an rdflib
    :class:`~rdflib.query.Result`, fully evaluated, so errors surface here as
    :class:`QueryError`.
    """
    from kg.sparql.engine import OxigraphGraph

    check_query(sparql, engine=engine)
    if engine == "oxigraph":
        if not isinstance(graph, OxigraphGraph):
            graph = OxigraphGraph.from_graph(graph)
        return graph.query(sparql)
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
        message = _one_line(str(error) or type(error).__name__)
        hint = "; declare it with PREFIX name: <IRI>" if "prefix" in message.lower() else ""
        raise QueryError(f"SPARQL query failed: {message}{hint}") from error
    return result


# --------------------------------------------------------------------------- the query library


@dataclass(frozen=True)
class LibraryQuery:
    """A query of kg's library: its name (the file name without ``.rq``), file and summary."""

    name: str
    path: Path
    summary: str

    @property
    def parameters(self) -> list[QueryParameter]:
        return query_parameters(self.path.read_text(encoding="utf-8"))


@dataclass(frozen=True)
class QueryParameter:
    """A value a query lets its user change, declared in its opening comment.

    ``# Parameter name = "BMA": the entity`` declares ``name``; the literal
    ``"BMA"`` stands in the query where the value goes.
    """

    name: str
    default: str
    literal: str
    description: str


_PARAMETER = re.compile(
    r'^#[ \t]*Parameter[ \t]+([A-Za-z_]\w*)[ \t]*=[ \t]*("(?:[^"\\\n]|\\.)*")[ \t]*:?[ \t]*(.*)$',
    re.MULTILINE,
)


def query_parameters(text: str) -> list[QueryParameter]:
    """The parameters ``text`` declares (``# Parameter NAME = "default": what it is``).

    Example:
        >>> [p.name for p in query_parameters('# Parameter who = "BMA": an actor\\nASK {}')]
        ['who']
    """
    found = []
    for match in _PARAMETER.finditer(text):
        name, literal, description = match.groups()
        default = re.sub(r"\\(.)", r"\1", literal[1:-1])
        found.append(QueryParameter(name, default, literal, description.strip()))
    return found


def sparql_string(value: str) -> str:
    """``value`` as a SPARQL string literal, quotes and backslashes escaped."""
    escaped = (
        value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    )
    return f'"{escaped}"'


def apply_parameters(text: str, values: Mapping[str, str]) -> str:
    """``text`` with the declared parameters in ``values`` set (escaped as SPARQL strings).

    Each declared parameter's default literal is replaced wherever it stands in the
    query (comment lines are left as they are). Raises :class:`QueryError` for a
    name the query does not declare.

    Example:
        >>> query = '# Parameter who = "BMA": an actor\\nSELECT * { ?x ?p "BMA" }'
        >>> apply_parameters(query, {"who": "NHS England"}).splitlines()[1]
        'SELECT * { ?x ?p "NHS England" }'
    """
    if not values:
        return text
    declared = {parameter.name: parameter for parameter in query_parameters(text)}
    for name in values:
        if name not in declared:
            known = ", ".join(declared) if declared else "none"
            raise QueryError(
                f"the query has no parameter {name!r} (its parameters: {known}); "
                "parameters are declared as '# Parameter NAME = \"value\": ...'"
            )
    lines = text.splitlines(keepends=True)
    for name, value in values.items():
        parameter = declared[name]
        replaced = False
        for i, line in enumerate(lines):
            if not line.lstrip().startswith("#") and parameter.literal in line:
                lines[i] = line.replace(parameter.literal, sparql_string(value))
                replaced = True
        if not replaced:
            raise QueryError(
                f"the query declares parameter {name!r} but never uses {parameter.literal}; "
                "fix the query"
            )
    return "".join(lines)


def library_dir() -> Path:
    """The folder of kg's query library: ``kg/queries`` in a wheel, ``examples/queries`` in a checkout."""
    package = Path(__file__).resolve().parent.parent  # kg/
    for candidate in (package / "queries", package.parent / "examples" / "queries"):
        if candidate.is_dir() and any(candidate.glob("*.rq")):
            return candidate
    raise QueryError("kg's query library is missing: reinstall kg (pip install -e .)")


def library() -> list[LibraryQuery]:
    """Every query of the library, by name; the summary is the first line of its opening comment."""
    found = []
    for path in sorted(library_dir().glob("*.rq")):
        summary = ""
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("#"):
                summary = line.lstrip("#").strip()
                break
        found.append(LibraryQuery(path.stem, path, summary))
    return found


def find_library_query(name: str) -> LibraryQuery | None:
    """The library query called ``name``, or the only one whose name starts with ``name``.

    Returns ``None`` when none matches; raises :class:`QueryError` when several do.
    """
    queries = library()
    for item in queries:
        if item.name == name:
            return item
    matches = [item for item in queries if item.name.startswith(name)]
    if len(matches) > 1:
        names = ", ".join(item.name for item in matches)
        raise QueryError(f"{name!r} names several library queries ({names}); give more of the name")
    return matches[0] if matches else None


_QUERY_NAME = re.compile(r"^[a-z0-9][a-z0-9-]*$")


def resolve_query(
    text_path_or_name: str | Path, parameters: Mapping[str, str] | None = None
) -> str:
    """The text of a query given as SPARQL, a ``.rq`` file, or the name of a library query.

    A lowercase word such as ``who-opposes`` that is no file is looked up in the
    library (``kg query --list``); anything else is read by :func:`read_query`.
    ``parameters`` sets the query's declared parameters (:func:`apply_parameters`).
    """
    if isinstance(text_path_or_name, str):
        candidate = text_path_or_name.strip()
        if _QUERY_NAME.match(candidate) and not _is_file(candidate):
            item = find_library_query(candidate)
            if item is None:
                raise QueryError(
                    f"no library query is named {candidate!r}; kg query --list shows them "
                    "(or give SPARQL text or a .rq file)"
                )
            return apply_parameters(item.path.read_text(encoding="utf-8"), parameters or {})
    return apply_parameters(read_query(text_path_or_name), parameters or {})


def read_query(text_or_path: str | Path) -> str:
    """The text of a query given as a string, or as a path to a ``.rq``/``.sparql`` file.

    A string is read as a path when it ends in ``.rq``/``.sparql`` or names an
    existing file; raises :class:`QueryError` when that file cannot be read.
    """
    if isinstance(text_or_path, str):
        candidate = text_or_path.strip()
        is_path = "\n" not in candidate and (
            candidate.lower().endswith(QUERY_SUFFIXES) or _is_file(candidate)
        )
        if not is_path:
            if not candidate:
                raise QueryError("the SPARQL query is empty; give a query or a .rq file")
            return text_or_path
        path = Path(candidate)
    else:
        path = Path(text_or_path)
    if not path.exists():
        raise QueryError(f"{path}: no such query file; give a .rq file or the query text itself")
    if path.is_dir():
        raise QueryError(f"{path}: is a folder; give a .rq file or the query text itself")
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise QueryError(f"{path}: is not UTF-8 text; save the query as UTF-8") from error
    except OSError as error:
        raise QueryError(
            f"{path}: cannot be read ({error.strerror}); check its permissions"
        ) from error
    if not text.strip():
        raise QueryError(f"{path}: is empty; write a SPARQL query in it")
    return text


def _is_file(text: str) -> bool:
    try:
        return len(text) < 4096 and Path(text).is_file()
    except (OSError, ValueError):
        return False


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


def _table(result: Result, namespaces: Mapping[str, str]) -> str:
    by_length = sorted(((p, str(n)) for p, n in namespaces.items()), key=lambda pn: -len(pn[1]))
    names = [str(var) for var in (result.vars or [])]
    rows = [[_cell(row[i], by_length) for i in range(len(names))] for row in result]  # type: ignore[index]
    widths = [max([len(name), *(len(row[i]) for row in rows)]) for i, name in enumerate(names)]
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
    result: Result, fmt: str = "table", *, namespaces: Mapping[str, str] | None = None
) -> str:
    """``result`` as text ending in a newline.

    SELECT: ``table`` (aligned, IRIs shortened with ``namespaces``, kg's
    prefixes by default), or the SPARQL 1.1 ``csv``, ``tsv`` or ``json``
    results formats. ASK: ``true``/``false`` (SPARQL JSON with ``json``).
    CONSTRUCT/DESCRIBE: Turtle.
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
        return _table(result, prefixes)
    if fmt == "tsv":
        return _tsv(result)
    return _serialize(result, fmt)
