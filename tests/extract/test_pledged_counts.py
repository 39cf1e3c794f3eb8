"""Counts of more things an actor announces, pledges or funds are pledges: "announced an
additional 2,000 hospital beds", "pledged 40 extra clinics"; not "announced 300 job losses"
(no word of more) or "announced 12 new cases" ("new" alone). Sentences written for the tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from doc_builder import context_of, make_doc

from kg.extract.mentions.pledged_counts import pledged_counts

# "The ministry announced an additional 2,000 beds and clinics per year."
ANNOUNCED_BEDS = """
The        DET   det      1  -        DT
ministry   NOUN  nsubj    2  -        NN
announced  VERB  ROOT     2  announce VBD
an         DET   det      6  -        DT
additional ADJ   amod     6  -        JJ
2,000      NUM   nummod   6  -        CD
beds       NOUN  dobj     2  bed      NNS
and        CCONJ cc       6  -        CC
clinics    NOUN  conj     6  clinic   NNS
per        ADP   prep     6  -        IN
year       NOUN  pobj     9  -        NN
.          PUNCT punct    2  -        .
"""

# "The firm announced 300 job losses. Officials announced 12 new cases."
COUNTS_NOT_PLEDGED = """
The        DET   det      1  -        DT
firm       NOUN  nsubj    2  -        NN
announced  VERB  ROOT     2  announce VBD
300        NUM   nummod   5  -        CD
job        NOUN  compound 5  -        NN
losses     NOUN  dobj     2  loss     NNS
.          PUNCT punct    2  -        .
Officials  NOUN  nsubj    8  official NNS
announced  VERB  ROOT     8  announce VBD
12         NUM   nummod   11 -        CD
new        ADJ   amod     11 -        JJ
cases      NOUN  dobj     8  case     NNS
.          PUNCT punct    8  -        .
"""


def _counts(rows: str) -> list[str]:
    return [c.span.text for c in pledged_counts(context_of(make_doc(rows)))]


def test_pledged_counts_more_things_announced_are_a_pledge_with_its_longer_names() -> None:
    assert _counts(ANNOUNCED_BEDS) == [
        "additional 2,000 beds",
        "additional 2,000 beds and clinics",
        "additional 2,000 beds and clinics per year",
    ]


def test_pledged_counts_no_word_of_more_or_no_verb_of_proposing_is_no_pledge() -> None:
    assert _counts(COUNTS_NOT_PLEDGED) == []


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        (
            "Health news\nThe minister pledged 40 extra clinics for rural areas.",
            ["40 extra clinics"],
            [],
        ),
        ("Health news\nMinisters promised 5,000 more nurses.", ["5,000 more nurses"], []),
        ("Health news\nThe company announced 300 job losses.", [], ["300 job losses"]),
    ],
)
def test_pledged_counts_named_on_a_real_parse(
    extract: Callable[..., Any], text: str, kept: list[str], dropped: list[str]
) -> None:
    corpus = extract(text)
    names = {n for e in corpus.entities for n in (e.label, *e.aliases)}
    assert set(kept) <= names and not set(dropped) & names
