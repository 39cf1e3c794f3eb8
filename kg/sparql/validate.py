"""Check a graph against kg's SHACL shapes (``ontology/shapes.ttl``): ``kg validate``.

The shapes state what a well-formed kg graph is: every entity has one label
and one core type, every relation has a statement with its sentence and
offsets, every statement, mention, sentence and document has the properties
kg writes (see the comment at the top of ``shapes.ttl``). pyshacl checks
them, with kg's ontology as the class hierarchy, so a graph without the
ontology's triples is checked the same way.

Example:
    >>> from kg.rdf.graph import new_graph
    >>> validate(new_graph()).conforms
    True
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rdflib import RDF, Graph, URIRef
from rdflib.namespace import SH

from kg.errors import GraphError, KGError
from kg.files import first_line

__all__ = [
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
    report: Graph | None = None


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


def validate(graph: Graph, *, shapes: Sequence[Path | str] = ()) -> ValidationReport:
    """Validate ``graph`` against kg's shapes and any extra ``shapes`` files.

    Raises :class:`~kg.errors.GraphError` when a shapes file cannot be read.
    """
    import pyshacl

    from kg.rdf.namespaces import PREFIXES
    from kg.rdf.schema import load_ontology

    paths = (str(shapes_path()), *(str(p) for p in shapes))
    shapes_graph = _load_shapes(paths)
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
    namespaces = {p: str(n) for p, n in PREFIXES.items()}
    violations = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        violations.append(
            Violation(
                focus=_text(results.value(result, SH.focusNode), namespaces),
                path=_text(results.value(result, SH.resultPath), namespaces),
                value=_text(results.value(result, SH.value), namespaces),
                message=str(results.value(result, SH.resultMessage) or ""),
                severity=_text(results.value(result, SH.resultSeverity), {"sh": str(SH)}),
                shape=_text(
                    results.value(result, SH.sourceShape),
                    {"kgsh": "https://w3id.org/kg-policy/shapes#"},
                ),
            )
        )
    violations.sort(key=lambda v: (v.focus, v.message, v.path, v.value))
    return ValidationReport(bool(conforms), violations, results)


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
