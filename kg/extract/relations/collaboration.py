"""Collaboration: working together with another actor communicates with it.

"The college will work closely with the minister", "the union has engaged with the council"
(``lex:collaborationVerb``): the subject communicates with the actor after the preposition,
unless the two are colleagues, holding posts in one organisation ("the new chief executive
will work with the outgoing one"): that is work inside a body, not between actors.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.relations.core import ACTORS, Context, Found, Rule
from kg.extract.relations.grammar import is_verb, objects_of, preps
from kg.model import Relation
from kg.rdf.namespaces import KG

__all__ = ["collaboration"]


def collaboration(context: Context, token: Token, rule: Rule[Token]) -> Iterator[Relation]:
    """The subject of a verb of working together communicates with its partner: "we will work
    with the Government and Parliament" (``lex:collaborationVerb``)."""
    if not is_verb(token):
        return
    lemma = token.lemma_.lower()
    verbs = context.lexicon.collaboration_verbs
    partners = [o for p in preps(token) if f"{lemma} {p.lower_}" in verbs for o in objects_of(p)]
    if not partners or _for_a_time(token):
        return  # "worked with the Port Authority for ten years": employment, not talks
    subjects = context.subject_entities(token)
    found = context.object_entities(partners, ACTORS, search=False)
    for subject in subjects:
        yield from context.emit(
            rule,
            [subject],
            KG.communicatesWith,
            [p for p in found if not _colleagues(context, subject, p)],
            [token],
            context.modality(token),
            f"{lemma} with",
        )


_SPANS_OF_TIME = frozenset({"year", "month", "decade", "week"})


def _for_a_time(verb: Token) -> bool:
    """The working together is measured out ("for ten years", "for a decade"): a career or a
    job, not dealings between two sides."""
    return any(
        o.lemma_.lower() in _SPANS_OF_TIME for p in preps(verb, "for") for o in objects_of(p)
    )


def _colleagues(context: Context, one: Found, other: Found) -> bool:
    """True when two actors hold posts in one organisation (or one holds a post in the other)."""
    posts: dict[str, set[str]] = {}
    for _link, holder, org in context.resolved.roles:
        if org is not None:
            posts.setdefault(holder, set()).add(org)
    first = posts.get(one[0], set()) | {one[0]}
    second = posts.get(other[0], set()) | {other[0]}
    return bool(first & second)
