"""Steps counted by a number name a set of measures ("announced four immediate steps"); steps
without a count do not ("next steps", "a step forward") (proposals26). Sentences written for
the tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from doc_builder import context_of, make_doc

from kg.extract.mentions.noun_phrases import head_noun_phrases


def _named(rows: str) -> set[str]:
    return {c.span.text for c in head_noun_phrases(context_of(make_doc(rows)))}


FOUR_STEPS = """
The        DET   det      1  -         DT
minister   NOUN  nsubj    2  -         NN
announced  VERB  ROOT     2  announce  VBD
four       NUM   nummod   5  -         CD
urgent     ADJ   amod     5  -         JJ
steps      NOUN  dobj     2  step      NNS
for        ADP   prep     5  -         IN
ferries    NOUN  pobj     6  ferry     NNS
.          PUNCT punct    2  -         .
"""

NEXT_STEPS = """
The        DET   det      1  -         DT
guild      NOUN  nsubj    3  -         NN
will       AUX   aux      3  -         MD
discuss    VERB  ROOT     3  -         VB
next       ADJ   amod     5  -         JJ
steps      NOUN  dobj     3  step      NNS
.          PUNCT punct    3  -         .
"""

A_STEP_FORWARD = """
It         PRON  nsubj    1  it        PRP
is         AUX   ROOT     1  be        VBZ
a          DET   det      4  -         DT
big        ADJ   amod     4  -         JJ
step       NOUN  attr     1  -         NN
forward    ADV   advmod   4  -         RB
.          PUNCT punct    1  -         .
"""


def test_counted_steps_a_count_names_the_set_of_measures() -> None:
    named = _named(FOUR_STEPS)
    assert "four urgent steps" in named or "four urgent steps for ferries" in named


def test_counted_steps_steps_without_a_count_name_nothing() -> None:
    assert not _named(NEXT_STEPS)
    assert not _named(A_STEP_FORWARD)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Ferry news\nThe minister announced four urgent steps to cut fares on Monday.",
            "four urgent steps",
        ),
    ],
)
def test_counted_steps_on_a_real_parse(extract: Callable[..., Any], text: str, name: str) -> None:
    entities = extract(text).entities
    assert any(name in (e.label, *e.aliases) for e in entities)


def test_counted_steps_a_step_forward_on_a_real_parse(extract: Callable[..., Any]) -> None:
    corpus = extract("Ferry news\nThe guild said the deal was a welcome step forward.")
    assert not any("step" in n for e in corpus.entities for n in (e.label, *e.aliases))
