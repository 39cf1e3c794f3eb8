"""What a government says its proposal will do puts the proposal forward (rule "foretold"), and
only a government's consultation on a proposal puts it forward (the verb "consult on"); each on
a hand-built parse of a sentence written for the test, with one real parse."""

from __future__ import annotations

from collections.abc import Callable

from doc_builder import build, facts
from rdflib import URIRef

from kg.model import Corpus
from kg.rdf.namespaces import KG


def forecast(
    speaker: URIRef, *, verb: str = "said say", negated: bool = False, effect: str = "save"
) -> set[tuple[str, URIRef, str]]:
    """ "The Transport Ministry said the fares cap will (not) save commuters money." """
    not_row = "not PART neg 9" if negated else "also ADV advmod 9"
    parsed = build(
        f"""
        The       DET   det      2
        Transport PROPN compound 2
        Ministry  PROPN nsubj    3  Ministry
        {verb.split()[0]} VERB ROOT 3 {verb.split()[1]}
        the       DET   det      6
        fares     NOUN  compound 6  fare
        cap       NOUN  nsubj    9
        will      AUX   aux      9
        {not_row}
        {effect}  VERB  ccomp    3
        commuters NOUN  dative   9  commuter
        money     NOUN  dobj     9
        .         PUNCT punct    3
        """,
        names=[("Transport Ministry", speaker), ("fares cap", KG.Policy)],
    )
    return facts(parsed.relations("foretold"))


def test_relations_a_government_foretelling_what_its_proposal_will_do_proposes_it() -> None:
    assert forecast(KG.GovernmentBody) == {("Transport Ministry", KG.proposes, "fares cap")}


def test_relations_a_union_foretelling_what_a_proposal_will_do_proposes_nothing() -> None:
    assert forecast(KG.TradeUnion) == set()


def test_relations_a_government_warning_or_denying_what_a_proposal_will_do_proposes_nothing() -> (
    None
):
    assert forecast(KG.GovernmentBody, verb="warned warn") == set()
    assert forecast(KG.GovernmentBody, negated=True) == set()


def test_relations_a_government_foretelling_harm_from_a_proposal_proposes_nothing() -> None:
    """ "The Transport Ministry said the fares cap will damage commuters' money": a verdict
    against the cap, as the rule 'evaluation' reads it, no putting forward."""
    assert forecast(KG.GovernmentBody, effect="damage") == set()


def test_relations_a_government_foretelling_what_anothers_proposal_will_do_proposes_nothing() -> (
    None
):
    parsed = build(
        """
        The       DET   det      2
        Transport PROPN compound 2
        Ministry  PROPN nsubj    3  Ministry
        said      VERB  ROOT     3  say
        the       DET   det      6
        Guild     PROPN poss     8  Guild
        's        PART  case     5
        fares     NOUN  compound 8  fare
        cap       NOUN  nsubj    10
        will      AUX   aux      10
        cost      VERB  ccomp    3
        money     NOUN  dobj     10
        .         PUNCT punct    3
        """,
        names=[
            ("Transport Ministry", KG.GovernmentBody),
            ("Guild", KG.TradeUnion),
            ("fares cap", KG.Policy),
        ],
    )
    assert facts(parsed.relations("foretold")) == set()


def test_relations_foretold_on_a_real_parse(extract: Callable[..., Corpus]) -> None:
    corpus = extract(
        "Ferry news\nThe Transport Ministry said the new fares cap will save commuters £300 a year."
    )
    labels = {e.key: e.label for e in corpus.entities}
    found = {
        (labels[r.subject], labels[r.object])
        for r in corpus.relations
        if r.predicate == KG.proposes and r.evidence.method == "foretold"
    }
    assert ("Department for Transport", "new fares cap") in found


CONSULTING = """
    The         DET   det      2
    Pharmacists PROPN compound 2
    Guild       PROPN nsubj    4  Guild
    will        AUX   aux      4
    consult     VERB  ROOT     4
    members     NOUN  dobj     4  member
    on          ADP   prep     4
    the         DET   det      8
    offer       NOUN  pobj     6
    .           PUNCT punct    4
"""


def test_relations_a_union_consulting_members_on_an_offer_does_not_propose_it() -> None:
    parsed = build(CONSULTING, names=[("Pharmacists Guild", KG.TradeUnion), ("offer", KG.Policy)])
    assert not {f for f in facts(parsed.relations("verb")) if f[1] == KG.consultsOn}


def test_relations_a_government_consulting_on_a_proposal_proposes_it() -> None:
    parsed = build(
        CONSULTING, names=[("Pharmacists Guild", KG.GovernmentBody), ("offer", KG.Policy)]
    )
    assert ("Pharmacists Guild", KG.consultsOn, "offer") in facts(parsed.relations("verb"))
