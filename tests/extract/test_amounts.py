"""Amounts as proposals: the items of a pay offer or a funding package ("a 5.5% rise", "a
one-off payment of £500"), their parts and who offers them. Sentences written for the tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from doc_builder import build, context_of, facts, make_doc

from kg.extract.mentions.amounts import sums_of_money
from kg.extract.mentions.noun_phrases import head_noun_phrases
from kg.model import Corpus
from kg.rdf.namespaces import KG

OFFER_WITH_A_RISE = """
The       DET   det      1  -        DT
offer     NOUN  nsubj    2  -        NN
includes  VERB  ROOT     2  include  VBZ
a         DET   det      6  -        DT
5.5       NUM   nummod   5  -        CD
%         NOUN  compound 6  -        NN
rise      NOUN  dobj     2  -        NN
and       CCONJ cc       6  -        CC
a         DET   det      12 -        DT
one       NUM   nummod   12 -        CD
-         PUNCT punct    9  -        HYPH
off       ADP   prt      9  -        RP
payment   NOUN  conj     6  -        NN
.         PUNCT punct    2  -        .
"""

RISE_IN_WAITING_LISTS = """
Ministers NOUN  nsubj    1  minister NNS
reported  VERB  ROOT     1  report   VBD
a         DET   det      5  -        DT
4         NUM   nummod   4  -        CD
%         NOUN  compound 5  -        NN
rise      NOUN  dobj     1  -        NN
in        ADP   prep     5  -        IN
waiting   NOUN  compound 8  -        NN
lists     NOUN  pobj     6  list     NNS
.         PUNCT punct    1  -        .
"""


def _named(rows: str) -> set[tuple[str, str]]:
    return {
        (c.span.text.replace(" %", "%"), c.type.rsplit("#", 1)[-1])
        for c in head_noun_phrases(context_of(make_doc(rows)))
    }


def test_amounts_a_rise_listed_in_an_offer_and_a_coordinated_payment_are_proposals() -> None:
    named = _named(OFFER_WITH_A_RISE)
    assert ("5.5% rise", "FundingPackage") in named
    assert ("one-off payment", "FundingPackage") in named


def test_amounts_a_rise_in_something_is_a_statistic_not_a_proposal() -> None:
    # "reported" is no relation verb, and "in waiting lists" says what rose
    assert not any(text.endswith("rise") for text, _ in _named(RISE_IN_WAITING_LISTS))


def _names(corpus: Any) -> set[str]:
    return {n for e in corpus.entities for n in (e.label, *e.aliases)}


def _facts(corpus: Any) -> set[tuple[str, str, str]]:
    labels = {e.key: e.label for e in corpus.entities}
    return {
        (labels[r.subject], r.predicate.rsplit("#", 1)[-1], labels[r.object])
        for r in corpus.relations
    }


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        (
            "Pay news\nThe ministry offered porters a 6% rise and a one-off payment of £900.",
            ["6% rise", "one-off payment of £900"],
            [],
        ),
        (
            "Pay news\nThe deal includes a 3% rise for next year and a one-off lump sum.",
            ["3% rise", "one-off lump sum"],
            [],
        ),
        (
            "Pay news\nThe council announced a 7% funding increase for 2026/27.",
            ["7% funding increase"],
            [],
        ),
        ("Pay news\nFerry delays saw a 9% rise in complaints last winter.", [], ["9% rise"]),
        # a multiplier written onto the sum is part of its name, even when the parser takes it
        # for a word of its own (proposals8)
        ("Ferry news\nMinisters pledged £300m to upgrade harbours.", ["£300m"], ["£300"]),
    ],
)
def test_amounts_named_on_a_real_parse(
    extract: Callable[..., Any], text: str, kept: list[str], dropped: list[str]
) -> None:
    names = _names(extract(text))
    assert set(kept) <= names and not set(dropped) & names


def test_amounts_the_items_an_offer_includes_are_part_of_it(extract: Callable[..., Any]) -> None:
    facts = _facts(
        extract("Pay news\nThe ferry pay offer includes a 3% rise and a one-off lump sum.")
    )
    assert {(s, p) for s, p, _ in facts} >= {("3% rise", "partOf"), ("one-off lump sum", "partOf")}


PART_OF_THE_OFFER = """
The       DET   det      3  -        DT
year      NOUN  compound 3  -        NN
two       NUM   nummod   3  -        CD
element   NOUN  nsubjpass 9 -        NN
of        ADP   prep     3  -        IN
the       DET   det      7  -        DT
ferry     NOUN  compound 7  -        NN
offer     NOUN  pobj     4  -        NN
was       AUX   auxpass  9  be       VBD
criticised VERB ROOT     9  criticise VBN
.         PUNCT punct    9  -        .
"""


def test_amounts_a_part_noun_with_a_label_names_a_proposal_but_a_key_element_does_not() -> None:
    assert ("year two element", "Proposal") in _named(PART_OF_THE_OFFER)
    key_element = """
    a       DET  det   2 -       DT
    key     ADJ  amod  2 -       JJ
    element NOUN ROOT  2 -       NN
    of      ADP  prep  2 -       IN
    the     DET  det   5 -       DT
    plan    NOUN pobj  3 -       NN
    """
    assert not any("element" in text for text, _ in _named(key_element))


def test_amounts_a_part_is_part_of_the_proposal_after_of() -> None:
    parsed = build(
        PART_OF_THE_OFFER,
        names=[("year two element", KG.Proposal), ("ferry offer", KG.FundingPackage)],
    )
    assert facts(parsed.relations("part-noun")) == {("year two element", KG.partOf, "ferry offer")}


# "An additional £80 million was awarded for harbour repairs, with £5 million earmarked for
# ferries." / "£3 million was spent on fuel."
PASSIVE_SUMS = """
An         DET   det       4  -       DT
additional ADJ   amod      4  -       JJ
£          SYM   quantmod  4  -       $
80         NUM   compound  4  -       CD
million    NUM   nsubjpass 6  -       CD
was        AUX   auxpass   6  be      VBD
awarded    VERB  ROOT      6  award   VBN
for        ADP   prep      6  -       IN
harbour    NOUN  compound  9  -       NN
repairs    NOUN  pobj      7  repair  NNS
,          PUNCT punct     6  -       ,
with       ADP   prep      6  -       IN
£          SYM   quantmod  14 -       $
5          NUM   compound  14 -       CD
million    NUM   pobj      11 -       CD
earmarked  VERB  acl       14 earmark VBN
for        ADP   prep      15 -       IN
ferries    NOUN  pobj      16 ferry   NNS
.          PUNCT punct     6  -       .
£          SYM   quantmod  21 -       $
3          NUM   compound  21 -       CD
million    NUM   nsubjpass 23 -       CD
was        AUX   auxpass   23 be      VBD
spent      VERB  ROOT      23 spend   VBN
on         ADP   prep      23 -       IN
fuel       NOUN  pobj      24 -       NN
.          PUNCT punct     23 -       .
"""


def test_amounts_a_sum_a_verb_of_funding_is_said_of_in_the_passive_is_funding() -> None:
    found = [c.span.text for c in sums_of_money(context_of(make_doc(PASSIVE_SUMS)))]
    assert found == [
        "additional £ 80 million",
        "£ 80 million",  # without its adjective, another name
        "£ 5 million",
    ]  # "£3 million was spent": no verb of funding


# "The ministry confirmed there will be £40 million for ferries. It said there was £2 million
# left."
SUMS_SAID_TO_COME = """
The        DET   det       1  -        DT
ministry   NOUN  nsubj     2  -        NN
confirmed  VERB  ROOT      2  confirm  VBD
there      PRON  expl      5  -        EX
will       AUX   aux       5  -        MD
be         AUX   ccomp     2  be       VB
£          SYM   quantmod  8  -        $
40         NUM   compound  8  -        CD
million    NUM   attr      5  -        CD
for        ADP   prep      8  -        IN
ferries    NOUN  pobj      9  ferry    NNS
.          PUNCT punct     2  -        .
It         PRON  nsubj     13 -        PRP
said       VERB  ROOT      13 say      VBD
there      PRON  expl      15 -        EX
was        AUX   ccomp     13 be       VBD
£          SYM   quantmod  18 -        $
2          NUM   compound  18 -        CD
million    NUM   attr      15 -        CD
left       VERB  acl       18 leave    VBN
.          PUNCT punct     13 -        .
"""


def test_amounts_a_sum_a_pledging_verb_says_there_will_be_is_funding() -> None:
    found = [c.span.text for c in sums_of_money(context_of(make_doc(SUMS_SAID_TO_COME)))]
    assert "£ 40 million for ferries" in found
    assert not any("2 million" in name for name in found)


# "The ministry announced £1.3bn for ferries.", the sum one token that the tagger calls a verb.
SUM_WITH_ITS_MULTIPLIER = """
The        DET   det       1  -        DT
ministry   NOUN  nsubj     2  -        NN
announced  VERB  ROOT      2  announce VBD
£          SYM   nmod      4  -        $
1.3bn      VERB  dobj      2  -        VB
for        ADP   prep      4  -        IN
ferries    NOUN  pobj      5  ferry    NNS
.          PUNCT punct     2  -        .
"""


def test_amounts_a_number_written_with_its_multiplier_is_a_sum() -> None:
    found = [c.span.text for c in sums_of_money(context_of(make_doc(SUM_WITH_ITS_MULTIPLIER)))]
    assert "£ 1.3bn for ferries" in found


def test_amounts_sums_said_to_come_and_invested_on_a_real_parse(
    extract: Callable[..., Corpus],
) -> None:
    corpus = extract(
        "Ferry news\n"
        "The Welsh Government confirmed that there will be £1.3bn for new ferries.\n"
        "The Scottish Government will invest £40m in island harbours.\n"
    )
    labels = {e.key: e.label for e in corpus.entities}
    found = {(labels[r.subject], r.predicate, labels[r.object]) for r in corpus.relations}
    assert ("Welsh Government", KG.proposes, "£1.3bn for new ferries") in found
    assert any(s == "Scottish Government" and p == KG.proposes and "£40m" in o for s, p, o in found)


def test_amounts_rises_of_different_amounts_stay_apart_on_a_real_parse(
    extract: Callable[..., Any],
) -> None:
    """ "a three per cent pay rise", "a two per cent pay rise", "the 2% pay rise" and "a 5% pay
    rise": an amount in words is the amount in digits, and a rise joined to one amount fits no
    other, so three rises are named, not one."""
    corpus = extract(
        "Pay news\nThe review body recommended a three per cent pay rise for officers.\n"
        "The Government announced a two per cent pay rise for officers in July.\n"
        "The Harbour Guild said the 2% pay rise was not enough and called for a 5% pay rise."
    )
    rises = [{e.label, *e.aliases} for e in corpus.entities if "rise" in e.label]
    assert len(rises) == 3
    two = next(names for names in rises if "2% pay rise" in names)
    assert "two per cent pay rise" in two
