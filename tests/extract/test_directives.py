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
