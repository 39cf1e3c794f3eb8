"""Rebuttals: rejecting, dismissing or denying what an actor said answers that actor in public.

"The ministry rejected the union's claims" → the ministry ``communicatesWith`` the union;
"dismissed criticism from the guild", "the council's statement was disputed by Unite" (the
verbs ``lex:rebuttalVerb``, the words ``lex:utteranceNoun``). Who said the words is their
owner ("the union's claims", "union claims") or the actor after "from" or "by"; words with no
one named as saying them ("rejected calls for a levy") answer no one. Rejecting words that
name a proposal ("the union's pay claim") is a stance on it (``opposes``, another rule), not a
reply to anyone.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.relations.core import ACTORS, PROPOSALS, Context, Found, Rule
from kg.extract.relations.grammar import children, is_verb, objects_of, preps
from kg.model import Relation
from kg.rdf.namespaces import KG

__all__ = ["rebuttal"]

SAID_BY = ("from", "by")  # "criticism from the guild", "claims by the union"


def rebuttal(context: Context, token: Token, rule: Rule[Token]) -> Iterator[Relation]:
    """Whoever rejects or denies an actor's words communicates with that actor."""
    lexicon = context.lexicon
    lemma = token.lemma_.lower()
    if lemma not in lexicon.rebuttal_verbs or not is_verb(token):
        return
    words = [
        o
        for o in children(token, "dobj", "nsubjpass")
        if o.lemma_.lower() in lexicon.utterance_nouns
        and context.entity(o, PROPOSALS) is None  # "rejected the union's pay claim": a stance
    ]
    if not words:
        return
    answering = [(k, t) for k, t in context.subject_entities(token) if context.core(k) in ACTORS]
    own = {k for k, _ in answering}
    authors = [(k, t) for k, t in _authors(context, words) if k not in own]
    yield from context.emit(
        rule, answering, KG.communicatesWith, authors, [token], context.modality(token), lemma
    )


def _authors(context: Context, words: list[Token]) -> list[Found]:
    """The actors who said the words: their owner ("the union's claims", "union claims") or
    the actor after "from" or "by" ("criticism from the guild")."""
    found: list[Found] = []
    for noun in words:
        owners = children(noun, "poss", "compound")
        owners += [o for p in preps(noun, *SAID_BY) for o in objects_of(p)]
        for owner in owners:
            key = context.entity(owner, ACTORS)
            if key is not None and all(key != k for k, _ in found):
                found.append((key, owner))
    return found
