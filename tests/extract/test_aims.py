"""What an actor aims at ("the minister's legislative agenda", "the council's own housing
ambitions"): a proposal with its owner and a word of its content, none without them
(props32). Sentences written for the tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from doc_builder import context_of, make_doc

from kg.extract.mentions.noun_phrases import head_noun_phrases


def _named(rows: str) -> set[str]:
    return {c.span.text for c in head_noun_phrases(context_of(make_doc(rows)))}


OWNED_WITH_CONTENT = """
The          DET   det      1  -          DT
speech       NOUN  nsubj    2  -          NN
set          VERB  ROOT     2  -          VBD
out          ADP   prt      2  -          RP
the          DET   det      5  -          DT
minister     NOUN  poss     8  -          NN
's           PART  case     5  -          POS
legislative  ADJ   amod     8  -          JJ
agenda       NOUN  dobj     2  -          NN
.            PUNCT punct    2  -          .
"""

OWN_AMBITIONS = """
Farmers      NOUN  nsubj    1  farmer     NNS
are          AUX   ROOT     1  be         VBP
central      ADJ   acomp    1  -          JJ
to           ADP   prep     2  -          IN
the          DET   det      5  -          DT
council      NOUN  poss     9  -          NN
's           PART  case     5  -          POS
own          ADJ   amod     9  -          JJ
housing      NOUN  compound 9  -          NN
ambitions    NOUN  pobj     3  ambition   NNS
.            PUNCT punct    1  -          .
"""

BROKEN_PROMISE = """
The          DET   det      1  -          DT
council      NOUN  nsubj    3  -          NN
has          AUX   aux      3  have       VBZ
broken       VERB  ROOT     3  break      VBN
its          PRON  poss     5  -          PRP$
promise      NOUN  dobj     3  -          NN
.            PUNCT punct    3  -          .
"""

ITS_OWN_AMBITIONS = """
The          DET   det      1  -          DT
trust        NOUN  nsubj    2  -          NN
has          VERB  ROOT     2  have       VBZ
its          PRON  poss     5  -          PRP$
own          ADJ   amod     5  -          JJ
ambitions    NOUN  dobj     2  ambition   NNS
.            PUNCT punct    2  -          .
"""


def test_aims_an_owned_aim_with_its_content_is_a_proposal() -> None:
    assert "legislative agenda" in _named(OWNED_WITH_CONTENT)


def test_aims_are_named_without_the_word_that_stresses_the_owner() -> None:
    assert {"own housing ambitions", "housing ambitions"} <= _named(OWN_AMBITIONS)


def test_aims_without_a_word_of_content_name_nothing() -> None:
    assert _named(BROKEN_PROMISE) == set()
    assert _named(ITS_OWN_AMBITIONS) == set()


def test_aims_on_a_real_parse(extract: Callable[..., Any]) -> None:
    corpus = extract(
        "Ferry news\nThe speech set out Peter Hale's maritime agenda for the islands.\n"
        "The Island Ferry Users Association said Mr Hale had broken his promise.\n"
    )
    labels = {e.key: e.label for e in corpus.entities}
    found = {
        (labels[r.subject], r.predicate.rsplit("#", 1)[-1], labels[r.object])
        for r in corpus.relations
    }
    assert ("Peter Hale", "proposes", "maritime agenda") in found
    assert not any(label == "promise" for label in labels.values())
