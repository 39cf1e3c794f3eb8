"""The headline's word of change joins the body's one plan or reform about the same thing."""

from __future__ import annotations

import pytest
from doc_builder import make_doc, mention
from rdflib import URIRef

from kg.extract.entities.headline_changes import headline_changes_to_body_topic
from kg.extract.entities.sieve import Sieve
from kg.extract.lexicon import load_lexicon
from kg.extract.mentions import MentionSet
from kg.rdf.namespaces import KG

# "Park plans. Residents opposed its overhaul of the park."
_DOC = """
    Park      PROPN compound 1 -        NNP
    plans     NOUN  ROOT     1 plan     NNS
    .         PUNCT punct    1 -        .
    Residents NOUN  nsubj    4 resident NNS
    opposed   VERB  ROOT     4 oppose   VBD
    its       PRON  poss     6 -        PRP$
    overhaul  NOUN  dobj     4 -        NN
    of        ADP   prep     6 -        IN
    the       DET   det      9 -        DT
    park      NOUN  pobj     7 -        NN
    .         PUNCT punct    4 -        .
"""


def _sieve(body_type: URIRef, body_head: str) -> Sieve:
    mentions = [
        mention("Park plans", KG.Plan, "noun-phrase", start=0, sentence=0, head="plan"),
        mention(
            "overhaul of the park",
            body_type,
            "noun-phrase",
            start=30,
            sentence=1,
            token_start=6,
            head=body_head,
        ),
    ]
    found = MentionSet(mentions=mentions, same_as=[], roles=[], descriptions={})
    return Sieve(found, mentions, load_lexicon(), {}, list(make_doc(_DOC)))


@pytest.mark.parametrize(
    ("body_type", "body_head", "joined"),
    [
        (KG.Reform, "overhaul", True),  # "Park plans ... its overhaul of the park"
        (KG.Reform, "plan", False),  # the body uses the headline's head: another pass's
        (KG.FundingPackage, "overhaul", False),  # a sum is not what "plans" name the parts of
    ],
)
def test_headline_word_of_change_is_the_body_change_about_the_same_thing(
    body_type: URIRef, body_head: str, joined: bool
) -> None:
    """ "Park plans. Residents opposed its overhaul of the park.": the headline names the
    overhaul by a word of change and the thing it changes."""
    sieve = _sieve(body_type, body_head)
    headline_changes_to_body_topic(sieve)
    assert (sieve.links.find(0) == sieve.links.find(1)) is joined


def test_headline_word_of_change_is_not_joined_when_two_body_changes_fit() -> None:
    """Two body reforms about the park, kept apart (one overhaul, then another): the
    headline does not say which."""
    mentions = [
        mention("Park plans", KG.Plan, "noun-phrase", start=0, sentence=0, head="plan"),
        mention(
            "overhaul of the park",
            KG.Reform,
            "noun-phrase",
            start=30,
            sentence=1,
            token_start=6,
            head="overhaul",
        ),
        mention(
            "overhaul of the park",
            KG.Reform,
            "noun-phrase",
            start=60,
            sentence=2,
            token_start=6,
            head="overhaul",
        ),
    ]
    found = MentionSet(mentions=mentions, same_as=[], roles=[], descriptions={})
    sieve = Sieve(found, mentions, load_lexicon(), {}, list(make_doc(_DOC)))
    headline_changes_to_body_topic(sieve)
    assert sieve.links.find(0) != sieve.links.find(1)
