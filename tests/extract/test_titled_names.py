"""Title case names with "for", "of", "at", "to", "in" or "on" inside (kg.extract.mentions.titled_names). Sentences
written for the tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from doc_builder import context_of, make_doc

from kg.extract.mentions.noun_phrases import head_noun_phrases

HARBOUR_NAMES = """
Porters    NOUN  nsubj    8  porter   NNS
on         ADP   prep     0  -        IN
the        DET   det      3  -        DT
Charter    PROPN pobj     1  -        NNP
for        ADP   prep     3  -        IN
Harbours   PROPN compound 6  -        NNP
contract   NOUN  pobj     4  -        NN
will       AUX   aux      8  -        MD
reject     VERB  ROOT     8  -        VB
the        DET   det      10 -        DT
Plan       PROPN dobj     8  -        NNP
for        ADP   prep     10 -        IN
Change     PROPN pobj     11 change   NNP
and        CCONJ cc       8  -        CC
the        DET   det      15 -        DT
Department PROPN conj     10 -        NNP
of         ADP   prep     15 -        IN
Ports      PROPN compound 18 -        NNP
plans      NOUN  pobj     16 plan     NNS
.          PUNCT punct    8  -        .
"""


def test_titled_names_a_name_with_for_inside_is_one_phrase() -> None:
    # "Charter for Harbours contract" is one name, "Change" of "Plan for Change" is no change;
    # "Department of" is an owner's name, left out
    shifted = []
    for line in HARBOUR_NAMES.strip().splitlines():
        word, pos, dep, head, *rest = line.split()
        shifted.append(" ".join([word, pos, dep, str(int(head) + 2), *rest]))
    doc = make_doc("Ports NOUN ROOT 0 port NNS\n. PUNCT punct 0 - .\n" + "\n".join(shifted))
    named = {c.span.text for c in head_noun_phrases(context_of(doc))}
    assert "Charter for Harbours contract" in named
    assert "Plan for Change" in named
    assert "Change" not in named
    assert "Ports plans" in named
    assert not any(text.startswith("Department") for text in named)


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        (
            "Harbour pay\nPorters on the Partnership for Growth contract will vote next week.",
            ["Partnership for Growth contract"],
            ["Growth contract"],
        ),
        (
            "Harbour pay\nThe guild said the Covenant for Harbours contract was unfair.",
            ["Covenant for Harbours contract"],
            ["Harbours contract"],
        ),
        (
            # two small words and two prepositions: one name, read from its first word
            "Harbour pay\nThe grant was part of the Pilots at the Heart of Ports White Paper.",
            ["Pilots at the Heart of Ports White Paper"],
            ["Heart of Ports White Paper"],
        ),
    ],
)
def test_titled_names_on_a_real_parse(
    extract: Callable[..., Any], text: str, kept: list[str], dropped: list[str]
) -> None:
    names = {n for e in extract(text).entities for n in (e.label, *e.aliases)}
    assert set(kept) <= names
    assert not any(n.startswith(d) for d in dropped for n in names)
