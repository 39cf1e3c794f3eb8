"""Demanded changes: more of a means of governing ("more control over bus routes"), put
forward by an actor, names a proposal; the same words in a finding name none. Sentences
written for the tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from doc_builder import context_of, make_doc

from kg.extract.mentions.demanded_changes import demanded_changes

MAYOR_CALLS_FOR_MORE_CONTROL = """
The       DET   det      1  -        DT
mayor     NOUN  nsubj    2  -        NN
called    VERB  ROOT     2  call     VBD
for       ADP   prep     2  -        IN
more      ADJ   amod     5  much     JJR
control   NOUN  pobj     3  -        NN
over      ADP   prep     5  -        IN
bus       NOUN  compound 8  -        NN
routes    NOUN  pobj     6  route    NNS
.         PUNCT punct    2  -        .
"""

SURVEY_FINDS_MORE_COMPETITION = """
The       DET   det      1  -        DT
survey    NOUN  nsubj    2  -        NN
found     VERB  ROOT     2  find     VBD
more      ADJ   amod     4  much     JJR
competition NOUN dobj    2  -        NN
in        ADP   prep     4  -        IN
the       DET   det      8  -        DT
bus       NOUN  compound 8  -        NN
market    NOUN  pobj     5  -        NN
.         PUNCT punct    2  -        .
"""

PLANS_FOR_A_LEVY_AND_GREATER_SAY = """
Ministers NOUN  nsubj    1  minister NNS
published VERB  ROOT     1  publish  VBD
plans     NOUN  dobj     1  plan     NNS
for       ADP   prep     2  -        IN
a         DET   det      6  -        DT
tourist   NOUN  compound 6  -        NN
levy      NOUN  pobj     3  -        NN
and       CCONJ cc       6  -        CC
greater   ADJ   amod     9  great    JJR
say       NOUN  conj     6  -        NN
over      ADP   prep     9  -        IN
harbour   NOUN  compound 12 -        NN
fees      NOUN  pobj     10 fee      NNS
.         PUNCT punct    1  -        .
"""


def _found(rows: str) -> set[str]:
    return {c.span.text for c in demanded_changes(context_of(make_doc(rows)))}


def test_demanded_changes_more_control_called_for_is_a_proposal() -> None:
    assert _found(MAYOR_CALLS_FOR_MORE_CONTROL) == {"more control over bus routes"}


def test_demanded_changes_more_competition_a_survey_finds_is_none() -> None:
    assert _found(SURVEY_FINDS_MORE_COMPETITION) == set()


def test_demanded_changes_an_item_of_plans_for_is_a_proposal() -> None:
    assert _found(PLANS_FOR_A_LEVY_AND_GREATER_SAY) == {"greater say over harbour fees"}


def test_demanded_changes_on_a_real_parse(extract: Callable[..., Any]) -> None:
    corpus = extract(
        "Ferry news\nThe Island Ferry Users Association has called for greater control over"
        " ferry timetables.\n"
    )
    labels = {e.key: e.label for e in corpus.entities}
    found = {
        (labels[r.subject], r.predicate.rsplit("#", 1)[-1], labels[r.object])
        for r in corpus.relations
    }
    assert (
        "Island Ferry Users Association",
        "supports",
        "greater control over ferry timetables",
    ) in found
