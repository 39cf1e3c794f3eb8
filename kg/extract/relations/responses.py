"""Responses: answering an actor's act answers the actor.

"The union responded to the council's offer", "the guild responds to government announcement",
"that is the college's response to the minister's statement", "in response to the union's
vote, the chair said": a response (``lex:responseWord``, a verb or a noun, with "to") is
addressed to whoever did or said what it answers, so the one who responds
``communicatesWith`` the act's doer, named as its owner (a possessive, a name before the noun)
or after "by", "from" or "of". An actor answered by name ("responded to the minister") is the
trigger "respond to" of the verb rule's; here it is also read after the noun ("in response to
the minister"). Who responds is the verb's subject, the noun's owner, or, for "in response to",
the subject of the clause the phrase belongs to. No one answers themselves or their own body.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.relations.core import ACTORS, Context, Found, Rule
from kg.extract.relations.grammar import children, is_verb, objects_of, preps
from kg.extract.relations.speech import actors
from kg.model import Relation
from kg.rdf.namespaces import KG

__all__ = ["response"]

DOERS = ("by", "from", "of")  # "the decision by the council", "the statement from the minister"


def response(context: Context, token: Token, rule: Rule[Token]) -> Iterator[Relation]:
    """Who responds ``communicatesWith`` the doer of the act responded to."""
    if token.lemma_.lower() not in context.lexicon.response_words:
        return
    answered = [o for p in preps(token, "to") for o in objects_of(p)]
    if not answered:
        return
    if is_verb(token):
        clause = token
        responders = context.subject_entities(token)
    elif token.pos_ == "NOUN":
        clause, responders = _noun_responders(context, token)
    else:
        return
    responders = actors(context, responders)
    if not responders:
        return
    own = context.with_their_bodies(responders)
    doers = [(k, t) for k, t in _doers(context, answered) if k not in own]
    modality = context.modality(clause) if is_verb(clause) else KG.Asserted
    yield from context.emit(
        rule,
        responders,
        KG.communicatesWith,
        doers,
        [token],
        modality,
        f"{token.lemma_.lower()} to",
    )


def _noun_responders(context: Context, noun: Token) -> tuple[Token, list[Found]]:
    """Who gives a response named by a noun: its owner ("the college's response"), else, for
    "in response to", the subject of the verb the phrase hangs on."""
    owners = children(noun, "poss")
    if owners:
        return noun.head, context.object_entities(owners, ACTORS, search=False)
    if noun.dep_ == "pobj" and noun.head.lower_ == "in" and is_verb(noun.head.head):
        verb = noun.head.head
        return verb, context.subject_entities(verb)
    return noun, []


def _doers(context: Context, answered: list[Token]) -> list[Found]:
    """The actors whose act is answered: an actor answered by name, else the act's owner (a
    possessive or a name before the noun) or the actor after "by", "from" or "of"."""
    named = actors(context, context.object_entities(answered, ACTORS, search=False))
    if named:
        return named
    owners = [o for act in answered for o in children(act, "poss", "compound")]
    owners += [o for act in answered for p in preps(act, *DOERS) for o in objects_of(p)]
    return actors(context, context.object_entities(owners, ACTORS, search=False))
