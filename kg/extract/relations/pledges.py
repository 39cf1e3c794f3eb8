"""Pledges: a change pledged or announced by a verb phrase is put forward by whoever pledges it.

"The government vowed to scrap peak fares", "ministers promised to ban the notices", "it
announced it would be abolishing the agency": the verb phrase of the change is a proposal
(:mod:`~kg.extract.mentions.pledged_changes`), and the subject of the verb of pledging
(``lex:pledgingVerb``) ``proposes`` it. So does it propose what its clause says there will be:
"the ministry announced that there will be £40m for ferries" (clausal10).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.lexicon import Lexicon
from kg.extract.mentions.amounts import announced_to_come
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
        for named in (clause, *_to_come(clause, context.lexicon))
        if (key := context.entity(named, PROPOSALS)) is not None
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


def _to_come(clause: Token, lexicon: Lexicon) -> list[Token]:
    """What an existential clause says there will be ("there will be £40m for ferries": £40m)."""
    return [c for c in clause.children if c.dep_ == "attr" and announced_to_come(c, lexicon)]
