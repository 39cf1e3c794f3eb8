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
from kg.rdf.namespaces import KG
from kg.rdf.schema import core_class

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Token

    from kg.extract.entities.sieve_base import Sieve
    from kg.extract.lexicon import Lexicon

__all__ = ["bodies_not_yet_created", "created_later"]

_FUTURE_AUX = frozenset({"will", "would", "shall", "'ll", "to"})


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
        if head is not None and created_later(head, sieve.lexicon, listed=bool(m.gazetteer_id)):
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


def created_later(head: Token, lexicon: Lexicon, *, listed: bool = False) -> bool:
    """Whether a name whose head is ``head`` is what a verb or noun of creating, still to come,
    is about ("will be set up", "to establish X", "creating X", "the creation of X"). A noun of
    creating says nothing of when, so it counts only for a name the gazetteer does not list
    (``listed``): "the creation of the NHS" is history."""
    verbs, nouns = lexicon.creation_verbs, lexicon.creation_nouns
    while head.dep_ == "appos" and head.head.i != head.i:
        head = head.head  # "rail company Great British Railways will be launched"
    governor = head.head
    if head.dep_ == "pobj" and governor.lower_ == "of":
        return not listed and governor.head.lemma_.lower() in nouns
    if head.dep_ not in ("nsubjpass", "dobj") or governor.pos_ not in ("VERB", "AUX"):
        return False
    if _verb_words(governor) not in verbs:
        return False
    if head.dep_ == "dobj" and governor.tag_ == "VBG":
        return True
    auxiliaries = {c.lower_ for c in governor.children if c.dep_ in ("aux", "auxpass")}
    return bool(auxiliaries & _FUTURE_AUX) and "was" not in auxiliaries


def _verb_words(verb: Token) -> str:
    """A verb's lemma with its particle ("set up")."""
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    return " ".join([verb.lemma_.lower(), *particles])


def _head(tokens: Sequence[Token], start: int, end: int) -> Token | None:
    """The token of a mention whose head lies outside it."""
    span = [tokens[i] for i in range(start, end)]
    for token in span:
        if not (start <= token.head.i < end) or token.head.i == token.i:
            return token
    return span[-1] if span else None


def _keys(gazetteer_id: str | None, text: str) -> set[str]:
    return {f"id:{gazetteer_id}"} if gazetteer_id else {f"name:{normalise_name(text)}"}
