"""Collective action named by one hyphenated word (:mod:`kg.extract.mentions.hyphened_events`),
on hand-built parses of sentences written for the tests."""

from __future__ import annotations

from doc_builder import make_doc, mentions_of

from kg.rdf.namespaces import KG
from kg.rdf.schema import core_class


def test_a_hyphenated_name_of_action_split_by_the_tokenizer_is_one_event() -> None:
    """ "The guild began a work-to-rule action on Monday." with the name read as a noun and a
    prepositional phrase."""
    doc = make_doc(
        """
        The     DET   det      1 -     DT
        guild   NOUN  nsubj    2 -     NN
        began   VERB  ROOT     2 begin VBD
        a       DET   det      9 -     DT
        work    NOUN  nmod     9 -     NN
        -       PUNCT punct    4 -     HYPH
        to      ADP   prep     4 -     IN
        -       PUNCT punct    6 -     HYPH
        rule    NOUN  pobj     6 -     NN
        action  NOUN  dobj     2 -     NN
        on      ADP   prep     2 -     IN
        Monday  PROPN pobj     10 -    NNP
        .       PUNCT punct    2 -     .
        """
    )
    names = {m.text: core_class(m.type) for m in mentions_of(doc).mentions}
    assert names.get("work-to-rule action") == KG.Event


def test_the_words_apart_are_no_such_name() -> None:
    """ "The guild will work to rule." names no event here (no hyphens)."""
    doc = make_doc(
        """
        The     DET   det      1 -     DT
        guild   NOUN  nsubj    3 -     NN
        will    AUX   aux      3 -     MD
        work    VERB  ROOT     3 -     VB
        to      ADP   prep     3 -     IN
        rule    NOUN  pobj     4 -     NN
        .       PUNCT punct    3 -     .
        """
    )
    assert not [m for m in mentions_of(doc).mentions if "rule" in m.text]
