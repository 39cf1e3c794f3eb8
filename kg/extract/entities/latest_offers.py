"""Sieve pass: the offer on the table, however it is called again.

In a negotiation, news names the offer being considered in turn "a revised offer", "the new
proposal", "the Government's improved offer": each is the one offer that replaced an earlier
one. A phrase whose head is a word of an offer (``lex:offerNoun``: offer, proposal, deal,
package, award, settlement) and whose words before the head only say that it is a later
version (``lex:versionWord`` other than a prior one: new, revised, improved), how recently,
whose it is, or that it is about pay (``lex:moneyNoun``) names that offer. All such phrases
of an article are one offer, unless an amount tells two apart ("a new 4% offer", "a new 5%
offer").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.entities.phrase_passes import modifier_words
from kg.rdf.namespaces import KG
from kg.rdf.schema import core_class

if TYPE_CHECKING:
    from kg.extract.entities.sieve_base import Sieve

__all__ = ["latest_offers_as_one"]


def latest_offers_as_one(sieve: Sieve) -> None:
    """Join the later-version offers of an article: "the revised offer", "a new proposal",
    "the Government's recently revised offer"."""
    lexicon = sieve.lexicon
    later = lexicon.version_words - lexicon.prior_version_words
    owners = _actor_words(sieve)
    allowed = later | lexicon.money_nouns | lexicon.offer_nouns | owners
    offers = []
    for k in sieve.phrases:
        m = sieve.mentions[k]
        if core_class(m.type) != KG.Proposal or m.head not in lexicon.offer_nouns:
            continue
        words = modifier_words(m)
        if not words & later or any(c.isdigit() for c in m.text):
            continue
        if all(w in allowed or w.endswith("ly") for w in words):
            offers.append(k)
    for k in offers[1:]:
        sieve.union(offers[0], k)


def _actor_words(sieve: Sieve) -> frozenset[str]:
    """The lower-cased words of the article's names of people and organisations, and
    "government": whose an offer is ("the Government revised proposal")."""
    words = {"government"}
    for m in sieve.mentions:
        if core_class(m.type) in (KG.Person, KG.Organisation):
            words.update(w.lower().removesuffix("'s").removesuffix("’s") for w in m.text.split())
    return frozenset(words)
