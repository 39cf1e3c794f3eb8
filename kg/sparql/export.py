"""Write a graph or a store in another format: ``kg export``.

* ``turtle``: kg's deterministic Turtle (as ``kg build`` writes it);
* ``nt``: N-Triples, one triple a line, sorted;
* ``nq``: N-Quads, sorted, keeping a store's named graphs (one per document);
* ``jsonld``: JSON-LD with kg's prefixes as its ``@context``;
* ``graphml``: the entity graph for Gephi, yEd or Cytoscape: one node per
  entity (``label``, ``type``, ``coreType``, ``altLabels``, ``mentions``,
  ``documents``, ``iri``; ids ``n0``, ``n1`` ...) and one edge per relation,
  as ``kg build`` and ``kg stats`` count them (``relation``: the core property;
  ``label`` and ``refinements``: what was said, "wrote to, urges";
  ``statements``, ``confidence``; ids ``e0``, ``e1`` ...).

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
    """The entity graph of a kg graph as a networkx ``MultiDiGraph`` with Gephi-friendly attributes.

    Nodes are keyed ``n0``, ``n1`` ... (entities in IRI order; the IRI is the ``iri``
    attribute) and edges ``e0``, ``e1`` ...: GraphML ids are XML names, which IRIs are not.
    There is one edge per relation as kg counts them everywhere (a distinct direct triple
    of a core property between two entities, see :func:`kg.rdf.summary.summarise`), so a
    refinement and its core relation, or two refinements of one core ("wrote to", "urges"),
    are one edge: ``relation`` is the core property, ``label`` and ``refinements`` say what
    was said.
    """
    import networkx as nx

    entities = _graphml_entities(graph)
    view: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    ids = {node: f"n{i}" for i, node in enumerate(sorted(entities, key=str))}
    for node, node_id in ids.items():
        view.add_node(node_id, **entities[node])
    for i, ((subject, _core, obj), attrs) in enumerate(_graphml_relations(graph, entities)):
        view.add_edge(ids[subject], ids[obj], key=f"e{i}", **attrs)
    return view


def _graphml_entities(graph: Graph) -> dict[Any, dict[str, Any]]:
    """Each entity (an IRI typed with a core class) and its node attributes."""
    from kg.rdf.schema import CORE_CLASSES, Schema

    parents = Schema.from_graph(graph).class_parents
    cores: dict[Any, Any] = {}
    for cls in CORE_CLASSES:
        for node in graph.subjects(RDF.type, cls):
            if isinstance(node, URIRef):
                cores.setdefault(node, cls)
    mentions = Counter(o for _m, o in graph.subject_objects(KG.mentionOf))
    entities: dict[Any, dict[str, Any]] = {}
    for node, core in cores.items():
        types = [t for t in graph.objects(node, RDF.type) if t not in (OWL.NamedIndividual,)]
        specific = [t for t in types if not any(t in parents.get(u, ()) for u in types)]
        label = graph.value(node, RDFS.label)
        entities[node] = {
            "label": str(label) if label is not None else _local(node),
            "type": _local(sorted(specific, key=str)[0]) if specific else _local(core),
            "coreType": _local(core),
            "altLabels": "; ".join(sorted(str(a) for a in graph.objects(node, SKOS.altLabel))),
            "mentions": mentions.get(node, 0),
            "documents": len(set(graph.objects(node, KG.mentionedIn))),
            "iri": str(node),
        }
    return entities


def _graphml_relations(
    graph: Graph, entities: dict[Any, Any]
) -> list[tuple[tuple[Any, Any, Any], dict[str, Any]]]:
    """The relations between ``entities`` (sorted) with their edge attributes."""
    from kg.rdf.graph import UNASSERTED_MODALITIES
    from kg.rdf.schema import Schema

    schema = Schema.from_graph(graph)
    said: dict[tuple[Any, Any, Any], set[Any]] = {}
    for prop, core in schema.property_core.items():
        for subject, obj in graph.subject_objects(prop):
            if subject in entities and obj in entities:
                said.setdefault((subject, core, obj), set()).add(prop)
    support: dict[tuple[Any, Any, Any], list[float]] = {}
    for statement in graph.subjects(RDF.type, KG.Statement):
        if graph.value(statement, KG.modality) in UNASSERTED_MODALITIES:
            continue
        predicate = graph.value(statement, RDF.predicate)
        key = (
            graph.value(statement, RDF.subject),
            schema.property_core.get(predicate, predicate) if predicate is not None else None,
            graph.value(statement, RDF.object),
        )
        confidence = graph.value(statement, KG.confidence)
        support.setdefault(key, []).append(
            float(confidence) if isinstance(confidence, Literal) else 0.0
        )
    relations = []
    for key in sorted(said, key=lambda k: tuple(map(str, k))):
        core_prop = key[1]
        refinements = sorted(said[key] - {core_prop}, key=str) or [core_prop]
        confidences = support.get(key, [])
        relations.append(
            (
                key,
                {
                    "label": ", ".join(schema.label(p) for p in refinements),
                    "relation": _local(core_prop),
                    "refinements": "; ".join(_local(p) for p in refinements),
                    "statements": len(confidences),
                    "confidence": max(confidences) if confidences else 0.0,
                },
            )
        )
    return relations


def _graphml(graph: Graph) -> bytes:
    import networkx as nx

    buffer = io.BytesIO()
    # networkx's plain-XML writer, not nx.write_graphml: that one switches to lxml when lxml
    # is installed, and lays the file out differently, so the same graph gave other bytes
    nx.write_graphml_xml(to_graphml_graph(graph), buffer, encoding="utf-8", prettyprint=True)
    return buffer.getvalue()
