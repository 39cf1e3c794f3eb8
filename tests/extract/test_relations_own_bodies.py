"""A person does not communicate with a body they lead or belong to
(:mod:`kg.extract.relations.own_bodies`). Sentences written for the tests."""

from __future__ import annotations

from collections.abc import Callable

from rdflib import URIRef

from kg.extract.relations.own_bodies import without_own_bodies
from kg.model import Corpus, Evidence, Relation, Sentence
from kg.rdf.namespaces import KG
from kg.rdf.schema import core_property

SENTENCE = Sentence("d", 0, 0, 10, "Jo spoke.")
CLASSES = {"jo": KG.Person, "guild": KG.Organisation, "ministry": KG.Organisation}


def _relation(subject: str, predicate: URIRef, object_: str) -> Relation:
    return Relation(subject, predicate, object_, Evidence(SENTENCE, 0, 2, "test", 0.5), KG.Asserted)


def test_relations_communication_with_ones_own_body_is_left_out() -> None:
    relations = [
        _relation("jo", KG.leads, "guild"),
        _relation("jo", KG.consultsOn, "ministry"),
        _relation("jo", KG.communicatesWith, "guild"),
        _relation("guild", KG.criticises, "jo"),
        _relation("jo", KG.criticises, "ministry"),
    ]
    kept = without_own_bodies(relations, core_property, CLASSES.get)
    assert [(r.subject, r.predicate, r.object) for r in kept] == [
        ("jo", KG.leads, "guild"),
        ("jo", KG.consultsOn, "ministry"),
        ("jo", KG.criticises, "ministry"),
    ]


def test_relations_bodies_tied_to_each_other_still_communicate() -> None:
    """Only a person's ties count: a sub-unit may still write to its parent."""
    relations = [
        _relation("guild", KG.memberOf, "ministry"),
        _relation("guild", KG.wroteTo, "ministry"),
    ]
    assert without_own_bodies(relations, core_property, CLASSES.get) == relations


def test_extract_a_leader_consulting_members_does_not_communicate_with_the_body(
    extract: Callable[..., Corpus],
) -> None:
    corpus = extract(
        "Pay news\n"
        "Jo Reyes, the Dockers Association's general secretary, said the union had rejected "
        "the offer after a ballot of her members.\n"
    )
    labels = {e.key: e.label for e in corpus.entities}
    found = {(labels[r.subject], r.predicate, labels[r.object]) for r in corpus.relations}
    assert ("Jo Reyes", KG.leads, "Dockers Association") in found
    assert not any(
        core_property(p) == KG.communicatesWith and {s, o} == {"Jo Reyes", "Dockers Association"}
        for s, p, o in found
    )


def test_relations_the_head_of_a_body_is_not_also_its_member() -> None:
    relations = [
        _relation("jo", KG.chairOf, "guild"),
        _relation("jo", KG.memberOf, "guild"),
        _relation("jo", KG.memberOf, "ministry"),
    ]
    kept = without_own_bodies(relations, core_property, CLASSES.get)
    assert [(r.subject, r.predicate, r.object) for r in kept] == [
        ("jo", KG.chairOf, "guild"),
        ("jo", KG.memberOf, "ministry"),
    ]
