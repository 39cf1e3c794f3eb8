"""What a body or post is answerable for: a remit, not a proposal or an event.

After an adjective of duty ("responsible for", "accountable for", ``lex:dutyAdjective``) a
bare noun phrase names the kind of work a body does or will do ("the new board will be
responsible for pay negotiations and workforce planning"), not a particular round of talks
or a measure put forward. A definite one ("responsible for the strike") is the blame for a
thing named, and is left alone.

Example: in "The panel is accountable for funding decisions." "funding decisions" names no
proposal.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.lexicon import Lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["a_duty_remit"]


def a_duty_remit(token: Token, det: str | None, lexicon: Lexicon) -> bool:
    """True when the head ``token`` (with no determiner ``det``) is the object of "for" after
    an adjective of duty, or a conjunct of that object ("responsible for pay talks and
    recruitment")."""
    if det is not None or any(c.dep_ == "poss" for c in token.children):
        return False
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    preposition = token.head
    return (
        token.dep_ == "pobj"
        and preposition.lower_ == "for"
        and preposition.head.pos_ == "ADJ"
        and preposition.head.lemma_.lower() in lexicon.duty_adjectives
    )
