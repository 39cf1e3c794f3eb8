"""How kg divides a graph into named graphs: per document, entities, ontology."""

from __future__ import annotations

from rdflib import RDF, RDFS, Graph, Literal

from kg.rdf.graph import new_graph
from kg.rdf.namespaces import KG, document_iri, entity_iri
from kg.sparql.named_graphs import ENTITIES_GRAPH, ONTOLOGY_GRAPH, split_by_document


def test_split_puts_each_triple_in_one_graph(example_graph: Graph) -> None:
    groups = split_by_document(example_graph)
    assert sum(len(triples) for triples in groups.values()) == len(example_graph)
    document = document_iri("streeting-letter-to-gpce")
    assert set(groups) == {document, ENTITIES_GRAPH, ONTOLOGY_GRAPH}
    assert all(
        str(s).startswith(str(document)) or (p, o) == (KG.mentionedIn, document)
        for s, p, o in groups[document]
    )


def test_split_finds_a_documents_nodes_by_their_iri() -> None:
    graph = new_graph()
    document = document_iri("a")
    mention = type(document)(f"{document}/mention/1-5")
    graph.add((document, RDF.type, KG.Document))
    graph.add((mention, RDFS.label, Literal("BMA")))  # no isPartOf, no wasDerivedFrom
    graph.add((entity_iri("BMA"), RDFS.label, Literal("BMA")))
    groups = split_by_document(graph)
    assert (mention, RDFS.label, Literal("BMA")) in groups[document]
    assert groups[ENTITIES_GRAPH] == [(entity_iri("BMA"), RDFS.label, Literal("BMA"))]
    assert ONTOLOGY_GRAPH not in groups
