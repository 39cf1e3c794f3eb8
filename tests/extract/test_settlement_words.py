"""One settlement named again with another word of settlement ("the pay offer" ... "the pay
deal"), not a new one ("another pay deal") nor another version ("the previous pay offer")."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest
from doc_builder import make_doc, mention

from kg.extract.entities.settlement_words import settlements_by_other_word
from kg.extract.entities.sieve import Sieve
from kg.extract.lexicon import load_lexicon
from kg.extract.mentions import MentionSet
from kg.model import Corpus, Mention
from kg.rdf.namespaces import KG
from kg.rdf.schema import core_class


def _rows(first: Sequence[str], det: str, second: Sequence[str], tag: str) -> str:
    """ "the <first> made . <det> <second> ended .", each phrase's last word its head."""
    rows = ["the DET det {h} - DT"]
    head = len(first)
    rows += [f"{w} NOUN compound {head} - NN" for w in first[:-1]]
    rows += [f"{first[-1]} NOUN nsubj {head + 1} - NN", f"made VERB ROOT {head + 1} - VBD"]
    rows += [f". PUNCT punct {head + 1} - ."]
    start = len(rows)
    end = start + len(second)
    rows += [f"{det} DET det {end} - DT"]
    rows += [f"{w} NOUN compound {end} - NN" for w in second[:-1]]
    rows += [f"{second[-1]} NOUN nsubj {end + 1} - {tag}", f"ended VERB ROOT {end + 1} - VBD"]
    rows += [f". PUNCT punct {end + 1} - ."]
    rows[0] = rows[0].format(h=head)
    return "\n".join(rows)


def _sieve(mentions: Sequence[Mention], tokens: Sequence[object]) -> Sieve:
    found = MentionSet(mentions=list(mentions))
    return Sieve(found, list(mentions), load_lexicon(), {}, tokens)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("first", "det", "second", "tag", "joined"),
    [
        ("pay offer", "the", "pay deal", "NN", True),  # "the pay offer ... the pay deal"
        ("pay offer", "the", "pay award", "NN", True),
        ("pay offer", "the", "agreed pay deal", "NN", False),  # other modifiers
        ("pay offer", "another", "pay deal", "NN", False),  # a new one introduced
        ("pay offer", "the", "pay deals", "NNS", False),  # several
        ("pay offer", "the", "pay rise", "NN", False),  # a rise is no word of settlement
        ("pay offer", "the", "pay offer", "NN", False),  # one head: head_noun_subset's
        ("previous pay offer", "the", "new pay deal", "NN", False),  # two versions
    ],
)
def test_settlement_words_other_word_names_the_same_settlement(
    first: str, det: str, second: str, tag: str, joined: bool
) -> None:
    tokens = list(make_doc(_rows(first.split(), det, second.split(), tag)))
    n = len(first.split())
    head = second.split()[-1]
    sieve = _sieve(
        [
            mention(first, KG.Proposal, "noun-phrase", start=4, token_start=1, head="offer"),
            mention(
                second,
                KG.Proposal,
                "noun-phrase",
                start=40,
                sentence=1,
                token_start=n + 4,
                head=head.rstrip("s") if tag == "NNS" else head,
            ),
        ],
        tokens,
    )
    settlements_by_other_word(sieve)
    assert (sieve.links.find(0) == sieve.links.find(1)) is joined


def _proposals(corpus: Corpus) -> list[str]:
    return [e.label for e in corpus.entities if core_class(e.type) == KG.Proposal]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Cleaners weigh offer\nThe hospital trust made a new pay offer to cleaners on "
            "Monday. The Cleaners Guild said the pay deal fell short of inflation.\n",
            1,
        ),
        (
            "Cleaners weigh offer\nThe hospital trust made a new pay offer to cleaners on "
            "Monday. The Cleaners Guild said another pay deal was due in April.\n",
            2,
        ),
    ],
)
def test_settlement_words_offer_and_deal_in_an_article(
    extract: Callable[..., Corpus], text: str, count: int
) -> None:
    assert len(_proposals(extract(text))) == count, _proposals(extract(text))


def test_settlement_words_a_relative_clause_tells_another_settlement(
    extract: Callable[..., Corpus],
) -> None:
    """ "the pay award our members have campaigned for" is their claim, not the offer."""
    text = (
        "Cleaners weigh offer\nThe hospital trust made a new pay offer to cleaners on Monday. "
        "The Cleaners Guild said it fell short of the pay award its members have campaigned "
        "for.\n"
    )
    assert len(_proposals(extract(text))) == 2, _proposals(extract(text))


def test_settlement_words_an_owner_outside_the_name_tells_another_settlement(
    extract: Callable[..., Corpus],
) -> None:
    """ "next year's pay settlement" is not this year's pay offer."""
    text = (
        "Cleaners weigh offer\nThe hospital trust made a new pay offer to cleaners on Monday. "
        "The Cleaners Guild said next year's pay settlement should be agreed now.\n"
    )
    assert len(_proposals(extract(text))) == 2, _proposals(extract(text))


_OWNED = """
    the        DET   det      2 - DT
    pay        NOUN  compound 2 - NN
    offer      NOUN  nsubj    3 - NN
    ended      VERB  ROOT     3 - VBD
    .          PUNCT punct    3 - .
    next       ADJ   amod     6 - JJ
    year       NOUN  poss     9 - NN
    's         PART  case     6 - POS
    pay        NOUN  compound 9 - NN
    settlement NOUN  nsubj    10 - NN
    began      VERB  ROOT     10 - VBD
    .          PUNCT punct    10 - .
    """


def test_settlement_words_owner_left_out_of_the_name_keeps_it_apart() -> None:
    """ "next year's pay settlement", whose mention is "pay settlement": the owner tells it."""
    tokens = list(make_doc(_OWNED))
    sieve = _sieve(
        [
            mention("pay offer", KG.Proposal, "noun-phrase", start=4, token_start=1, head="offer"),
            mention(
                "pay settlement",
                KG.Proposal,
                "noun-phrase",
                start=40,
                sentence=1,
                token_start=8,
                head="settlement",
            ),
        ],
        tokens,
    )
    settlements_by_other_word(sieve)
    assert sieve.links.find(0) != sieve.links.find(1)
