"""Contact clauses after a proposal's head ("the pay award our members campaigned for") give
it a longer name. Sentences written for the tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from doc_builder import context_of, make_doc

from kg.extract.mentions.noun_phrases import head_noun_phrases

AWARD_CAMPAIGNED_FOR = """
It        PRON  nsubj    1  it       PRP
falls     VERB  ROOT     1  fall     VBZ
short     ADV   advmod   1  -        RB
of        ADP   prep     2  -        IN
the       DET   det      6  -        DT
pay       NOUN  compound 6  -        NN
award     NOUN  pobj     3  -        NN
our       PRON  poss     8  -        PRP$
porters   NOUN  nsubj    9  porter   NNS
campaigned VERB relcl    6  campaign VBD
for       ADP   prep     9  -        IN
.         PUNCT punct    1  -        .
"""

AWARD_THAT_PORTERS_WANTED = """
It        PRON  nsubj    1  it       PRP
falls     VERB  ROOT     1  fall     VBZ
short     ADV   advmod   1  -        RB
of        ADP   prep     2  -        IN
the       DET   det      6  -        DT
pay       NOUN  compound 6  -        NN
award     NOUN  pobj     3  -        NN
porters   NOUN  nsubj    8  porter   NNS
wanted    VERB  relcl    6  want     VBD
last      ADJ   amod     10 -        JJ
year      NOUN  npadvmod 8  -        NN
.         PUNCT punct    1  -        .
"""


def _named(rows: str) -> set[str]:
    return {c.span.text for c in head_noun_phrases(context_of(make_doc(rows)))}


def test_contact_clauses_a_clause_ending_on_its_preposition_names_the_award() -> None:
    named = _named(AWARD_CAMPAIGNED_FOR)
    assert {"pay award", "pay award our porters campaigned for"} <= named


def test_contact_clauses_a_clause_with_no_stranded_preposition_is_no_name() -> None:
    assert _named(AWARD_THAT_PORTERS_WANTED) == {"pay award"}


def test_contact_clauses_on_a_real_parse(extract: Callable[..., Any]) -> None:
    corpus = extract(
        "Ferry news\nThe union said the offer falls short of the pay award our porters have "
        "been campaigning for."
    )
    names = {n for e in corpus.entities for n in (e.label, *e.aliases)}
    assert "pay award our porters have been campaigning for" in names
