"""Programmes that are broadcasts, not plans (kg.extract.mentions.broadcasts). Sentences
written for the tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from doc_builder import context_of, make_doc

from kg.extract.mentions.noun_phrases import head_noun_phrases

TOLD_AND_SPOKE_ON = """
The        DET   det      1  -        DT
mayor      NOUN  nsubj    2  -        NN
told       VERB  ROOT     2  tell     VBD
the        DET   det      6  -        DT
Weekend    PROPN compound 5  -        NNP
Review     PROPN compound 6  -        NNP
programme  NOUN  dobj     2  -        NN
that       SCONJ mark     9  -        IN
fares      NOUN  nsubj    9  fare     NNS
rose       VERB  ccomp    2  rise     VBD
.          PUNCT punct    2  -        .
She        PRON  nsubj    12 she      PRP
spoke      VERB  ROOT     12 speak    VBD
on         ADP   prep     12 -        IN
the        DET   det      17 -        DT
Harbour    PROPN compound 16 -        NNP
Hour       PROPN compound 17 -        NNP
programme  NOUN  pobj     13 -        NN
and        CCONJ cc       12 -        CC
defended   VERB  conj     12 defend   VBD
the        DET   det      23 -        DT
ferry      NOUN  compound 23 -        NN
building   NOUN  compound 23 -        NN
programme  NOUN  dobj     19 -        NN
.          PUNCT punct    12 -        .
"""


def test_broadcasts_a_programme_told_or_spoken_on_is_no_plan() -> None:
    named = {c.span.text for c in head_noun_phrases(context_of(make_doc(TOLD_AND_SPOKE_ON)))}
    assert "ferry building programme" in named
    assert not any("Review" in text or "Hour" in text for text in named)


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        (
            "Ferry fares\nThe mayor told the Weekend Review programme that the ferry building "
            "programme would go ahead.",
            ["ferry building programme"],
            ["Weekend Review programme"],
        ),
    ],
)
def test_broadcasts_on_a_real_parse(
    extract: Callable[..., Any], text: str, kept: list[str], dropped: list[str]
) -> None:
    names = {n for e in extract(text).entities for n in (e.label, *e.aliases)}
    assert set(kept) <= names
    assert not any(d in n for d in dropped for n in names)
