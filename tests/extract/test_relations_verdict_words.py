"""Words of judging a proposal met in reactions to plans, budgets and bills ("draconian",
"lacklustre", "useful", "a vote of confidence"): said of a proposal, they say the speaker's
stance on it. Hand-built parses of sentences written for the test."""

from __future__ import annotations

import pytest
from doc_builder import facts, spoken_by_ferris
from rdflib import URIRef

from kg.rdf.namespaces import KG


@pytest.mark.parametrize(
    ("word", "predicate"),
    [
        ("draconian", KG.opposes),
        ("lacklustre", KG.opposes),
        ("risky", KG.opposes),
        ("useful", KG.supports),
    ],
)
def test_relations_a_word_of_judging_said_of_a_proposal_is_a_stance(
    word: str, predicate: URIRef
) -> None:
    """ "“The Quay Levy is <word>.”" in Ferris's words."""
    parsed = spoken_by_ferris(
        f"""
        “        PUNCT punct    4
        The      DET   det      3
        Quay     PROPN compound 3
        Levy     PROPN nsubj    4
        is       AUX   ROOT     4 be
        {word}   ADJ   acomp    4
        .        PUNCT punct    4
        ”        PUNCT punct    4
        """,
        ("Quay Levy", KG.Policy),
    )
    assert facts(parsed.relations("verdict")) == {("Ferris", predicate, "Quay Levy")}


def test_relations_a_vote_of_confidence_said_of_a_proposal_supports_it() -> None:
    """ "“The Quay Levy is a vote of confidence in sailors.”" in Ferris's words."""
    parsed = spoken_by_ferris(
        """
        “          PUNCT punct    4
        The        DET   det      3
        Quay       PROPN compound 3
        Levy       PROPN nsubj    4
        is         AUX   ROOT     4 be
        a          DET   det      6
        vote       NOUN  attr     4
        of         ADP   prep     6
        confidence NOUN  pobj     7
        in         ADP   prep     6
        sailors    NOUN  pobj     9 sailor
        .          PUNCT punct    4
        ”          PUNCT punct    4
        """,
        ("Quay Levy", KG.Policy),
    )
    assert facts(parsed.relations("verdict")) == {("Ferris", KG.supports, "Quay Levy")}


def test_relations_a_verdict_under_a_denied_opinion_turns_round() -> None:
    """ "“Sailors do not think the Quay Levy is fair.”" in Ferris's words: a denied opinion
    denies the clause it holds, so the approval disapproves."""
    parsed = spoken_by_ferris(
        """
        “        PUNCT punct    4
        Sailors  NOUN  nsubj    4 sailor
        do       AUX   aux      4
        not      PART  neg      4
        think    VERB  ROOT     4
        the      DET   det      7
        Quay     PROPN compound 7
        Levy     PROPN nsubj    8
        is       AUX   ccomp    4 be
        fair     ADJ   acomp    8
        .        PUNCT punct    4
        ”        PUNCT punct    4
        """,
        ("Quay Levy", KG.Policy),
    )
    assert facts(parsed.relations("verdict")) == {("Ferris", KG.opposes, "Quay Levy")}


def test_relations_a_verdict_under_an_opinion_held_keeps_its_sense() -> None:
    """ "“Sailors think the Quay Levy is fair.”" in Ferris's words."""
    parsed = spoken_by_ferris(
        """
        “        PUNCT punct    2
        Sailors  NOUN  nsubj    2 sailor
        think    VERB  ROOT     2
        the      DET   det      5
        Quay     PROPN compound 5
        Levy     PROPN nsubj    6
        is       AUX   ccomp    2 be
        fair     ADJ   acomp    6
        .        PUNCT punct    2
        ”        PUNCT punct    2
        """,
        ("Quay Levy", KG.Policy),
    )
    assert facts(parsed.relations("verdict")) == {("Ferris", KG.supports, "Quay Levy")}
