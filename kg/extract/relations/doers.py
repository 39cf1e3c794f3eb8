"""Who does what a verb of proposing tells: not everyone in its subject does.

A union consulting its members on an offer asks about someone else's offer; a news outlet
disclosing a plan reports another's; a body's members accepting or rejecting something give
the verdict of their vote, not the body's stance.
"""

from __future__ import annotations

from rdflib import URIRef
from spacy.tokens import Token

from kg.extract.relations.core import ACTORS, Context, Found
from kg.extract.relations.governing import governing
from kg.extract.relations.grammar import children
from kg.rdf.namespaces import KG

__all__ = ["STANCES", "asks_own_people", "proposers"]

#: the core predicates of a stance on a proposal
STANCES = (KG.supports, KG.opposes)


def proposers(
    context: Context, predicate: URIRef, trigger: str, subjects: list[Found]
) -> list[Found]:
    """Who puts forward what they consult on: only a government, a public body or a holder of a
    government post ("the ministry will consult on the levy"); a union consulting members on
    an offer asks them about someone else's offer (as ``nouns._consulting`` reads the noun).
    Not a news outlet disclosing a plan (``lex:disclosureVerb``: "the Guardian revealed the
    Treasury's plan"): it reports what another puts forward. A body's members who accept or
    reject something give the verdict of their vote, not the body's stance."""
    if trigger in context.lexicon.disclosure_verbs:
        resolved = context.resolved
        subjects = [(k, t) for k, t in subjects if resolved.by_key[k].type != KG.NewsOrganisation]
    if (context.schema.core_property(predicate) or predicate) in STANCES:
        subjects = [(k, t) for k, t in subjects if t.lemma_.lower() != "member"]
    if predicate != KG.consultsOn:
        return subjects
    return [(key, t) for key, t in subjects if governing(context, key)]


def asks_own_people(context: Context, token: Token, subjects: list[Found]) -> bool:
    """True when the verb's object is the subject's own people ("consult its members")."""
    keys = {k for k, _ in subjects}
    return any(
        context.is_group(obj) and context.entity(obj, ACTORS) in keys
        for obj in children(token, "dobj")
    )
