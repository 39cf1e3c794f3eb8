"""A directive names a proposal as a bill does ("the ministry withdrew its directive on
harbour permits"). Sentences written for the tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from doc_builder import context_of, make_doc

from kg.extract.mentions.noun_phrases import head_noun_phrases

# "The ministry withdrew its controversial directive on harbour permits."
WITHDRAWN_DIRECTIVE = """
The           DET   det      1  -        DT
ministry      NOUN  nsubj    2  -        NN
withdrew      VERB  ROOT     2  withdraw VBD
its           PRON  poss     5  -        PRP$
controversial ADJ   amod     5  -        JJ
directive     NOUN  dobj     2  -        NN
on            ADP   prep     5  -        IN
harbour       NOUN  compound 8  -        NN
permits       NOUN  pobj     6  permit   NNS
.             PUNCT punct    2  -        .
"""


def test_directives_a_directive_with_what_it_is_on_names_a_proposal() -> None:
    named = {
        (c.span.text, c.type.rsplit("#", 1)[-1])
        for c in head_noun_phrases(context_of(make_doc(WITHDRAWN_DIRECTIVE)))
    }
    # what is said of it is not part of its name: the name from the head is kept too
    assert ("directive on harbour permits", "Policy") in named
    assert ("controversial directive on harbour permits", "Policy") in named


def test_directives_named_on_a_real_parse(extract: Callable[..., Any]) -> None:
    corpus = extract("Work news\nThe EU directive on working hours was criticised by the union.")
    names = {n for e in corpus.entities for n in (e.label, *e.aliases)}
    assert "EU directive on working hours" in names


def test_recommendations_of_a_named_review_name_a_proposal() -> None:
    """ "The board welcomed all of the recommendations of the Harbour review." (but "of the
    new review" names no review: no proposal of its own)."""
    rows = """
    The             DET   det      1  -              DT
    board           NOUN  nsubj    2  -              NN
    welcomed        VERB  ROOT     2  welcome        VBD
    all             PRON  dobj     2  -              DT
    of              ADP   prep     3  -              IN
    the             DET   det      6  -              DT
    recommendations NOUN  pobj     4  recommendation NNS
    of              ADP   prep     6  -              IN
    the             DET   det      10 -              DT
    Harbour         PROPN compound 10 -              NNP
    review          NOUN  pobj     7  -              NN
    .               PUNCT punct    2  -              .
    """
    named = {c.span.text for c in head_noun_phrases(context_of(make_doc(rows)))}
    assert "recommendations of the Harbour review" in named
    plain = rows.replace(
        "Harbour         PROPN compound 10 -              NNP", "new ADJ amod 10 - JJ"
    )
    named = {c.span.text for c in head_noun_phrases(context_of(make_doc(plain)))}
    assert "recommendations of the new review" not in named
