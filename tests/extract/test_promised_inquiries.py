"""Inquiries still to come: an inquiry or review an actor calls for, promises or is to launch
names a proposal ("calling for an independent inquiry into the board"); one launched in the
past, a bare "an inquiry", or a judicial review (a court's hearing, an event) names none.
Sentences written for the tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from doc_builder import context_of, make_doc

from kg.extract.mentions.promised_inquiries import promised_inquiries
from kg.rdf.namespaces import KG
from kg.rdf.schema import core_class

CALLED_FOR_AN_INDEPENDENT_INQUIRY = """
The          DET   det      1  -        DT
guild        NOUN  nsubj    2  -        NN
called       VERB  ROOT     2  call     VBD
for          ADP   prep     2  -        IN
an           DET   det      6  -        DT
independent  ADJ   amod     6  -        JJ
inquiry      NOUN  pobj     3  -        NN
into         ADP   prep     6  -        IN
the          DET   det      10 -        DT
harbour      NOUN  compound 10 -        NN
board        NOUN  pobj     7  -        NN
.            PUNCT punct    2  -        .
"""

LAUNCHED_AN_INDEPENDENT_INQUIRY = """
The          DET   det      1  -        DT
minister     NOUN  nsubj    2  -        NN
launched     VERB  ROOT     2  launch   VBD
an           DET   det      5  -        DT
independent  ADJ   amod     5  -        JJ
inquiry      NOUN  dobj     2  -        NN
into         ADP   prep     5  -        IN
the          DET   det      9  -        DT
harbour      NOUN  compound 9  -        NN
board        NOUN  pobj     6  -        NN
.            PUNCT punct    2  -        .
"""

WILL_LAUNCH_AN_INQUIRY = """
The          DET   det      1  -        DT
minister     NOUN  nsubj    3  -        NN
will         AUX   aux      3  -        MD
launch       VERB  ROOT     3  -        VB
an           DET   det      5  -        DT
inquiry      NOUN  dobj     3  -        NN
.            PUNCT punct    3  -        .
"""


def _found(rows: str) -> list[str]:
    return [c.span.text for c in promised_inquiries(context_of(make_doc(rows)))]


def test_promised_inquiries_one_called_for_names_a_proposal_with_its_longer_form() -> None:
    assert _found(CALLED_FOR_AN_INDEPENDENT_INQUIRY) == [
        "independent inquiry",
        "independent inquiry into the harbour board",
    ]


def test_promised_inquiries_one_launched_in_the_past_or_bare_names_none() -> None:
    assert _found(LAUNCHED_AN_INDEPENDENT_INQUIRY) == []
    assert _found(WILL_LAUNCH_AN_INQUIRY) == []


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        (
            "Harbour news\nThe Boatmen's Guild has written to the minister calling for him to "
            "launch an independent inquiry into the harbour board.",
            ["independent inquiry into the harbour board"],
            [],
        ),
        (
            "Harbour news\nThe Boatmen's Guild will seek a judicial review of the ferry levy.",
            [],
            ["judicial review"],
        ),
    ],
)
def test_promised_inquiries_on_a_real_parse(
    extract: Callable[..., Any], text: str, kept: list[str], dropped: list[str]
) -> None:
    corpus = extract(text)
    names = {n for e in corpus.entities for n in (e.label, *e.aliases)}
    assert set(kept) <= names
    proposals = {
        n
        for e in corpus.entities
        if core_class(e.type) == KG.Proposal
        for n in (e.label, *e.aliases)
    }
    assert not any(d in n for d in dropped for n in proposals)
