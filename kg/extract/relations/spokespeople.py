"""A body's acts told by the person who speaks for it (events26).

A ballot, a strike, a vote or a consultation of members is a body's act, done through its
members: when the one who takes part in it is a person only because they speak for the body
("we shall vote for the motion", said the group's chair; "a ballot of her members", of a
union's general secretary; "we are balloting our members"), the body takes part, not the
person.
The body is the organisation a role phrase makes the person's ("Lind, the Guild's general
secretary"); with none known, no one is said to take part. A person named as such ("Lind
voted for it") and gatherings (a meeting, talks, a conference, where people sit in person)
are left as they are.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.relations.core import Context, Found, RoleFound, Rule
from kg.extract.relations.roles import role
from kg.rdf.namespaces import KG

__all__ = ["BODY_ACTS", "for_bodies"]

BODY_ACTS = (KG.Vote, KG.CollectiveAction, KG.Consultation)
"""Kinds of event a body holds through its members."""


def for_bodies(context: Context, actors: list[Found], event: str) -> list[Found]:
    """The actors taking part in ``event``, each person who stands in only by a word of their
    body ("we", "our members", "her members") replaced by the bodies their roles put them in."""
    if not _body_act(context, event):
        return actors
    found: list[Found] = []
    for key, token in actors:
        if context.core(key) != KG.Person or not _speaks_for_a_body(context, token):
            found.append((key, token))
            continue
        for body in _bodies_of(context, key):
            if all(body != k for k, _ in found):
                found.append((body, token))
    return found


def _body_act(context: Context, event: str) -> bool:
    """The event is of a kind a body holds through its members (``BODY_ACTS``)."""
    kinds = context.schema.superclasses(context.resolved.by_key[event].type)
    return any(kind in kinds for kind in BODY_ACTS)


def _speaks_for_a_body(context: Context, token: Token) -> bool:
    """The person is reached by a pronoun ("we", "us") or by a group of people their
    possessive names ("our members", "her members"), not by their name."""
    if token.pos_ == "PRON":
        return True
    return context.is_group(token) and any(
        c.dep_ == "poss" and c.pos_ == "PRON" for c in token.children
    )


def _bodies_of(context: Context, person: str) -> list[str]:
    """The organisations the person's role phrases make theirs (what the ``role`` rule reads
    from them: "Lind, the Guild's general secretary" leads the Guild), in order."""
    bodies: list[str] = []
    for found in context.resolved.roles:
        if found[1] != person:
            continue
        for relation in role(context, found, _ROLE):
            body = relation.object
            if context.core(body) == KG.Organisation and body not in bodies:
                bodies.append(body)
    return bodies


_ROLE: Rule[RoleFound] = Rule("role", role, 0.85)
