"""A bare "the offer" or "the deal" is the proposal the opening is about, not one the text sets
apart from it by a figure (a part, an earlier year's) or a word of an earlier version."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from doc_builder import make_doc, mention, resolved_of

from kg.extract.entities.salience import set_apart
from kg.extract.entities.sieve import Sieve, descriptions_to_antecedents
from kg.extract.lexicon import load_lexicon
from kg.extract.mentions import MentionSet
from kg.model import Mention
from kg.rdf.namespaces import KG
from kg.rdf.schema import core_class


def _sieve(mentions: Sequence[Mention], descriptions: dict[int, str]) -> Sieve:
    found = MentionSet(mentions=list(mentions), descriptions=descriptions)
    return Sieve(found, list(mentions), load_lexicon(), {})


def _joined(sieve: Sieve, a: int, b: int) -> bool:
    return sieve.links.find(a) == sieve.links.find(b)


@pytest.mark.parametrize(
    ("other", "head", "to_opening"),
    [
        ("5% offer", "offer", True),  # a part of the package, named by its sum
        ("2021 pay offer", "offer", True),  # an earlier year's
        ("previous offer", "offer", True),  # a version that came before
        ("improved offer", "offer", False),  # a newer version is the one in focus
        ("wage deal", "deal", False),  # another settlement, named without a mark
    ],
)
def test_salience_bare_offer_is_the_opening_offer_not_one_set_apart(
    other: str, head: str, to_opening: bool
) -> None:
    """ "Staff weigh wage offer. Ministers made a 5% offer. Staff will vote on the offer." """
    sieve = _sieve(
        [
            mention("wage offer", KG.Proposal, "noun-phrase", head="offer"),
            mention(other, KG.Proposal, "noun-phrase", start=40, sentence=3, head=head),
            mention("offer", KG.Proposal, "description", start=90, sentence=4, head="offer"),
        ],
        {2: "offer"},
    )
    descriptions_to_antecedents(sieve)
    assert _joined(sieve, 2, 0) is to_opening
    assert _joined(sieve, 2, 1) is not to_opening


def test_salience_marked_offer_alone_is_still_the_antecedent() -> None:
    """With no unmarked offer in the opening, "the offer" is the 5% offer named before it."""
    sieve = _sieve(
        [
            mention("wage talks", KG.Negotiation, "noun-phrase", head="talks"),
            mention("5% offer", KG.Proposal, "noun-phrase", start=40, sentence=3, head="offer"),
            mention("offer", KG.Proposal, "description", start=90, sentence=4, head="offer"),
        ],
        {2: "offer"},
    )
    descriptions_to_antecedents(sieve)
    assert _joined(sieve, 2, 1)


@pytest.mark.parametrize(
    ("name", "head", "apart"),
    [
        ("4.5 per cent pay award", "award", True),
        ("offer of a £1,000 payment", "offer", True),
        ("2024/25 contract", "contract", True),
        ("original pay offer", "offer", True),
        ("10-year plan", "plan", False),  # a span that is part of its name
        ("multi-year pay offer", "offer", False),
    ],
)
def test_salience_set_apart_by_a_sum_a_share_a_year_or_an_earlier_version(
    name: str, head: str, apart: bool
) -> None:
    sieve = _sieve([], {})
    assert set_apart(sieve, mention(name, KG.Proposal, "noun-phrase", head=head)) is apart


# "Staff weigh wage offer. Ministers made a new wage offer. It gives a 5% offer. Staff back
# the offer."
_PARSED = """
    Staff     NOUN  nsubj    1 - NN
    weigh     VERB  ROOT     1 - VBP
    wage      NOUN  compound 3 - NN
    offer     NOUN  dobj     1 - NN
    .         PUNCT punct    1 - .
    Ministers NOUN  nsubj    6 minister NNS
    made      VERB  ROOT     6 make VBD
    a         DET   det      10 - DT
    new       ADJ   amod     10 - JJ
    wage      NOUN  compound 10 - NN
    offer     NOUN  dobj     6 - NN
    .         PUNCT punct    6 - .
    It        PRON  nsubj    13 it PRP
    gives     VERB  ROOT     13 give VBZ
    a         DET   det      17 - DT
    5         NUM   nummod   16 - CD
    %         NOUN  compound 17 - NN
    offer     NOUN  dobj     13 - NN
    .         PUNCT punct    13 - .
    Staff     NOUN  nsubj    20 - NN
    back      VERB  ROOT     20 - VBP
    the       DET   det      22 - DT
    offer     NOUN  dobj     20 - NN
    .         PUNCT punct    20 - .
    """


def test_salience_parsed_bare_offer_joins_the_opening_offer() -> None:
    proposals = {
        e.label: sorted(m.text for m in e.mentions)
        for e in resolved_of(make_doc(_PARSED)).entities
        if core_class(e.type) == KG.Proposal
    }
    assert sorted(proposals.values()) == [["5 % offer"], ["new wage offer", "offer", "wage offer"]]
