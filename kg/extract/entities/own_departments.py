"""Sieve passes: "his department", "the department" in an article about one minister is the
department the minister's post is in; "the executive" in an article whose ministers are of
one government called an executive is that government.

A minister is named by a post the gazetteer lists ("Health Minister Mike Nesbitt", "Health
Secretary Wes Streeting"), and each such post is in a department (``org:postIn``). News then
refers to that department by its noun alone, with the minister's possessive ("outside his
department") or, in the minister's own words, with "the" or "my" ("when I joined the
department"): with one minister's department in view, the description is that department,
even where the article never names it. So is "the executive" the government of ministers
named by posts of a government called so (Northern Ireland's), which the article need not name.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from kg.extract.entities.posts import government_of
from kg.extract.entities.role_holders import _posts_of_roles
from kg.extract.mentions.departments import DEPARTMENT_NOUNS
from kg.rdf.namespaces import KG
from kg.rdf.schema import core_class

if TYPE_CHECKING:
    from kg.extract.entities.sieve_base import Sieve

__all__ = ["departments_of_named_ministers", "executive_of_named_ministers"]

EXECUTIVE = "executive"
#: what opens a department's noun that refers to the one in view
OWNING_WORDS = frozenset({"the", "his", "her", "my", "their"})


def departments_of_named_ministers(sieve: Sieve) -> None:
    """A description "department" after "the" or a possessive pronoun is the department of
    the last post named before it (the minister in view; the first named after it when none
    is), when the article names no organisation that is a department (the descriptions pass
    reads those)."""
    posts = _departments_of_posts(sieve)
    if not posts or not sieve.tokens:
        return
    mentions, descriptions = sieve.mentions, sieve.found.descriptions
    for k in sorted(descriptions):
        m = mentions[k]
        before = sieve.tokens[m.token_start - 1].lower_ if m.token_start > 0 else ""
        if descriptions[k] not in DEPARTMENT_NOUNS or before not in OWNING_WORDS:
            continue
        earlier = [d for start, d in posts if start < m.start]
        department = earlier[-1] if earlier else posts[0][1]
        entry = sieve.gazetteer[department]
        mentions[k] = replace(m, type=entry.type, gazetteer_id=department)
        del descriptions[k]


def _departments_of_posts(sieve: Sieve) -> list[tuple[int, str]]:
    """Where each role phrase naming a post in a department starts, and the department's
    gazetteer id, in order; none when the article names a department (one of these, or any
    whose name has a department's noun)."""
    role_links = {link.role_mention: link for link in sieve.found.roles}
    found = sorted(
        (sieve.mentions[k].start, post.organisation)
        for k, post in _posts_of_roles(sieve, role_links).items()
        if post.government is not None
        and post.organisation is not None
        and post.organisation in sieve.gazetteer
    )
    departments = {d for _, d in found}
    named = any(
        m.gazetteer_id in departments
        or core_class(m.type) == KG.Organisation
        and DEPARTMENT_NOUNS & set(m.text.lower().split())
        for k, m in enumerate(sieve.mentions)
        if k not in sieve.found.descriptions and not m.is_role
    )
    return [] if named else found


def executive_of_named_ministers(sieve: Sieve) -> None:
    """A description "executive" after "the" is the government every post named by the
    article's role phrases is in, when that government's listed name is an executive's
    ("Northern Ireland Executive") and no organisation of the article has the word in its name
    ("the CBA Executive")."""
    if not sieve.tokens:
        return
    role_links = {link.role_mention: link for link in sieve.found.roles}
    governments = {government_of(p) for p in _posts_of_roles(sieve, role_links).values()}
    if len(governments) != 1:
        return
    (government,) = governments
    entry = sieve.gazetteer.get(government or "")
    mentions, descriptions = sieve.mentions, sieve.found.descriptions
    if entry is None or EXECUTIVE not in entry.label.lower().split():
        return
    if any(
        EXECUTIVE in m.text.lower().split()
        for k, m in enumerate(mentions)
        if k not in descriptions and not m.is_role and m.gazetteer_id != entry.id
    ):
        return
    for k in sorted(descriptions):
        m = mentions[k]
        if descriptions[k] == EXECUTIVE and m.token_start > 0:
            if sieve.tokens[m.token_start - 1].lower_ == "the":
                mentions[k] = replace(m, type=entry.type, gazetteer_id=entry.id)
                del descriptions[k]
