"""Triggers with "for" whose object is a "for ... to" clause: "has long campaigned for the cap
to be lifted" (the parser makes "for" the mark of the clause, not a preposition): what the
clause is about, its subject, is the trigger's object; :func:`kg.extract.relations.verbs.
undone_after` then reads the clause's verb of undoing ("lifted": the stance is against the cap).
"""

from __future__ import annotations

from rdflib import URIRef
from spacy.tokens import Token

from kg.extract.relations.core import Context
from kg.extract.relations.grammar import children

__all__ = ["for_clause_routes"]


def for_clause_routes(
    context: Context, token: Token, lemma: str
) -> list[tuple[URIRef, list[Token], str]]:
    """(predicate, objects, trigger) of the verb's "for" trigger for each "for ... to" clause
    hung on it: the clause's subject is the object."""
    predicate = context.lexicon.triggers.get((lemma, "for"))
    if predicate is None:
        return []
    return [
        (predicate, children(clause, "nsubjpass", "nsubj"), f"{lemma} for")
        for clause in children(token, "advcl", "ccomp")
        if any(m.lower_ == "for" for m in children(clause, "mark"))
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children)
    ]
