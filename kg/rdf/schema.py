"""The ontology (``ontology/kg.ttl``): its classes and properties and the core ones above them.

Example:
    >>> core_class(KG.TradeUnion) == KG.Organisation
    True
    >>> core_property(KG.chairOf) == KG.leads
    True
"""

from __future__ import annotations

import functools
from pathlib import Path

from rdflib import RDF, RDFS, Graph, URIRef

from kg.errors import GraphError
from kg.rdf.namespaces import KG

__all__ = [
    "ontology_dir",
    "load_ontology",
    "parse_turtle",
    "core_class",
    "core_property",
    "CORE_CLASSES",
    "CORE_PROPERTIES",
]

CORE_CLASSES = (KG.Person, KG.Organisation, KG.Proposal, KG.Event, KG.Place)
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


@functools.lru_cache(maxsize=64)
def _superclass_map() -> dict[URIRef, URIRef]:
    ontology = load_ontology()
    result: dict[URIRef, URIRef] = {}
    for cls in ontology.subjects(RDF.type, URIRef("http://www.w3.org/2002/07/owl#Class")):
        for ancestor in ontology.transitive_objects(cls, RDFS.subClassOf):
            if ancestor in CORE_CLASSES:
                result[cls] = ancestor  # type: ignore[index]
                break
    return result


def core_class(cls: URIRef) -> URIRef | None:
    """The core class (Person, Organisation, Proposal, Event, Place) above ``cls``."""
    return _superclass_map().get(cls)


@functools.lru_cache(maxsize=1)
def _superproperty_map() -> dict[URIRef, URIRef]:
    ontology = load_ontology()
    result: dict[URIRef, URIRef] = {}
    for prop in set(ontology.subjects(RDFS.subPropertyOf, None)) | set(CORE_PROPERTIES):
        for ancestor in ontology.transitive_objects(prop, RDFS.subPropertyOf):
            if ancestor in CORE_PROPERTIES:
                result[prop] = ancestor  # type: ignore[index]
                break
    return result


def core_property(prop: URIRef) -> URIRef | None:
    """The core relation (memberOf, leads, ...) above a refinement, or itself."""
    return _superproperty_map().get(prop)
