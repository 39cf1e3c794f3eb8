"""One settlement named several ways: a headline's offer and the body's, an offer of a deal."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest
from doc_builder import make_doc, mention

from kg.extract.entities.phrase_passes import versions_apart
from kg.extract.entities.sieve import (
    Sieve,
    headline_proposals_to_body,
    plans_for_a_proposal,
    settlements_restated_by_amount,
)
from kg.extract.lexicon import load_lexicon
from kg.extract.mentions import MentionSet
from kg.model import Corpus, Mention
from kg.rdf.namespaces import KG
from kg.rdf.schema import core_class


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


_APPOSED = """
    staff    NOUN  nsubj    1 - NNS
    took     VERB  ROOT     1 - VBD
    the      DET   det      3 - DT
    offer    NOUN  dobj     1 - NN
    ,        PUNCT punct    1 - ,
    a        DET   det      8 - DT
    3        NUM   nummod   7 - CD
    %        NOUN  compound 8 - NN
    rise     NOUN  dobj     1 - NN
    {after}  {pos} {dep}    1 - {tag}
    """


@pytest.mark.parametrize(
    ("after", "pos", "dep", "tag", "joined"),
    [
        (",", "PUNCT", "punct", ",", True),  # "the offer, a 3% rise, ..."
        (".", "PUNCT", "punct", ".", True),
        ("and", "CCONJ", "cc", "CC", False),  # "the offer, a 3% rise and a bonus": a list
    ],
)
def test_settlements_offer_restated_by_an_appositive_amount(
    after: str, pos: str, dep: str, tag: str, joined: bool
) -> None:
    rows = _APPOSED.format(after=after, pos=pos, dep=dep, tag=tag)
    tokens = list(make_doc(rows))
    sieve = _sieve(
        [
            mention("offer", KG.Proposal, "noun-phrase", start=15, token_start=3, head="offer"),
            mention("3 % rise", KG.Proposal, "noun-phrase", start=24, token_start=6, head="rise"),
        ],
        tokens,
    )
    settlements_restated_by_amount(sieve)
    assert _joined(sieve, 0, 1) is joined


def _proposals(corpus: Corpus) -> list[str]:
    return [e.label for e in corpus.entities if core_class(e.type) == KG.Proposal]


@pytest.mark.parametrize(
    "text",
    [
        "Porters reject 3% pay offer\nThe hospital porters union rejected a new pay offer on "
        "Monday.\n",
        "Dockers vote for pay agreement\nThe Harbour Workers Union accepted a pay offer from "
        "the port on Friday.\n",
        "Cleaners back offer\nThe Cleaners Guild said its members voted to accept the "
        "employer's offer of a two-year pay deal.\n",
        "Cleaners back offer\nThe Cleaners Guild said its members voted to accept the "
        "offer, a 3% pay rise over two years, on Friday.\n",
    ],
)
def test_settlements_one_offer_named_several_ways_is_one_proposal(
    extract: Callable[..., Corpus], text: str
) -> None:
    assert len(_proposals(extract(text))) == 1, _proposals(extract(text))


@pytest.mark.parametrize(
    ("old", "new", "apart"),
    [
        ("original pay offer of 2 per cent", "new pay offer", True),  # the version word before
        ("previous offer to staff", "improved offer", True),
        ("pay offer of 2 per cent", "new pay offer", False),
    ],
)
def test_settlements_version_word_before_a_postmodified_head(
    old: str, new: str, apart: bool
) -> None:
    a = mention(old, KG.Proposal, "noun-phrase", head="offer")
    b = mention(new, KG.Proposal, "noun-phrase", start=40, sentence=1, head="offer")
    assert versions_apart(a, b, load_lexicon()) is apart
