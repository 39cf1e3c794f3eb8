"""Coordinated plans: the second of two coordinated infinitives whose first is inside a
proposal ("plans to close the depot and to cut bus fares") names a change of its own; one after
no proposal, or whose object is an event, names none. Sentences written for the tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from doc_builder import make_doc, mentions_of

PLANS_TO_CLOSE_AND_TO_CUT = """
The       DET   det      1  -        DT
council   NOUN  nsubj    2  -        NN
announced VERB  ROOT     2  announce VBD
plans     NOUN  dobj     2  plan     NNS
to        PART  aux      5  -        TO
close     VERB  acl      3  -        VB
the       DET   det      7  -        DT
depot     NOUN  dobj     5  -        NN
and       CCONJ cc       5  -        CC
to        PART  aux      10 -        TO
cut       VERB  conj     5  -        VB
bus       NOUN  compound 12 -        NN
fares     NOUN  dobj     10 fare     NNS
.         PUNCT punct    2  -        .
"""

WANTS_TO_MEET_AND_TO_CUT = """
The       DET   det      1  -        DT
council   NOUN  nsubj    2  -        NN
wants     VERB  ROOT     2  want     VBZ
to        PART  aux      4  -        TO
meet      VERB  xcomp    2  -        VB
drivers   NOUN  dobj     4  driver   NNS
and       CCONJ cc       4  -        CC
to        PART  aux      8  -        TO
cut       VERB  conj     4  -        VB
bus       NOUN  compound 10 -        NN
fares     NOUN  dobj     8  fare     NNS
.         PUNCT punct    2  -        .
"""

PLANS_TO_CLOSE_AND_TO_END_THE_STRIKE = """
The       DET   det      1  -        DT
council   NOUN  nsubj    2  -        NN
announced VERB  ROOT     2  announce VBD
plans     NOUN  dobj     2  plan     NNS
to        PART  aux      5  -        TO
close     VERB  acl      3  -        VB
the       DET   det      7  -        DT
depot     NOUN  dobj     5  -        NN
and       CCONJ cc       5  -        CC
to        PART  aux      10 -        TO
end       VERB  conj     5  -        VB
the       DET   det      12 -        DT
strike    NOUN  dobj     10 -        NN
.         PUNCT punct    2  -        .
"""


def _named(rows: str) -> list[str]:
    return [m.text for m in mentions_of(make_doc(rows)).mentions]


def test_coordinated_plans_the_second_infinitive_of_a_plan_names_a_change() -> None:
    assert "cut bus fares" in _named(PLANS_TO_CLOSE_AND_TO_CUT)


def test_coordinated_plans_no_proposal_first_or_an_event_second_names_none() -> None:
    assert "cut bus fares" not in _named(WANTS_TO_MEET_AND_TO_CUT)
    assert not any(n.startswith("end") for n in _named(PLANS_TO_CLOSE_AND_TO_END_THE_STRIKE))


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "Harbour news\nThe ministry announced plans to close the ferry depot and to cut "
            "harbour fees.",
            ["cut harbour fees"],
        ),
        (
            "Harbour news\nThe Harbour Authority plans to scrap the mooring levy and cut "
            "ferry fares.",
            ["cut ferry fares"],
        ),
    ],
)
def test_coordinated_plans_on_a_real_parse(
    extract: Callable[..., Any], text: str, kept: list[str]
) -> None:
    names = {n for e in extract(text).entities for n in (e.label, *e.aliases)}
    assert set(kept) <= names
