"""Urgings told as what the moment or duty asks: "it is time for X to act" urges X.

"“It is time for the council to return to talks”", "it is now up to ministers to make a fair
offer", "it is not too late for the board to think again", "it is vital for the ministry to
act": an extraposed "it" with a predicate of duty or of time (``lex:urgingPredicate``) and an
infinitive whose own subject (after "for", or the object of "up to") is an actor. English puts
what someone should do this way as often as with "must" or "should" (those are read by
``speech.exhortation``): the speaker urges that actor (``urges``, a kind of
``communicatesWith``). Said of the speaker's own side ("it is time for us to act") it urges
no one.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.relations.core import ACTORS, Context, Found, Rule
from kg.extract.relations.extraposed import expletive, predicate_words
from kg.extract.relations.grammar import children, objects_of, preps
from kg.extract.relations.speech import actors, hypothetical, judges_of
from kg.model import Relation
from kg.rdf.namespaces import KG

__all__ = ["extraposed_urging"]

CLAUSES = ("advcl", "relcl", "xcomp", "ccomp", "acl")  # where the parser hangs "for X to ..."
SPEAKERS = ("we", "us", "i", "me", "you")


def extraposed_urging(context: Context, token: Token, rule: Rule[Token]) -> Iterator[Relation]:
    """The speaker ``urges`` the actor an "it is time / up to / vital for X to ..." clause
    names as the one to act."""
    copula = token.head
    if copula.lemma_.lower() != "be" or not expletive(copula):
        return
    phrase = predicate_words(token, copula)
    if phrase is None or phrase not in context.lexicon.urging_predicates:
        return
    if hypothetical(context, copula):
        return
    urged = _urged(context, token, copula, phrase)
    judges = judges_of(context, copula)
    if not urged or not judges:
        return
    own = context.with_their_bodies(judges)
    yield from context.emit(
        rule,
        judges,
        KG.urges,
        [(k, t) for k, t in urged if k not in own],
        [token],
        KG.Reported,
        phrase,
    )


def _urged(context: Context, token: Token, copula: Token, phrase: str) -> list[Found]:
    """The actors who are to act: the object of "up to" with an infinitive after it, else the
    subject of an infinitive clause marked by "for"; not the speaker's "we" or "us"."""
    if phrase.endswith("up to"):
        if not any(_infinitive(c) for c in children(copula, *CLAUSES)):
            return []
        named = [o for p in preps(token, "to") for o in objects_of(p)]
    else:
        clauses = [c for t in (copula, token) for c in children(t, *CLAUSES) if _infinitive(c)]
        named = [
            s
            for c in clauses
            if any(m.lower_ == "for" for m in children(c, "mark"))
            for s in children(c, "nsubj")
        ]
    named = [t for t in named if t.lower_ not in SPEAKERS]
    return actors(context, context.object_entities(named, ACTORS, search=False))


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
