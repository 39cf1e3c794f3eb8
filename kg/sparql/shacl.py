"""SHACL shapes compiled to SPARQL, so that Oxigraph checks a whole graph in a few queries.

pyshacl checks a graph focus node by focus node, running each SPARQL-based constraint
once per node on rdflib's engine: on a 42k-triple store it did not finish in 15 minutes.
Here each constraint of each shape becomes one ``SELECT`` that returns every focus node
(and value) that breaks it, and Oxigraph answers it over the whole graph at once.

What compiles (the part of SHACL that ``ontology/shapes.ttl`` and most data shapes use):

* targets ``sh:targetClass`` (and a shape that is itself a class), ``sh:targetNode``,
  ``sh:targetSubjectsOf``, ``sh:targetObjectsOf``;
* paths: an IRI, ``sh:inversePath``, sequences, ``sh:alternativePath``,
  ``sh:zeroOrMorePath``, ``sh:oneOrMorePath``, ``sh:zeroOrOnePath``;
* ``sh:minCount``, ``sh:maxCount``, ``sh:hasValue``, ``sh:qualifiedValueShape`` (a shape of
  value constraints) with ``sh:qualifiedMinCount`` / ``sh:qualifiedMaxCount``, and the value
  constraints ``sh:datatype``, ``sh:nodeKind``, ``sh:class``, ``sh:in``, ``sh:minLength``,
  ``sh:maxLength``, ``sh:pattern`` (``sh:flags``), ``sh:minInclusive``,
  ``sh:maxInclusive``, ``sh:minExclusive``, ``sh:maxExclusive``;
* SPARQL-based constraints (``sh:sparql`` with ``sh:select``, ``sh:prefixes``, ``$this``
  and ``$PATH``), ``sh:message`` with ``{?var}`` and ``{$this}``, ``sh:severity``,
  ``sh:deactivated``.

Anything else raises :class:`Unsupported`; :func:`kg.sparql.validate.validate` then
checks with pyshacl instead. Two simplifications: ``sh:datatype`` checks the datatype,
not whether the lexical form is valid for it, and ``rdfs:subClassOf`` is followed in the
data graph, into which the caller loads the ontology.

Example:
    >>> from rdflib import Graph
    >>> shapes = Graph().parse(format="turtle", data='''
    ...     @prefix sh: <http://www.w3.org/ns/shacl#> .
    ...     <urn:s> a sh:NodeShape ; sh:targetClass <urn:Person> ;
    ...         sh:property [ sh:path <urn:name> ; sh:minCount 1 ] .''')
    >>> [check.component for check in compile_shapes(shapes)]
    ['minCount']
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from rdflib import RDF, RDFS, BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, SH
from rdflib.term import Node

from kg.errors import KGError

__all__ = ["Check", "Unsupported", "compile_shapes", "fill_message"]


class Unsupported(KGError):
    """The shapes use a part of SHACL that is not compiled to SPARQL here."""


@dataclass(frozen=True)
class Check:
    """One constraint as a query: its rows are the violations.

    Each row binds ``?this`` (the focus node) and may bind ``?value`` and ``?path``;
    ``path`` is the shape's path as text when the query does not bind it.
    """

    shape: Node
    component: str
    query: str
    message: str
    severity: URIRef
    path: str = ""
    prefixes: tuple[tuple[str, str], ...] = ()


_TARGETS = (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf)
_VALUE_KEYS = (
    SH.datatype,
    SH.nodeKind,
    SH["class"],
    SH["in"],
    SH.minLength,
    SH.maxLength,
    SH.pattern,
    SH.minInclusive,
    SH.maxInclusive,
    SH.minExclusive,
    SH.maxExclusive,
)
_ALLOWED = frozenset(
    {
        *_TARGETS,
        *_VALUE_KEYS,
        SH.property,
        SH.path,
        SH.sparql,
        SH.message,
        SH.severity,
        SH.deactivated,
        SH.name,
        SH.description,
        SH.order,
        SH.group,
        SH.minCount,
        SH.maxCount,
        SH.hasValue,
        SH.flags,
        SH.qualifiedValueShape,
        SH.qualifiedMinCount,
        SH.qualifiedMaxCount,
        SH.qualifiedValueShapesDisjoint,
        SH.declare,
    }
)
_NODE_KINDS = {
    SH.IRI: "isIRI(?value)",
    SH.BlankNode: "isBlank(?value)",
    SH.Literal: "isLiteral(?value)",
    SH.BlankNodeOrIRI: "!isLiteral(?value)",
    SH.BlankNodeOrLiteral: "!isIRI(?value)",
    SH.IRIOrLiteral: "!isBlank(?value)",
}
_COMPARISONS = {
    SH.minInclusive: ">=",
    SH.maxInclusive: "<=",
    SH.minExclusive: ">",
    SH.maxExclusive: "<",
}
_DEFAULT_MESSAGES = {
    "minCount": "fewer than {n} values",
    "maxCount": "more than {n} values",
    "hasValue": "does not have the value {n}",
    "qualifiedValueShape": "the number of values that conform to the qualified shape is outside {n}",
    "datatype": "the value is not a literal of datatype {n}",
    "nodeKind": "the value is not of node kind {n}",
    "class": "the value is not an instance of {n}",
    "in": "the value is not one of {n}",
    "minLength": "the value is shorter than {n}",
    "maxLength": "the value is longer than {n}",
    "pattern": "the value does not match {n}",
    "minInclusive": "the value is not >= {n}",
    "maxInclusive": "the value is not <= {n}",
    "minExclusive": "the value is not > {n}",
    "maxExclusive": "the value is not < {n}",
}


def _name(term: Node) -> str:
    return str(term).rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _sparql_term(term: Node) -> str:
    if isinstance(term, URIRef):
        return f"<{term}>"
    if isinstance(term, Literal):
        return term.n3()
    raise Unsupported(f"a blank node ({term}) where SHACL expects an IRI or a literal")


def _integer(graph: Graph, node: Node, key: URIRef) -> int | None:
    value = graph.value(node, key)
    if value is None:
        return None
    if not isinstance(value, Literal) or not isinstance(value.toPython(), int):
        raise Unsupported(f"{_name(key)} {value} is not an integer")
    return int(value.toPython())


def _path(graph: Graph, node: Node | None) -> str:
    """A SHACL path as a SPARQL property path."""
    if isinstance(node, URIRef):
        return f"<{node}>"
    if not isinstance(node, BNode):
        raise Unsupported(f"the path {node} is neither an IRI nor a path expression")
    if (node, RDF.first, None) in graph:
        return "(" + "/".join(_path(graph, step) for step in Collection(graph, node)) + ")"
    for key, template in (
        (SH.inversePath, "^{}"),
        (SH.zeroOrMorePath, "{}*"),
        (SH.oneOrMorePath, "{}+"),
        (SH.zeroOrOnePath, "{}?"),
    ):
        inner = graph.value(node, key)
        if inner is not None:
            return "(" + template.format(_path(graph, inner)) + ")"
    alternatives = graph.value(node, SH.alternativePath)
    if alternatives is not None:
        return "(" + "|".join(_path(graph, step) for step in Collection(graph, alternatives)) + ")"
    raise Unsupported(f"the path {node} is not a SHACL path")


def _focus(graph: Graph, shape: Node) -> str | None:
    """The pattern that binds ``?this`` to the shape's focus nodes; None without targets."""
    parts = [
        f"?this rdf:type/rdfs:subClassOf* {_sparql_term(c)} ."
        for c in sorted(graph.objects(shape, SH.targetClass), key=str)
    ]
    if isinstance(shape, URIRef) and (
        (shape, RDF.type, RDFS.Class) in graph or (shape, RDF.type, OWL.Class) in graph
    ):
        parts.append(f"?this rdf:type/rdfs:subClassOf* <{shape}> .")
    parts += [
        f"VALUES ?this {{ {_sparql_term(n)} }}"
        for n in sorted(graph.objects(shape, SH.targetNode), key=str)
    ]
    parts += [
        f"?this {_sparql_term(p)} ?target_ ."
        for p in sorted(graph.objects(shape, SH.targetSubjectsOf), key=str)
    ]
    parts += [
        f"?target_ {_sparql_term(p)} ?this ."
        for p in sorted(graph.objects(shape, SH.targetObjectsOf), key=str)
    ]
    if not parts:
        return None
    union = " UNION ".join(f"{{ {part} }}" for part in parts)
    return f"{{ SELECT DISTINCT ?this WHERE {{ {union} }} }}"


def _value_tests(graph: Graph, node: Node) -> Iterator[tuple[str, str, str]]:
    """``(component, SPARQL test that ?value conforms, the constraint's value as text)``."""
    for key in _VALUE_KEYS:
        for value in sorted(graph.objects(node, key), key=str):
            component = _name(key)
            if key == SH.datatype:
                test = f"(isLiteral(?value) && DATATYPE(?value) = {_sparql_term(value)})"
            elif key == SH.nodeKind:
                kind = _NODE_KINDS.get(value) if isinstance(value, URIRef) else None
                if kind is None:
                    raise Unsupported(f"sh:nodeKind {value}")
                test = kind
            elif key == SH["class"]:
                test = f"EXISTS {{ ?value rdf:type/rdfs:subClassOf* {_sparql_term(value)} }}"
            elif key == SH["in"]:
                members = list(Collection(graph, value))
                test = "(" + " || ".join(f"sameTerm(?value, {_sparql_term(m)})" for m in members)
                test += ")" if members else "false)"
                value = Literal(", ".join(_name(m) for m in members))
            elif key in (SH.minLength, SH.maxLength):
                sign = ">=" if key == SH.minLength else "<="
                test = f"(!isBlank(?value) && STRLEN(STR(?value)) {sign} {int(str(value))})"
            elif key == SH.pattern:
                flags = graph.value(node, SH.flags)
                extra = f", {Literal(str(flags)).n3()}" if flags is not None else ""
                test = (
                    f"(!isBlank(?value) && REGEX(STR(?value), {Literal(str(value)).n3()}{extra}))"
                )
            else:
                test = f"(?value {_COMPARISONS[key]} {_sparql_term(value)})"
            yield component, test, str(value)


def _check_keys(graph: Graph, node: Node) -> None:
    for key in set(graph.predicates(node, None)):
        if str(key).startswith(str(SH)) and key not in _ALLOWED:
            raise Unsupported(f"{_name(key)} (in shape {node})")


def _severity(graph: Graph, node: Node, default: URIRef = SH.Violation) -> URIRef:
    value = graph.value(node, SH.severity)
    return value if isinstance(value, URIRef) else default


def _message(graph: Graph, node: Node, component: str, detail: str) -> str:
    message = graph.value(node, SH.message)
    if message is not None:
        return str(message)
    return _DEFAULT_MESSAGES[component].format(n=detail)


def _counted(focus: str, path: str, having: str, condition: str = "") -> str:
    value_filter = f" FILTER(COALESCE({condition}, false))" if condition else ""
    return (
        f"SELECT ?this WHERE {{ {focus} OPTIONAL {{ ?this {path} ?value .{value_filter} }} }} "
        f"GROUP BY ?this HAVING ({having})"
    )


def _property_checks(graph: Graph, shape: Node, prop: Node, focus: str) -> Iterator[Check]:
    """The checks of one property shape of ``shape``."""
    _check_keys(graph, prop)
    path = _path(graph, graph.value(prop, SH.path))
    severity = _severity(graph, prop, _severity(graph, shape))

    def check(component: str, query: str, detail: str) -> Check:
        message = _message(graph, prop, component, detail)
        return Check(shape, component, query, message, severity, path)

    least, most = _integer(graph, prop, SH.minCount), _integer(graph, prop, SH.maxCount)
    if least is not None and least > 0:
        query = (
            f"SELECT ?this WHERE {{ {focus} FILTER NOT EXISTS {{ ?this {path} ?value }} }}"
            if least == 1
            else _counted(focus, path, f"COUNT(DISTINCT ?value) < {least}")
        )
        yield check("minCount", query, str(least))
    if most is not None:
        yield check(
            "maxCount", _counted(focus, path, f"COUNT(DISTINCT ?value) > {most}"), str(most)
        )
    for value in sorted(graph.objects(prop, SH.hasValue), key=str):
        term = _sparql_term(value)
        query = f"SELECT ?this WHERE {{ {focus} FILTER NOT EXISTS {{ ?this {path} {term} }} }}"
        yield check("hasValue", query, str(value))
    qualified = _qualified(graph, prop, focus, path)
    if qualified is not None:
        yield check("qualifiedValueShape", *qualified)
    for component, test, detail in _value_tests(graph, prop):
        # the instances of a class once (MINUS), rather than a search per value (EXISTS)
        condition = (
            f"MINUS {{ ?value rdf:type/rdfs:subClassOf* <{detail}> }}"
            if component == "class"
            else f"FILTER(!COALESCE({test}, false))"
        )
        query = (
            f"SELECT DISTINCT ?this ?value WHERE {{ {focus} ?this {path} ?value . {condition} }}"
        )
        yield check(component, query, detail)
    for constraint in graph.objects(prop, SH.sparql):
        yield _sparql_check(graph, shape, constraint, focus, path, severity)


def _qualified(graph: Graph, prop: Node, focus: str, path: str) -> tuple[str, str] | None:
    value_shape = graph.value(prop, SH.qualifiedValueShape)
    if value_shape is None:
        return None
    if graph.value(prop, SH.qualifiedValueShapesDisjoint) == Literal(True):
        raise Unsupported("sh:qualifiedValueShapesDisjoint")
    _check_keys(graph, value_shape)
    if any((value_shape, key, None) in graph for key in (SH.property, SH.sparql, *_TARGETS)):
        raise Unsupported("a qualified value shape with more than value constraints")
    tests = [test for _c, test, _d in _value_tests(graph, value_shape)]
    least = _integer(graph, prop, SH.qualifiedMinCount)
    most = _integer(graph, prop, SH.qualifiedMaxCount)
    bounds = []
    if least is not None:
        bounds.append(f"COUNT(DISTINCT ?value) < {least}")
    if most is not None:
        bounds.append(f"COUNT(DISTINCT ?value) > {most}")
    if not bounds:
        return None
    query = _counted(focus, path, " || ".join(bounds), " && ".join(tests) or "true")
    return query, f"[{least if least is not None else 0}, {most if most is not None else '∞'}]"


def _prefixes(graph: Graph, constraint: Node) -> tuple[tuple[str, str], ...]:
    found: dict[str, str] = {}
    for source in graph.objects(constraint, SH.prefixes):
        for declaration in graph.objects(source, SH.declare):
            prefix, namespace = (
                graph.value(declaration, SH.prefix),
                graph.value(declaration, SH.namespace),
            )
            if prefix is not None and namespace is not None:
                found[str(prefix)] = str(namespace)
    return tuple(sorted(found.items()))


_THIS = re.compile(r"\$this\b")
_SELECT = re.compile(
    r"^(\s*PREFIX\s+[\w-]*:\s*<[^>]*>)*\s*SELECT\s+(DISTINCT\s+|REDUCED\s+)?"
    r"(?P<vars>[^{]*?)\s*(WHERE\s*)?\{",
    re.I,
)


def _sparql_check(
    graph: Graph, shape: Node, constraint: Node, focus: str, path: str, severity: URIRef
) -> Check:
    """A SPARQL-based constraint: ``$this`` joined with the focus nodes instead of pre-bound."""
    if graph.value(constraint, SH.deactivated) == Literal(True):
        raise Unsupported("a deactivated SPARQL constraint")  # rare: let pyshacl say
    select = graph.value(constraint, SH.select)
    if select is None:
        raise Unsupported("a SPARQL constraint without sh:select")
    text = str(select)
    if re.search(r"\$(currentShape|shapesGraph)\b", text) or ("$PATH" in text and not path):
        raise Unsupported("$currentShape, $shapesGraph or $PATH outside a property shape")
    text = _THIS.sub("?this", text.replace("$PATH", path))
    head = _SELECT.match(text)
    if head is None or not (head["vars"].strip() == "*" or "?this" in head["vars"].split()):
        raise Unsupported("a SPARQL constraint whose SELECT does not project $this")
    query = text[: head.end()] + f" {focus} " + text[head.end() :]
    message = graph.value(constraint, SH.message) or graph.value(shape, SH.message)
    return Check(
        shape,
        "sparql",
        query,
        str(message) if message is not None else "the SPARQL constraint has a result",
        _severity(graph, constraint, severity),
        path,
        _prefixes(graph, constraint),
    )


def _shapes(graph: Graph) -> list[Node]:
    """Shapes with targets (node shapes, and property shapes that have their own)."""
    found = set(graph.subjects(RDF.type, SH.NodeShape))
    for key in _TARGETS:
        found.update(graph.subjects(key, None))
    return sorted(found, key=lambda n: (isinstance(n, BNode), str(n)))


def compile_shapes(graph: Graph) -> list[Check]:
    """Every check of the shapes in ``graph``, in a stable order.

    Raises :class:`Unsupported` when a shape uses what is not compiled.
    """
    checks: list[Check] = []
    for shape in _shapes(graph):
        if graph.value(shape, SH.deactivated) == Literal(True):
            continue
        _check_keys(graph, shape)
        if graph.value(shape, SH.path) is not None:
            raise Unsupported(f"a property shape with its own targets ({shape})")
        focus = _focus(graph, shape)
        if focus is None:
            continue  # reached only through sh:node and the like, which raise elsewhere
        severity = _severity(graph, shape)
        for prop in sorted(graph.objects(shape, SH.property), key=str):
            if graph.value(prop, SH.deactivated) != Literal(True):
                checks.extend(_property_checks(graph, shape, prop, focus))
        for component, test, detail in _value_tests(graph, shape):
            query = (
                f"SELECT ?this ?value WHERE {{ {focus} BIND(?this AS ?value) "
                f"FILTER(!COALESCE({test}, false)) }}"
            )
            message = _message(graph, shape, component, detail)
            checks.append(Check(shape, component, query, message, severity))
        for constraint in graph.objects(shape, SH.sparql):
            checks.append(_sparql_check(graph, shape, constraint, focus, "", severity))
    return checks


def fill_message(template: str, row: dict[str, str]) -> str:
    """``template`` with ``{?name}`` and ``{$name}`` replaced by the row's values."""
    return re.sub(r"\{[?$](\w+)\}", lambda m: row.get(m.group(1), m.group(0)), template)
