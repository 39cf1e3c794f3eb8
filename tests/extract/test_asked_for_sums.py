"""Sums of money asked for are proposals as much as sums announced: "called for an extra £2
million", "demanded £5 million", "an extra £40 million is needed"; not "£90 million would
be needed" (an estimate). Sentences written for the tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from doc_builder import context_of, make_doc

from kg.extract.mentions.amounts import sums_of_money

# "An extra £40 million is needed to run ferries. £90 million would be needed for the pier."
NEEDED_SUMS = """
An         DET   det       4  -      DT
extra      ADJ   amod      4  -      JJ
£          SYM   quantmod  4  -      $
40         NUM   compound  4  -      CD
million    NUM   nsubjpass 6  -      CD
is         AUX   auxpass   6  be     VBZ
needed     VERB  ROOT      6  need   VBN
to         PART  aux       8  -      TO
run        VERB  advcl     6  -      VB
ferries    NOUN  dobj      8  ferry  NNS
.          PUNCT punct     6  -      .
£          SYM   quantmod  13 -      $
90         NUM   compound  13 -      CD
million    NUM   nsubjpass 16 -      CD
would      AUX   aux       16 -      MD
be         AUX   auxpass   16 -      VB
needed     VERB  ROOT      16 need   VBN
for        ADP   prep      16 -      IN
the        DET   det       19 -      DT
pier       NOUN  pobj      17 -      NN
.          PUNCT punct     16 -      .
"""

# "The council called for £2 million. Repairs cost £3 million."
CALLED_FOR_SUM = """
The        DET   det       1  -      DT
council    NOUN  nsubj     2  -      NN
called     VERB  ROOT      2  call   VBD
for        ADP   prep      2  -      IN
£          SYM   quantmod  6  -      $
2          NUM   compound  6  -      CD
million    NUM   pobj      3  -      CD
.          PUNCT punct     2  -      .
Repairs    NOUN  nsubj     9  repair NNS
cost       VERB  ROOT      9  -      VBD
£          SYM   quantmod  12 -      $
3          NUM   compound  12 -      CD
million    NUM   dobj      9  -      CD
.          PUNCT punct     9  -      .
"""


def _sums(rows: str) -> list[str]:
    return [c.span.text for c in sums_of_money(context_of(make_doc(rows)))]


def test_asked_for_sums_more_money_said_to_be_needed_is_asked_for_but_an_estimate_is_not() -> None:
    assert _sums(NEEDED_SUMS) == ["extra £ 40 million", "£ 40 million"]


def test_asked_for_sums_a_sum_called_for_is_asked_for_but_a_cost_is_not() -> None:
    assert _sums(CALLED_FOR_SUM) == ["£ 2 million"]


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        (
            "Ferry news\nThe council called for an extra £2 million for ferries.",
            ["extra £2 million", "extra £2 million for ferries"],
            [],
        ),
        (
            "Ferry news\nAn extra £40 million is needed from the ministry to keep ferries "
            "running, the council said.",
            ["extra £40 million"],
            [],
        ),
        (
            "Ferry news\nOfficials said £90 million would be needed to repair the pier.",
            [],
            ["£90 million"],
        ),
    ],
)
def test_asked_for_sums_named_on_a_real_parse(
    extract: Callable[..., Any], text: str, kept: list[str], dropped: list[str]
) -> None:
    corpus = extract(text)
    names = {n for e in corpus.entities for n in (e.label, *e.aliases)}
    assert set(kept) <= names and not set(dropped) & names
