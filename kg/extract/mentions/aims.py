"""What an actor aims at: "the minister's legislative agenda", "the government's environmental
ambitions", "his Brexit promises on farming" name a proposal.

A noun of what an actor aims at (``lex:aimHeadNoun``: "agenda", "ambition", "mission",
"promise") names the actor's programme when the phrase says both whose it is and what it is
about: an owner before it (a possessive: a name, a noun or a pronoun) with a word of its
content (an adjective or a noun before the head: "legislative", "environmental", "Brexit").
Without both it names no particular thing: "a lack of ambition", "it has broken its
promise", "to meet its ambitions", "the government's promise to develop a plan" (what is
promised is the proposal, named by its own words); an adjective that only stresses the owner
("its own", ``lex:ownershipAdjective``) or marks a version ("new") is no content.

Example: "The speech set out the minister's legislative agenda." names "legislative agenda"
(``kg:Plan``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from kg.extract.lexicon import Lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["names_an_aim", "without_ownership_words"]

_CONTENT_DEPS = frozenset({"amod", "compound", "nmod"})


def names_an_aim(token: Token, modifiers: Sequence[Token], lexicon: Lexicon) -> bool:
    """``token``, a noun of ``lex:aimHeadNoun``, with its modifiers before it, names a
    proposal: an owner and a word of its content."""
    return _owned(token) and _content(modifiers, lexicon)


def _owned(token: Token) -> bool:
    """A possessive before the head ("the minister's", "his")."""
    return any(c.dep_ == "poss" for c in token.lefts)


def _content(modifiers: Sequence[Token], lexicon: Lexicon) -> bool:
    """An adjective or noun before the head that says what it is about, not whose it is or
    which version ("legislative", "Brexit"; not "own", "new")."""
    return any(
        t.dep_ in _CONTENT_DEPS
        and t.pos_ in ("ADJ", "NOUN", "PROPN")
        and t.lower_ not in lexicon.ownership_adjectives
        and t.lower_ not in lexicon.version_words
        for t in modifiers
    )


def without_ownership_words(
    token: Token, start: int, end: int, lexicon: Lexicon
) -> list[tuple[int, int]]:
    """The phrase of an aim without the adjectives before it that only stress its owner ("own"
    of "the government's own environmental ambitions"): a reader names it "environmental
    ambitions"."""
    if token.lemma_.lower() not in lexicon.aim_head_nouns:
        return []
    doc = token.doc
    first = start
    while first < token.i and doc[first].lower_ in lexicon.ownership_adjectives:
        first += 1
    return [(first, end)] if first > start else []
