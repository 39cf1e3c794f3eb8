"""Proposals named by whoever made them: "the Pay Board's recommendations", "a recommendation
made by the tribunal", "the recommendation by the tribunal".

Some heads (``lex:authorNamedHeadNoun``: "recommendation") name a proposal only with a name
before them ("the PRRB recommendation", :mod:`head_conditions`). News writing names an
author as often by a possessive ("the tribunal's recommendation") or by an agent after the head
("a recommendation made by the tribunal"): the author's name tells which recommendation it is
as a name before the head does. A pronoun ("its recommendations") or a common noun
("the board's") names no author; so "make any recommendations on X" names no proposal.

Example: "Ministers accepted the Pay Board's recommendation." names the proposal
"recommendation", with the longer form "Pay Board's recommendation".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.lexicon import Lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["named_by_its_author"]

_MARKS = frozenset({"'s", "’s", "'", "’"})
#: prepositions after the head that name its author: "by the Pay Board", "from the Pay Board"
_AGENT_WORDS = frozenset({"by", "from"})


def named_by_its_author(token: Token, lexicon: Lexicon) -> bool:
    """``token`` heads a proposal named by its author: a head of ``lex:authorNamedHeadNoun``
    with a proper name as its possessive owner, or a proper name as the agent of "by" after it,
    directly or through a participle ("a recommendation made by the tribunal")."""
    if token.lemma_.lower() not in lexicon.author_named_head_nouns:
        return False
    return _owned_by_a_name(token) or _agent_after(token)


def _owned_by_a_name(token: Token) -> bool:
    """The head's possessor is a proper name with a possessive mark ("the tribunal's" is no
    name; "the Pay Board's" is)."""
    return any(
        owner.dep_ == "poss"
        and owner.pos_ == "PROPN"
        and any(c.dep_ == "case" and c.text in _MARKS for c in owner.children)
        for owner in token.lefts
    )


def _agent_after(token: Token) -> bool:
    """ "the recommendation by the Pay Board", "a recommendation made by the Pay Board",
    "recommendations from the Pay Board": "by" or "from" hangs on the head or on a past
    participle after it, with a proper name as its object."""
    heads = [token] + [c for c in token.rights if c.dep_ == "acl" and c.tag_ == "VBN"]
    for head in heads:
        for by in head.children:
            if by.dep_ in ("prep", "agent") and by.lower_ in _AGENT_WORDS and by.i > token.i:
                if any(o.dep_ == "pobj" and o.pos_ == "PROPN" for o in by.children):
                    return True
    return False
