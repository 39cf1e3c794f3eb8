"""The offer on the table named again as "the revised offer", "a new proposal" is one offer
(:mod:`kg.extract.entities.latest_offers`). Mentions written for the tests."""

from __future__ import annotations

from doc_builder import mention

from kg.extract.entities.latest_offers import latest_offers_as_one
from kg.extract.entities.sieve_base import Sieve
from kg.extract.lexicon import load_lexicon
from kg.extract.mentions import MentionSet
from kg.rdf.namespaces import KG


def _sieve(texts: list[str]) -> Sieve:
    mentions = [
        mention(text, KG.Proposal, "noun-phrase", start=40 * i, token_start=10 * i)
        for i, text in enumerate(texts)
    ]
    mentions.append(mention("Harbour Guild", KG.TradeUnion, "ner", start=900, token_start=200))
    found = MentionSet(mentions=list(mentions))
    return Sieve(found, list(mentions), load_lexicon(), {}, ())


def _groups(sieve: Sieve) -> list[list[str]]:
    return [[sieve.mentions[k].text for k in g] for g in sieve.groups() if len(g) > 1]


def test_later_versions_of_an_offer_are_one_offer() -> None:
    sieve = _sieve(["revised offer", "new proposal", "recently improved pay offer", "Guild offer"])
    latest_offers_as_one(sieve)
    assert _groups(sieve) == [["revised offer", "new proposal", "recently improved pay offer"]]


def test_an_amount_or_a_prior_version_keeps_an_offer_apart() -> None:
    sieve = _sieve(["revised offer", "new 5% offer", "previous offer", "new rail offer"])
    latest_offers_as_one(sieve)
    assert _groups(sieve) == []
