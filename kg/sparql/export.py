"""Write a graph or a store in another format: ``kg export``.

* ``turtle``: kg's deterministic Turtle (as ``kg build`` writes it);
* ``nt``: N-Triples, one triple a line, sorted;
* ``nq``: N-Quads, sorted, keeping a store's named graphs (one per document);
* ``jsonld``: JSON-LD with kg's prefixes as its ``@context``;
* ``graphml``: the entity graph for Gephi, yEd or Cytoscape: one node per
  entity (``label``, ``type``, ``coreType``, ``altLabels``, ``mentions``,
  ``documents``, ``iri``) and one edge per direct relation (``label``,
  ``relation``, ``core``, ``statements``, ``confidence``); a core relation
  implied by a refinement between the same two entities is left out, as in
  the HTML view.

Example:
    >>> from rdflib import RDF, RDFS, Literal
    >>> from kg.rdf.graph import new_graph
    >>> from kg.rdf.namespaces import KG, entity_iri
    >>> graph = new_graph()
    >>> _ = graph.add((entity_iri("BMA"), RDF.type, KG.TradeUnion))
    >>> print(export_bytes(graph, "nt").decode(), end="")
    <https://w3id.org/kg-policy/id/bma> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/kg-policy/ontology#TradeUnion> .
"""

from __future__ import annotations

import io
import json
from collections import Counter
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import OWL, RDF, RDFS, SKOS, Graph, Literal, URIRef

from kg.errors import OutputError
from kg.rdf.namespaces import KG

__all__ = ["EXPORT_FORMATS", "export_bytes", "export_source", "to_graphml_graph"]

EXPORT_FORMATS = ("turtle", "nt", "nq", "jsonld", "graphml")


def _lines(quads: Any, *, with_graph: bool) -> bytes:
    lines = set()
    for quad in quads:
        if with_graph:
            lines.add(f"{quad} .\n")
        else:
            lines.add(f"{quad.subject} {quad.predicate} {quad.object} .\n")
    return "".join(sorted(lines)).encode("utf-8")


def export_bytes(graph: Graph, fmt: str) -> bytes:
    """``graph`` in ``fmt`` (one of :data:`EXPORT_FORMATS`) as bytes, deterministic."""
    from kg.rdf.turtle import turtle_bytes
    from kg.sparql.engine import quads_of

    if fmt not in EXPORT_FORMATS:
        raise OutputError(f"unknown export format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}")
    if fmt == "turtle":
        return turtle_bytes(graph)
    if fmt in ("nt", "nq"):
        return _lines(quads_of(graph), with_graph=False)
    if fmt == "jsonld":
        return _jsonld(graph)
    return _graphml(graph)


def export_source(source: Path | str, fmt: str) -> bytes:
    """A graph file or store folder in ``fmt``; N-Quads of a store keep its named graphs."""
    from kg.sparql.source import open_graph

    if fmt not in EXPORT_FORMATS:
        raise OutputError(f"unknown export format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}")
    with open_graph(source) as opened:
        if fmt == "nq":
            return _lines(opened.store, with_graph=True)
        if fmt == "nt":
            return _lines(opened.store, with_graph=False)
        graph = opened.to_rdflib()
    return export_bytes(graph, fmt)


def _jsonld(graph: Graph) -> bytes:
    from kg.sparql.engine import quads_of

    prefixes = {p: str(n) for p, n in graph.namespaces() if p}
    triples = sorted(
        (ox.Triple(q.subject, q.predicate, q.object) for q in quads_of(graph)), key=str
    )
    data = ox.serialize(triples, format=ox.RdfFormat.JSON_LD, prefixes=prefixes) or b"[]"
    # indented, so a JSON-LD file diffs line by line like the Turtle one
    return (json.dumps(json.loads(data), indent=1, ensure_ascii=False) + "\n").encode("utf-8")


# --------------------------------------------------------------------------- GraphML


def _local(iri: Any) -> str:
    text = str(iri)
    return text.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def to_graphml_graph(graph: Graph) -> Any:
    """The entity graph of a kg graph as a networkx ``MultiDiGraph`` with Gephi-friendly attributes."""
    import networkx as nx

    from kg.rdf.schema import CORE_CLASSES, CORE_PROPERTIES, Schema

    core_classes = set(CORE_CLASSES)
    core_properties = set(CORE_PROPERTIES)
    schema = Schema.from_graph(graph)
    core_of = schema.property_core  # every property below a core relation, with its core
    parents = schema.class_parents

    view: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    entities: dict[Any, dict[str, Any]] = {}
    for cls in core_classes:
        for node in graph.subjects(RDF.type, cls):
            if isinstance(node, URIRef):
                entities.setdefault(node, {"core": cls})
    mentions = Counter(o for _m, o in graph.subject_objects(KG.mentionOf))
    for node in sorted(entities, key=str):
        types = [t for t in graph.objects(node, RDF.type) if t not in (OWL.NamedIndividual,)]
        specific = [t for t in types if not any(t in parents.get(u, ()) for u in types)]
        label = graph.value(node, RDFS.label)
        view.add_node(
            str(node),
            label=str(label) if label is not None else _local(node),
            type=_local(sorted(specific, key=str)[0])
            if specific
            else _local(entities[node]["core"]),
            coreType=_local(entities[node]["core"]),
            altLabels="; ".join(sorted(str(a) for a in graph.objects(node, SKOS.altLabel))),
            mentions=mentions.get(node, 0),
            documents=len(set(graph.objects(node, KG.mentionedIn))),
            iri=str(node),
        )

    support: dict[tuple[Any, Any, Any], list[float]] = {}
    for statement in graph.subjects(RDF.type, KG.Statement):
        key = (
            graph.value(statement, RDF.subject),
            graph.value(statement, RDF.predicate),
            graph.value(statement, RDF.object),
        )
        confidence = graph.value(statement, KG.confidence)
        value = float(confidence) if isinstance(confidence, Literal) else 0.0
        support.setdefault(key, []).append(value)

    edges: list[tuple[Any, Any, Any]] = []
    for prop in core_of:
        for subject, obj in graph.subject_objects(prop):
            if subject in entities and obj in entities:
                edges.append((subject, prop, obj))
    present = set(edges)
    for subject, prop, obj in sorted(edges, key=lambda e: tuple(map(str, e))):
        if prop in core_properties and any(
            (subject, other, obj) in present
            for other, core in core_of.items()
            if core == prop and other != prop
        ):
            continue  # implied by a refinement drawn between the same two entities
        label = graph.value(prop, RDFS.label)
        confidences = support.get((subject, prop, obj), [])
        view.add_edge(
            str(subject),
            str(obj),
            key=_local(prop),
            label=str(label) if label is not None else _local(prop),
            relation=_local(prop),
            core=_local(core_of[prop]),
            statements=len(confidences),
            confidence=max(confidences) if confidences else 0.0,
        )
    return view


def _graphml(graph: Graph) -> bytes:
    import networkx as nx

    buffer = io.BytesIO()
    # networkx's plain-XML writer, not nx.write_graphml: that one switches to lxml when lxml
    # is installed, and lays the file out differently, so the same graph gave other bytes
    nx.write_graphml_xml(to_graphml_graph(graph), buffer, encoding="utf-8", prettyprint=True)
    return buffer.getvalue()
