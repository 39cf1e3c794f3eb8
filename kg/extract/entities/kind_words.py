"""Sieve pass: a name followed by a word of its kind names what the name alone names.

English classifies a name by a common noun after it ("the Erasmus programme", "the river
Thames"): "the SFI scheme", "the Decent Homes programme" and "an Agenda for Change contract"
are the scheme, programme and pay system the article also names bare ("SFI", "Decent Homes",
"Agenda for Change"). The kind words are the generic proposal heads and ``lex:referenceHead``.
A bare name the model read as an organisation or a person, unlisted, of two words or more and
with no word of a body's name ("Decent Homes"), is the proposal, as its kind word says.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from kg.extract.mentions import normalise_name
from kg.rdf.namespaces import KG
from kg.rdf.schema import core_class

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.entities.sieve_base import Sieve
    from kg.model import Mention

__all__ = ["names_with_their_kind_word"]

#: words before a name that are not part of it
_OPENING = frozenset({"det", "poss", "case", "amod", "predet", "nummod"})

_BRACKETED = re.compile(r"\s*\(([^()]*)\)\s*")


def names_with_their_kind_word(sieve: Sieve) -> None:
    """A proposal noun phrase whose words before its head are a name, and whose head is a word
    of its kind ("the SFI scheme"), is the thing the name alone names ("SFI"): a proposal, or a
    name the model misread as a body or person (retyped as the phrase)."""
    mentions, tokens, lexicon = sieve.mentions, sieve.tokens, sieve.lexicon
    if not tokens:
        return
    kind_words = lexicon.generic_proposal_heads | lexicon.reference_heads
    phrases = [
        k
        for k in sieve.named
        if mentions[k].method == "noun-phrase"
        and mentions[k].head in kind_words
        and core_class(mentions[k].type) == KG.Proposal
    ]
    if not phrases:
        return
    by_name: dict[str, list[int]] = {}
    for k in sieve.named:
        if mentions[k].method != "noun-phrase":
            by_name.setdefault(normalise_name(mentions[k].text), []).append(k)
    for k in phrases:
        m = mentions[k]
        for name in _names_before_head(sieve, m):
            for other in by_name.get(name, ()):
                o = mentions[other]
                if core_class(o.type) != KG.Proposal:
                    if not _misread_name(sieve, o):
                        continue
                    mentions[other] = replace(o, type=m.type)
                sieve.union(k, other)


def _names_before_head(sieve: Sieve, m: Mention) -> list[str]:
    """The name before the head of ``m``, normalised, with and without a bracketed part, and
    the bracketed part alone ("Sustainable Farming Incentive (SFI) scheme": all three); none
    when the words before the head are not a name (a lower-case word other than a joining
    one: "the new payment scheme")."""
    span = sieve.tokens[m.token_start : m.token_end]
    heads = [t for t in span if t.lemma_.lower() == m.head and t.pos_ == "NOUN"]
    if not heads:
        return []
    words = [t for t in span if t.i < heads[0].i]
    while words and (words[0].dep_ in _OPENING and not _capital(words[0]) or words[0].is_punct):
        words = words[1:]
    if not words or not _capital(words[0]) or not _capital(words[-1]) and words[-1].text != ")":
        return []
    if any(not _capital(t) and not t.is_punct and t.pos_ not in ("ADP", "CCONJ") for t in words):
        return []
    text = "".join(t.text_with_ws for t in words).strip()
    names = {_BRACKETED.sub(" ", text).strip()}
    names.update(inner.strip() for inner in _BRACKETED.findall(text))
    return [normalise_name(name) for name in names if name]


def _capital(token: Token) -> bool:
    return token.is_title or token.is_upper


def _misread_name(sieve: Sieve, o: Mention) -> bool:
    """A name the model read as a body or person that may name a proposal: not listed, of two
    words or more, none of them a word of a body's name ("Trust", "Council")."""
    words = o.text.split()
    return (
        o.method == "ner"
        and not o.gazetteer_id
        and core_class(o.type) in (KG.Organisation, KG.Person)
        and len(words) >= 2
        and not any(w in sieve.lexicon.name_words for w in words)
    )
