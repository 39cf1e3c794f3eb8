"""Counts of what a graph holds, for build summaries."""

from __future__ import annotations

from collections import Counter
from typing import Any

from rdflib import RDF, Graph

from kg.rdf.namespaces import KG
from kg.rdf.schema import CORE_CLASSES, CORE_PROPERTIES, load_schema

__all__ = ["summarise"]


def _local_name(iri: Any) -> str:
    text = str(iri)
    return text.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def summarise(graph: Graph) -> dict[str, Any]:
    """Counts for a build summary.

    Returns a dict with ``documents``, ``entities`` (total), ``entities_by_type``
    (core class local name → distinct entities), ``relations`` (total),
    ``relations_by_property`` (core property local name → relations),
    ``relation_labels`` (core property local name → its label, "communicates with"),
    ``statements``, ``mentions``, ``sentences`` and ``triples``. Every core class
    and property is present, with 0 when absent.

    A *relation* is a distinct direct triple of a core property between two entities
    (so asserted, reported or planned: conditional and negated statements give no
    direct triple, and a refinement such as ``kg:wroteTo`` is counted once, through its
    core ``kg:communicatesWith``): the count ``kg stats``, the HTML view and GraphML give
    too (:func:`kg.view.projection.relation_triples`).
    """
    by_type: dict[str, int] = {}
    entities: set[Any] = set()
    for cls in CORE_CLASSES:
        members = set(graph.subjects(RDF.type, cls))
        by_type[_local_name(cls)] = len(members)
        entities |= members
    by_property: Counter[str] = Counter({_local_name(p): 0 for p in CORE_PROPERTIES})
    for prop in CORE_PROPERTIES:
        by_property[_local_name(prop)] = sum(
            1 for s, o in graph.subject_objects(prop) if s in entities and o in entities
        )

    def count(cls: Any) -> int:
        return sum(1 for _ in graph.subjects(RDF.type, cls))

    return {
        "documents": count(KG.Document),
        "entities": len(entities),
        "entities_by_type": by_type,
        "relations": sum(by_property.values()),
        "relations_by_property": dict(by_property),
        "relation_labels": {_local_name(p): load_schema().label(p) for p in CORE_PROPERTIES},
        "statements": count(KG.Statement),
        "mentions": count(KG.Mention),
        "sentences": count(KG.Sentence),
        "triples": len(graph),
    }
