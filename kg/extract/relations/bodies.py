"""A body named without its organisation ("the executive committee") is the body of the
organisation its sentence names before it.

News names a union's or an association's governing body by its two nouns alone
("executive committee", "national executive") once the sentence has named the organisation:
"The Farmers' Union passed the vote during an executive committee meeting", "Jo Reyes,
the Guild's general secretary, and Sam Hale, executive committee president, said". The
mention stage finds such bodies (:func:`~kg.extract.mentions.governing_bodies.
bodies_of_the_organisation_in_view`); this rule makes each a member of the last
organisation named before it in its sentence, other than a government, a legislature or
another body.
"""

from __future__ import annotations

from collections.abc import Iterator

from kg.extract.mentions.governing_bodies import is_bare_body
from kg.extract.relations.core import Context, Phrase, Rule
from kg.model import Relation
from kg.rdf.namespaces import KG

__all__ = ["body_in_view"]

#: owners a bare governing body is never of: a government's or a legislature's bodies are
#: named with them ("the Commons health committee")
NOT_OWNERS = frozenset({KG.GovernmentBody, KG.Legislature, KG.Committee})


def body_in_view(context: Context, phrase: Phrase, rule: Rule[Phrase]) -> Iterator[Relation]:
    """ "executive committee" → ``memberOf`` the organisation named last before it in its
    sentence."""
    span = phrase.span
    if phrase.cls != KG.Organisation or not is_bare_body(span, context.lexicon):
        return
    resolved = context.resolved
    owner = None
    for t in range(span.sent.start, span.start):
        key = resolved.entity_for_token(t, (KG.Organisation,))
        if key is not None and key != phrase.key and resolved.by_key[key].type not in NOT_OWNERS:
            owner = (key, context.doc[t])
    if owner is None or _known_by_common_nouns(context, owner[0]):
        return
    relation = context.relation(
        rule, phrase.key, KG.memberOf, owner[0], [owner[1], phrase.head], KG.Asserted
    )
    if relation is not None:
        yield relation


def _known_by_common_nouns(context: Context, key: str) -> bool:
    """The entity's name is a common noun or two ("executive", "executive committee"): a body
    named without its owner, no owner of another."""
    label = context.resolved.by_key[key].label
    return label.islower() and len(label.split()) <= 2
