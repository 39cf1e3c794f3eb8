"""Events: "X votes to Y" read by the tagger as a noun names no vote."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from doc_builder import context_of, make_doc

from kg.extract.mentions.noun_phrases import head_noun_phrases
from kg.rdf.namespaces import KG


def _votes(rows: str) -> set[str]:
    """The vote phrases of a hand-built parse."""
    return {c.span.text for c in head_noun_phrases(context_of(make_doc(rows))) if c.type == KG.Vote}


# "<modifier> votes to accept offer": a headline's verb the tagger read as a noun
MISREAD = """
{modifier} NOUN  compound  1 - {tag}
votes      NOUN  ROOT      1 vote NNS
to         PART  aux       3
accept     VERB  acl       1 accept VB
offer      NOUN  dobj      3
"""


@pytest.mark.parametrize(("modifier", "tag"), [("union", "NN"), ("Nurses", "NNS")])
def test_mentions_a_voter_votes_to_act_is_the_verb(modifier: str, tag: str) -> None:
    """ "Union votes to accept offer", "Nurses votes to accept offer": who votes, then an
    infinitive; the noun is the verb misread."""
    assert _votes(MISREAD.format(modifier=modifier, tag=tag)) == set()


def test_mentions_a_topic_vote_to_act_is_a_vote() -> None:
    """ "The strike vote to close on Friday": a determiner and a topic word make it the noun."""
    rows = """
    The     DET   det       2
    strike  NOUN  compound  2
    vote    NOUN  nsubj     5 vote NN
    to      PART  aux       4
    close   VERB  acl       2 close VB
    ended   VERB  ROOT      5 end VBD
    .       PUNCT punct     5
    """
    assert "strike vote" in _votes(rows)


def test_mentions_a_vote_misread_on_a_real_parse(extract: Callable[..., Any]) -> None:
    corpus = extract(
        "Teaching union votes to accept pay offer\nThe Harbour Workers Union said its members"
        " had accepted the offer."
    )
    assert not any(e.type == KG.Vote for e in corpus.entities)
