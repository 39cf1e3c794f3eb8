"""Posts held jointly: "Dr Jo Reyes and Dr Sam Okafor, co-chairs of the Guild's pay committee,
said" → each ``chairOf`` the committee.

A plural role word names one post of several holders only when it says the post is shared
("co-chairs", "joint chairs", "joint general secretaries"); a bare plural ("ministers",
"directors") is a group. The holders are the people named, joined by "and", just before the
role ("X and Y, co-chairs of Z") or just after it ("Z's joint chairs, X and Y,"); the
organisation is the one the title names after "of" or "at", or its possessor.
"""

from __future__ import annotations

from collections.abc import Iterator

from rdflib import URIRef
from spacy.tokens import Doc, Token

from kg.extract.relations.core import Context, Rule
from kg.extract.relations.roles import possessor, title_organisation
from kg.model import Relation
from kg.rdf.namespaces import KG

__all__ = ["co_holders"]

#: words between holders named together
_JOINING = frozenset({"and", "&", ","})


def co_holders(context: Context, doc: Doc, rule: Rule[Doc]) -> Iterator[Relation]:
    """Each holder of a post held jointly holds it in the organisation its title names."""
    for token in context.tokens:
        shared = _shared_role(context, token)
        if shared is None:
            continue
        relation, start = shared
        organisation = title_organisation(context, token.i, token.i + 1) or possessor(
            context, start
        )
        if organisation is None:
            continue
        for person, key in _holders(context, start, token.i):
            found = context.relation(
                rule, key, relation, organisation, [person, token], KG.Asserted, token.lower_
            )
            if found is not None:
                yield found


def _shared_role(context: Context, token: Token) -> tuple[URIRef, int] | None:
    """The relation of the shared post a plural role word names and where its phrase starts
    ("co-chairs", tokenised "co", "-", "chairs"; "joint chairs"), or None."""
    if token.tag_ not in ("NNS", "NNPS"):
        return None
    doc, i = context.doc, token.i
    if i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ == "co":
        start = i - 2
    elif i >= 1 and doc[i - 1].lower_ == "joint":
        start = i - 1
    else:
        return None
    role = context.lexicon.roles.get(token.lemma_.lower()) or context.lexicon.roles.get(
        token.lower_.removesuffix("s")
    )
    return (role.relation, start) if role is not None else None


def _holders(context: Context, start: int, end: int) -> list[tuple[Token, str]]:
    """The people named together just before the role phrase starting at ``start``, else just
    after the role word at ``end``."""
    before = _people_from(context, start - 1, -1)
    return before if len(before) > 1 else _people_from(context, end + 1, 1)


def _people_from(context: Context, i: int, step: int) -> list[tuple[Token, str]]:
    """People named one after another from token ``i`` on, in direction ``step``, joined by
    "and" or commas."""
    doc = context.doc
    found: list[tuple[Token, str]] = []
    while 0 <= i < len(doc):
        token = doc[i]
        key = context.entity(token, (KG.Person,))
        if key is not None:
            if all(key != k for _, k in found):
                found.append((token, key))
        elif token.lower_ not in _JOINING:
            break
        i += step
    return found
