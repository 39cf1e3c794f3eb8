"""The ontology, gazetteer and lexicon files agree with each other and with the code."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import OWL, RDF, RDFS, SKOS, Graph, URIRef

from kg.errors import GraphError
from kg.namespaces import KG, LEX
from kg.ontology import (
    CORE_CLASSES,
    CORE_PROPERTIES,
    core_class,
    core_property,
    load_gazetteer,
    load_lexicon,
    load_ontology,
    ontology_dir,
)

KG_NS = str(KG._NS)
PROVENANCE_PROPERTIES = {KG.modality, KG.mentionOf, KG.mentionedIn}
DECLARATION_TYPES = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, KG.Modality}


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


# ------------------------------------------------------------------ KG namespace ⇔ kg.ttl


def test_ontology_declares_every_kg_namespace_term(ontology: Graph) -> None:
    undeclared = sorted(
        str(term)
        for term in _kg_terms()
        if not DECLARATION_TYPES & set(ontology.objects(term, RDF.type))
    )
    assert undeclared == []


def test_ontology_every_kg_subject_is_a_kg_namespace_term(ontology: Graph) -> None:
    subjects = {s for s in ontology.subjects() if str(s).startswith(KG_NS)}
    assert sorted(str(s) for s in subjects - _kg_terms()) == []


def test_ontology_uses_no_kg_iri_outside_the_namespace_class(ontology: Graph) -> None:
    assert sorted(str(s) for s in _kg_iris(ontology) - _kg_terms()) == []


def test_ontology_every_term_has_a_label(ontology: Graph) -> None:
    missing = [
        str(term)
        for term in _kg_terms()
        if ontology.value(term, RDFS.label) is None and ontology.value(term, SKOS.prefLabel) is None
    ]
    assert missing == []


# ------------------------------------------------------------------ core


@pytest.mark.parametrize(
    "name",
    [
        "memberOf",
        "leads",
        "communicatesWith",
        "proposes",
        "supports",
        "opposes",
        "advisesOn",
        "partOf",
        "participatesIn",
    ],
)
def test_ontology_core_property_exists(ontology: Graph, name: str) -> None:
    prop = KG[name]
    assert prop in CORE_PROPERTIES
    assert (prop, RDF.type, OWL.ObjectProperty) in ontology
    assert core_property(prop) == prop


@pytest.mark.parametrize("name", ["Person", "Organisation", "Proposal", "Event", "Place"])
def test_ontology_core_class_exists(ontology: Graph, name: str) -> None:
    cls = KG[name]
    assert cls in CORE_CLASSES
    assert (cls, RDF.type, OWL.Class) in ontology
    assert (cls, RDFS.subClassOf, KG.Entity) in ontology
    assert core_class(cls) == cls


def test_ontology_core_is_exactly_nine_properties_and_five_classes() -> None:
    assert len(set(CORE_PROPERTIES)) == 9
    assert len(set(CORE_CLASSES)) == 5


def _refinements(ontology: Graph) -> list[URIRef]:
    props = [
        p
        for p in ontology.subjects(RDF.type, OWL.ObjectProperty)
        if str(p).startswith(KG_NS) and p not in CORE_PROPERTIES and p not in PROVENANCE_PROPERTIES
    ]
    return sorted(props)  # type: ignore[arg-type]


def test_ontology_has_refinements(ontology: Graph) -> None:
    refinements = _refinements(ontology)
    assert KG.wroteTo in refinements and KG.rejects in refinements and KG.chairOf in refinements


def test_ontology_every_refinement_is_a_subproperty_of_a_core_property(ontology: Graph) -> None:
    for prop in _refinements(ontology):
        parents = set(ontology.objects(prop, RDFS.subPropertyOf))
        assert parents & set(CORE_PROPERTIES), prop
        assert core_property(prop) in CORE_PROPERTIES, prop


@pytest.mark.parametrize(
    ("refinement", "core"),
    [
        (KG.wroteTo, KG.communicatesWith),
        (KG.urges, KG.communicatesWith),
        (KG.consultsOn, KG.proposes),
        (KG.imposes, KG.proposes),
        (KG.rejects, KG.opposes),
        (KG.chairOf, KG.leads),
        (KG.committeeOf, KG.memberOf),
        (KG.holdsPostIn, KG.memberOf),
        (KG.reviews, KG.advisesOn),
        (KG.organises, KG.participatesIn),
    ],
)
def test_ontology_core_property_of_refinement(refinement: URIRef, core: URIRef) -> None:
    assert core_property(refinement) == core


def test_ontology_every_class_reaches_a_core_class(ontology: Graph) -> None:
    provenance = {
        KG.Entity,
        KG.Document,
        KG.Sentence,
        KG.Mention,
        KG.Statement,
        KG.Modality,
        KG.Quotation,
    }
    for cls in ontology.subjects(RDF.type, OWL.Class):
        if str(cls).startswith(KG_NS) and cls not in provenance:
            assert core_class(cls) in CORE_CLASSES, cls  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("cls", "core"),
    [
        (KG.TradeUnion, KG.Organisation),
        (KG.Contract, KG.Proposal),
        (KG.Vote, KG.Event),
        (KG.City, KG.Place),
    ],
)
def test_ontology_core_class_of_subclass(cls: URIRef, core: URIRef) -> None:
    assert core_class(cls) == core


@pytest.mark.parametrize("modality", ["Asserted", "Reported", "Planned", "Conditional", "Negated"])
def test_ontology_modalities_are_declared(ontology: Graph, modality: str) -> None:
    assert (KG[modality], RDF.type, KG.Modality) in ontology


# ------------------------------------------------------------------ gazetteer


def test_ontology_every_gazetteer_entry_type_reaches_a_core_class() -> None:
    entries = load_gazetteer()
    assert entries
    for entry in entries:
        assert core_class(entry.type) in CORE_CLASSES, entry


def test_ontology_gazetteer_file_types_are_declared_classes(ontology: Graph) -> None:
    graph = Graph().parse(ontology_dir() / "gazetteer.ttl", format="turtle")
    for subject in set(graph.subjects(RDFS.label, None)):
        types = set(graph.objects(subject, RDF.type))
        assert types, subject
        for cls in types:
            assert (cls, RDF.type, OWL.Class) in ontology, (subject, cls)


def test_ontology_gazetteer_ids_are_unique_and_names_unambiguous() -> None:
    entries = load_gazetteer()
    ids = [e.id for e in entries]
    assert len(ids) == len(set(ids))
    owner: dict[str, str] = {}
    for entry in entries:
        for name in entry.names:
            assert owner.setdefault(name, entry.id) == entry.id, name


@pytest.mark.parametrize(
    ("entry_id", "name"),
    [("gpce", "GPC England"), ("bma", "BMA"), ("carr_hill", "Carr-Hill formula")],
)
def test_ontology_gazetteer_entry_lists_its_names(entry_id: str, name: str) -> None:
    entries = {e.id: e for e in load_gazetteer()}
    assert name in entries[entry_id].names


def _user_gazetteer(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "user.ttl"
    path.write_text(
        "@prefix kg: <https://w3id.org/kg-policy/ontology#> .\n"
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n" + body,
        encoding="utf-8",
    )
    return path


def test_ontology_user_gazetteer_adds_entries(tmp_path: Path) -> None:
    path = _user_gazetteer(
        tmp_path,
        '<https://example.org/g#frc> a kg:TradeUnion ; rdfs:label "Federation of Rural Clinics" ; skos:altLabel "FRC" .\n',
    )
    entries = {e.id: e for e in load_gazetteer([path])}
    assert entries["frc"].type == KG.TradeUnion
    assert entries["frc"].names == ("Federation of Rural Clinics", "FRC")
    assert "bma" in entries


def test_ontology_user_gazetteer_entry_without_kg_type_is_an_error(tmp_path: Path) -> None:
    path = _user_gazetteer(tmp_path, '<https://example.org/g#x> rdfs:label "Nameless Trust" .\n')
    with pytest.raises(GraphError) as error:
        load_gazetteer([path])
    assert str(path) in str(error.value)


def test_ontology_invalid_turtle_is_a_graph_error(tmp_path: Path) -> None:
    path = _user_gazetteer(tmp_path, "this is not turtle\n")
    with pytest.raises(GraphError) as error:
        load_gazetteer([path])
    assert str(path) in str(error.value)


# ------------------------------------------------------------------ lexicon


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
