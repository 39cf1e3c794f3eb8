"""What a verb of equating says its subject is (``lex:equatingVerb``: "represented an
extremely good deal", "does not equate to a pledge") is the subject described again, not a
proposal of its own; an amount before the head still names one ("marks a £40m investment").
Sentences written for the tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from doc_builder import context_of, make_doc

from kg.extract.mentions.noun_phrases import head_noun_phrases


def _named(rows: str) -> set[str]:
    return {c.span.text for c in head_noun_phrases(context_of(make_doc(rows)))}


# "The offer represented an extremely good deal for crews."
REPRESENTED_A_GOOD_DEAL = """
The         DET   det      1  -          DT
offer       NOUN  nsubj    2  -          NN
represented VERB  ROOT     2  represent  VBD
an          DET   det      6  -          DT
extremely   ADV   advmod   5  -          RB
good        ADJ   amod     6  -          JJ
deal        NOUN  dobj     2  -          NN
for         ADP   prep     6  -          IN
crews       NOUN  pobj     7  crew       NNS
.           PUNCT punct    2  -          .
"""

# "Abstaining does not equate to a pledge."
EQUATE_TO_A_PLEDGE = """
Abstaining  VERB  csubj    3  abstain    VBG
does        AUX   aux      3  do         VBZ
not         PART  neg      3  -          RB
equate      VERB  ROOT     3  -          VB
to          ADP   prep     3  -          IN
a           DET   det      6  -          DT
pledge      NOUN  pobj     4  -          NN
.           PUNCT punct    3  -          .
"""

# "The budget marks a £40m investment."
MARKS_A_SUM = """
The         DET   det      1  -          DT
budget      NOUN  nsubj    2  -          NN
marks       VERB  ROOT     2  mark       VBZ
a           DET   det      7  -          DT
£           SYM   quantmod 6  -          $
40          NUM   compound 6  -          CD
m           NUM   nummod   7  -          CD
investment  NOUN  dobj     2  -          NN
.           PUNCT punct    2  -          .
"""


def test_equated_descriptions_what_a_subject_represents_is_no_proposal() -> None:
    assert not any("deal" in n for n in _named(REPRESENTED_A_GOOD_DEAL))


def test_equated_descriptions_what_it_equates_to_is_no_proposal() -> None:
    assert not any("pledge" in n for n in _named(EQUATE_TO_A_PLEDGE))


def test_equated_descriptions_an_amount_still_names_a_proposal() -> None:
    assert any(n.endswith("investment") for n in _named(MARKS_A_SUM))


@pytest.mark.parametrize(
    ("text", "dropped"),
    [
        (
            "Harbour news\nThe Guild said the offer represented an extremely good deal for "
            "ferry crews, and a good deal for passengers.",
            "deal",
        ),
        (
            "Harbour news\nThe Guild said that abstaining did not equate to a pledge to vote "
            "against the levy.",
            "pledge",
        ),
    ],
)
def test_equated_descriptions_on_a_real_parse(
    extract: Callable[..., Any], text: str, dropped: str
) -> None:
    names = {n for e in extract(text).entities for n in (e.label, *e.aliases)}
    assert not any(dropped in n for n in names)
