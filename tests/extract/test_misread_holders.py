"""A name the model reads as a product or a work, right after a role title, is the post's
holder, a person (``kg.extract.mentions.ner``). Sentences written for the tests."""

from __future__ import annotations

from collections.abc import Callable

from doc_builder import context_of, make_doc

from kg.extract.mentions.ner import statistical_entities
from kg.model import Corpus


def _found(rows: str) -> set[tuple[str, str]]:
    candidates = statistical_entities(context_of(make_doc(rows)), ())
    return {(c.span.text, c.type.rsplit("#", 1)[-1]) for c in candidates}


def test_statistical_entities_product_name_after_a_role_title_is_a_person() -> None:
    """ "Its chief executive Ida Moss agreed.", "Ida Moss" read as a product."""
    found = _found(
        """
        Its       PRON  poss     2  -      PRP$
        chief     ADJ   amod     2  -      JJ
        executive NOUN  compound 4  -      NN
        Ida       PROPN compound 4  -      NNP B-PRODUCT
        Moss      PROPN nsubj    5  -      NNP I-PRODUCT
        agreed    VERB  ROOT     5  agree  VBD
        .         PUNCT punct    5  -      .
        """
    )
    assert ("Ida Moss", "Person") in found


def test_statistical_entities_product_name_elsewhere_is_still_dropped() -> None:
    """ "Staff bought Ida Moss shoes.": a product after no role title is no one."""
    found = _found(
        """
        Staff  NOUN  nsubj    1  staff  NNS
        bought VERB  ROOT     1  buy    VBD
        Ida    PROPN compound 4  -      NNP B-PRODUCT
        Moss   PROPN compound 4  -      NNP I-PRODUCT
        shoes  NOUN  dobj     1  shoe   NNS
        .      PUNCT punct    1  -      .
        """
    )
    assert found == set()


def test_extract_name_after_a_role_title_is_a_person(extract: Callable[..., Corpus]) -> None:
    corpus = extract(
        "Harbour review\n"
        "In a letter on Tuesday, Harbour Guild chief executive Ida Moss said the review was late.\n"
    )
    assert ("Ida Moss", "Person") in {(e.label, e.type.rsplit("#", 1)[-1]) for e in corpus.entities}
