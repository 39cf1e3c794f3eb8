"""Pledges: a change pledged or announced by a verb phrase is put forward by whoever pledges it.

"The government vowed to scrap peak fares", "ministers promised to ban the notices", "it
announced it would be abolishing the agency": the verb phrase of the change is a proposal
(:mod:`~kg.extract.mentions.pledged_changes`), and the subject of the verb of pledging
(``lex:pledgingVerb``) ``proposes`` it.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.relations.core import PROPOSALS, Context, Rule
from kg.extract.relations.grammar import children, is_verb
from kg.model import Relation
from kg.rdf.namespaces import KG

__all__ = ["pledged"]


def pledged(context: Context, token: Token, rule: Rule[Token]) -> Iterator[Relation]:
    """The subject of a verb of pledging proposes the change its clause names."""
    if not is_verb(token) or token.lemma_.lower() not in context.lexicon.pledging_verbs:
        return
    changes = [
        (key, clause)
        for clause in children(token, "xcomp", "ccomp")
        if (key := context.entity(clause, PROPOSALS)) is not None
    ]
    if changes:
        yield from context.emit(
            rule,
            context.subject_entities(token),
            KG.proposes,
            changes,
            [token],
            context.modality(token),
            token.lemma_.lower(),
        )
