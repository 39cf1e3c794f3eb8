"""Listed names whose shared head is written once: "the UK and Scottish governments"."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from doc_builder import context_of, make_doc

from kg.extract.gazetteer import GazetteerEntry
from kg.extract.mentions.elided_names import elided_names
from kg.extract.mentions.gazetteer import listed_names
from kg.model import Corpus
from kg.rdf.namespaces import KG

_LISTED = {
    "harbour_gov": GazetteerEntry("harbour_gov", "Harbour Government", KG.GovernmentBody, ()),
    "isle_gov": GazetteerEntry("isle_gov", "Island Government", KG.GovernmentBody, ()),
    "north_gov": GazetteerEntry("north_gov", "North Shore Government", KG.GovernmentBody, ()),
    "harbour": GazetteerEntry("harbour", "Harbour", KG.Country, ()),
}

# "Unions wrote to the Harbour and Island governments."
_TWO = """
    Unions      NOUN  nsubj    1 union      NNS
    wrote       VERB  ROOT     1 write      VBD
    to          ADP   prep     1 -          IN
    the         DET   det      7 -          DT
    Harbour     PROPN nmod     7 -          NNP
    and         CCONJ cc       4 -          CC
    Island      PROPN conj     4 -          NNP
    governments NOUN  pobj     2 government NNS
    .           PUNCT punct    1 -          .
"""


def test_elided_names_each_conjunct_with_the_head_is_a_listed_name() -> None:
    found = elided_names(make_doc(_TWO), _LISTED)
    assert [(name.span.text, name.entry.id) for name in found] == [
        ("Harbour", "harbour_gov"),
        ("Island governments", "isle_gov"),
    ]


def test_elided_names_three_conjuncts_with_commas_and_a_two_word_name() -> None:
    # "the Harbour, Island and North Shore governments"
    doc = make_doc(
        """
        Talks       NOUN  nsubj    1 talk       NNS
        involved    VERB  ROOT     1 involve    VBD
        the         DET   det      9 -          DT
        Harbour     PROPN nmod     9 -          NNP
        ,           PUNCT punct    3 -          ,
        Island      PROPN conj     3 -          NNP
        and         CCONJ cc       5 -          CC
        North       PROPN compound 8 -          NNP
        Shore       PROPN conj     5 -          NNP
        governments NOUN  dobj     1 government NNS
        .           PUNCT punct    1 -          .
        """
    )
    assert [name.entry.id for name in elided_names(doc, _LISTED)] == [
        "harbour_gov",
        "isle_gov",
        "north_gov",
    ]


def test_elided_names_none_unless_every_conjunct_makes_a_listed_name() -> None:
    # "the Harbour and Valley governments": "Valley Government" is no listed name, so the
    # phrase is not read as two names (it may be a place's and a region's)
    doc = make_doc(_TWO.replace("Island ", "Valley "))
    assert elided_names(doc, _LISTED) == []


def test_elided_names_none_for_a_plural_after_one_name() -> None:
    # "the Harbour governments" (its successive governments): no coordination
    doc = make_doc(
        """
        Unions      NOUN  nsubj    1 union      NNS
        wrote       VERB  ROOT     1 write      VBD
        to          ADP   prep     1 -          IN
        successive  ADJ   amod     5 -          JJ
        Harbour     PROPN compound 5 -          NNP
        governments NOUN  pobj     2 government NNS
        .           PUNCT punct    1 -          .
        """
    )
    assert elided_names(doc, _LISTED) == []


def test_listed_names_a_conjunct_names_the_government_not_the_country() -> None:
    doc = make_doc(_TWO, gazetteer=[(4, 5, KG.Country, "harbour")])
    context = replace(context_of(doc), gazetteer=_LISTED)
    assert [(c.span.text, c.gazetteer_id) for c in listed_names(context, ())] == [
        ("Harbour", "harbour_gov"),
        ("Island governments", "isle_gov"),
    ]


def test_extract_the_uk_and_scottish_governments_are_two_listed_bodies(
    extract: Callable[..., Corpus],
) -> None:
    corpus = extract("Teachers have written to the UK and Scottish governments about exam fees.\n")
    listed = {e.gazetteer_id for e in corpus.entities}
    assert {"government", "scottish_government"} <= listed
