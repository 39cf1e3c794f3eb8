"""Reactions: how someone reacted to a proposal says where they stand on it.

"Unite reacted angrily to the levy" → Unite ``opposes`` the levy; "the guild responded
positively to the offer" → ``supports`` it. The verbs of reacting are ``lex:reactionVerb``
(with their preposition, "react to"), the manners ``lex:positiveManner`` and
``lex:negativeManner``; "not" turns them round ("did not react warmly").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.relations.core import PROPOSALS, Context, Rule
from kg.extract.relations.grammar import children, has_child, is_verb, objects_of, preps
from kg.model import Relation
from kg.rdf.namespaces import KG

__all__ = ["reaction"]


def reaction(context: Context, token: Token, rule: Rule[Token]) -> Iterator[Relation]:
    """The stance a manner of reacting to a proposal shows: "X reacted negatively to Y"."""
    if not is_verb(token):
        return
    lexicon = context.lexicon
    lemma = token.lemma_.lower()
    objects = [
        o
        for p in preps(token)
        if f"{lemma} {p.lower_}" in lexicon.reaction_verbs
        for o in objects_of(p)
    ]
    manners = [a.lower_ for a in children(token, "advmod")]
    positive = any(m in lexicon.positive_manners for m in manners)
    negative = any(m in lexicon.negative_manners for m in manners)
    if not objects or positive == negative:
        return
    if has_child(token, "neg"):
        positive = not positive
    yield from context.emit(
        rule,
        context.subject_entities(token),
        KG.supports if positive else KG.opposes,
        context.object_entities(objects, PROPOSALS, search=False),
        [token],
        context.modality(token),
        lemma,
    )
