"""Postponements (proposes5): whoever puts a proposal off is the one who put it forward.

"The ministry has delayed the Roads Bill", "it pushed back plans for a levy", "the scheme was
postponed by the ministry" → the ministry ``proposes`` the bill, the levy, the scheme: only
the author of a proposal can put it off (``lex:postponingVerb``). A person who puts off a
proposal (a prime minister delaying a ban) makes the delay theirs, but the proposal stays
their government's: persons get nothing here. A legislature that delays a bill holds up
someone else's, and gets nothing; an event put off ("delayed the strike") is no proposal.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.relations.core import PROPOSALS, Context, Rule
from kg.extract.relations.grammar import children, is_verb
from kg.model import Relation
from kg.rdf.namespaces import KG

__all__ = ["postponement"]

PARTICLES = ("back", "off")  # "push back", "put off": the parser may tag "back" an adjective


def postponement(context: Context, token: Token, rule: Rule[Token]) -> Iterator[Relation]:
    """The organisations that put off a proposal (the verb's object, its passive subject, or the noun
    its participle modifies: "the bill, delayed by the ministry,") propose it."""
    if not is_verb(token):
        return
    trigger = _postponing(context, token)
    if trigger is None:
        return
    objects = children(token, "dobj", "nsubjpass")
    if not objects and token.dep_ == "acl":
        objects = [token.head]
    subjects = [
        (key, t)
        for key, t in context.subject_entities(token)
        if context.core(key) == KG.Organisation
        and context.resolved.by_key[key].type != KG.Legislature
    ]
    if not subjects or not objects:
        return
    yield from context.emit(
        rule,
        subjects,
        KG.proposes,
        context.object_entities(objects, PROPOSALS, search=True),
        [token],
        context.modality(token),
        trigger,
    )


def _postponing(context: Context, token: Token) -> str | None:
    """The verb of postponing at ``token`` ("delay"; "push back" with the particle after it or
    hung on it), or None."""
    words = context.lexicon.postponing_verbs
    lemma = token.lemma_.lower()
    if lemma in words:
        return lemma
    doc = token.doc
    after = [doc[token.i + 1]] if token.i + 1 < len(doc) else []
    for particle in after + children(token, "prt", "advmod"):
        if particle.lower_ in PARTICLES and f"{lemma} {particle.lower_}" in words:
            return f"{lemma} {particle.lower_}"
    return None
