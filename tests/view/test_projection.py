"""Tests of kg.view.projection: the RDF graph's entities and statements as networkx."""

from __future__ import annotations

import networkx as nx
from rdflib import DCTERMS, PROV, RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.compare import isomorphic, to_isomorphic
from view_helpers import DOC_ID, build_graph, dated_graph

from kg.rdf.namespaces import KG, entity_iri
from kg.view.page import render_html
from kg.view.projection import MODALITY_ORDER, Source, modality_rank, to_networkx
from kg.view.styles import NODE_STYLES


def test_to_networkx_counts_entities_and_groups_statements(graph: Graph) -> None:
    view = to_networkx(graph)
    assert isinstance(view, nx.MultiDiGraph)
    assert view.number_of_nodes() == 5
    # five statements, two of them for the same (subject, wroteTo, object)
    assert view.number_of_edges() == 4
    streeting, gpce = str(entity_iri("Wes Streeting")), str(entity_iri("GP Committee England"))
    edge = view.edges[streeting, gpce, "wroteTo"]
    assert edge["property"] == "wroteTo"
    assert edge["core"] == "communicatesWith"
    assert edge["label"] == "wrote to"
    assert edge["modality"] == "Asserted"
    assert len(edge["sentences"]) == 2
    assert all(isinstance(source, Source) for source in edge["sentences"])
    text, document, confidence, from_comments, span, method = edge["sentences"][0]
    assert document == DOC_ID and from_comments is False
    assert span == (0, len(text)) and method == "dep:test"
    assert {s.confidence for s in edge["sentences"]} == {0.8, 0.7}
    assert "Wes Streeting wrote to GP Committee England" in " ".join(
        s.text for s in edge["sentences"]
    )


def test_to_networkx_node_attributes(graph: Graph) -> None:
    view = to_networkx(graph)
    streeting = view.nodes[str(entity_iri("Wes Streeting"))]
    assert streeting["label"] == "Wes Streeting"
    assert streeting["type"] == "Person" and streeting["subtype"] == "Person"
    assert streeting["aliases"] == ["Mr Streeting", "health secretary"]
    assert streeting["documents"] == [DOC_ID]
    gpce = view.nodes[str(entity_iri("GP Committee England"))]
    assert (gpce["type"], gpce["subtype"]) == ("Organisation", "Committee")


def test_to_networkx_keeps_unasserted_and_comment_relations(graph: Graph) -> None:
    view = to_networkx(graph)
    bma, contract = str(entity_iri("BMA")), str(entity_iri("2025/26 GP contract"))
    rejects = view.edges[bma, contract, "rejects"]
    assert rejects["from_comments"] is True
    assert rejects["modality"] == "Planned"
    assert rejects["core"] == "opposes"
    without = to_networkx(graph, include_comments=False)
    assert without.number_of_edges() == 3
    assert not without.has_edge(bma, contract)


def test_to_networkx_without_ontology_falls_back_to_core_classes() -> None:
    bare = build_graph(include_ontology=False)
    assert (None, RDFS.subClassOf, KG.Entity) not in bare
    view = to_networkx(bare)
    assert view.number_of_nodes() == 5
    assert view.number_of_edges() == 4
    gpce = view.nodes[str(entity_iri("GP Committee England"))]
    assert (gpce["type"], gpce["subtype"]) == ("Organisation", "Committee")


def test_view_ignores_non_entities_and_does_not_mutate(graph: Graph) -> None:
    before = to_isomorphic(graph)
    view = to_networkx(graph)
    render_html(graph)
    assert isomorphic(before, graph)
    labels = {attrs["label"] for _, attrs in view.nodes(data=True)}
    assert "Streeting's letter" not in labels  # documents are not entities
    assert all(attrs["type"] in NODE_STYLES for _, attrs in view.nodes(data=True))


def test_to_networkx_hand_written_triples() -> None:
    g = Graph()
    person, org = URIRef("urn:x:p"), URIRef("urn:x:o")
    g.add((person, RDF.type, KG.Person))
    g.add((org, RDF.type, KG.Organisation))
    g.add((URIRef("urn:x:thing"), RDF.type, URIRef("urn:x:NotAnEntity")))
    statement = URIRef("urn:x:st")
    g.add((statement, RDF.type, KG.Statement))
    g.add((statement, RDF.subject, person))
    g.add((statement, RDF.predicate, KG.leads))
    g.add((statement, RDF.object, org))
    view = to_networkx(g)
    assert sorted(view.nodes) == ["urn:x:o", "urn:x:p"]
    assert view.nodes["urn:x:p"]["label"] == "p"  # no rdfs:label: the local name
    edge = view.edges["urn:x:p", "urn:x:o", "leads"]
    assert edge["modality"] == "Asserted" and edge["sentences"][0].text == ""


def test_to_networkx_edge_shows_most_assertive_modality() -> None:
    g = Graph()
    a, b = URIRef("urn:x:a"), URIRef("urn:x:b")
    g.add((a, RDF.type, KG.Organisation))
    g.add((b, RDF.type, KG.Proposal))
    for name, modality in (("one", KG.Planned), ("two", KG.Reported)):
        statement, sentence = URIRef(f"urn:x:st-{name}"), URIRef(f"urn:x:s-{name}")
        g.add((statement, RDF.type, KG.Statement))
        g.add((statement, RDF.subject, a))
        g.add((statement, RDF.predicate, KG.rejects))
        g.add((statement, RDF.object, b))
        g.add((statement, KG.modality, modality))
        g.add((statement, PROV.wasDerivedFrom, sentence))
        g.add((sentence, KG.text, Literal(f"sentence {name}")))
    edge = to_networkx(g).edges["urn:x:a", "urn:x:b", "rejects"]
    assert edge["modality"] == "Reported"
    assert sorted(zip(edge["modalities"], (s.text for s in edge["sentences"]), strict=True)) == [
        ("Planned", "sentence one"),
        ("Reported", "sentence two"),
    ]


def test_modality_rank_puts_the_most_assertive_first_and_unknown_last() -> None:
    assert sorted(["Negated", "Odd", "Asserted", "Planned"], key=modality_rank) == [
        "Asserted",
        "Planned",
        "Negated",
        "Odd",
    ]
    assert [modality_rank(m) for m in MODALITY_ORDER] == list(range(len(MODALITY_ORDER)))


def test_to_networkx_documents_carry_their_titles(graph: Graph) -> None:
    assert to_networkx(graph).graph["documents"] == {DOC_ID: "Streeting's letter"}


def test_to_networkx_documents_carry_their_dates() -> None:
    assert to_networkx(dated_graph()).graph["dates"] == {
        "minister-announces-plan": "2024-01-10",
        "port-authority-backs-reform": "2024-03-02",
        "guild-turns-against-plan": "2024-05-21",
        "brice-writes-again": "2024-05-28",
        "port-authority-changes-course": "2024-08-14",
    }  # a-pilots-letter has none
    assert to_networkx(dated_graph(dates=False)).graph["dates"] == {}


def _dated(date: Literal) -> dict[str, str]:
    g = build_graph()
    document = next(g.subjects(RDF.type, KG.Document))
    g.add((document, DCTERMS.date, date))
    return dict(to_networkx(g).graph["dates"])


def test_to_networkx_reads_dates_and_date_times_and_skips_what_is_no_date() -> None:
    assert _dated(Literal("2024-07-09", datatype=XSD.date)) == {DOC_ID: "2024-07-09"}
    assert _dated(Literal("2024-07-09T18:30:00", datatype=XSD.dateTime)) == {DOC_ID: "2024-07-09"}
    assert _dated(Literal("2024-07-09")) == {DOC_ID: "2024-07-09"}  # a plain literal
    assert _dated(Literal("last Tuesday")) == {}
    assert _dated(Literal("2024-02-30")) == {}


def test_to_networkx_sentences_in_date_order_undated_last() -> None:
    view = to_networkx(dated_graph())
    brice, guild = str(entity_iri("Alan Brice")), str(entity_iri("Ferry Pilots Guild"))
    plan = str(entity_iri("Harbour Reform Plan"))
    # by identifier the letter of 28 May ("brice-…") would come before that of 21 May
    wrote = view.edges[brice, guild, "wroteTo"]["sentences"]
    assert [s.document for s in wrote] == ["guild-turns-against-plan", "brice-writes-again"]
    # by identifier the undated "a-pilots-letter" would come first
    opposes = view.edges[guild, plan, "opposes"]["sentences"]
    assert [s.document for s in opposes] == ["port-authority-changes-course", "a-pilots-letter"]


def test_stats_and_view_share_one_projection() -> None:
    import kg.stats
    import kg.view

    assert kg.stats.to_networkx is to_networkx is kg.view.to_networkx
