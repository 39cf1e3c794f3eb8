"""Actions that may be taken: a bare event phrase ("industrial action", "strike action") that a
verb of what could be governs ("members could take industrial action", "would be prepared to
take strike action") names no event: the annotation conventions annotate events that happen or
are called, not ones a speaker imagines.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from rdflib import URIRef

from kg.extract.lexicon import load_lexicon
from kg.rdf.namespaces import KG
from kg.rdf.schema import core_class

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["action_that_may_be"]

_MODALS = frozenset({"could", "would", "might", "may"})
_READY = frozenset({"prepared", "willing", "ready"})
# a clause that asks or supposes: "whether members will back strike action"
_OPEN_QUESTIONS = frozenset({"whether", "if"})


def action_that_may_be(
    token: Token,
    cls: URIRef,
    det: str | None,
    modifiers: Sequence[Token],
    long_ends: Sequence[int],
) -> bool:
    """A bare event phrase that a verb of what could be governs (:func:`_bare`, :func:`_maybe`)."""
    return core_class(cls) == KG.Event and _bare(token, det, modifiers, long_ends) and _maybe(token)


def _bare(
    token: Token, det: str | None, modifiers: Sequence[Token], long_ends: Sequence[int]
) -> bool:
    """A phrase of its head words alone: no determiner, owner, other modifier or modifier after
    it but a word of a head noun of the lexicon ("industrial action", not "the industrial
    action", "planned industrial action by X")."""
    head_nouns = load_lexicon().head_nouns
    return (
        det is None
        and not long_ends
        and not any(c.dep_ == "poss" for c in token.lefts)
        and all(f"{t.lower_} {token.lemma_.lower()}" in head_nouns for t in modifiers)
    )


def _maybe(token: Token) -> bool:
    """The phrase is the object of a verb of what could be, not of what is: with "could",
    "would", "might" or "may", in a clause of "whether" or "if" (asked or supposed), or after
    "prepared/willing/ready to" ("would be prepared to take industrial action")."""
    verb = token.head.head if token.dep_ == "pobj" else token.head
    if token.dep_ not in ("dobj", "pobj") or verb.pos_ not in ("VERB", "AUX"):
        return False
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if auxiliaries & _MODALS or any(
        c.dep_ == "mark" and c.lower_ in _OPEN_QUESTIONS for c in verb.children
    ):
        return True  # "could take action"; "whether members will back industrial action"
    governor = verb.head
    return verb.dep_ == "xcomp" and governor.lower_ in _READY
