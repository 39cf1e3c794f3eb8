"""Memberships said with a noun: "the union is a member of the council", "the council, of which
the union is a member", "the union, which is a member of the council" (w2roles).

English states that one actor belongs to another with the copula and a noun of membership
(``lex:membershipNoun``) whose "of" names the body; in a relative clause the body is the
antecedent of "of which" or the subject is the antecedent of "which" or "who". The noun is
read here for organisations as well as people (a person's role phrase "member" gives the same
relation; the first rule to find it keeps its evidence). A body that is "part of" another
("the network, part of the association,", "the network is part of the association") is in it
as its members are.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.relations.core import ACTORS, Context, Found, Rule
from kg.extract.relations.grammar import objects_of, preps
from kg.model import Relation
from kg.rdf.namespaces import KG

__all__ = ["member_noun", "part_of_a_body"]

#: relative pronouns that stand for the antecedent of their clause
RELATIVES = frozenset({"which", "whom", "who"})


def member_noun(context: Context, token: Token, rule: Rule[Token]) -> Iterator[Relation]:
    """A noun of membership completing a copula: its subject ``memberOf`` the body after its
    "of" ("X is a member of Y") or, in a relative clause opened by "of which", the clause's
    antecedent ("Y, of which X is a member")."""
    if token.dep_ != "attr" or token.lemma_.lower() not in context.lexicon.membership_nouns:
        return
    verb = token.head
    if verb.lemma_ != "be":
        return
    bodies = _bodies(context, token, verb)
    if not bodies:
        return
    yield from context.emit(
        rule,
        context.subject_entities(verb),
        KG.memberOf,
        bodies,
        [token],
        context.modality(verb),
        token.lower_,
    )


def _bodies(context: Context, noun: Token, verb: Token) -> list[Found]:
    """The organisations the membership is in: the objects of the noun's "of", else the
    antecedent of a relative clause whose "of" takes a relative pronoun."""
    objects = [o for p in preps(noun, "of") for o in objects_of(p)]
    if not objects and verb.dep_ == "relcl":
        relative = [o for p in preps(verb, "of") for o in objects_of(p) if o.lower_ in RELATIVES]
        objects = [verb.head] if relative else []
    found: list[Found] = []
    for obj in objects:
        key = context.entity(obj, ACTORS)
        if key is not None and context.core(key) == KG.Organisation:
            found.append((key, obj))
    return found


def part_of_a_body(context: Context, token: Token, rule: Rule[Token]) -> Iterator[Relation]:
    """An organisation "part of" another, in apposition or after a copula: "the Rural Network
    (RN), part of the Councils Association," or "the Rural Network is part of the Councils
    Association" → the network ``memberOf`` the association."""
    if token.lower_ != "part" or token.pos_ != "NOUN":
        return
    bodies = [
        (key, obj)
        for p in preps(token, "of")
        for obj in objects_of(p)
        if (key := context.entity(obj, ACTORS)) is not None and context.core(key) == KG.Organisation
    ]
    if not bodies:
        return
    if token.dep_ == "appos":
        whole = context.entity(token.head, ACTORS)
        parts = [] if whole is None else [(whole, token.head)]
    elif token.dep_ == "attr" and token.head.lemma_ == "be":
        parts = context.subject_entities(token.head)
    else:
        return
    parts = [(k, t) for k, t in parts if context.core(k) == KG.Organisation]
    yield from context.emit(rule, parts, KG.memberOf, bodies, [token], KG.Asserted, "part of")
