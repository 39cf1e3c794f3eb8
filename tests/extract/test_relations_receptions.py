"""Receptions: the manner a proposal is received in says the receiver's stance ("the levy was
greeted with dismay by the guild", "the guild greeted the levy with relief", "reacted with fury
to the levy"); a meeting with someone is no reception. Hand-built parses of sentences written
for the test, and one real parse."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from doc_builder import build, facts
from rdflib import URIRef

from kg.model import Corpus
from kg.rdf.namespaces import KG

NAMES = [("Guild", KG.TradeUnion), ("Levy", KG.Policy)]

GREETED_BY = """
Levy     PROPN nsubjpass 2
was      AUX   auxpass   2 be VBD
greeted  VERB  ROOT      2 greet VBN
with     ADP   prep      2
{manner} NOUN  pobj      3
by       ADP   prep      4
Guild    PROPN pobj      5
.        PUNCT punct     2
"""

GREETED = """
Guild    PROPN nsubj  1
greeted  VERB  ROOT   1 greet VBD
Levy     PROPN dobj   1
with     ADP   prep   1
{manner} NOUN  pobj   3
.        PUNCT punct  1
"""

REACTED_WITH = """
Guild    PROPN nsubj  1
reacted  VERB  ROOT   1 react VBD
with     ADP   prep   1
{manner} NOUN  pobj   2
to       ADP   prep   1
Levy     PROPN pobj   4
.        PUNCT punct  1
"""


@pytest.mark.parametrize(
    ("rows", "predicate"),
    [
        (GREETED_BY.format(manner="dismay"), KG.opposes),
        (GREETED_BY.format(manner="relief"), KG.supports),
        (GREETED.format(manner="anger"), KG.opposes),
        (GREETED.format(manner="enthusiasm"), KG.supports),
        (REACTED_WITH.format(manner="fury"), KG.opposes),
    ],
)
def test_relations_the_manner_of_receiving_a_proposal_says_the_stance(
    rows: str, predicate: URIRef
) -> None:
    parsed = build(rows, names=NAMES)
    assert facts(parsed.relations("reaction")) == {("Guild", predicate, "Levy")}


def test_relations_meeting_with_someone_is_no_reception() -> None:
    """ "The Guild met with the Board.": "with" names a party, not a manner."""
    parsed = build(
        """
        Guild  PROPN nsubj  1
        met    VERB  ROOT   1 meet VBD
        with   ADP   prep   1
        Board  PROPN pobj   2
        .      PUNCT punct  1
        """,
        names=[NAMES[0], ("Board", KG.GovernmentBody)],
    )
    assert parsed.relations("reaction") == []


def test_relations_a_proposal_met_with_anger_by_nobody_named_has_no_stance() -> None:
    parsed = build(GREETED_BY.replace("Guild", "critics").format(manner="anger"), names=NAMES[1:])
    assert parsed.relations("reaction") == []


def test_relations_reception_on_a_real_parse(extract: Callable[..., Corpus]) -> None:
    corpus = extract(
        "Levy news\nThe Harbour Board announced the Coastal Ferry Levy.\n"
        "The Coastal Ferry Levy was greeted with dismay by the Seafarers Trust."
    )
    names = {e.key: e.label for e in corpus.entities}
    stances = {
        (names[r.subject], names[r.object]) for r in corpus.relations if r.predicate == KG.opposes
    }
    assert ("Seafarers Trust", "Coastal Ferry Levy") in stances
