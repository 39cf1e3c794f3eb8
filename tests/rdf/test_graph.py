"""The RDF graph: entity IRIs and labels, refined and core triples, statements with provenance."""

from __future__ import annotations

from typing import Any

import pytest
from rdflib import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, Graph, Literal, URIRef
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from kg.extract.pipeline import extract_documents
from kg.extract.read import read_text
from kg.model import Corpus, Document
from kg.rdf.graph import UNASSERTED_MODALITIES, corpus_graph, new_graph, sentence_iri, to_rdf
from kg.rdf.namespaces import ID, KG, document_iri, entity_iri
from kg.rdf.schema import core_class, core_property, load_ontology

TEXT = (
    "Rural clinics row deepens\n"
    "Transport secretary Anna Lind has written to the Federation of Rural Clinics (FRC), urging it to "
    "accept the 2025/26 pharmacy contract.\n"
    "Tom Hale, the chair of the Water Board, said the FRC could reject the 2025/26 pharmacy contract.\n"
    "The FRC did not reject the Rural Access Scheme. Later the transport secretary said the Government "
    "will consult on the Rural Access Scheme.\n"
)


@pytest.fixture(scope="module")
def corpus(nlp: Any) -> Corpus:
    return extract_documents([read_text(TEXT, doc_id="rural-clinics")], nlp=nlp)


@pytest.fixture(scope="module")
def graph(corpus: Corpus) -> Graph:
    return corpus_graph(corpus)


@pytest.fixture(scope="module")
def document(corpus: Corpus) -> Document:
    return corpus.extractions[0].document


def _assert_isomorphic(expected: Graph, actual: Graph) -> None:
    if not isomorphic(expected, actual):
        _, only_expected, only_actual = graph_diff(to_isomorphic(expected), to_isomorphic(actual))
        pytest.fail(
            "graphs differ\nonly in expected:\n"
            + only_expected.serialize(format="nt")
            + "\nonly in actual:\n"
            + only_actual.serialize(format="nt")
        )


def _entity_nodes(graph: Graph) -> set[URIRef]:
    return {
        s
        for s in graph.subjects(RDFS.label, None)
        if isinstance(s, URIRef) and str(s).startswith(str(ID))
    }


def _int(graph: Graph, node: URIRef, prop: URIRef) -> int:
    value = graph.value(node, prop)
    assert value is not None, (node, prop)
    return int(value)  # type: ignore[arg-type]


# ------------------------------------------------------------------ the corpus has what the graph needs


def test_graph_fixture_covers_roles_relations_and_modalities(corpus: Corpus) -> None:
    predicates = {r.predicate for r in corpus.relations}
    modalities = {r.modality for r in corpus.relations}
    assert KG.wroteTo in predicates and KG.chairOf in predicates
    assert KG.Conditional in modalities and KG.Negated in modalities and KG.Asserted in modalities
    assert any(e.aliases for e in corpus.entities)


# ------------------------------------------------------------------ entities


def test_graph_entity_iris_are_minted_from_labels(corpus: Corpus, graph: Graph) -> None:
    for entity in corpus.entities:
        node = entity_iri(entity.label)
        assert (node, RDFS.label, Literal(entity.label)) in graph
        assert (node, RDF.type, entity.type) in graph
        assert (node, RDF.type, core_class(entity.type)) in graph
    assert len(_entity_nodes(graph)) == len(corpus.entities)


def test_graph_rdfs_label_once_per_entity(graph: Graph) -> None:
    nodes = _entity_nodes(graph)
    assert nodes
    for node in nodes:
        assert len(list(graph.objects(node, RDFS.label))) == 1, node


def test_graph_alt_labels_are_the_other_forms(corpus: Corpus, graph: Graph) -> None:
    for entity in corpus.entities:
        node = entity_iri(entity.label)
        alt = {str(a) for a in graph.objects(node, SKOS.altLabel)}
        assert alt == set(entity.aliases) - {entity.label}
        assert entity.label not in alt


def test_graph_acronym_is_an_alt_label(graph: Graph) -> None:
    node = entity_iri("Federation of Rural Clinics")
    assert (node, SKOS.altLabel, Literal("FRC")) in graph
    assert (node, RDF.type, KG.Organisation) in graph


def test_graph_entities_are_mentioned_in_their_document(
    corpus: Corpus, graph: Graph, document: Document
) -> None:
    for entity in corpus.entities:
        assert (entity_iri(entity.label), KG.mentionedIn, document_iri(document.id)) in graph


# ------------------------------------------------------------------ relations


def test_graph_refined_and_core_property_both_asserted(corpus: Corpus, graph: Graph) -> None:
    asserted = [r for r in corpus.relations if r.modality not in UNASSERTED_MODALITIES]
    assert asserted
    for relation in asserted:
        subject, obj = entity_iri(relation.subject), entity_iri(relation.object)
        assert (subject, relation.predicate, obj) in graph
        assert (subject, core_property(relation.predicate), obj) in graph


def test_graph_wrote_to_asserts_communicates_with(graph: Graph) -> None:
    lind, frc = entity_iri("Anna Lind"), entity_iri("Federation of Rural Clinics")
    assert (lind, KG.wroteTo, frc) in graph
    assert (lind, KG.communicatesWith, frc) in graph


def test_graph_unasserted_relations_have_no_direct_triple(corpus: Corpus, graph: Graph) -> None:
    unasserted = [r for r in corpus.relations if r.modality in UNASSERTED_MODALITIES]
    assert unasserted
    asserted = {
        (r.subject, r.predicate, r.object)
        for r in corpus.relations
        if r.modality not in UNASSERTED_MODALITIES
    }
    for relation in unasserted:
        if (relation.subject, relation.predicate, relation.object) in asserted:
            continue  # also stated as fact in another sentence
        subject, obj = entity_iri(relation.subject), entity_iri(relation.object)
        assert (subject, relation.predicate, obj) not in graph, relation
        assert (subject, core_property(relation.predicate), obj) not in graph, relation


def test_graph_every_relation_has_one_statement_with_its_modality(
    corpus: Corpus, graph: Graph
) -> None:
    statements = set(graph.subjects(RDF.type, KG.Statement))
    assert len(statements) == len(corpus.relations)
    for relation in corpus.relations:
        found = [
            s
            for s in statements
            if (s, RDF.subject, entity_iri(relation.subject)) in graph
            and (s, RDF.predicate, relation.predicate) in graph
            and (s, RDF.object, entity_iri(relation.object)) in graph
            and (s, KG.startOffset, Literal(relation.evidence.start)) in graph
        ]
        assert len(found) == 1, relation
        assert (found[0], KG.modality, relation.modality) in graph
        assert (found[0], KG.method, Literal(relation.evidence.method)) in graph


# ------------------------------------------------------------------ provenance


def test_graph_statement_derives_from_sentence_with_its_text(
    graph: Graph, document: Document
) -> None:
    statements = list(graph.subjects(RDF.type, KG.Statement))
    assert statements
    for statement in statements:
        for prop in (RDF.subject, RDF.predicate, RDF.object, KG.modality):
            assert graph.value(statement, prop) is not None, (statement, prop)
        sentence = graph.value(statement, PROV.wasDerivedFrom)
        assert (sentence, RDF.type, KG.Sentence) in graph
        start, end = _int(graph, sentence, KG.startOffset), _int(graph, sentence, KG.endOffset)
        assert str(graph.value(sentence, KG.text)) == document.text[start:end]
        assert (sentence, DCTERMS.isPartOf, document_iri(document.id)) in graph
        s_start, s_end = (
            _int(graph, statement, KG.startOffset),
            _int(graph, statement, KG.endOffset),
        )
        assert start <= s_start < s_end <= end, statement
        assert (statement, KG.fromReaderComments, Literal(False)) in graph


def test_graph_mentions_match_the_document_text(graph: Graph, document: Document) -> None:
    mentions = list(graph.subjects(RDF.type, KG.Mention))
    assert mentions
    for mention in mentions:
        start, end = _int(graph, mention, KG.startOffset), _int(graph, mention, KG.endOffset)
        assert document.text[start:end] == str(graph.value(mention, KG.surfaceForm))
        sentence = graph.value(mention, PROV.wasDerivedFrom)
        assert sentence is not None, mention
        assert _int(graph, sentence, KG.startOffset) <= start
        assert end <= _int(graph, sentence, KG.endOffset)
        assert (graph.value(mention, KG.mentionOf), RDFS.label, None) in graph


def test_graph_sentence_iris_follow_the_document(corpus: Corpus, graph: Graph) -> None:
    sentences = corpus.extractions[0].sentences
    written = set(graph.subjects(RDF.type, KG.Sentence))
    assert written <= {sentence_iri(s) for s in sentences}
    for node in written:
        assert str(node).startswith(str(document_iri("rural-clinics")) + "/sentence/")


def test_graph_document_node_has_title_source_and_identifier(
    graph: Graph, document: Document
) -> None:
    node = document_iri(document.id)
    assert (node, RDF.type, KG.Document) in graph
    assert (node, DCTERMS.title, Literal("Rural clinics row deepens")) in graph
    assert (node, DCTERMS.identifier, Literal("rural-clinics")) in graph
    assert graph.value(node, DCTERMS.source) is not None


# ------------------------------------------------------------------ ontology, prefixes, serialisation


def test_graph_includes_the_ontology_unless_asked_not_to(corpus: Corpus, graph: Graph) -> None:
    ontology = load_ontology()
    assert all(triple in graph for triple in ontology)
    bare = to_rdf(corpus.extractions, corpus.entities, corpus.relations, include_ontology=False)
    assert (KG.wroteTo, RDF.type, OWL.ObjectProperty) not in bare
    assert len(bare) == len(graph - ontology)


def test_graph_binds_stable_prefixes() -> None:
    prefixes = {prefix: str(ns) for prefix, ns in new_graph().namespaces()}
    assert prefixes["kg"] == str(KG._NS)
    assert prefixes["id"] == str(ID)
    for prefix in ("skos", "prov", "dcterms", "rdfs"):
        assert prefix in prefixes


def test_graph_turtle_round_trip_is_isomorphic(graph: Graph) -> None:
    text = graph.serialize(format="turtle")
    _assert_isomorphic(graph, Graph().parse(data=text, format="turtle"))


def test_graph_serialisation_is_deterministic(nlp: Any, graph: Graph) -> None:
    first = graph.serialize(format="turtle", encoding="utf-8")
    assert graph.serialize(format="turtle", encoding="utf-8") == first
    again = corpus_graph(extract_documents([read_text(TEXT, doc_id="rural-clinics")], nlp=nlp))
    assert again.serialize(format="turtle", encoding="utf-8") == first


def test_graph_of_two_documents_keeps_their_sentences_apart(nlp: Any) -> None:
    documents = [
        read_text("First\nDr Jane Okafor has written to Tom Hale.", doc_id="one"),
        read_text(
            "Second\nDr Jane Okafor has written to the Federation of Rural Clinics.", doc_id="two"
        ),
    ]
    graph = corpus_graph(extract_documents(documents, nlp=nlp))
    okafor = entity_iri("Jane Okafor")
    assert set(graph.objects(okafor, KG.mentionedIn)) == {document_iri("one"), document_iri("two")}
    sources = {
        graph.value(graph.value(s, PROV.wasDerivedFrom), DCTERMS.isPartOf)
        for s in graph.subjects(RDF.predicate, KG.wroteTo)
    }
    assert sources == {document_iri("one"), document_iri("two")}


def test_graph_decimals_are_canonical_so_every_engine_reads_one_term(graph: Graph) -> None:
    import pyoxigraph as ox

    from kg.rdf.turtle import turtle_bytes

    data = turtle_bytes(graph)
    assert b"0.80" not in data and b"0.70" not in data
    store = ox.Store()
    store.load(data, format=ox.RdfFormat.TURTLE)
    xsd_decimal = "http://www.w3.org/2001/XMLSchema#decimal"
    in_oxigraph = {
        q.object.value
        for q in store
        if isinstance(q.object, ox.Literal) and q.object.datatype.value == xsd_decimal
    }
    in_rdflib = {
        str(o)
        for o in Graph().parse(data=data, format="turtle").objects()
        if isinstance(o, Literal) and str(o.datatype) == xsd_decimal
    }
    assert in_rdflib and in_rdflib == in_oxigraph  # the same terms, not 0.80 beside 0.8
