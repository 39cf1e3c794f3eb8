"""Reactions: how someone reacted to a proposal says where they stand on it.

"Unite reacted angrily to the levy" → Unite ``opposes`` the levy; "the guild responded
positively to the offer" → ``supports`` it. The verbs of reacting are ``lex:reactionVerb``
(with their preposition, "react to"), the manners ``lex:positiveManner`` and
``lex:negativeManner``, said by an adverb or after "with" ("responded with anger"); "not"
turns them round ("did not react warmly"). A verb of reception (``lex:receptionVerb``) needs
no preposition: "the guild greeted the levy with dismay", "the levy was greeted with dismay by
the guild".
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.relations.core import ACTORS, PROPOSALS, Context, Found, Rule
from kg.extract.relations.grammar import children, has_child, is_verb, objects_of, preps
from kg.model import Relation
from kg.rdf.namespaces import KG

__all__ = ["reaction"]


def reaction(context: Context, token: Token, rule: Rule[Token]) -> Iterator[Relation]:
    """The stance a manner of reacting to a proposal shows: "X reacted negatively to Y", "X
    responded with anger to Y", "Y was greeted with dismay by X"."""
    if not is_verb(token):
        return
    lexicon = context.lexicon
    lemma = token.lemma_.lower()
    received = lemma in lexicon.reception_verbs
    objects = [
        o
        for p in preps(token)
        if f"{lemma} {p.lower_}" in lexicon.reaction_verbs
        for o in objects_of(p)
    ]
    if not objects and not received:
        return
    manners = [a.lower_ for a in children(token, "advmod")] + [
        o.lemma_.lower() for p in preps(token, "with") for o in objects_of(p)
    ]
    positive = any(m in lexicon.positive_manners for m in manners)
    negative = any(m in lexicon.negative_manners for m in manners)
    if positive == negative:
        return
    reactors = context.subject_entities(token)
    if received:  # "greeted the plan with dismay", "was met with anger from"
        objects, reactors = _reception(context, token)
    if has_child(token, "neg"):
        positive = not positive
    yield from context.emit(
        rule,
        reactors,
        KG.supports if positive else KG.opposes,
        context.object_entities(objects, PROPOSALS, search=False),
        [token],
        context.modality(token),
        lemma,
    )


GIVERS = ("by", "from")  # "greeted with dismay by the guild", "met with anger from the guild"


def _reception(context: Context, token: Token) -> tuple[list[Token], list[Found]]:
    """What was received and who received it, for a verb of reception: active, its object and
    subject ("the guild greeted the levy with dismay"); passive, its subject and the one after
    "by" or "from" ("the levy was greeted with dismay by the guild", "was met with anger from
    the guild", the preposition hung on the verb or on its manner)."""
    passive = children(token, "nsubjpass")
    if not passive:
        return children(token, "dobj"), context.subject_entities(token)
    manners = [o for p in preps(token, "with") for o in objects_of(p)]
    givers = [o for a in children(token, "agent") for o in objects_of(a)] + [
        o for head in (token, *manners) for p in preps(head, *GIVERS) for o in objects_of(p)
    ]
    return passive, context.object_entities(givers, ACTORS, search=False)
