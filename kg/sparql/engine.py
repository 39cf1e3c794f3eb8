"""SPARQL on Oxigraph: rdflib stays the graph API, Oxigraph runs the queries.

rdflib's own SPARQL engine evaluates joins and aggregates in Python and is slow
on graphs of a million triples (``benchmarks/RESULTS.md``); Oxigraph (through
``pyoxigraph``) parses, stores and queries in Rust. An :class:`OxigraphGraph`
holds a graph in an Oxigraph store, in memory or on disk, and answers queries
read-only; results come back as rdflib terms, so kg's formatting and every
caller that expects an :class:`rdflib.query.Result` work unchanged.

Queries that name no dataset (no ``FROM``/``FROM NAMED``) see the union of
all graphs as their default graph, so a persistent store (one named graph per
document, see :mod:`kg.sparql.store`) answers like the single graph ``kg
build`` writes; a query that names its dataset gets exactly that dataset.
``SERVICE`` (federation) is refused unless allowed, and brackets nested too
deep are refused before Oxigraph parses them (:mod:`kg.sparql.guard`).

Example:
    >>> from rdflib import RDFS, Literal
    >>> from kg.rdf.graph import new_graph
    >>> from kg.rdf.namespaces import entity_iri
    >>> graph = new_graph()
    >>> _ = graph.add((entity_iri("BMA"), RDFS.label, Literal("BMA")))
    >>> oxi = OxigraphGraph.from_graph(graph)
    >>> len(oxi)
    1
    >>> [str(row.name) for row in oxi.query("SELECT ?name WHERE { ?x rdfs:label ?name }")]
    ['BMA']
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef, Variable
from rdflib.query import Result

from kg.errors import GraphError, QueryError
from kg.files import one_line, os_reason

__all__ = [
    "OxigraphGraph",
    "open_disk_store",
    "disk_store_used",
    "check_service",
    "to_oxigraph",
    "from_oxigraph",
    "to_result",
    "parse_check",
    "empty_store",
    "sparql_message",
    "RDF_FORMATS",
]

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"

#: Oxigraph's parser by file suffix (the suffixes of ``kg.sparql.source.GRAPH_FORMATS`` and more);
#: anything else is read as Turtle. The second item names the format in messages.
RDF_FORMATS: dict[str, tuple[ox.RdfFormat, str]] = {
    ".ttl": (ox.RdfFormat.TURTLE, "Turtle"),
    ".turtle": (ox.RdfFormat.TURTLE, "Turtle"),
    ".n3": (ox.RdfFormat.N3, "N3"),
    ".nt": (ox.RdfFormat.N_TRIPLES, "NT"),
    ".ntriples": (ox.RdfFormat.N_TRIPLES, "NT"),
    ".nq": (ox.RdfFormat.N_QUADS, "N-Quads"),
    ".trig": (ox.RdfFormat.TRIG, "TriG"),
    ".jsonld": (ox.RdfFormat.JSON_LD, "JSON-LD"),
    ".json": (ox.RdfFormat.JSON_LD, "JSON-LD"),
    ".rdf": (ox.RdfFormat.RDF_XML, "XML"),
    ".xml": (ox.RdfFormat.RDF_XML, "XML"),
    ".owl": (ox.RdfFormat.RDF_XML, "XML"),
}


# --------------------------------------------------------------------------- terms


def to_oxigraph(term: Any, _blank: dict[Any, ox.BlankNode] | None = None) -> Any:
    """The Oxigraph term for an rdflib term (IRI, blank node or literal).

    Raises :class:`GraphError` for an IRI Oxigraph rejects (rdflib lets some through).
    """
    if isinstance(term, URIRef):
        try:
            return ox.NamedNode(str(term))
        except ValueError as error:
            raise GraphError(f"<{term}> is not a valid IRI ({error}); fix the graph") from error
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None and str(term.datatype) != _XSD_STRING:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    if isinstance(term, BNode):
        if _blank is None:
            return ox.BlankNode(str(term)) if _BLANK_ID.match(str(term)) else ox.BlankNode()
        found = _blank.get(term)
        if found is None:
            found = _blank[term] = ox.BlankNode()
        return found
    raise GraphError(f"cannot store {term!r} in Oxigraph: not an IRI, blank node or literal")


_BLANK_ID = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.\-]*$")


def from_oxigraph(term: Any) -> Any:
    """The rdflib term for an Oxigraph term; ``None`` stays ``None`` (an unbound variable).

    A plain ``xsd:string`` literal becomes a literal without datatype, as rdflib
    writes it, so results compare equal to the terms of an rdflib graph.
    """
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        if datatype == _XSD_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(datatype))
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    raise QueryError(f"the result holds {term!r}, which rdflib cannot represent (RDF-star)")


class _Converter:
    """rdflib → Oxigraph with a cache: kg graphs repeat the same IRIs and literals often."""

    def __init__(self) -> None:
        self._cache: dict[Any, Any] = {}
        self._blank: dict[Any, ox.BlankNode] = {}

    def __call__(self, term: Any) -> Any:
        found = self._cache.get(term)
        if found is None:
            found = self._cache[term] = to_oxigraph(term, self._blank)
        return found

    def quads(
        self, triples: Iterable[tuple[Any, Any, Any]], graph_name: Any = None
    ) -> Iterator[ox.Quad]:
        name = ox.DefaultGraph() if graph_name is None else self(graph_name)
        for s, p, o in triples:
            yield ox.Quad(self(s), self(p), self(o), name)


def quads_of(triples: Iterable[tuple[Any, Any, Any]], graph_name: Any = None) -> Iterator[ox.Quad]:
    """Oxigraph quads for rdflib ``triples``, in ``graph_name`` (an IRI) or the default graph."""
    return _Converter().quads(triples, graph_name)


def to_result(answer: Any) -> Result:
    """An rdflib :class:`~rdflib.query.Result` holding Oxigraph's answer, fully evaluated."""
    if isinstance(answer, ox.QueryBoolean):
        result = Result("ASK")
        result.askAnswer = bool(answer)
        return result
    if isinstance(answer, ox.QueryTriples):
        result = Result("CONSTRUCT")
        graph = Graph()
        add = graph.add
        for triple in answer:
            add(
                (
                    from_oxigraph(triple.subject),
                    URIRef(triple.predicate.value),
                    from_oxigraph(triple.object),
                )
            )
        result.graph = graph
        return result
    result = Result("SELECT")
    variables = [Variable(v.value) for v in answer.variables]
    result.vars = variables
    cache: dict[Any, Any] = {}
    bindings = []
    count = len(variables)
    for solution in answer:
        row = {}
        for i in range(count):
            value = solution[i]
            if value is not None:
                term = cache.get(value)
                if term is None:
                    term = cache[value] = from_oxigraph(value)
                row[variables[i]] = term
        bindings.append(row)
    result.bindings = bindings  # type: ignore[assignment]
    return result


# --------------------------------------------------------------------------- errors

_POSITION = re.compile(r"^error at (\d+):(\d+): ")
_CHAR_CLASS = re.compile(r"\[[^\[\]]*\]")
_QUOTED = re.compile(r'"(?:[^"\\]|\\.)*"')
_PREFIXED = re.compile(r"([A-Za-z][\w.\-]*)?:[^\s]*$")
_SPACE = r"(?:\s|#[^\n]*(?:\n|$))"  # white space and comments, as SPARQL's grammar has them
_UPDATE = re.compile(
    rf"^(?:{_SPACE}|PREFIX{_SPACE}+[\w.\-]*:{_SPACE}*<[^>]*>|BASE{_SPACE}*<[^>]*>)*"
    r"(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b",
    re.IGNORECASE,
)


def is_update(sparql: str) -> bool:
    """True when ``sparql`` is a SPARQL Update request (INSERT, DELETE, LOAD, DROP ...).

    Only the first keyword after the prologue counts: words in comments
    (``# else; add FILTER ...``) and in IRIs do not.

    Example:
        >>> is_update("# add a FILTER to keep facts\\nSELECT * WHERE { ?s ?p ?o }")
        False
        >>> is_update("PREFIX ex: # a comment\\n <http://ex/#> INSERT DATA { ex:a ex:b ex:c }")
        True
    """
    return _UPDATE.match(sparql) is not None


def _prefix_at(sparql: str, line: int, column: int) -> str | None:
    lines = sparql.split("\n")
    if not 1 <= line <= len(lines):
        return None
    before = lines[line - 1][: max(column - 1, 0)]
    match = _PREFIXED.search(before)
    return match.group(1) or "" if match else None


_STRINGS_AND_IRIS = re.compile(
    r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\s]*>|#[^\n]*'
)
_PREFIX_USE = re.compile(
    r"(?<![\w?$:.\-])([A-Za-z][\w\-]*(?:\.[\w\-]+)*)?:(?=[\w%\\]|\s|[;,.)\]}])"
)
_PREFIX_DECL = re.compile(r"PREFIX\s+([A-Za-z][\w.\-]*)?:", re.IGNORECASE)


def undeclared_prefixes(sparql: str, bound: Mapping[str, str]) -> list[str]:
    """Prefixes ``sparql`` uses that it does not declare and ``bound`` does not hold."""
    code = _STRINGS_AND_IRIS.sub(" ", sparql)
    declared = {m.group(1) or "" for m in _PREFIX_DECL.finditer(code)}
    used = {m.group(1) or "" for m in _PREFIX_USE.finditer(_PREFIX_DECL.sub(" ", code))}
    return sorted(used - declared - set(bound))


def sparql_message(error: Exception, sparql: str, bound: Mapping[str, str] | None = None) -> str:
    """Oxigraph's parser message on one line, with its line:column, made readable.

    Lists of expected character classes are dropped; an unknown prefix is named.
    """
    message = str(error) or type(error).__name__
    position = _POSITION.match(message)
    if bound is not None and "Prefix not found" not in message:
        missing = undeclared_prefixes(sparql, bound)
        if missing:
            name = missing[0]
            where = position.group(0).rstrip(": ") if position else "error"
            return f"{where}: unknown prefix '{name}:'; declare it with PREFIX {name}: <IRI>"
    if "Prefix not found" in message and position:
        prefix = _prefix_at(sparql, int(position.group(1)), int(position.group(2)))
        where = position.group(0).rstrip(": ")
        if prefix is not None:
            return f"{where}: unknown prefix '{prefix}:'; declare it with PREFIX {prefix}: <IRI>"
        return f"{where}: unknown prefix; declare it with PREFIX name: <IRI>"
    head, found, tail = message.partition("expected one of ")
    if found:
        tokens = _QUOTED.findall(_CHAR_CLASS.sub("", tail))
        extra = " or a name" if _CHAR_CLASS.search(tail) else ""
        message = f"{head}expected one of {', '.join(tokens)}{extra}" if tokens else message
    return one_line(message)


_UPDATE_REFUSED = (
    "invalid SPARQL: this is an update (INSERT, DELETE, LOAD ...); kg runs read-only queries"
)


@functools.cache
def empty_store() -> ox.Store:
    """An empty in-memory store, made once: it parses queries without touching any data.

    Oxigraph evaluates as it parses (``SERVICE`` requests are sent, constant
    ``VALUES`` joined), so only call it where the query may run: in a process
    with a deadline, after :func:`check_service`.
    """
    return ox.Store()


_DISK_STORES = {"opened": False}


def open_disk_store(path: Path | str, *, read_only: bool) -> ox.Store:
    """Open an on-disk (RocksDB) Oxigraph database, noting that this process did.

    RocksDB keeps threads that a forked child does not have, so a process
    that opened one must start children with ``spawn`` (:func:`disk_store_used`).
    """
    _DISK_STORES["opened"] = True
    return ox.Store.read_only(str(path)) if read_only else ox.Store(str(path))


def disk_store_used() -> bool:
    """True when this process opened an on-disk Oxigraph database (see :func:`open_disk_store`)."""
    return _DISK_STORES["opened"]


def _parser(prefixes: Mapping[str, str]) -> Callable[[str], object]:
    """Parse a query with Oxigraph on the empty store; unknown prefixes get placeholders."""

    def parse(text: str) -> object:
        bound = dict(prefixes)
        for name in undeclared_prefixes(text, bound):  # a graph may declare them
            bound[name] = f"urn:kg:undeclared:{name}:"
        return empty_store().query(text, prefixes=bound)

    return parse


def check_service(sparql: str, prefixes: Mapping[str, str], *, allow_service: bool) -> bool:
    """Refuse ``SERVICE`` unless ``allow_service``; True when the query uses it.

    Raises :class:`QueryError` (one line) for a refused federated query or a
    query that is not valid SPARQL. Sends no request (see :mod:`kg.sparql.guard`).
    """
    from kg.sparql.guard import SERVICE_REFUSED, check_depth, uses_service

    check_depth(sparql)
    try:
        used = uses_service(sparql, _parser(prefixes))
    except SyntaxError as error:
        raise QueryError(f"invalid SPARQL: {sparql_message(error, sparql)}") from error
    if used and not allow_service:
        raise QueryError(SERVICE_REFUSED)
    return used


def parse_check(sparql: str, prefixes: Mapping[str, str], *, allow_service: bool = False) -> None:
    """Parse ``sparql`` with Oxigraph; raise :class:`QueryError` with the position if invalid.

    An unknown prefix is not an error here: a graph may declare it. A
    federated query is refused unless ``allow_service``; when allowed it is
    not parsed here (on the empty store its requests would already be sent),
    only when it runs.
    """
    if is_update(sparql):
        raise QueryError(_UPDATE_REFUSED)
    if check_service(sparql, prefixes, allow_service=allow_service):
        return
    try:
        _parser(prefixes)(sparql)
    except SyntaxError as error:
        if "Prefix not found" in str(error):
            return
        raise QueryError(f"invalid SPARQL: {sparql_message(error, sparql)}") from error


# --------------------------------------------------------------------------- graphs


class OxigraphGraph:
    """A graph held in an Oxigraph store (in memory or on disk), queried read-only.

    Queries see the union of the named graphs (and the default graph) as their
    default graph; ``GRAPH ?g { ... }`` reaches each named graph. ``prefixes``
    are the graph's own prefixes (from the file it was read from), offered to
    queries beside kg's. Close an on-disk graph (or use ``with``) to release it.
    """

    def __init__(
        self,
        store: ox.Store,
        *,
        name: str = "graph",
        prefixes: Mapping[str, str] | None = None,
        on_close: Callable[[], None] | None = None,
    ) -> None:
        self.store = store
        self.name = name
        self.prefixes: dict[str, str] = dict(prefixes or {})
        self._on_close = on_close

    # ------------------------------------------------------------------ making

    @classmethod
    def from_graph(cls, graph: Graph, *, name: str = "graph") -> OxigraphGraph:
        """A copy of the rdflib ``graph`` in an in-memory Oxigraph store (named graphs kept)."""
        store = ox.Store()
        convert = _Converter()
        contexts = (
            list(graph.contexts()) if hasattr(graph, "contexts") and graph.context_aware else []
        )
        if contexts:
            for context in contexts:
                identifier = context.identifier
                target = (
                    identifier
                    if isinstance(identifier, URIRef) and not _is_default(identifier)
                    else None
                )
                store.bulk_extend(convert.quads(context, target))
        else:
            store.bulk_extend(convert.quads(graph))
        prefixes = {p: str(n) for p, n in graph.namespaces() if p}
        return cls(store, name=name, prefixes=prefixes)

    @classmethod
    def from_file(cls, path: Path | str) -> OxigraphGraph:
        """Read a graph file (Turtle, N-Triples, N-Quads, TriG, JSON-LD, RDF/XML by suffix).

        Raises :class:`GraphError` when the file cannot be read, is not valid or
        holds no triples. For a path a user gave, use
        :func:`kg.sparql.source.open_graph`: it says first what is wrong with it.
        """
        source = Path(path)
        fmt, fmt_name = RDF_FORMATS.get(source.suffix.lower(), (ox.RdfFormat.TURTLE, "Turtle"))
        store = ox.Store()
        try:
            parser = ox.parse(path=str(source), format=fmt)
            store.bulk_extend(parser)
            prefixes = dict(getattr(parser, "prefixes", {}) or {})
        except (SyntaxError, ValueError) as error:
            raise GraphError(
                f"{source}: is not valid {fmt_name} ({one_line(str(error))}); "
                "give a graph file written by kg build"
            ) from error
        except OSError as error:
            raise GraphError(
                f"{source}: cannot be read ({os_reason(error)}); check its permissions"
            ) from error
        if len(store) == 0:
            raise GraphError(f"{source}: holds no triples; give a graph file written by kg build")
        return cls(store, name=source.name, prefixes=prefixes)

    # ------------------------------------------------------------------ reading

    def __len__(self) -> int:
        return len(self.store)

    def __enter__(self) -> OxigraphGraph:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Release the store (and the lock of an on-disk kg store)."""
        on_close, self._on_close = self._on_close, None
        if on_close is not None:
            on_close()

    def named_graphs(self) -> list[URIRef]:
        """The names of the named graphs, sorted."""
        return sorted(
            URIRef(g.value) for g in self.store.named_graphs() if isinstance(g, ox.NamedNode)
        )

    def quads(self, graph_name: URIRef | None = None) -> Iterator[ox.Quad]:
        """Every quad, or those of one named graph."""
        target = None if graph_name is None else ox.NamedNode(str(graph_name))
        return self.store.quads_for_pattern(None, None, None, target)

    def triples(self, graph_name: URIRef | None = None) -> Iterator[tuple[Any, Any, Any]]:
        """Every triple as rdflib terms (a triple in two named graphs comes twice)."""
        for quad in self.quads(graph_name):
            yield (
                from_oxigraph(quad.subject),
                URIRef(quad.predicate.value),
                from_oxigraph(quad.object),
            )

    def to_rdflib(self) -> Graph:
        """The union of all graphs as an rdflib graph with kg's prefixes (and the graph's own)."""
        from kg.rdf.graph import new_graph

        graph = new_graph()
        for prefix, namespace in self.prefixes.items():
            graph.bind(prefix, namespace, override=False)
        add = graph.add
        cache: dict[Any, Any] = {}
        for quad in self.store:
            terms = []
            for term in (quad.subject, quad.predicate, quad.object):
                found = cache.get(term)
                if found is None:
                    found = cache[term] = from_oxigraph(term)
                terms.append(found)
            add((terms[0], terms[1], terms[2]))
        return graph

    # ------------------------------------------------------------------ querying

    def query_raw(
        self,
        sparql: str,
        *,
        prefixes: Mapping[str, str] | None = None,
        allow_service: bool = False,
    ) -> Any:
        """Oxigraph's own answer (lazy solutions, triples or a boolean).

        A query that names no dataset sees the union of the graphs as its
        default graph. Raises :class:`QueryError` (with line:column) for
        invalid SPARQL, brackets nested too deep, or ``SERVICE`` unless
        ``allow_service``.
        """
        from kg.rdf.namespaces import PREFIXES
        from kg.sparql.guard import declares_dataset

        bound = {**self.prefixes, **{p: str(n) for p, n in PREFIXES.items()}, **(prefixes or {})}
        if is_update(sparql):
            raise QueryError(_UPDATE_REFUSED)
        check_service(sparql, bound, allow_service=allow_service)
        union = not declares_dataset(sparql)
        try:
            return self.store.query(sparql, prefixes=bound, use_default_graph_as_union=union)
        except SyntaxError as error:
            raise QueryError(f"invalid SPARQL: {sparql_message(error, sparql, bound)}") from error
        except (OSError, ValueError, RuntimeError) as error:
            raise QueryError(f"SPARQL query failed: {one_line(str(error))}") from error

    def query(
        self,
        sparql: str,
        *,
        prefixes: Mapping[str, str] | None = None,
        allow_service: bool = False,
    ) -> Result:
        """Run ``sparql``; the answer as a fully evaluated rdflib :class:`~rdflib.query.Result`."""
        answer = self.query_raw(sparql, prefixes=prefixes, allow_service=allow_service)
        try:
            return to_result(answer)
        except (OSError, ValueError, RuntimeError) as error:
            raise QueryError(f"SPARQL query failed: {one_line(str(error))}") from error


def _is_default(identifier: Any) -> bool:
    return str(identifier) in ("urn:x-rdflib:default", "urn:x-rdflib-default")
