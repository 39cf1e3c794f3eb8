"""Deterministic Turtle: the same triples and prefixes always give the same bytes.

The same triples and prefixes always give the same bytes: kg writes Turtle
itself (rdflib's serializer orders subjects by reference counts and keeps
insertion order among equal literals), with subjects in natural order of
their IRIs, ``rdf:type`` first, predicates and objects sorted, and blank
nodes, if any, relabelled canonically. It is also several times faster.

Example:
    >>> from kg.rdf.graph import new_graph
    >>> from rdflib import RDFS, Literal, URIRef
    >>> graph = new_graph()
    >>> _ = graph.add((URIRef("https://w3id.org/kg-policy/id/bma"), RDFS.label, Literal("BMA")))
    >>> print(turtle_bytes(graph).decode().strip())
    @prefix id: <https://w3id.org/kg-policy/id/> .
    @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
    <BLANKLINE>
    id:bma rdfs:label "BMA" .
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from rdflib import RDF, XSD, BNode, Graph, Literal, URIRef
from rdflib.compare import to_canonical_graph

from kg.collection import fewer_collections
from kg.errors import OutputError
from kg.files import atomic_write_bytes

__all__ = ["write_turtle", "turtle_bytes", "turtle_blocks", "assemble_turtle", "subject_key"]


_PN_LOCAL = re.compile(r"^(?:[A-Za-z0-9_](?:[A-Za-z0-9_.\-]*[A-Za-z0-9_\-])?)?$")
_PN_PREFIX = re.compile(r"^(?:[A-Za-z](?:[A-Za-z0-9_.\-]*[A-Za-z0-9_\-])?)?$")
_INTEGER = re.compile(r"^[+-]?[0-9]+$")
_DECIMAL = re.compile(r"^[+-]?[0-9]*\.[0-9]+$")
_NATURAL = re.compile(r"([0-9]+)")
_ESCAPES = {
    "\\": "\\\\",
    '"': '\\"',
    "\n": "\\n",
    "\r": "\\r",
    "\t": "\\t",
    "\b": "\\b",
    "\f": "\\f",
}
_NEEDS_ESCAPE = re.compile('[\\\\"\\x00-\\x1f\\x7f\\ud800-\\udfff]')
_IRI_ESCAPE = re.compile(r'[\x00-\x20<>"{}|^`\\]')


def _escape_string(text: str) -> str:
    def replace(match: re.Match[str]) -> str:
        char = match.group(0)
        return _ESCAPES.get(char) or f"\\u{ord(char):04X}"

    return _NEEDS_ESCAPE.sub(replace, text)


def _natural_key(text: str) -> tuple[Any, ...]:
    """``"sentence/10"`` after ``"sentence/9"``: digit runs compare as numbers."""
    parts = _NATURAL.split(text)
    return tuple(int(part) if i % 2 else part for i, part in enumerate(parts))


def _object_key(term: Any) -> tuple[Any, ...]:
    if isinstance(term, Literal):
        return (2, str(term), str(term.datatype or ""), term.language or "")
    return (0 if isinstance(term, URIRef) else 1, str(term), "", "")


class _TurtleWriter:
    """Render terms as Turtle, shortening IRIs with the prefixes of a graph; note those used."""

    def __init__(self, namespaces: Iterable[tuple[str, Any]]) -> None:
        usable = [(p, str(n)) for p, n in namespaces if _PN_PREFIX.match(p) and str(n)]
        self._namespaces = sorted(usable, key=lambda pn: (-len(pn[1]), pn[0]))
        self._cache: dict[Any, str] = {}
        self.used: dict[str, str] = {}

    def iri(self, iri: str) -> str:
        for prefix, namespace in self._namespaces:
            if iri.startswith(namespace) and _PN_LOCAL.match(iri[len(namespace) :]):
                self.used[prefix] = namespace
                return f"{prefix}:{iri[len(namespace) :]}"
        return "<" + _IRI_ESCAPE.sub(lambda m: f"\\u{ord(m.group(0)):04X}", iri) + ">"

    def literal(self, literal: Literal) -> str:
        lexical = str(literal)
        datatype = literal.datatype
        if datatype == XSD.integer and _INTEGER.match(lexical):
            return lexical
        if datatype == XSD.decimal and _DECIMAL.match(lexical):
            return lexical
        if datatype == XSD.boolean and lexical in ("true", "false"):
            return lexical
        text = f'"{_escape_string(lexical)}"'
        if literal.language:
            return f"{text}@{literal.language}"
        if datatype is not None:
            return f"{text}^^{self.iri(str(datatype))}"
        return text

    def term(self, term: Any) -> str:
        cached = self._cache.get(term)
        if cached is None:
            if isinstance(term, URIRef):
                cached = self.iri(str(term))
            elif isinstance(term, BNode):
                cached = f"_:{term}"
            elif isinstance(term, Literal):
                cached = self.literal(term)
            else:  # pragma: no cover - rdflib graphs hold only these three
                raise OutputError(f"cannot write {term!r} as Turtle")
            self._cache[term] = cached
        return cached


@fewer_collections()
def turtle_bytes(graph: Graph) -> bytes:
    """``graph`` as deterministic UTF-8 Turtle: the same triples and prefixes, the same bytes.

    Subjects are in natural order of their IRIs (``sentence/9`` before
    ``sentence/10``), ``rdf:type`` comes first as ``a``, then predicates and
    objects sorted; blank nodes get canonical labels.
    """
    triples = list(iter(graph))  # ``list(graph)`` would count the triples first: a second walk
    kinds = {type(s) for s, _p, _o in triples} | {type(o) for _s, _p, o in triples}
    if any(issubclass(kind, BNode) for kind in kinds):  # a type check per kind, not per term
        triples = list(to_canonical_graph(graph))
    blocks, used = turtle_blocks(triples, graph.namespaces())
    return assemble_turtle(blocks, used)


def subject_key(subject: Any) -> tuple[Any, ...]:
    """Where a subject's block stands in the Turtle: natural order of its IRI."""
    return (isinstance(subject, BNode), _natural_key(str(subject)), str(subject))


def turtle_blocks(
    triples: Iterable[tuple[Any, Any, Any]], namespaces: Iterable[tuple[str, Any]]
) -> tuple[list[tuple[tuple[Any, ...], str]], dict[str, str]]:
    """The Turtle block of each subject of ``triples`` with its :func:`subject_key`, and the
    prefixes the blocks use. Blocks of disjoint sets of subjects, made apart (on several
    machines), sorted by key and put together by :func:`assemble_turtle`, give the bytes
    :func:`turtle_bytes` gives for all the triples (blank nodes must be canonical already).
    """
    writer = _TurtleWriter(namespaces)
    by_subject: dict[Any, dict[Any, list[Any]]] = {}
    for subject, predicate, obj in triples:
        by_subject.setdefault(subject, {}).setdefault(predicate, []).append(obj)
    # each predicate's place and name worked out once: ``rdf:type`` first, as ``a``
    rdf_type = str(RDF.type)
    distinct = {predicate for properties in by_subject.values() for predicate in properties}
    order = {p: (str(p) != rdf_type, str(p)) for p in distinct}
    names = {p: "a" if str(p) == rdf_type else writer.term(p) for p in distinct}
    blocks: list[tuple[tuple[Any, ...], str]] = []
    for subject, properties in by_subject.items():
        lines: list[str] = []
        for predicate in sorted(properties, key=order.__getitem__):
            values = properties[predicate]
            if len(values) > 1:
                values = sorted(values, key=_object_key)
            objects = [writer.term(o) for o in values]
            lines.append(f"{names[predicate]} " + ",\n        ".join(objects))
        blocks.append(
            (subject_key(subject), writer.term(subject) + " " + " ;\n    ".join(lines) + " .\n")
        )
    return blocks, writer.used


def assemble_turtle(blocks: Iterable[tuple[tuple[Any, ...], str]], used: dict[str, str]) -> bytes:
    """Turtle from subject blocks (in any order) and the prefixes they use."""
    ordered = [block for _key, block in sorted(blocks, key=lambda kb: kb[0])]
    header = "".join(f"@prefix {p}: <{n}> .\n" for p, n in sorted(used.items()))
    return (header + "\n" + "\n".join(ordered)).encode("utf-8")


def write_turtle(graph: Graph, path: Path | str) -> Path:
    """Write ``graph`` to ``path`` as deterministic Turtle, atomically; return the path.

    Raises :class:`OutputError` when the file cannot be written.
    """
    return atomic_write_bytes(path, turtle_bytes(graph))
