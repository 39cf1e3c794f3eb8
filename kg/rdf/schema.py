"""The ontology (``ontology/kg.ttl``): its classes and properties and the core ones above them.

Example:
    >>> core_class(KG.TradeUnion) == KG.Organisation
    True
    >>> core_property(KG.chairOf) == KG.leads
    True
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from rdflib import RDF, RDFS, SDO, SKOS, Graph, URIRef
from rdflib.term import Node

from kg.errors import GraphError
from kg.rdf.namespaces import KG

__all__ = [
    "ontology_dir",
    "load_ontology",
    "parse_turtle",
    "core_class",
    "core_property",
    "Schema",
    "load_schema",
    "local_name",
    "words_of",
    "CORE_CLASSES",
    "CORE_PROPERTIES",
]

CORE_CLASSES = (KG.Person, KG.Organisation, KG.Proposal, KG.Event, KG.Place)
# by name: the core class a class's name is, as one of CORE_CLASSES (compared as plain strings)
_CORE_BY_NAME = {str(c): c for c in CORE_CLASSES}
CORE_PROPERTIES = (
    KG.memberOf,
    KG.leads,
    KG.communicatesWith,
    KG.proposes,
    KG.supports,
    KG.opposes,
    KG.advisesOn,
    KG.partOf,
    KG.participatesIn,
)


def ontology_dir() -> Path:
    """The folder holding ``kg.ttl``, ``gazetteer.ttl`` and ``lexicon.ttl``.

    Inside an installed wheel it is ``kg/ontology``; in a source checkout it
    is the ``ontology/`` folder beside the package.
    """
    package = Path(__file__).resolve().parent.parent  # kg/
    for candidate in (package / "ontology", package.parent / "ontology"):
        if (candidate / "kg.ttl").is_file():
            return candidate
    raise GraphError("the kg ontology files are missing: reinstall kg (pip install -e .)")


def parse_turtle(path: Path) -> Graph:
    graph = Graph()
    try:
        graph.parse(path, format="turtle")
    except FileNotFoundError as error:
        raise GraphError(f"{path}: no such file") from error
    except Exception as error:  # rdflib raises many parser exception types
        message = str(error).splitlines()[0] if str(error) else type(error).__name__
        raise GraphError(f"{path}: not valid Turtle ({message})") from error
    return graph


@functools.lru_cache(maxsize=1)
def load_ontology() -> Graph:
    """The ontology (T-box) as an rdflib graph: classes, properties, modalities."""
    return parse_turtle(ontology_dir() / "kg.ttl")


def _first(graph: Graph, subject: Node, predicate: URIRef) -> Node | None:
    """The smallest object of ``subject predicate ?o``: deterministic when there are several."""
    return min(graph.objects(subject, predicate), key=str, default=None)


@dataclass(frozen=True)
class Schema:
    """What a T-box says, read once: entity classes and properties and the core ones above them.

    ``class_core`` maps every class under ``kg:Entity`` (breadth first, so each keeps its
    shortest path) to its core class; ``class_depth`` is its distance from ``kg:Entity``;
    ``class_parents`` holds every ``rdfs:subClassOf`` link of the T-box. ``property_core``
    maps every property under a core property to it; ``domains`` and ``ranges`` hold the
    ``rdfs:domain``/``rdfs:range`` classes of each property; ``labels`` the ``rdfs:label``
    of classes and properties and the ``skos:prefLabel`` of modalities.

    Example:
        >>> schema = load_schema()
        >>> schema.class_core[KG.Committee] == KG.Organisation
        True
        >>> schema.property_core[KG.wroteTo] == KG.communicatesWith
        True
        >>> schema.label(KG.wroteTo)
        'wrote to'
        >>> sorted(str(c).split("#")[1] for c in schema.signature(KG.wroteTo)[0])
        ['Organisation', 'Person']
    """

    class_core: Mapping[Node, URIRef]
    class_depth: Mapping[Node, int]
    class_parents: Mapping[Node, frozenset[Node]]
    property_core: Mapping[Node, URIRef]
    domains: Mapping[Node, frozenset[Node]]
    ranges: Mapping[Node, frozenset[Node]]
    labels: Mapping[Node, str]

    @classmethod
    def from_graph(cls, tbox: Graph) -> Schema:
        """Read the schema from ``tbox`` (the ontology, or a graph that includes it)."""
        class_core: dict[Node, URIRef] = {KG.Entity: KG.Entity}
        class_depth: dict[Node, int] = {KG.Entity: 0}
        queue: list[Node] = [KG.Entity]
        while queue:
            parent = queue.pop(0)
            for child in sorted(tbox.subjects(RDFS.subClassOf, parent), key=str):
                if child in class_core:
                    continue
                class_core[child] = child if child in CORE_CLASSES else class_core[parent]  # type: ignore[assignment]
                class_depth[child] = class_depth[parent] + 1
                queue.append(child)
        for core in CORE_CLASSES:
            class_core.setdefault(core, core)
            class_depth.setdefault(core, 1)
        parents: dict[Node, set[Node]] = {}
        for child, parent in tbox.subject_objects(RDFS.subClassOf):
            parents.setdefault(child, set()).add(parent)

        property_core: dict[Node, URIRef] = {prop: prop for prop in CORE_PROPERTIES}
        queue = list(CORE_PROPERTIES)
        while queue:
            parent = queue.pop(0)
            for child in sorted(tbox.subjects(RDFS.subPropertyOf, parent), key=str):
                if child not in property_core:
                    property_core[child] = property_core[parent]
                    queue.append(child)

        labels: dict[Node, str] = {}
        for term in (*class_core, *property_core):
            label = _first(tbox, term, RDFS.label)
            if label is not None:
                labels[term] = str(label)
        for modality in tbox.subjects(RDF.type, KG.Modality):
            label = _first(tbox, modality, SKOS.prefLabel)
            if label is not None:
                labels[modality] = str(label)

        def by_property(includes: URIRef, link: URIRef) -> dict[Node, frozenset[Node]]:
            """schema:domainIncludes (any of several classes) where stated, else rdfs:domain."""
            found: dict[Node, set[Node]] = {}
            for prop, value in tbox.subject_objects(includes):
                found.setdefault(prop, set()).add(value)
            for prop, value in tbox.subject_objects(link):
                if prop not in found or value in found[prop]:
                    found.setdefault(prop, set()).add(value)
            return {prop: frozenset(values) for prop, values in found.items()}

        return cls(
            class_core,
            class_depth,
            {child: frozenset(values) for child, values in parents.items()},
            property_core,
            by_property(SDO.domainIncludes, RDFS.domain),
            by_property(SDO.rangeIncludes, RDFS.range),
            labels,
        )

    def core_class(self, cls: Node) -> URIRef | None:
        """The core class (Person, Organisation, Proposal, Event, Place) at or above ``cls``."""
        core = self.class_core.get(cls)
        return None if core is None else _CORE_BY_NAME.get(str(core))

    def core_property(self, prop: Node) -> URIRef | None:
        """The core property (memberOf, leads, ...) at or above ``prop``."""
        return self.property_core.get(prop)

    def signature(self, prop: Node) -> tuple[frozenset[Node], frozenset[Node]]:
        """The classes of the subject and of the object of ``prop`` (or of its core property)."""
        core = self.property_core.get(prop, prop)
        return (
            self.domains.get(prop) or self.domains.get(core, frozenset()),
            self.ranges.get(prop) or self.ranges.get(core, frozenset()),
        )

    def superclasses(self, cls: Node) -> set[Node]:
        """``cls`` and every class above it by ``rdfs:subClassOf``."""
        seen: set[Node] = {cls}
        todo = [cls]
        while todo:
            for parent in self.class_parents.get(todo.pop(), ()):
                if parent not in seen:
                    seen.add(parent)
                    todo.append(parent)
        return seen

    def label(self, term: Node) -> str:
        """The term's label, or its local name in words (``wroteTo`` → "wrote to")."""
        return self.labels.get(term) or words_of(local_name(term))


def local_name(iri: Node) -> str:
    """The last part of an IRI, after its last ``#``, ``/`` or ``:``."""
    text = str(iri)
    return re.split(r"[#/:]", text.rstrip("/#:"))[-1] or text


def words_of(name: str) -> str:
    """``"wroteTo" -> "wrote to"``."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", name).lower()


@functools.lru_cache(maxsize=1)
def load_schema() -> Schema:
    """The schema of the shipped ontology."""
    return Schema.from_graph(load_ontology())


# The rules ask for the core class of a mention's class hundreds of thousands of times a
# corpus; rdflib terms hash and compare in Python, so the answers are kept by plain string.
_CORE_CLASS: dict[str, URIRef | None] = {}
_CORE_PROPERTY: dict[str, URIRef | None] = {}


def core_class(cls: URIRef) -> URIRef | None:
    """The core class (Person, Organisation, Proposal, Event, Place) above ``cls``: the very
    object of :data:`CORE_CLASSES` (``KG.Proposal``), so hot loops may compare it with ``is``."""
    key = str(cls)
    try:
        return _CORE_CLASS[key]
    except KeyError:
        found = _CORE_CLASS[key] = load_schema().core_class(cls)
        return found


def core_property(prop: URIRef) -> URIRef | None:
    """The core relation (memberOf, leads, ...) above a refinement, or itself."""
    key = str(prop)
    try:
        return _CORE_PROPERTY[key]
    except KeyError:
        found = _CORE_PROPERTY[key] = load_schema().core_property(prop)
        return found
