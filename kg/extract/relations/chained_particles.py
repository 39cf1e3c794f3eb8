"""Triggers of a verb with a particle and a preposition ("walk out of", "pull out of") that
the parser reads as a preposition hung on another: "The union walked out of talks" with "out"
a preposition of "walked" and "of" a preposition of "out". The trigger is the two words
together (``lex:trigger`` "walk out of"), and its objects are the second preposition's.
"""

from __future__ import annotations

from rdflib import URIRef
from spacy.tokens import Token

from kg.extract.relations.core import Context
from kg.extract.relations.grammar import children

__all__ = ["chained_particle_routes"]


def chained_particle_routes(
    context: Context, token: Token, particle: Token
) -> list[tuple[URIRef, list[Token], str]]:
    """(predicate, objects, trigger) of each trigger of the verb with a particle and the
    preposition hung on it ("walked out of talks": "walk out of")."""
    lemma = token.lemma_.lower()
    found = []
    for second in children(particle, "prep"):
        words = f"{particle.lower_} {second.lower_}"
        predicate = context.lexicon.triggers.get((lemma, words))
        if predicate is not None:
            found.append((predicate, children(second, "pobj"), f"{lemma} {words}"))
    return found
