"""The ontology (kg.ttl) agrees with the code: namespace terms, core classes and properties."""

from __future__ import annotations

import pytest
from rdflib import OWL, RDF, RDFS, SKOS, Graph, URIRef

from kg.rdf.namespaces import KG
from kg.rdf.schema import (
    CORE_CLASSES,
    CORE_PROPERTIES,
    Schema,
    core_class,
    core_property,
    load_ontology,
    load_schema,
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


ACTOR_CLASSES = {KG.Person, KG.Organisation}


@pytest.mark.parametrize(
    ("prop", "subjects", "objects"),
    [
        (KG.memberOf, ACTOR_CLASSES, {KG.Organisation}),
        (KG.leads, ACTOR_CLASSES, {KG.Organisation}),
        (KG.communicatesWith, ACTOR_CLASSES, ACTOR_CLASSES),
        (KG.proposes, ACTOR_CLASSES, {KG.Proposal}),
        (KG.supports, ACTOR_CLASSES, {KG.Proposal}),
        (KG.opposes, ACTOR_CLASSES, {KG.Proposal}),
        (KG.advisesOn, ACTOR_CLASSES, {KG.Proposal}),
        (KG.partOf, {KG.Proposal}, {KG.Proposal}),
        (KG.participatesIn, ACTOR_CLASSES, {KG.Event}),
        (KG.wroteTo, ACTOR_CLASSES, ACTOR_CLASSES),  # a refinement takes its core's signature
    ],
)
def test_schema_signature_of_each_core_property(
    prop: URIRef, subjects: set[URIRef], objects: set[URIRef]
) -> None:
    assert load_schema().signature(prop) == (frozenset(subjects), frozenset(objects))


def test_schema_from_graph_reads_a_small_tbox() -> None:
    tbox = Graph()
    tbox.add((KG.Person, RDFS.subClassOf, KG.Entity))
    tbox.add((KG.TradeUnion, RDFS.subClassOf, KG.Organisation))
    tbox.add((KG.Organisation, RDFS.subClassOf, KG.Entity))
    tbox.add((KG.chairOf, RDFS.subPropertyOf, KG.leads))
    schema = Schema.from_graph(tbox)
    assert schema.core_class(KG.TradeUnion) == KG.Organisation
    assert schema.class_depth[KG.TradeUnion] == 2
    assert schema.core_property(KG.chairOf) == KG.leads
    assert schema.label(KG.chairOf) == "chair of"  # no label: the local name in words
    assert KG.Organisation in schema.superclasses(KG.TradeUnion)


def test_core_class_is_the_ontology_term_itself() -> None:
    """Hot loops compare core classes by identity: the answer is the one ``KG`` object."""
    assert core_class(KG.Reform) is KG.Proposal
    assert load_schema().core_class(KG.TradeUnion) is KG.Organisation
    assert core_class(KG.Person) is KG.Person
