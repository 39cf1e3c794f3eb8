"""Counts of what a graph holds, for build summaries."""

from __future__ import annotations

from rdflib import RDF, RDFS, Graph, Literal

from kg.rdf.graph import new_graph
from kg.rdf.namespaces import KG, entity_iri
from kg.rdf.summary import summarise


def _small_graph() -> Graph:
    graph = new_graph()
    bma = entity_iri("BMA")
    graph.add((bma, RDF.type, KG.TradeUnion))
    graph.add((bma, RDFS.label, Literal("BMA")))
    graph.add((entity_iri("Wes Streeting"), KG.wroteTo, bma))
    return graph


def test_summarise_counts_small_graph() -> None:
    graph = _small_graph()
    graph.add((entity_iri("BMA"), RDF.type, KG.Organisation))
    graph.add((entity_iri("Wes Streeting"), RDF.type, KG.Person))
    graph.add((entity_iri("Wes Streeting"), KG.communicatesWith, entity_iri("BMA")))
    summary = summarise(graph)
    assert summary["entities"] == 2
    assert summary["entities_by_type"]["Organisation"] == 1
    assert summary["entities_by_type"]["Person"] == 1
    assert summary["relations_by_property"]["communicatesWith"] == 1
    assert summary["relations"] == 1  # kg:wroteTo is a refinement, not counted twice
    assert len(summary["relations_by_property"]) == 9
    assert summary["documents"] == 0


def test_summarise_example(example_graph: Graph) -> None:
    summary = summarise(example_graph)
    assert summary["documents"] == 1
    assert summary["entities"] > 0
    assert summary["entities_by_type"]["Person"] >= 1
    assert summary["triples"] == len(example_graph)
