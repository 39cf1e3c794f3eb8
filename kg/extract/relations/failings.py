"""Failings: saying that an actor failed or refused to act is public criticism of the actor.

"The union said the minister had refused to meet its members", "the strike follows the
failure of the council to make progress on pay", "“the government has failed to seize this
opportunity”", "criticising the board's refusal to negotiate, the unions said ...": a verb or
noun of failing (``lex:failingWord``: "fail", "refuse", "failure", "refusal") told of an actor
(the verb's subject; the noun's owner, or the actor after its "of" or "by") by someone else
(the speaker of the quotation it is in, or the subject of the verb of saying, opinion or
criticism that governs it) finds fault with that actor: the annotation conventions count
public criticism as communication (``criticises``, a kind of ``communicatesWith``). Told by no
one (the article's own narration: "the nominee failed to convince MEPs"), denied ("did not
fail to"), or only supposed ("if the council fails to act") it criticises no one; nor does
anyone find fault with themselves or their own body ("we have failed our members").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.relations.core import ACTORS, Context, Found, Rule
from kg.extract.relations.grammar import children, has_child, is_verb, objects_of, preps
from kg.extract.relations.speech import MAX_CLIMB, actors, hypothetical, judges_of
from kg.extract.relations.verbs import routes
from kg.model import Relation
from kg.rdf.namespaces import KG

__all__ = ["failing"]

DOERS = ("of", "by")  # "the failure of the council to act", "the refusal by the board"


def _idiom(context: Context, token: Token) -> bool:
    """A verb with the object of an idiom of failing to act ("dragging its feet", "kicking the
    can down the road", ``lex:failingWord`` "drag feet", "kick can")."""
    lemma = token.lemma_.lower()
    return is_verb(token) and any(
        f"{lemma} {o.lemma_.lower()}" in context.lexicon.failing_words
        for o in children(token, "dobj")
    )


def failing(context: Context, token: Token, rule: Rule[Token]) -> Iterator[Relation]:
    """Whoever tells of an actor's failing ``criticises`` the actor."""
    if token.lemma_.lower() not in context.lexicon.failing_words and not _idiom(context, token):
        return
    if is_verb(token):
        clause = token
        doers = [(k, t) for k, t in context.subject_entities(token) if t.dep_ != "agent"]
    elif token.pos_ == "NOUN":
        clause = _clause(token)
        owners = children(token, "poss") + [o for p in preps(token, *DOERS) for o in objects_of(p)]
        doers = context.object_entities(owners, ACTORS, search=False)
    else:
        return
    doers = actors(context, doers)
    if not doers or has_child(clause, "neg") or hypothetical(context, clause):
        return
    judges = _judges(context, clause)
    own = context.with_their_bodies(judges)
    yield from context.emit(
        rule,
        judges,
        KG.criticises,
        [(k, t) for k, t in doers if k not in own],
        [token],
        KG.Reported,
        token.lemma_.lower(),
    )


def _clause(token: Token) -> Token:
    """The verb of the clause a noun is in (for who tells it and whether it is supposed)."""
    current = token
    for _ in range(MAX_CLIMB):
        if is_verb(current) or current.head is current:
            return current
        current = current.head
    return current


def _judges(context: Context, clause: Token) -> list[Found]:
    """Who tells of the failing: the quotation's speaker or the subject of the verb of saying
    above the clause ("the union said the minister had refused"), or of the clause's own verb
    when it is one of saying or criticising ("criticising the board's refusal, the unions
    said")."""
    judges = judges_of(context, clause)
    if judges or not is_verb(clause):
        return judges
    words = context.lexicon
    lemma = clause.lemma_.lower()
    if lemma in words.speech_verbs or lemma in words.opinion_verbs or _criticising(context, clause):
        return actors(context, context.subject_entities(clause))
    return []


def _criticising(context: Context, verb: Token) -> bool:
    """The verb is a trigger of criticism ("criticised the board's refusal")."""
    return any(r.predicate == KG.criticises for r in routes(context, verb))
