"""Names of proposals that hold a sum or an amount: a sum that measures the funding ("£20m of
extra funding") and an amount after adjectives that say how it is counted ("the overall 3%
pay award"); a sum a phrasal verb of funding has as its object ("signed off £20m"); and a
decision whose content is a strike names no proposal ("the decision to go
on strike"). Sentences written for the tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from doc_builder import context_of, make_doc

from kg.extract.mentions.amounts import sums_of_money
from kg.extract.mentions.noun_phrases import head_noun_phrases

SUM_OF_FUNDING = """
Ministers NOUN  nsubj    1  minister NNS
withdrew  VERB  ROOT     1  withdraw VBD
£         SYM   quantmod 4  -        $
20        NUM   compound 4  -        CD
million   NUM   dobj     1  -        CD
of        ADP   prep     4  -        IN
dedicated ADJ   amod     7  -        JJ
funding   NOUN  pobj     5  -        NN
for       ADP   prep     7  -        IN
ferries   NOUN  pobj     8  ferry    NNS
.         PUNCT punct    1  -        .
"""

DAYS_OF_FUNDING = """
Ministers NOUN  nsubj    1  minister NNS
withdrew  VERB  ROOT     1  withdraw VBD
20        NUM   nummod   3  -        CD
years     NOUN  dobj     1  year     NNS
of        ADP   prep     3  -        IN
dedicated ADJ   amod     6  -        JJ
funding   NOUN  pobj     4  -        NN
for       ADP   prep     6  -        IN
ferries   NOUN  pobj     7  ferry    NNS
.         PUNCT punct    1  -        .
"""

OVERALL_AWARD = """
Porters  NOUN  nsubj    1  porter   NNS
rejected VERB  ROOT     1  reject   VBD
the      DET   det      7  -        DT
overall  ADJ   amod     7  -        JJ
3        NUM   nummod   5  -        CD
%        NOUN  compound 6  -        NN
pay      NOUN  compound 7  -        NN
award    NOUN  dobj     1  -        NN
for      ADP   prep     7  -        IN
2027     NUM   pobj     8  -        CD
.        PUNCT punct    1  -        .
"""

NEW_AWARD = """
Porters  NOUN  nsubj    1  porter   NNS
rejected VERB  ROOT     1  reject   VBD
the      DET   det      5  -        DT
new      ADJ   amod     5  -        JJ
pay      NOUN  compound 5  -        NN
award    NOUN  dobj     1  -        NN
for      ADP   prep     5  -        IN
2027     NUM   pobj     6  -        CD
.        PUNCT punct    1  -        .
"""


def _named(rows: str) -> set[str]:
    return {
        c.span.text.replace(" %", "%").replace("£ ", "£")
        for c in head_noun_phrases(context_of(make_doc(rows)))
    }


def test_sum_names_a_sum_that_measures_funding_is_part_of_its_name() -> None:
    named = _named(SUM_OF_FUNDING)
    assert "£20 million of dedicated funding" in named
    assert "dedicated funding" in named  # the funding is still named without the sum


def test_sum_names_a_measure_that_is_no_sum_of_money_is_not() -> None:
    assert not any(name.startswith("20 years") for name in _named(DAYS_OF_FUNDING))


def test_sum_names_adjectives_before_an_amount_are_left_out_of_another_name() -> None:
    named = _named(OVERALL_AWARD)
    assert {"overall 3% pay award", "3% pay award"} <= named


def test_sum_names_adjectives_without_an_amount_stay() -> None:
    named = _named(NEW_AWARD)
    assert "new pay award" in named  # "new" says which award, and no amount follows it
    assert all(name.startswith("new") for name in named)


def _names(corpus: Any) -> set[str]:
    return {n for e in corpus.entities for n in (e.label, *e.aliases)}


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "Ferry news\nThe audit showed that £20 million of dedicated funding for ferries "
            "was withdrawn by the ministry.",
            "£20 million of dedicated funding",
        ),
        (
            "Pay news\nPorters said the overall 3% pay award for 2027 was far too low.",
            "3% pay award",
        ),
    ],
)
def test_sum_names_on_a_real_parse(extract: Callable[..., Any], text: str, kept: str) -> None:
    assert kept in _names(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "Ferry news\nThe porters took the difficult decision to go on strike in May.",
        "Ferry news\nNo porter takes the decision to strike lightly.",
    ],
)
def test_sum_names_decisions_to_strike_on_a_real_parse(
    extract: Callable[..., Any], text: str
) -> None:
    assert not any("decision" in name for name in _names(extract(text)))


SIGNED_OFF_A_SUM = """
The      DET   det      1  -        DT
minister NOUN  nsubj    2  -        NN
signed   VERB  ROOT     2  sign     VBD
off      ADP   prt      2  -        RP
£        SYM   nmod     5  -        $
20m      NUM   dobj     2  -        CD
for      ADP   prep     5  -        IN
ferries  NOUN  pobj     6  ferry    NNS
.        PUNCT punct    2  -        .
"""

SIGNED_A_SUM = """
The      DET   det      1  -        DT
minister NOUN  nsubj    2  -        NN
signed   VERB  ROOT     2  sign     VBD
£        SYM   nmod     4  -        $
20m      NUM   dobj     2  -        CD
.        PUNCT punct    2  -        .
"""


def test_sum_names_a_sum_signed_off_is_funding_named_with_the_particle() -> None:
    context = context_of(make_doc(SIGNED_OFF_A_SUM))
    assert "£20m" in {c.span.text.replace("£ ", "£") for c in sums_of_money(context)}
    context = context_of(make_doc(SIGNED_A_SUM))
    assert not list(sums_of_money(context))  # "sign" alone is no verb of funding


def test_sum_names_a_sum_signed_off_on_a_real_parse(extract: Callable[..., Any]) -> None:
    corpus = extract("Ferry news\nIn May the minister signed off £20m to go towards ferry repairs.")
    assert "£20m" in _names(corpus)


FLAT_UPLIFT = """
Porters  NOUN  nsubj    1  porter   NNS
rejected VERB  ROOT     1  reject   VBD
a        DET   det      6  -        DT
flat     ADJ   amod     6  -        JJ
£        SYM   nmod     5  -        $
900      NUM   nummod   6  -        CD
uplift   NOUN  dobj     1  -        NN
.        PUNCT punct    1  -        .
"""


def test_sum_names_an_adjective_of_kind_before_an_amount_stays_in_the_name() -> None:
    # "flat" says what kind of uplift, not how its amount is counted (lex:countingAdjective)
    assert not any(name.startswith("£") for name in _named(FLAT_UPLIFT))
