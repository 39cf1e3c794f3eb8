"""Bodies that do not exist yet: an organisation's name said to be created ("GBR will be
launched in 2027", "plans to establish the Harbour Authority", "the creation of the Harbour
Authority") names a proposal, not an actor (the annotation conventions: "a new regulator will
be created" is a Proposal).

The verbs and nouns of creating are ``lex:creationVerb`` and ``lex:creationNoun``; the act must
be still to come (an infinitive, a future or modal auxiliary, a present participle or a noun of
creating): "was set up in 2001" names a body that exists.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from kg.extract.mentions import normalise_name
from kg.extract.mentions.planned_bodies import created_later
from kg.rdf.namespaces import KG
from kg.rdf.schema import core_class

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Token

    from kg.extract.entities.sieve_base import Sieve
    from kg.extract.lexicon import Lexicon

__all__ = [
    "bodies_not_yet_created",
    "created_later",
    "introduced_as_new",
    "planned_bodies_as_one",
    "replacing",
]


def bodies_not_yet_created(sieve: Sieve) -> None:
    """Organisation names said to be created later become proposals, with every other mention
    of the same name, gazetteer entry or acronym."""
    mentions = sieve.mentions
    tokens = sieve.tokens
    keys: set[str] = set()
    for k in sieve.named:
        m = mentions[k]
        if core_class(m.type) != KG.Organisation or m.token_end > len(tokens):
            continue
        head = _head(tokens, m.token_start, m.token_end)
        if head is not None and (
            created_later(head, sieve.lexicon, listed=bool(m.gazetteer_id))
            or introduced_as_new(head)
            or not m.gazetteer_id
            and replacing(head, sieve.lexicon)
        ):
            keys.update(_keys(m.gazetteer_id, m.text))
    if not keys:
        return
    for a, b in sieve.found.same_as:
        pair = [mentions[a], mentions[b]]
        if any(keys & _keys(x.gazetteer_id, x.text) for x in pair):
            for x in pair:
                keys.update(_keys(x.gazetteer_id, x.text))
    for k in sieve.named:
        m = mentions[k]
        if core_class(m.type) == KG.Organisation and keys & _keys(m.gazetteer_id, m.text):
            mentions[k] = replace(m, type=KG.Proposal)


def introduced_as_new(head: Token) -> bool:
    """ "transfer its functions to a new Harbour Workforce Council": a name after an indefinite
    article and "new" is brought in by the text as a body still to come (one at work is named
    with "the"), even one the gazetteer lists for another country. The name is a proper name of
    several words ("a new government" is an election's outcome, no body still to come)."""
    lefts = list(head.lefts)
    return (
        head.pos_ == "PROPN"
        and head.is_title
        and any(c.dep_ == "compound" and c.is_title for c in lefts)  # a name, not "government"
        and any(c.dep_ == "amod" and c.lower_ == "new" for c in lefts)
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in lefts)
    )


def replacing(head: Token, lexicon: Lexicon) -> bool:
    """ "the replacement of the Harbour Authority with Harbour Wales", "will replace X with Y":
    what a body is replaced with is a body still to come (``lex:replacementWord``); with a verb
    in the past ("replaced X with Y in 2010") it exists."""
    governor = head.head
    if head.dep_ != "pobj" or governor.lower_ != "with":
        return False
    word = governor.head
    if word.dep_ == "pobj" and word.head.lower_ == "of":
        word = word.head.head  # "with" hung on the body replaced: "replacement of X with Y"
    if word.lemma_.lower() not in lexicon.replacement_words:
        return False
    return word.pos_ == "NOUN" or word.tag_ in ("VB", "VBG")


def _head(tokens: Sequence[Token], start: int, end: int) -> Token | None:
    """The token of a mention whose head lies outside it."""
    span = [tokens[i] for i in range(start, end)]
    for token in span:
        if not (start <= token.head.i < end) or token.head.i == token.i:
            return token
    return span[-1] if span else None


def _keys(gazetteer_id: str | None, text: str) -> set[str]:
    return {f"id:{gazetteer_id}"} if gazetteer_id else {f"name:{normalise_name(text)}"}


_BACK = frozenset({"the", "this", "that"})


def planned_bodies_as_one(sieve: Sieve) -> None:
    """A body not yet created described again ("the new body", "this new watchdog") is the last
    one named before it, and one in the headline the first one the body names ("Plan for new
    NHS body" ... "a new NHS leadership body"); one said to be a named proposal ("GBR, a new
    public body"; "GBR will be a new public body") is that proposal. Described again with
    none named before ("the new organisation"), it refers to a body named otherwise: dropped."""
    mentions, tokens = sieve.mentions, sieve.tokens
    if not tokens:
        return
    bodies = [k for k in sieve.named if mentions[k].type == KG.PlannedBody]
    for k in bodies:
        m = mentions[k]
        named = _said_to_be(sieve, k)
        before = tokens[m.token_start - 1].lower_ if m.token_start > 0 else ""
        if named is not None:
            sieve.union(k, named)
        elif m.sentence == 0 and before not in ("a", "an"):
            later = [o for o in bodies if mentions[o].sentence > 0]
            if later:
                sieve.union(k, later[0])
        elif before in _BACK:
            earlier = [o for o in bodies if mentions[o].token_end <= m.token_start]
            if earlier:
                sieve.union(k, earlier[-1])
            else:  # "the new organisation" with none before: a body named otherwise
                for o in bodies:
                    if mentions[o].token_end == m.token_end:
                        sieve.drop(o)


def _said_to_be(sieve: Sieve, k: int) -> int | None:
    """The named proposal a body's phrase stands in apposition to, or is said to be by "be"."""
    mentions, tokens = sieve.mentions, sieve.tokens
    head = tokens[mentions[k].token_end - 1]
    if head.dep_ == "appos":
        anchors = [head.head]
    elif head.dep_ == "attr" and head.head.lemma_ == "be":
        anchors = [c for c in head.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    else:
        return None
    for other in sieve.named:
        o = mentions[other]
        if (
            other != k
            and core_class(o.type) == KG.Proposal
            and o.type != KG.PlannedBody
            and any(o.token_start <= a.i < o.token_end for a in anchors)
        ):
            return other
    return None
