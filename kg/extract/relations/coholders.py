"""Posts held jointly: "Dr Jo Reyes and Dr Sam Okafor, co-chairs of the Guild's pay committee,
said" → each ``chairOf`` the committee.

A plural role word names one post of several holders only when it says the post is shared
("co-chairs", "joint chairs", "joint general secretaries"); a bare plural ("ministers",
"directors") is a group. The holders are the people named, joined by "and", just before the
role ("X and Y, co-chairs of Z") or just after it ("Z's joint chairs, X and Y,"); the
organisation is the one the title names after "of" or "at", its possessor, or the body whose
name stands before it ("the HGC co-chairs, X and Y,").
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
#: the most words a shared role's title has after its mark of sharing ("general secretaries")
MAX_ROLE_WORDS = 3


def co_holders(context: Context, doc: Doc, rule: Rule[Doc]) -> Iterator[Relation]:
    """Each holder of a post held jointly holds it in the organisation its title names."""
    for token in context.tokens:
        shared = _shared_role(context, token)
        if shared is None:
            continue
        relation, start = shared
        organisation = (
            title_organisation(context, token.i, token.i + 1)
            or _organisation_after(context, token)
            or possessor(context, start)
            or _organisation_before(context, start)
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
    ("co-chairs", tokenised "co", "-", "chairs"; "joint chairs"; "joint general secretaries",
    the role's words between the mark of sharing and the plural), or None."""
    if token.tag_ not in ("NNS", "NNPS"):
        return None
    doc, i = context.doc, token.i
    roles = context.lexicon.roles
    for width in range(MAX_ROLE_WORDS):
        first = i - width  # the role's first word: "general" of "joint general secretaries"
        if first < 1:
            return None
        if doc[first - 1].text == "-" and first >= 2 and doc[first - 2].lower_ == "co":
            start = first - 2
        elif doc[first - 1].lower_ == "joint":
            start = first - 1
        else:
            continue
        words = [t.lower_ for t in doc[first:i]]
        role = roles.get(" ".join([*words, token.lemma_.lower()])) or roles.get(
            " ".join([*words, token.lower_.removesuffix("s")])
        )
        if role is not None:
            return role.relation, start
    return None


def _organisation_after(context: Context, token: Token) -> str | None:
    """The organisation named just after the role word and "of" or "at", read off the words
    when the parser hangs the preposition elsewhere ("co-chairs of the Guild")."""
    doc = context.doc
    at = token.i + 1
    if at >= len(doc) or doc[at].lower_ not in ("of", "at"):
        return None
    for follower in doc[at + 1 : at + 1 + MAX_ROLE_WORDS + 1]:
        key = context.entity(follower, (KG.Organisation,))
        if key is not None:
            return key
        if follower.is_punct:
            break
    return None


def _organisation_before(context: Context, start: int) -> str | None:
    """The organisation whose name modifies the title just before it ("the RDC co-chairs",
    "Guild joint chairs"), as a body's name before a single holder's title does."""
    if start < 1:
        return None
    before = context.doc[start - 1]
    if before.dep_ == "case" or before.is_punct:
        return None
    return context.entity(before, (KG.Organisation,))


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
