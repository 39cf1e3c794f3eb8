"""Sieve pass over role phrases: a role phrase → its holder ("Health secretary Wes Streeting";
"the health secretary" → the holder of the same phrase seen before, or of the post the
gazetteer lists for the article's days)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from kg.extract.entities.names import name_words
from kg.extract.entities.posts import (
    Days,
    choose_post,
    government_of,
    holders_within,
    tenure_days,
    within,
)
from kg.extract.entities.sieve_base import Sieve
from kg.extract.gazetteer import Post
from kg.extract.mentions import RoleLink, normalise_name
from kg.model import Mention
from kg.rdf.namespaces import KG
from kg.rdf.schema import core_class

__all__ = ["roles_to_holders"]


def roles_to_holders(sieve: Sieve) -> None:
    """A role phrase → its holder ("Health secretary Wes Streeting"); a role phrase on its own →
    the holder of the same phrase, or of a phrase ending in it, seen anywhere ("the health
    secretary"), else the one holder of its post the gazetteer gives for the article's days
    (:mod:`~kg.extract.entities.posts`), else the one listed minister of that government the
    article names with no post of their own; with no holder, it is dropped. Each role phrase that
    names a post of the gazetteer records the organisations the post is in."""
    mentions = sieve.mentions
    role_keys: dict[str, int] = {}
    role_links = {link.role_mention: link for link in sieve.found.roles}
    in_order = sorted(role_links, key=lambda i: mentions[i].start)
    posts = _posts_of_roles(sieve, role_links)
    for k, post in posts.items():
        # a minister is a member of the government, not of the department they run
        sieve.post_organisations[k] = tuple(o for o in (government_of(post),) if o)
    for k in role_links.keys() - posts.keys():
        government = _government_by_title(sieve, k)
        if government is not None:
            sieve.post_organisations[k] = (government,)
    for k in in_order:
        link = role_links[k]
        if link.holder is not None:
            sieve.union(k, link.holder)
            role_keys.setdefault(normalise_name(mentions[k].text), link.holder)
    days = _article_days(sieve, role_links, posts)
    for k in in_order:
        link = role_links[k]
        if link.holder is None:
            holder = role_keys.get(normalise_name(mentions[k].text))
            if holder is None:
                holder = _holder_by_role_word(mentions, role_links, k)
            if holder is None and k in posts:
                holder = _holder_by_post(sieve, k, posts[k], days)
            if holder is None and k in posts:
                holder = _politician_without_post(sieve, k, posts[k], role_links)
            if holder is None:
                holder = _named_after_the_lede(sieve, k)
            if holder is not None:
                sieve.union(k, holder)
            elif not mentions[k].gazetteer_id:
                sieve.drop(k)


def _posts_of_roles(sieve: Sieve, role_links: Mapping[int, RoleLink]) -> dict[int, Post]:
    """The post each role phrase names, where the gazetteer's posts tell it."""
    if sieve.posts is None:
        return {}
    found = {}
    for k, link in role_links.items():
        candidates = sieve.posts.for_role(sieve.mentions[k].text)
        if not candidates:
            continue
        holder = _person_id(sieve, link.holder) if link.holder is not None else None
        post = choose_post(candidates, holder=holder, named=sieve.named_ids)
        if post is not None:
            found[k] = post
    return found


def _government_by_title(sieve: Sieve, k: int) -> str | None:
    """The government of a title that names no post of the gazetteer but opens as the posts
    of one government the article names do: "Cabinet Secretary for Rural Economy" (a portfolio
    since renamed) in an article naming the Scottish Government. Only the government: which
    post, and so who holds it, is not known."""
    if sieve.posts is None:
        return None
    candidates = sieve.posts.for_title(sieve.mentions[k].text)
    governments = {government_of(p) for p in candidates} & sieve.named_ids
    return governments.pop() if len(governments) == 1 else None


def _article_days(
    sieve: Sieve, role_links: Mapping[int, RoleLink], posts: Mapping[int, Post]
) -> Days | None:
    """The days the article may have been written on: its date, else the days on which every
    post holder it names with their post held it; None when nothing tells."""
    if sieve.date is not None:
        return sieve.date, sieve.date
    spans = []
    for k, post in posts.items():
        holder = role_links[k].holder
        person = _person_id(sieve, holder) if holder is not None else None
        held = tenure_days(post, person) if person is not None else None
        if held is not None:
            spans.append(held)
    return within(spans) if spans else None


def _holder_by_post(sieve: Sieve, k: int, post: Post, days: Days | None) -> int | None:
    """The holder of the post a role phrase names, when certain: the only holder on the
    article's days, or the only holder the article names. Their mention when the article names
    them; else the role phrase takes their gazetteer id and names them alone (None)."""
    named = [p for p in post.holders() if _person_mention(sieve, p) is not None]
    held = holders_within(post, days) if days is not None else ()
    if len(held) == 1:
        person = held[0]
    elif len(named) == 1 and (days is None or named[0] in held):
        person = named[0]
    else:
        return None
    found = _person_mention(sieve, person)
    if found is None and person in sieve.gazetteer:
        sieve.mentions[k] = replace(sieve.mentions[k], gazetteer_id=person)
    return found


def _politician_without_post(
    sieve: Sieve, k: int, post: Post, role_links: Mapping[int, RoleLink]
) -> int | None:
    """The person named last before the definite role phrase ``k``, when no other person is
    named between them, they have no role phrase of their own and the gazetteer lists them
    in some post of the same government: "Sajid Javid told a newspaper ... The communities
    secretary is set to ..." (a definite title after a named minister refers to them, even
    in a post the gazetteer does not list them in)."""
    title = sieve.mentions[k]
    if sieve.posts is None or not _after_the(sieve, title):
        return None
    government = government_of(post)
    ministers = {
        person
        for other in sieve.posts.posts
        if government_of(other) == government
        for person in other.holders()
    }
    holders = {
        sieve.links.find(link.holder) for link in role_links.values() if link.holder is not None
    }
    before = [
        n
        for n in sieve.named
        if core_class(sieve.mentions[n].type) == KG.Person and sieve.mentions[n].start < title.start
    ]
    if not before:
        return None
    last = max(before, key=lambda n: sieve.mentions[n].start)
    if sieve.links.find(last) in holders or not any(
        sieve.mentions[n].gazetteer_id in ministers
        for n in before
        if sieve.links.find(n) == sieve.links.find(last)
    ):
        return None
    return last


def _after_the(sieve: Sieve, m: Mention) -> bool:
    """The mention follows "the" ("the communities secretary")."""
    return (
        m.token_start > 0 and bool(sieve.tokens) and sieve.tokens[m.token_start - 1].lower_ == "the"
    )


def _person_id(sieve: Sieve, k: int) -> str | None:
    """The gazetteer id of the person mention ``k`` names: its own, or that of a listed person
    named in the article with the same surname ("Mr Streeting" after "Wes Streeting")."""
    own = sieve.mentions[k].gazetteer_id
    if own is not None:
        return own
    surname = _surname(sieve.mentions[k].text)
    ids = {
        m.gazetteer_id
        for m in sieve.mentions
        if m.gazetteer_id
        and core_class(m.type) == KG.Person
        and _surname(m.text) == surname
        and not m.is_role
    }
    return ids.pop() if len(ids) == 1 else None


def _person_mention(sieve: Sieve, person: str) -> int | None:
    """A mention of a listed person: by their gazetteer id, else a person named by their
    surname ("Ms May" for Theresa May)."""
    entry = sieve.gazetteer.get(person)
    surname = _surname(entry.label) if entry is not None else None
    by_surname = None
    for k in sieve.named:
        m = sieve.mentions[k]
        if m.gazetteer_id == person:
            return k
        if by_surname is None and core_class(m.type) == KG.Person and _surname(m.text) == surname:
            by_surname = k
    return by_surname


def _surname(name: str) -> str:
    words = name_words(name)
    return words[-1].lower() if words else ""


def _holder_by_role_word(
    mentions: Sequence[Mention], role_links: dict[int, RoleLink], k: int
) -> int | None:
    """'the Prime Minister' when 'Prime Minister' was seen with a holder under a longer phrase
    ("UK Prime Minister Jo Hale"), or a longer phrase when a shorter one of several words was
    ("the UK Prime Minister" after "Prime Minister Jo Hale"); a bare role word says too little:
    "the Home Secretary" is not the union's "secretary Jo Hale"."""
    text = normalise_name(mentions[k].text)
    for other, link in role_links.items():
        if other == k or link.holder is None:
            continue
        other_text = normalise_name(mentions[other].text)
        if _ends_with_words(other_text, text) or (
            " " in other_text and _ends_with_words(text, other_text)
        ):
            return link.holder
    return _one_holder_of_a_government_post(mentions, role_links, k, text)


def _one_holder_of_a_government_post(
    mentions: Sequence[Mention], role_links: dict[int, RoleLink], k: int, text: str
) -> int | None:
    """'the minister' after "Minister for Ports Jo Reid": the bare word of a government post
    is the one person the article gave a post of that word before it, when there is only one
    ("the minister" with two ministers named says too little)."""
    role = role_links[k].role
    if " " in text or not role.government_post:
        return None
    holders = {  # by surname: "Jo Reid" and "Ms Reid" are one minister
        normalise_name(mentions[link.holder].text).split()[-1]: link.holder
        for other, link in role_links.items()
        if link.holder is not None
        and mentions[other].start < mentions[k].start
        and text in normalise_name(mentions[other].text).split()
    }
    return next(iter(holders.values())) if len(holders) == 1 else None


def _ends_with_words(text: str, end: str) -> bool:
    """``text`` is ``end`` or ends with its words ("uk prime minister", "prime minister")."""
    return text == end or text.endswith(" " + end)


def _named_after_the_lede(sieve: Sieve, k: int) -> int | None:
    """The person a lede describes by role and the next sentence names ("The leader of the
    Guild has said ... " then "Jo Reid told journalists ..."): news introduces the speaker by
    role first. Only for a role phrase in the first sentence or two of the body (a standfirst
    may come first), with no person named before it, and the first person the next sentence
    names."""
    mentions = sieve.mentions
    m = mentions[k]
    if not 1 <= m.sentence <= 2:  # the lede, after the headline and perhaps a standfirst
        return None
    people = [
        i
        for i in sieve.named
        if core_class(mentions[i].type) == KG.Person and not mentions[i].is_role
    ]
    if any(mentions[i].start < m.start for i in people):
        return None
    after = [i for i in people if mentions[i].sentence == m.sentence + 1]
    return min(after, key=lambda i: mentions[i].start) if after else None
