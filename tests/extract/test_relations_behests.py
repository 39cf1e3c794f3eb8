"""An act done "at the request of X" was asked of its doer by X (``behest``,
:mod:`kg.extract.relations.behests`). Sentences written for the tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from doc_builder import build, facts

from kg.model import Corpus
from kg.rdf.namespaces import KG

# "The Guild paused the strike {at} the {noun} of the ministry."
PAUSED = """
The      DET   det    1
Guild    PROPN nsubj  2
paused   VERB  ROOT   2  pause
the      DET   det    4
strike   NOUN  dobj   2
{at}     ADP   prep   2
the      DET   det    7
{noun}   NOUN  pobj   5  {noun}
of       ADP   prep   7
the      DET   det    10
ministry NOUN  pobj   8
.        PUNCT punct  2
"""
NAMES = [("Guild", KG.TradeUnion), ("ministry", KG.GovernmentBody)]


@pytest.mark.parametrize("noun", ["request", "invitation"])
def test_relations_an_act_at_the_request_of_an_actor_was_asked_by_it(noun: str) -> None:
    parsed = build(PAUSED.format(at="at", noun=noun), names=NAMES)
    assert facts(parsed.relations("behest")) == {("ministry", KG.communicatesWith, "Guild")}


@pytest.mark.parametrize(
    ("at", "noun", "why"),
    [("at", "cost", "no noun of asking"), ("despite", "request", "not done at the request")],
)
def test_relations_no_behest_without_at_the_request(at: str, noun: str, why: str) -> None:
    parsed = build(PAUSED.format(at=at, noun=noun), names=NAMES)
    assert parsed.relations("behest") == [], why


def test_extract_at_the_request_of_a_court(extract: Callable[..., Corpus]) -> None:
    corpus = extract(
        "Ferry strike paused\n"
        "The Harbour Workers Union suspended its strike at the request of the Harbour Authority.\n"
    )
    labels = {e.key: e.label for e in corpus.entities}
    found = {
        (labels[r.subject], labels[r.object])
        for r in corpus.relations
        if r.predicate == KG.communicatesWith
    }
    assert ("Harbour Authority", "Harbour Workers Union") in found
