"""Pledged counts: "the minister announced an additional 2,000 hospital beds" names a
proposal, "additional 2,000 hospital beds".

A count of more things (a number in digits with a word of more before or after it,
``lex:moreWord``: "an extra 500 nurses", "2,000 more places") that an actor's verb of
proposing, announcing or funding has as its object is a pledge, put forward as a sum of money
announced is (:mod:`~kg.extract.mentions.amounts`), whatever its head noun. A count of
things that exist ("announced 300 job losses") has no word of more, and "new" alone, a word of
a version (``lex:versionWord``), is not one: "announced 12 new cases" reports them, and a
pledge of "40 new clinics" is left unread for it; a head noun the lexicon gives a class
("an extra 3 days of strikes", "two new offers") is named by its own source, and a noun of
time ("an extra 10 days") measures, not pledges. The name runs to the end of the head's
conjuncts and of a "per" or "a" phrase of rate after it ("appointments and procedures per
year"), each a longer name of the same pledge.

Example: "The ministry announced an additional 2,000 hospital beds." gives "additional 2,000
hospital beds" (``kg:Proposal``).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from kg.extract.lexicon import Lexicon
from kg.extract.mentions.candidates import Candidate, Context
from kg.extract.mentions.names import DETERMINERS, head_class
from kg.rdf.namespaces import KG

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["pledged_counts", "pledged_count"]

MAX_WORDS = 10  # a longer phrase is a clause, not a name
_PROPOSING = frozenset({KG.proposes, KG.announces, KG.introduces})
_RATE = frozenset({"per", "a", "each", "every"})


def pledged_counts(context: Context, earlier: Sequence[Candidate] = ()) -> Iterator[Candidate]:
    """Each count of more things an actor's verb of proposing or funding has as its object,
    with its longer names."""
    doc = context.doc
    for token in context.tokens:
        if token.dep_ != "dobj" or token.tag_ != "NNS" or not pledged_count(token, context.lexicon):
            continue
        start = token.left_edge.i
        while start < token.i and doc[start].lower_ in DETERMINERS:
            start += 1
        first = context.candidate(doc[start : token.i + 1], KG.Proposal, "noun-phrase")
        if first is None:
            continue
        yield first
        for end in _longer_ends(token):
            if end - start <= MAX_WORDS:
                longer = context.candidate(
                    doc[start:end], KG.Proposal, "noun-phrase", longer=True, same_as=first
                )
                if longer is not None:
                    yield longer


def pledged_count(token: Token, lexicon: Lexicon) -> bool:
    """The plural noun is counted in digits with a word of more that is no word of a version
    ("an extra 500 nurses", not "12 new cases"), names nothing of its own (no class, no noun of time) and is the object of a verb
    of proposing, announcing or funding."""
    lemma = token.lemma_.lower()
    if head_class(token, lexicon) is not None or lemma in lexicon.length_nouns:
        return False
    lefts = list(token.lefts)
    counted = any(
        c.dep_ == "nummod" and any(ch.isdigit() for ch in c.text) and c.ent_type_ != "DATE"
        for c in lefts
    )
    more = any(
        c.dep_ == "amod"
        and c.lower_ in lexicon.more_words
        and c.lower_ not in lexicon.version_words
        for c in lefts
    )
    if not counted or not more:
        return False
    verb = token.head
    verb_lemma = verb.lemma_.lower()
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"] or [""]
    return (
        any(lexicon.triggers.get((verb_lemma, p)) in _PROPOSING for p in particles)
        or verb_lemma in lexicon.funding_verbs
        or verb_lemma in lexicon.pledging_verbs
    )


def _longer_ends(token: Token) -> list[int]:
    """Ends of the longer names: after the head's last conjunct ("appointments and
    procedures"), and after a phrase of rate hung on the head ("per year")."""
    ends = []
    last = token
    for conj in token.conjuncts:
        if conj.i > last.i and conj.pos_ == "NOUN":
            last = conj
    if last.i > token.i:
        ends.append(last.i + 1)
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ in _RATE and child.i == last.i + 1:
            span = list(child.subtree)
            if len(span) <= 3 and not any(t.is_punct for t in span):
                ends.append(child.right_edge.i + 1)
    return ends
