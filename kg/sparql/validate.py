"""Check a graph against kg's SHACL shapes (``ontology/shapes.ttl``): ``kg validate``.

The shapes state what a well-formed kg graph is: every entity has one label
and one core type, every relation has a statement with its sentence and
offsets, every statement, mention, sentence and document has the properties
kg writes (see the comment at the top of ``shapes.ttl``). kg's ontology is
added to the graph as its class and property hierarchy, so a graph without the
ontology's triples is checked the same way.

Two engines give the same violations:

* ``oxigraph`` (the default): the shapes compiled to SPARQL (:mod:`kg.sparql.shacl`),
  one query per constraint over the whole graph, on Oxigraph. About 1 s for a
  100k-triple graph.
* ``pyshacl``: the reference implementation, focus node by focus node on rdflib:
  minutes for a few thousand triples, hours for 100k. ``engine="auto"`` uses it
  only when extra shapes use a part of SHACL that is not compiled.

Example:
    >>> from kg.rdf.graph import new_graph
    >>> validate(new_graph()).conforms
    True
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import RDF, RDFS, Graph, URIRef
from rdflib.namespace import SH

from kg.errors import GraphError, KGError
from kg.files import first_line
from kg.rdf.namespaces import KG
from kg.sparql.engine import OxigraphGraph
from kg.sparql.shacl import Check

logger = logging.getLogger(__name__)

_ONTOLOGY_GRAPH = "urn:x-kg:ontology"
_SHAPE_PREFIXES = {"kgsh": "https://w3id.org/kg-policy/shapes#"}

__all__ = [
    "ENGINES",
    "Progress",
    "Violation",
    "ValidationReport",
    "ValidationFailed",
    "validate",
    "shapes_path",
    "format_report",
]


class ValidationFailed(KGError):
    """The graph does not conform to the shapes."""

    exit_code = 1


@dataclass(frozen=True)
class Violation:
    """One result of the validation: the node, the path, the offending value, why."""

    focus: str
    path: str
    value: str
    message: str
    severity: str
    shape: str


@dataclass
class ValidationReport:
    """Whether the graph conforms, and every violation (sorted by focus node and message)."""

    conforms: bool
    violations: list[Violation] = field(default_factory=list)
    report: Graph | None = None  # pyshacl's report graph, when pyshacl checked
    engine: str = "oxigraph"


def shapes_path() -> Path:
    """``shapes.ttl`` beside kg's ontology."""
    from kg.rdf.schema import ontology_dir

    return ontology_dir() / "shapes.ttl"


@functools.lru_cache(maxsize=4)
def _load_shapes(paths: tuple[str, ...]) -> Graph:
    graph = Graph()
    for path in paths:
        try:
            graph.parse(path, format="turtle")
        except FileNotFoundError as error:
            raise GraphError(
                f"{path}: no such shapes file; give a SHACL shapes file in Turtle"
            ) from error
        except Exception as error:  # rdflib's parsers raise many types
            raise GraphError(
                f"{path}: not valid Turtle ({first_line(error)}); fix the shapes file"
            ) from error
    return graph


class _PreparedQueries(Graph):
    """A graph that parses each SPARQL text once.

    pyshacl runs a SPARQL constraint once per focus node with the same text;
    rdflib would parse it every time, which took most of the validation time.
    """

    _prepared: dict[tuple[str, tuple[tuple[str, str], ...]], Any]

    def query(
        self,
        query_object: Any,
        processor: Any = "sparql",
        result: Any = "sparql",
        initNs: Any = None,  # noqa: N803 - rdflib's names
        initBindings: Any = None,  # noqa: N803
        use_store_provided: bool = True,
        **kwargs: Any,
    ) -> Any:
        if isinstance(query_object, str):
            from rdflib.plugins.sparql import prepareQuery

            cache = self.__dict__.setdefault("_prepared", {})
            key = (query_object, tuple(sorted((str(k), str(v)) for k, v in (initNs or {}).items())))
            prepared = cache.get(key)
            if prepared is None:
                prepared = cache[key] = prepareQuery(query_object, initNs=initNs or {})
            query_object = prepared
        return super().query(
            query_object, processor, result, initNs, initBindings, use_store_provided, **kwargs
        )


def _text(term: Any, namespaces: Mapping[str, str]) -> str:
    if term is None:
        return ""
    if isinstance(term, URIRef):
        iri = str(term)
        for prefix, namespace in sorted(namespaces.items(), key=lambda pn: -len(pn[1])):
            if iri.startswith(namespace) and len(iri) > len(namespace):
                return f"{prefix}:{iri[len(namespace) :]}"
        return f"<{iri}>"
    return str(term)


Progress = Callable[[int, int], None]
"""Called with (checks done, checks in all) as validation goes on."""

ENGINES = ("auto", "oxigraph", "pyshacl")


def validate(
    graph: Graph | OxigraphGraph,
    *,
    shapes: Sequence[Path | str] = (),
    engine: str = "auto",
    progress: Progress | None = None,
) -> ValidationReport:
    """Validate ``graph`` (rdflib, or an opened file or store) against kg's shapes and any
    extra ``shapes`` files, with ``engine`` (see the module's description).

    Raises :class:`~kg.errors.GraphError` when a shapes file cannot be read, and
    :class:`~kg.sparql.shacl.Unsupported` when ``engine="oxigraph"`` cannot compile them.
    """
    from kg.sparql.shacl import Unsupported, compile_shapes

    if engine not in ENGINES:
        raise KGError(f"unknown validation engine {engine!r}; use one of {', '.join(ENGINES)}")
    paths = (str(shapes_path()), *(str(p) for p in shapes))
    shapes_graph = _load_shapes(paths)
    if engine != "pyshacl":
        try:
            checks = compile_shapes(shapes_graph)
        except Unsupported as error:
            if engine == "oxigraph":
                raise
            logger.warning("the shapes use %s: checking with pyshacl, which is far slower", error)
        else:
            return _validate_oxigraph(graph, checks, progress)
    rdflib_graph = graph.to_rdflib() if isinstance(graph, OxigraphGraph) else graph
    return _validate_pyshacl(rdflib_graph, shapes_graph)


def _store_for(graph: Graph | OxigraphGraph) -> ox.Store:
    """The store to check: an opened file or store as it is when it holds kg's ontology (as
    what kg build writes does), else a new in-memory store with the ontology added."""
    from kg.rdf.schema import load_ontology
    from kg.sparql.engine import quads_of

    hierarchy = (ox.NamedNode(str(KG.Person)), ox.NamedNode(str(RDFS.subClassOf)))
    if isinstance(graph, OxigraphGraph):
        if next(graph.store.quads_for_pattern(*hierarchy, ox.NamedNode(str(KG.Entity))), None):
            return graph.store
        store = ox.Store()
        store.bulk_extend(graph.store)
    else:
        store = ox.Store()
        store.bulk_extend(quads_of(graph))
    store.bulk_extend(quads_of(load_ontology(), URIRef(_ONTOLOGY_GRAPH)))
    return store


def _validate_oxigraph(
    graph: Graph | OxigraphGraph, checks: Sequence[Check], progress: Progress | None
) -> ValidationReport:
    namespaces = _namespaces()
    store = _store_for(graph)
    found: set[Violation] = set()
    for done, check in enumerate(checks, 1):
        prefixes = {**namespaces, **dict(check.prefixes)}
        try:
            solutions = store.query(check.query, prefixes=prefixes, use_default_graph_as_union=True)
        except SyntaxError as error:
            raise GraphError(
                f"a SPARQL constraint of {_text(check.shape, _SHAPE_PREFIXES)} is not valid "
                f"SPARQL ({first_line(error)}); fix the shapes file"
            ) from error
        if not isinstance(solutions, ox.QuerySolutions):
            raise GraphError(f"a constraint of {check.shape} is not a SELECT; fix the shapes file")
        found.update(_violations(check, solutions, namespaces))
        if progress is not None:
            progress(done, len(checks))
    violations = sorted(found, key=lambda v: (v.focus, v.message, v.path, v.value))
    conforms = not any(v.severity == "sh:Violation" for v in violations)
    return ValidationReport(conforms, violations, None, engine="oxigraph")


def _violations(
    check: Check, solutions: ox.QuerySolutions, namespaces: Mapping[str, str]
) -> Iterator[Violation]:
    """One violation per row of a check's query."""
    from kg.sparql.engine import from_oxigraph
    from kg.sparql.shacl import fill_message

    # SHACL: a node shape's SPARQL result that binds no ?value has the focus node as value
    focus_is_value = check.component == "sparql" and not check.path
    path = _path_text(check.path, namespaces)
    for solution in solutions:
        row = {
            str(var.value): _text(from_oxigraph(solution[var]), namespaces)
            for var in solutions.variables
            if solution[var] is not None
        }
        focus = row.get("this", "")
        yield Violation(
            focus=focus,
            path=row.get("path") or path,
            value=row.get("value", focus if focus_is_value else ""),
            message=fill_message(check.message, row),
            severity=_text(check.severity, {"sh": str(SH)}),
            shape=_text(check.shape, _SHAPE_PREFIXES),
        )


def _path_text(path: str, namespaces: Mapping[str, str]) -> str:
    """A compiled SPARQL path with its IRIs shortened: ``<...#label>`` → ``rdfs:label``."""
    shortened = re.sub(r"<([^>]*)>", lambda m: _text(URIRef(m.group(1)), namespaces), path)
    return shortened[1:-1] if re.fullmatch(r"\((\^?[^()|/]+)\)", shortened) else shortened


def _validate_pyshacl(graph: Graph, shapes_graph: Graph) -> ValidationReport:
    import pyshacl

    from kg.rdf.schema import load_ontology

    data = _PreparedQueries()  # pyshacl needs a context-aware store; kg graphs use SimpleMemory
    add = data.add
    for triple in graph:
        add(triple)
    conforms, results, _text_report = pyshacl.validate(
        data,
        shacl_graph=shapes_graph,
        ont_graph=load_ontology(),
        inplace=True,
        inference="none",
        abort_on_first=False,
        allow_warnings=True,
        advanced=True,
    )
    if not isinstance(results, Graph):  # pyshacl could not run the shapes
        raise GraphError(f"the shapes cannot be checked: {results}; fix the shapes file")
    namespaces = _namespaces()
    violations = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        violations.append(
            Violation(
                focus=_text(results.value(result, SH.focusNode), namespaces),
                path=_text(results.value(result, SH.resultPath), namespaces),
                value=_text(results.value(result, SH.value), namespaces),
                message=str(results.value(result, SH.resultMessage) or ""),
                severity=_text(results.value(result, SH.resultSeverity), {"sh": str(SH)}),
                shape=_text(results.value(result, SH.sourceShape), _SHAPE_PREFIXES),
            )
        )
    violations.sort(key=lambda v: (v.focus, v.message, v.path, v.value))
    return ValidationReport(bool(conforms), violations, results, engine="pyshacl")


def _namespaces() -> dict[str, str]:
    from kg.rdf.namespaces import PREFIXES

    return {p: str(n) for p, n in PREFIXES.items()}


def format_report(report: ValidationReport, *, limit: int | None = None) -> str:
    """The violations one per line (``focus  path  message  [value]``), or a line saying it conforms."""
    if report.conforms:
        return "the graph conforms to kg's shapes\n"
    shown = report.violations if limit is None else report.violations[:limit]
    lines = []
    for violation in shown:
        parts = [violation.focus]
        if violation.path:
            parts.append(violation.path)
        parts.append(violation.message)
        if (
            violation.value
            and violation.value != violation.focus
            and violation.value not in violation.message
        ):
            parts.append(f"[{violation.value}]")
        severity = "" if violation.severity == "sh:Violation" else f"({violation.severity}) "
        lines.append(severity + "  ".join(parts))
    if limit is not None and len(report.violations) > limit:
        lines.append(f"… and {len(report.violations) - limit} more")
    return "\n".join(lines) + "\n"
