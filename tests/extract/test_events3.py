"""Events and who takes part in them (branch events3): those a ballot or consultation asks
to take part."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from doc_builder import Name, build, facts

from kg.rdf.namespaces import KG

# "<subject> will be <verb> on the offer.": the subject's rows end at index 2
ASKED = """
will     AUX   aux      5
be       AUX   auxpass  5
{verb}   VERB  ROOT     5 {lemma} VBN
on       ADP   prep     5
the      DET   det      8
offer    NOUN  pobj     6
.        PUNCT punct    5
"""

MEMBERS = """
Dockers  PROPN compound 1
Guild    PROPN compound 2
members  NOUN  nsubjpass 5 member
"""

GUILD = """
The      DET   det      2
Dockers  PROPN compound 2
Guild    PROPN nsubjpass 5
"""


def test_relations_a_body_whose_members_are_balloted_takes_part_in_the_ballot() -> None:
    """ "Dockers Guild members will be balloted on the offer.": a body's members stand for it
    (``lex:groupNoun``), so the Guild is in the ballot though no one is named running it."""
    parsed = build(
        MEMBERS + ASKED.format(verb="balloted", lemma="ballot"),
        names=[("Dockers Guild", KG.TradeUnion), Name("balloted", KG.Vote, "ballot", "verb")],
    )
    assert facts(parsed.relations("event-verb-named")) == {
        ("Dockers Guild", KG.participatesIn, "ballot")
    }


def test_relations_a_body_consulted_takes_part_in_the_consultation() -> None:
    parsed = build(
        GUILD + ASKED.format(verb="consulted", lemma="consult"),
        names=[
            ("Dockers Guild", KG.TradeUnion),
            Name("consulted", KG.Consultation, "consultation", "verb"),
        ],
    )
    assert facts(parsed.relations("event-verb-named")) == {
        ("Dockers Guild", KG.participatesIn, "consultation")
    }


def test_relations_a_passive_of_another_event_verb_names_no_participant() -> None:
    """ "The Dockers Guild will be met on the offer": "meet" asks no one to take part
    (not ``lex:passiveEventVerb``); whoever meets the Guild is not named."""
    parsed = build(
        GUILD + ASKED.format(verb="met", lemma="meet"),
        names=[("Dockers Guild", KG.TradeUnion), Name("met", KG.Meeting, "meeting", "verb")],
    )
    assert facts(parsed.relations("event-verb-named")) == set()


def test_relations_members_balloted_on_a_real_parse(extract: Callable[..., Any]) -> None:
    corpus = extract(
        "Ballot news\nMembers of the Harbour Workers Union will be balloted on strike action"
        " next month, the union said."
    )
    labels = {e.key: e.label for e in corpus.entities}
    found = {(labels[r.subject], r.predicate, labels[r.object]) for r in corpus.relations}
    assert ("Harbour Workers Union", KG.participatesIn, "balloted") in found
