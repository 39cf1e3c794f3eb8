"""One thing named with two head nouns of one kind (``lex:kindOfHead``): news names a proposal
or an event once by the word of its kind and again by a broader word or a synonym ("the
Education Bill" ... "the latest legislation"; "the industrial action vote" ... "the ballot").

Each pair of the lexicon is "broader narrower". A description headed by the broader word may
refer back to a thing named with the narrower (read by
:func:`~kg.extract.entities.description_passes.descriptions_to_antecedents` and
:func:`~kg.extract.entities.generic_references.generic_references_to_one_proposal`, which keep
their own checks of recency, number and version); two noun phrases with the same modifiers and
heads of one pair name one thing (:func:`phrases_of_one_kind`: "cost-cutting proposals" and
"proposed cost-cutting measures").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.entities.phrase_passes import modifier_words, versions_apart
from kg.extract.entities.titled_proposals import TitledGroups
from kg.rdf.schema import core_class

if TYPE_CHECKING:
    from kg.extract.entities.sieve_base import Sieve
    from kg.extract.lexicon import Lexicon

__all__ = ["broader_heads", "names_a_kind_of", "phrases_of_one_kind"]


def _pairs(lexicon: Lexicon) -> frozenset[tuple[str, str]]:
    """The lexicon's "legislation bill" as ``("legislation", "bill")``."""
    return frozenset(
        (broad, narrow)
        for pair in lexicon.kinds_of_heads
        for broad, _, narrow in (pair.partition(" "),)
        if narrow
    )


def broader_heads(lexicon: Lexicon) -> frozenset[str]:
    """The words that may head a description of a thing named with another word."""
    return frozenset(broad for broad, _ in _pairs(lexicon))


def names_a_kind_of(lexicon: Lexicon, head: str, other: str) -> bool:
    """A description headed by ``head`` may name a thing headed by ``other`` ("legislation" a
    bill, "ballot" a vote)."""
    return (head, other) in _pairs(lexicon)


def phrases_of_one_kind(sieve: Sieve) -> None:
    """Two noun phrases of one core class whose heads are of one kind and whose modifiers are
    the same, words of standing apart ("proposed"), name one thing: "the national industrial
    action vote" ... "a national industrial action ballot", "Mental Health Bill" ... "mental
    health reforms". Not two versions ("the old scheme", "the new grant"), nor phrases whose
    groups hold different titles."""
    mentions, lexicon = sieve.mentions, sieve.lexicon
    pairs = _pairs(lexicon)
    heads = {word for pair in pairs for word in pair}
    phrases = [k for k in sieve.phrases if mentions[k].head in heads]
    if len(phrases) < 2:
        return
    standing = lexicon.standing_modifiers
    words = {k: modifier_words(mentions[k]) - standing for k in phrases}
    titled = TitledGroups(sieve)
    for i, k in enumerate(phrases):
        a = mentions[k]
        for other in phrases[i + 1 :]:
            b = mentions[other]
            if (
                words[k]
                and words[k] == words[other]
                and ((a.head, b.head) in pairs or (b.head, a.head) in pairs)
                and core_class(a.type) == core_class(b.type)
                and "noun-phrase" in (a.method, b.method)
                and not versions_apart(a, b, lexicon)
            ):
                titled.join(k, other)
