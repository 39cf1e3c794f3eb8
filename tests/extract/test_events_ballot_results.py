"""Events: the owner of a ballot's result held the ballot."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from doc_builder import Name, build, facts

from kg.rdf.namespaces import KG

# "The Guild 's <noun> results showed support ."
RESULTS = """
The      DET   det      1
Guild    PROPN poss     4
's       PART  case     1
{noun}   NOUN  compound 4 {noun} NN
results  NOUN  nsubj    5 result NNS
showed   VERB  ROOT     5 show VBD
support  NOUN  dobj     5
.        PUNCT punct    5
"""


@pytest.mark.parametrize(
    ("noun", "kind", "found"),
    [
        ("ballot", KG.Vote, {("Guild", KG.participatesIn, "ballot")}),
        ("consultation", KG.Consultation, {("Guild", KG.participatesIn, "ballot")}),
        ("survey", KG.Vote, set()),  # no noun of a ballot (``lex:headNoun`` of a vote)
    ],
)
def test_relations_a_bodys_ballot_results_are_its_ballots(
    noun: str, kind: Any, found: set[Any]
) -> None:
    parsed = build(
        RESULTS.format(noun=noun),
        names=[("Guild", KG.TradeUnion), Name(noun, kind, "ballot", "noun-phrase")],
    )
    assert facts(parsed.relations("ballot-result")) == found


def test_relations_ballot_results_with_no_owner_say_nothing() -> None:
    """ "The ballot results showed support": no one's."""
    parsed = build(
        """
        The      DET   det      2
        ballot   NOUN  compound 2 ballot NN
        results  NOUN  nsubj    3 result NNS
        showed   VERB  ROOT     3 show VBD
        support  NOUN  dobj     3
        .        PUNCT punct    3
        """,
        names=[Name("ballot", KG.Vote, "ballot", "noun-phrase")],
    )
    assert facts(parsed.relations("ballot-result")) == set()


def test_relations_ballot_results_on_a_real_parse(extract: Callable[..., Any]) -> None:
    corpus = extract(
        "Ballot news\nThe Harbour Workers Union said its ballot results showed strong support"
        " for strike action.\nThe ballot closed on Friday."
    )
    labels = {e.key: e.label for e in corpus.entities}
    found = {(labels[r.subject], r.predicate, labels[r.object]) for r in corpus.relations}
    assert ("Harbour Workers Union", KG.participatesIn, "ballot") in found
