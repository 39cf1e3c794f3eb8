"""The headline's word of change joins the body's one plan or reform about the same thing."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from doc_builder import make_doc, mention
from rdflib import URIRef

from kg.extract.entities.headline_changes import headline_changes_to_body_topic
from kg.extract.entities.sieve import Sieve
from kg.extract.lexicon import load_lexicon
from kg.extract.mentions import MentionSet
from kg.rdf.namespaces import KG
from kg.rdf.schema import core_class

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


# "Harbour reorganisation. The board set out plans to restructure the harbour trust."
_REORGANISATION = """
    Harbour        PROPN compound 1  -          NNP
    reorganisation NOUN  ROOT     1  -          NN
    .              PUNCT punct    1  -          .
    The            DET   det      4  -          DT
    board          NOUN  nsubj    5  -          NN
    set            VERB  ROOT     5  -          VBD
    out            ADP   prt      5  -          RP
    plans          NOUN  dobj     5  plan       NNS
    to             PART  aux      9  -          TO
    restructure    VERB  acl      7  -          VB
    the            DET   det      12 -          DT
    harbour        NOUN  compound 12 -          NN
    trust          NOUN  dobj     9  -          NN
    .              PUNCT punct    5  -          .
"""


def test_headline_noun_of_a_reform_is_the_body_plan_about_the_same_thing() -> None:
    """ "Harbour reorganisation" (a reform's head, not only a word of change such as "plans")
    is the body's "plans to restructure the harbour trust" (proposals9)."""
    mentions = [
        mention(
            "Harbour reorganisation",
            KG.Reform,
            "noun-phrase",
            start=0,
            sentence=0,
            token_start=0,
            head="reorganisation",
        ),
        mention(
            "plans to restructure the harbour trust",
            KG.Plan,
            "noun-phrase",
            start=40,
            sentence=1,
            token_start=7,
            head="plan",
        ),
    ]
    found = MentionSet(mentions=mentions, same_as=[], roles=[], descriptions={})
    sieve = Sieve(found, mentions, load_lexicon(), {}, list(make_doc(_REORGANISATION)))
    headline_changes_to_body_topic(sieve)
    assert sieve.links.find(0) == sieve.links.find(1)


def test_headline_reorganisation_on_a_real_parse(extract: Callable[..., Any]) -> None:
    text = (
        "Ferry reorganisation\n"
        "The union said plans to restructure ferry services across the islands would cost jobs."
    )
    proposals = [e for e in extract(text).entities if core_class(e.type) == KG.Proposal]
    assert len(proposals) == 1
