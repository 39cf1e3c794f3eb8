"""An actor does not oppose its own proposal (kg/extract/relations/own_proposals.py)."""

from __future__ import annotations

from rdflib import URIRef

from kg.extract.relations.own_proposals import without_opposed_own_proposals
from kg.model import Evidence, Relation, Sentence
from kg.rdf.namespaces import KG
from kg.rdf.schema import core_property

SENTENCE = Sentence("d", 0, 0, 10, "Jo spoke.")


def _relation(
    subject: str, predicate: URIRef, object_: str, modality: URIRef = KG.Asserted
) -> Relation:
    return Relation(subject, predicate, object_, Evidence(SENTENCE, 0, 2, "test", 0.5), modality)


def test_relations_the_author_of_a_proposal_and_its_members_do_not_oppose_it() -> None:
    relations = [
        _relation("ministry", KG.proposes, "offer"),
        _relation("jo", KG.holdsPostIn, "ministry"),
        _relation("jo", KG.criticises, "offer"),
        _relation("ministry", KG.opposes, "offer"),
        _relation("guild", KG.opposes, "offer"),
        _relation("jo", KG.opposes, "levy"),
    ]
    kept = without_opposed_own_proposals(relations, core_property)
    assert [(r.subject, r.object) for r in kept if core_property(r.predicate) == KG.opposes] == [
        ("guild", "offer"),
        ("jo", "levy"),
    ]


def test_relations_a_proposal_only_denied_or_conditional_makes_no_author() -> None:
    relations = [
        _relation("ministry", KG.proposes, "levy", KG.Negated),
        _relation("ministry", KG.opposes, "levy"),
    ]
    assert without_opposed_own_proposals(relations, core_property) == relations
