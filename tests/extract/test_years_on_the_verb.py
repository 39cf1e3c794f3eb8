"""A year after "for" right after a proposal that the parser hung on the verb names which
year's proposal it is: "submitted a pay claim for 2025/26" names "pay claim for 2025/26", as
"a pay rise for 2025/26" does; "for" and a word that is no year ("for months") do not.
Sentences written for the tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from doc_builder import make_doc

from kg.extract.mentions.phrase_extent import long_form_ends

# "The union submitted a pay claim for 2025/26 and a pay claim for months."
CLAIMS_WITH_FOR_ON_THE_VERB = """
The       DET   det      1  -       DT
union     NOUN  nsubj    2  -       NN
submitted VERB  ROOT     2  submit  VBD
a         DET   det      5  -       DT
pay       NOUN  compound 5  -       NN
claim     NOUN  dobj     2  -       NN
for       ADP   prep     2  -       IN
2025/26   NUM   pobj     6  -       CD
.         PUNCT punct    2  -       .
It        PRON  nsubj    10 -       PRP
sent      VERB  ROOT     10 send    VBD
a         DET   det      12 -       DT
letter    NOUN  dobj     10 -       NN
for       ADP   prep     10 -       IN
months    NOUN  pobj     13 month   NNS
.         PUNCT punct    10 -       .
"""


def test_years_on_the_verb_a_year_after_the_object_ends_its_longer_name() -> None:
    doc = make_doc(CLAIMS_WITH_FOR_ON_THE_VERB)
    assert long_form_ends(doc[5]) == [8]  # "pay claim for 2025/26"
    assert long_form_ends(doc[12]) == []  # "for months" is no year


@pytest.mark.parametrize(
    "text",
    [
        "Pay news\nThe union submitted a pay claim for 2025/26 last week.",
        "Pay news\nThe union has not submitted our pay claim for 2025/26 yet.",
    ],
)
def test_years_on_the_verb_named_on_a_real_parse(extract: Callable[..., Any], text: str) -> None:
    corpus = extract(text)
    names = {n for e in corpus.entities for n in (e.label, *e.aliases)}
    assert "pay claim for 2025/26" in names
