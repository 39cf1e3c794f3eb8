"""The lexicon (lexicon.ttl) loads and uses only terms the ontology declares."""

from __future__ import annotations

import pytest
from rdflib import OWL, RDF, Graph, URIRef

from kg.extract.lexicon import load_lexicon
from kg.rdf.namespaces import KG, LEX
from kg.rdf.schema import (
    CORE_CLASSES,
    CORE_PROPERTIES,
    core_class,
    core_property,
    load_ontology,
    ontology_dir,
)

KG_NS = str(KG._NS)
PROVENANCE_PROPERTIES = {KG.modality, KG.mentionOf, KG.mentionedIn}


def _kg_terms() -> set[URIRef]:
    return {KG[name] for name in KG.__annotations__}


def _kg_iris(graph: Graph) -> set[URIRef]:
    return {
        term
        for triple in graph
        for term in triple
        if isinstance(term, URIRef) and str(term).startswith(KG_NS)
    }


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return load_ontology()


@pytest.fixture(scope="module")
def lexicon_graph() -> Graph:
    return Graph().parse(ontology_dir() / "lexicon.ttl", format="turtle")


def test_ontology_lexicon_loads() -> None:
    lexicon = load_lexicon()
    assert lexicon.head_nouns
    assert lexicon.roles
    assert lexicon.triggers
    assert lexicon.name_words
    assert lexicon.description_nouns


@pytest.mark.parametrize(
    ("noun", "cls"),
    [("formula", KG.FundingFormula), ("contract", KG.Contract), ("referendum", KG.Vote)],
)
def test_ontology_lexicon_head_nouns(noun: str, cls: URIRef) -> None:
    assert load_lexicon().head_nouns[noun] == cls


def test_ontology_lexicon_trigger_with_preposition() -> None:
    assert load_lexicon().triggers[("write", "to")] == KG.wroteTo


def test_ontology_every_lexicon_trigger_property_is_declared(
    ontology: Graph, lexicon_graph: Graph
) -> None:
    properties = set(lexicon_graph.subjects(LEX.trigger, None)) | set(
        load_lexicon().triggers.values()
    )
    assert properties
    for prop in properties:
        assert str(prop).startswith(KG_NS), prop
        assert (prop, RDF.type, OWL.ObjectProperty) in ontology, prop
        assert prop not in PROVENANCE_PROPERTIES, prop
        assert core_property(prop) in CORE_PROPERTIES, prop  # type: ignore[arg-type]


def test_ontology_every_lexicon_role_relation_is_a_core_or_refined_property(
    lexicon_graph: Graph,
) -> None:
    relations = set(lexicon_graph.objects(None, LEX.roleRelation)) | {
        r.relation for r in load_lexicon().roles.values()
    }
    assert relations
    for relation in relations:
        assert core_property(relation) in (KG.leads, KG.memberOf), relation  # type: ignore[arg-type]


def test_ontology_every_lexicon_class_is_declared(ontology: Graph, lexicon_graph: Graph) -> None:
    classes = {
        s
        for predicate in (LEX.headNoun, LEX.nameWord, LEX.descriptionNoun)
        for s in lexicon_graph.subjects(predicate, None)
    }
    assert classes
    for cls in classes:
        assert (cls, RDF.type, OWL.Class) in ontology, cls
        assert core_class(cls) in CORE_CLASSES, cls  # type: ignore[arg-type]


def test_ontology_lexicon_uses_only_declared_kg_terms(lexicon_graph: Graph) -> None:
    assert sorted(str(s) for s in _kg_iris(lexicon_graph) - _kg_terms()) == []


def test_ontology_lexicon_lists_analysis_nouns() -> None:
    assert {"analysis", "costing"} <= load_lexicon().analysis_nouns


def test_lexicon_vocabulary_and_lex_namespace_agree(lexicon_graph: Graph) -> None:
    """Every term of the closed LEX namespace is declared in lexicon.ttl, and every lex:
    property the file uses is a LEX term (a misspelt property would otherwise be ignored)."""
    declared = set(lexicon_graph.subjects(RDF.type, RDF.Property))
    terms = {LEX[name] for name in LEX.__annotations__}
    assert terms == declared
    used = {p for _s, p, _o in lexicon_graph if str(p).startswith(str(LEX._NS))}
    assert used <= terms


def test_lexicon_misspelt_term_raises() -> None:
    with pytest.raises(AttributeError):
        LEX.headNouns  # noqa: B018 - the attribute access is the test


# ---- mentions and entities: titles, versions, generic and vague nouns, regions ----


def test_lexicon_honorifics_tell_gender_when_they_can() -> None:
    lexicon = load_lexicon()
    assert {"dr", "baroness", "cllr", "mr"} <= lexicon.honorifics
    assert lexicon.honorific_genders["dame"] == "female"
    assert lexicon.honorific_genders["sir"] == "male"
    assert "dr" not in lexicon.honorific_genders
    assert set(lexicon.honorific_genders) <= lexicon.honorifics


def test_lexicon_lists_the_words_resolution_reads() -> None:
    lexicon = load_lexicon()
    assert "new" in lexicon.version_words
    assert "plan" in lexicon.generic_proposal_heads <= set(lexicon.head_nouns)
    assert "network" in lexicon.vague_nouns
    assert "north" in lexicon.region_words
    assert "body" in lexicon.generic_organisation_nouns <= lexicon.description_nouns


def test_lexicon_trigger_lemmas_are_the_first_words_of_the_triggers() -> None:
    lexicon = load_lexicon()
    assert lexicon.trigger_lemmas == {lemma for lemma, _ in lexicon.triggers}
    assert "write" in lexicon.trigger_lemmas
