"""One settlement named several ways: a headline's offer and the body's, an offer of a deal."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from doc_builder import make_doc, mention

from kg.extract.entities.sieve import Sieve, headline_proposals_to_body, plans_for_a_proposal
from kg.extract.lexicon import load_lexicon
from kg.extract.mentions import MentionSet
from kg.model import Mention
from kg.rdf.namespaces import KG


def _sieve(mentions: Sequence[Mention], tokens: Sequence[object] = ()) -> Sieve:
    found = MentionSet(mentions=list(mentions))
    return Sieve(found, list(mentions), load_lexicon(), {}, tokens)  # type: ignore[arg-type]


def _joined(sieve: Sieve, a: int, b: int) -> bool:
    return sieve.links.find(a) == sieve.links.find(b)


@pytest.mark.parametrize(
    ("headline", "body", "joined"),
    [
        ("3% pay offer", "improved pay offer", True),  # the body names it without its amount
        ("3% pay offer", "pay offer of 3%", True),
        ("3% pay offer", "pay offer of 2%", False),  # two amounts: two offers
        ("wage agreement", "wage offer", True),  # one word of settlement for another
        ("wage agreement", "wage plan", False),
    ],
)
def test_settlements_headline_settlement_is_the_bodys_first(
    headline: str, body: str, joined: bool
) -> None:
    words = body.split()
    head = words[words.index("of") - 1] if "of" in words else words[-1]
    sieve = _sieve(
        [
            mention(headline, KG.Proposal, "noun-phrase", head=headline.split()[-1]),
            mention(
                body, KG.Proposal, "noun-phrase", start=40, sentence=1, token_start=8, head=head
            ),
        ]
    )
    headline_proposals_to_body(sieve)
    assert _joined(sieve, 0, 1) is joined


def test_settlements_headline_amount_skips_a_body_offer_of_another_amount() -> None:
    """ "Staff turn down 3% offer": an earlier offer of 2% the body recalls is not it."""
    sieve = _sieve(
        [
            mention("3% offer", KG.Proposal, "noun-phrase", head="offer"),
            mention("offer of 2%", KG.Proposal, "noun-phrase", start=40, sentence=1, head="offer"),
            mention(
                "revised offer", KG.Proposal, "noun-phrase", start=90, sentence=2, head="offer"
            ),
        ]
    )
    headline_proposals_to_body(sieve)
    assert not _joined(sieve, 0, 1)
    assert _joined(sieve, 0, 2)


_OFFER_OF = """
    the      DET   det      1 - DT
    offer    NOUN  ROOT     1 - NN
    of       ADP   prep     1 - IN
    a        DET   det      5 - DT
    wage     NOUN  compound 5 - NN
    {head}   NOUN  pobj     2 - NN
    """


@pytest.mark.parametrize(("head", "joined"), [("deal", True), ("rise", False)])
def test_settlements_offer_of_a_deal_is_the_deal(head: str, joined: bool) -> None:
    """ "the offer of a wage deal" is the deal; "the offer of a wage rise" offers one part."""
    tokens = list(make_doc(_OFFER_OF.format(head=head)))
    sieve = _sieve(
        [
            mention("offer", KG.Proposal, "noun-phrase", start=4, token_start=1, head="offer"),
            mention(f"wage {head}", KG.Contract, "noun-phrase", start=15, token_start=4, head=head),
        ],
        tokens,
    )
    plans_for_a_proposal(sieve)
    assert _joined(sieve, 0, 1) is joined
