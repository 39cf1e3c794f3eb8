"""Items a set of measures is said to include: "the measures will include specialist teams in
every ward" names a proposal, "specialist teams in every ward"; a delegation that includes
senior nurses lists people, not measures. Sentences written for the tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from doc_builder import context_of, make_doc

from kg.extract.mentions.included_items import items_a_whole_includes

# "Moves will include specialist teams in every ward, and free parking."
MOVES_INCLUDE_TEAMS = """
Moves      NOUN  nsubj    2  move       NNS
will       AUX   aux      2  -          MD
include    VERB  ROOT     2  -          VB
specialist ADJ   amod     4  -          JJ
teams      NOUN  dobj     2  team       NNS
in         ADP   prep     4  -          IN
every      DET   det      7  -          DT
ward       NOUN  pobj     5  -          NN
,          PUNCT punct    4  -          ,
and        CCONJ cc       4  -          CC
free       ADJ   amod     11 -          JJ
parking    NOUN  conj     4  -          NN
.          PUNCT punct    2  -          .
"""

# "The delegation included senior nurses. The plan contains hospitals."
NO_SET_OF_MEASURES = """
The        DET   det      1  -          DT
delegation NOUN  nsubj    2  -          NN
included   VERB  ROOT     2  include    VBD
senior     ADJ   amod     4  -          JJ
nurses     NOUN  dobj     2  nurse      NNS
.          PUNCT punct    2  -          .
The        DET   det      7  -          DT
plan       NOUN  nsubj    8  -          NN
contains   VERB  ROOT     8  contain    VBZ
hospitals  NOUN  dobj     8  hospital   NNS
.          PUNCT punct    8  -          .
"""


def _items(rows: str) -> list[str]:
    return [c.span.text for c in items_a_whole_includes(context_of(make_doc(rows)))]


def test_included_by_a_whole_items_of_a_list_noun_are_named_with_where_they_apply() -> None:
    assert _items(MOVES_INCLUDE_TEAMS) == [
        "specialist teams",
        "specialist teams in every ward",
        "free parking",
    ]


def test_included_by_a_whole_people_and_bare_nouns_are_no_items() -> None:
    # the delegation is no set of measures; "hospitals" is a bare noun, a kind
    assert _items(NO_SET_OF_MEASURES) == []


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        (
            "Health news\nMoves will include specialist stroke teams in rural hospitals.",
            ["specialist stroke teams in rural hospitals"],
            [],
        ),
        (
            "Health news\nThe measures include free parking for hospital staff.",
            ["free parking for hospital staff"],
            [],
        ),
        (
            "Health news\nThe delegation included senior nurses from the north.",
            [],
            ["senior nurses"],
        ),
    ],
)
def test_included_by_a_whole_named_on_a_real_parse(
    extract: Callable[..., Any], text: str, kept: list[str], dropped: list[str]
) -> None:
    corpus = extract(text)
    names = {n for e in corpus.entities for n in (e.label, *e.aliases)}
    assert set(kept) <= names and not set(dropped) & names
