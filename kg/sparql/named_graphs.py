"""How kg divides a graph into named graphs: one per document, one for entities, one for the ontology.

Every triple of the merged graph lies in exactly one named graph: a
document's graph (named with the document's IRI, ``doc:ID``) holds the
document node, its sentences, mentions and statements and the
``kg:mentionedIn`` links to it; :data:`ENTITIES_GRAPH` holds what is said
about entities across documents (types, labels, other names, the direct
relation triples); :data:`ONTOLOGY_GRAPH` holds the ontology. A store
(:mod:`kg.sparql.store`) keeps them so, and ``kg push`` sends them so.
"""

from __future__ import annotations

from typing import Any

from rdflib import DCTERMS, PROV, RDF, Graph, URIRef

from kg.rdf.namespaces import BASE, KG

__all__ = ["split_by_document", "ONTOLOGY_GRAPH", "ENTITIES_GRAPH", "GRAPH_BASE"]

GRAPH_BASE = BASE + "graph/"
#: The named graph of the ontology (classes, properties, modalities).
ONTOLOGY_GRAPH = URIRef(GRAPH_BASE + "ontology")
#: The named graph of what is said about entities across documents.
ENTITIES_GRAPH = URIRef(GRAPH_BASE + "entities")


def split_by_document(graph: Graph) -> dict[URIRef, list[tuple[Any, Any, Any]]]:
    """Every triple of ``graph`` in exactly one named graph: per document, entities, ontology.

    A document's graph (named with its IRI) holds the document node, the
    sentences that are ``dcterms:isPartOf`` it, the mentions and statements
    ``prov:wasDerivedFrom`` them and the ``kg:mentionedIn`` links to it;
    :data:`ONTOLOGY_GRAPH` the ontology's triples; :data:`ENTITIES_GRAPH`
    everything else (entity types, labels, other names, direct relations).
    """
    from kg.rdf.schema import load_ontology

    ontology = load_ontology()
    ontology_subjects = set(ontology.subjects())
    documents = set(graph.subjects(RDF.type, KG.Document))
    home: dict[Any, Any] = {document: document for document in documents}
    for part, whole in graph.subject_objects(DCTERMS.isPartOf):
        if whole in documents:
            home[part] = whole
    for node, source in graph.subject_objects(PROV.wasDerivedFrom):
        if node not in home and source in home:
            home[node] = home[source]
    mentioned_in = KG.mentionedIn
    groups: dict[Any, list[tuple[Any, Any, Any]]] = {}
    for triple in graph:
        subject, predicate, obj = triple
        name: Any
        if subject in ontology_subjects and triple in ontology:
            name = ONTOLOGY_GRAPH
        elif predicate == mentioned_in and obj in documents:
            name = obj
        else:
            name = home.get(subject) or _document_of_iri(subject, documents) or ENTITIES_GRAPH
        groups.setdefault(name, []).append(triple)
    return groups


def _document_of_iri(node: Any, documents: set[Any]) -> Any:
    """The document whose IRI starts ``node``'s (``doc:x/mention/1-5`` → ``doc:x``), if any."""
    if not isinstance(node, URIRef) or not documents:
        return None
    text = str(node)
    while "/" in text:
        text = text.rsplit("/", 1)[0]
        candidate = URIRef(text)
        if candidate in documents:
            return candidate
    return None
