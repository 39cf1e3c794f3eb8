"""Another name of a proposal without the words that judge it
(:mod:`kg.extract.mentions.judged_names`), on hand-built parses of sentences written for the
tests."""

from __future__ import annotations

from doc_builder import make_doc, mentions_of


def _names(rows: str) -> set[str]:
    return {m.text for m in mentions_of(make_doc(rows)).mentions}


def test_a_judging_adjective_is_left_out_of_another_name() -> None:
    """ "The guild opposed the controversial ferry levy.": also "ferry levy"."""
    names = _names(
        """
        The           DET   det      1 -      DT
        guild         NOUN  nsubj    2 -      NN
        opposed       VERB  ROOT     2 oppose VBD
        the           DET   det      6 -      DT
        controversial ADJ   amod     6 -      JJ
        ferry         NOUN  compound 6 -      NN
        levy          NOUN  dobj     2 -      NN
        .             PUNCT punct    2 -      .
        """
    )
    assert {"controversial ferry levy", "ferry levy"} <= names


def test_a_hyphenated_judging_word_and_its_quotation_marks_are_left_out() -> None:
    """ "The guild opposed the so-called 'harbour tax'.": also "harbour tax"."""
    names = _names(
        """
        The      DET   det      1 -      DT
        guild    NOUN  nsubj    2 -      NN
        opposed  VERB  ROOT     2 oppose VBD
        the      DET   det      10 -     DT
        so       ADV   advmod   6 -      RB
        -        PUNCT punct    6 -      HYPH
        called   VERB  amod     10 call  VBN
        '        PUNCT punct    10 -     ``
        harbour  NOUN  compound 10 -     NN
        tax      NOUN  dobj     2 -      NN
        '        PUNCT punct    10 -     ''
        .        PUNCT punct    2 -      .
        """
    )
    assert "harbour tax" in names


def test_a_word_that_says_what_the_proposal_is_stays_in_every_name() -> None:
    """ "The guild opposed the ferry levy.": no other name without "ferry"."""
    names = _names(
        """
        The      DET   det      1 -      DT
        guild    NOUN  nsubj    2 -      NN
        opposed  VERB  ROOT     2 oppose VBD
        the      DET   det      5 -      DT
        ferry    NOUN  compound 5 -      NN
        levy     NOUN  dobj     2 -      NN
        .        PUNCT punct    2 -      .
        """
    )
    assert "levy" not in names
