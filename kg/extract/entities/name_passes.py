"""Sieve passes over names: an acronym and its expansion, one gazetteer entry, equal names,
a person's name parts, an organisation's name and its longer form."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from rdflib import URIRef

from kg.extract.entities.names import name_words, surname_words
from kg.extract.entities.posts import GOVERNMENTS, UK_GOVERNMENT
from kg.extract.entities.sieve_base import Sieve
from kg.extract.mentions import normalise_name
from kg.extract.mentions.acronyms import LINK_WORDS
from kg.extract.mentions.departments import DEPARTMENT_NOUNS
from kg.extract.mentions.gazetteer import PAST_GOVERNMENT_WORDS
from kg.extract.mentions.retyped_names import short_company_name
from kg.rdf.namespaces import KG
from kg.rdf.schema import core_class

if TYPE_CHECKING:
    from kg.model import Mention

__all__ = [
    "linked_forms",
    "the_government_of_the_text",
    "governments_of_the_past",
    "same_gazetteer_entry",
    "same_name",
    "names_without_their_year",
    "person_name_parts_are_people",
    "surname_or_first_name",
    "double_surnames",
    "organisation_name_prefix",
    "outlets_by_first_word",
    "body_word_alone",
    "acronym_of_initials",
]


# ------------------------------------------------------------------ names


def linked_forms(sieve: Sieve) -> None:
    """Links the mention stage found: an acronym and its expansion, a name and its longer form."""
    for a, b in sieve.found.same_as:
        sieve.union(a, b)


_UK_WORDS = frozenset({"uk", "british", "hm", "westminster", "whitehall", "britain's"})


def the_government_of_the_text(sieve: Sieve) -> None:
    """A bare "the Government" is the one government the text names, when that is another than
    the UK's ("the Scottish Government ... the Government's plan") and the text never names the
    UK's as such ("UK Government", "Westminster government"): it takes that entry's id. A
    government named by a party no nation of the text is governed by ("the Conservative
    government" in a Welsh article) stays the UK's."""
    mentions = sieve.mentions
    uk = [k for k in sieve.named if mentions[k].gazetteer_id == UK_GOVERNMENT]
    if any(set(normalise_name(mentions[k].text).split()) & _UK_WORDS for k in uk):
        return
    bare = [k for k in uk if normalise_name(mentions[k].text) == "government"]
    others = {
        m.gazetteer_id
        for m in mentions
        if m.gazetteer_id in GOVERNMENTS and m.gazetteer_id != UK_GOVERNMENT
    }
    governments = [m for m in mentions if m.gazetteer_id in GOVERNMENTS]
    first = min(governments, key=lambda m: m.start, default=None)
    if len(others) == 1 and first is not None and first.gazetteer_id in others:
        (other,) = others
        for k in bare:
            mentions[k] = replace(mentions[k], gazetteer_id=other)


def governments_of_the_past(sieve: Sieve) -> None:
    """The governments an article sets in the past are one: "the previous government", "the
    last government", "the previous Conservative government" (a name of its own, no listed
    government: :func:`~kg.extract.mentions.gazetteer.listed_names`) are the one government
    before the one in office."""
    mentions = sieve.mentions
    past = [
        k
        for k in sieve.named
        if mentions[k].type == KG.GovernmentBody
        and not mentions[k].gazetteer_id
        and _past_government(normalise_name(mentions[k].text).split())
    ]
    for k in past[1:]:
        sieve.union(past[0], k)


def _past_government(words: list[str]) -> bool:
    """ "previous government", "last conservative government", "conservative government" (a
    party's government the article sets in the past elsewhere)."""
    return (
        2 <= len(words) <= 3
        and words[-1] in ("government", "administration")
        and (words[0] in PAST_GOVERNMENT_WORDS or len(words) == 2)
    )


def same_gazetteer_entry(sieve: Sieve) -> None:
    """Names that matched one gazetteer entry ("GPC England", "GP Committee England")."""
    first: dict[str, int] = {}
    for k in sieve.named:
        entry = sieve.mentions[k].gazetteer_id
        if entry:
            sieve.union(first.setdefault(entry, k), k)


def same_name(sieve: Sieve) -> None:
    """Names of one core class that are equal without case, articles, honorifics and
    possessives ("Dr Katie Bramall" = "Katie Bramall")."""
    first: dict[tuple[URIRef | None, str], int] = {}
    bare = _bare_heads_of_longer_names(sieve)
    for k in sieve.named:
        m = sieve.mentions[k]
        cls = core_class(m.type)
        if k in bare:
            continue
        for name in (normalise_name(m.text), *_slash_alternatives(m.text)):
            if name:
                sieve.union(first.setdefault((cls, name), k), k)


_SLASHED_LAST_WORD = re.compile(r"^(?P<stem>.*\S) (?P<one>[A-Z]\w+) ?/ ?(?P<other>[A-Z]\w+)$")


def _slash_alternatives(text: str) -> tuple[str, ...]:
    """A name ending in two words joined by a slash names the body by either word: "Guild
    Cymru/Wales" is "Guild Cymru" and "Guild Wales" (a nation named in both languages)."""
    match = _SLASHED_LAST_WORD.match(text.strip())
    if match is None:
        return ()
    stem = match["stem"]
    return (normalise_name(f"{stem} {match['one']}"), normalise_name(f"{stem} {match['other']}"))


_YEAR_AT_END = re.compile(r"^(?P<name>.*[A-Z][a-z]*) (?P<year>(?:19|20)\d\d)$")
#: a fiscal statement's title with its year or financial year first: "the 2025-26 Budget"
_YEAR_FIRST = re.compile(
    r"^(?P<year>(?:19|20)\d\d(?:[-/\u2013](?:19|20)?\d\d)?) (?P<name>[A-Z][a-z]*(?: [A-Z][a-z]*)*)$"
)


def names_without_their_year(sieve: Sieve) -> None:
    """A proposal's capitalised name and the same name with a year after it are one, where
    the article gives it one year only ("the Agriculture Act 2020" ... "the Agriculture Act"):
    a law's short title ends in its year, which news writing drops after the first mention. A
    fiscal statement's title in capitals takes its year or financial year before it ("the
    2025-26 Budget" ... "the Budget"), dropped likewise. Two years of one name ("Strategy
    2025", "Strategy 2030") are two things: nothing is joined."""
    mentions = sieve.mentions
    years: dict[str, set[str]] = {}
    bare: dict[str, list[int]] = {}
    dated: dict[str, list[int]] = {}
    for k in sieve.phrases:
        if core_class(mentions[k].type) != KG.Proposal:
            continue
        found = _YEAR_AT_END.match(mentions[k].text) or _YEAR_FIRST.match(mentions[k].text)
        if found is not None:
            name = normalise_name(found["name"])
            years.setdefault(name, set()).add(found["year"])
            dated.setdefault(name, []).append(k)
        else:
            bare.setdefault(normalise_name(mentions[k].text), []).append(k)
    for name, ks in dated.items():
        if len(years[name]) == 1 and any(c.isupper() for c in mentions[ks[0]].text):
            for k in bare.get(name, ()):
                sieve.union(ks[0], k)


def _bare_heads_of_longer_names(sieve: Sieve) -> set[int]:
    """Head words alone whose phrase has a longer name ("motion" of "motion of no confidence",
    "motion" of "a motion calling for a ballot"): the head is named only by what follows it, so
    two equal heads are not one name (their longer forms join each to its own)."""
    mentions = sieve.mentions
    found = set()
    for a, b in sieve.found.same_as:
        for short, long in ((a, b), (b, a)):
            s, lo = mentions[short], mentions[long]
            if (
                s.token_end - s.token_start == 1
                and lo.token_start == s.token_start
                and lo.token_end > s.token_end
            ):
                found.add(short)
    return found


def person_name_parts_are_people(sieve: Sieve) -> None:
    """A one-word name the model typed otherwise that is a known person's first name or surname
    is that person's ("Amanda"; "Hodge" after "Baroness Hodge"): corrects its class, joins
    nothing."""
    mentions = sieve.mentions
    person_parts = {
        w.lower()
        for m in mentions
        if core_class(m.type) == KG.Person and not m.is_role
        for w in (name_words(m.text)[:1] + name_words(m.text)[-1:])
        if len(name_words(m.text)) >= 2 or m.method == "honorific"
    }
    for k in sieve.named:
        m = mentions[k]
        if (
            m.method == "ner"
            and core_class(m.type) != KG.Person
            and " " not in m.text.strip()
            and m.text.lower() in person_parts
        ):
            mentions[k] = replace(m, type=KG.Person)


def surname_or_first_name(sieve: Sieve) -> None:
    """A person's surname or first name alone → the full name before it (or the first one after):
    "Mr Streeting", "Buckman", "Amanda", "Von der Leyen". People who share only a surname stay
    apart only across documents; in one article the nearest earlier full name wins."""
    mentions = sieve.mentions
    people = [k for k in sieve.named if core_class(mentions[k].type) == KG.Person]
    alone = {k: _surname_alone(name_words(mentions[k].text), sieve) for k in people}
    full = [k for k in people if alone[k] is None and len(name_words(mentions[k].text)) >= 2]
    for k in people:
        key = alone[k]
        if key is None:
            continue
        matches = [f for f in full if _lower(surname_words(name_words(mentions[f].text))) == key]
        if not matches and len(key) == 1:
            matches = [f for f in full if name_words(mentions[f].text)[-1].lower() == key[0]]
        if not matches and len(key) == 1:
            matches = [f for f in full if name_words(mentions[f].text)[0].lower() == key[0]]
        if not matches:  # "Hodge" after "Baroness Hodge", with no full name in the article
            matches = [f for f in people if f != k and _titled_surname(mentions[f], key)]
        if matches:
            before = [f for f in matches if mentions[f].start < mentions[k].start]
            sieve.union(k, (before[-1] if before else matches[0]))


def _titled_surname(m: Mention, key: tuple[str, ...]) -> bool:
    """The mention names a person by a title and the surname ``key`` ("Baroness Hodge")."""
    return m.method == "honorific" and _lower(name_words(m.text)) == key


def double_surnames(sieve: Sieve) -> None:
    """A two-word name that ends a person's longer name is that person by a surname of two
    words ("Ruiz Soto" after "Ana Ruiz Soto", as Spanish and Portuguese names go): no
    first name of two words is the tail of a name of three."""
    mentions = sieve.mentions
    people = [k for k in sieve.named if core_class(mentions[k].type) == KG.Person]
    words = {k: _lower(name_words(mentions[k].text)) for k in people}
    full = [k for k in people if len(words[k]) >= 3 and not mentions[k].is_role]
    for k in people:
        if len(words[k]) != 2 or mentions[k].is_role:
            continue
        matches = [f for f in full if words[f][-2:] == words[k]]
        if len({words[f] for f in matches}) == 1:
            before = [f for f in matches if mentions[f].start < mentions[k].start]
            sieve.union(k, (before[-1] if before else matches[0]))


def _surname_alone(words: tuple[str, ...], sieve: Sieve) -> tuple[str, ...] | None:
    """The words of a name that is one word, or a surname of several words starting with a
    particle ("von der Leyen"), lower-case; None for a fuller name."""
    if len(words) == 1 or (len(words) > 1 and words[0].lower() in sieve.lexicon.surname_particles):
        return _lower(words)
    return None


def _lower(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(w.lower() for w in words)


def organisation_name_prefix(sieve: Sieve) -> None:
    """An organisation's name of two words or more that starts a longer one ("GP Committee" →
    "GP Committee England"), unless the longer one names a body of it ("Dockers Association
    Pensions Committee": its last word is an organisation's, ``lex:nameWord``)."""
    mentions = sieve.mentions
    orgs = [k for k in sieve.named if core_class(mentions[k].type) == KG.Organisation]
    for k in orgs:
        words = normalise_name(mentions[k].text).split()
        if len(words) < 2:
            continue
        for other in orgs:
            longer = normalise_name(mentions[other].text).split()
            if (
                len(longer) > len(words)
                and longer[: len(words)] == words
                and sieve.lexicon.name_words.get(longer[-1].title()) is None
            ):
                sieve.union(k, other)
                break


def outlets_by_first_word(sieve: Sieve) -> None:
    """A one-word organisation name that is the first word of one company's or news outlet's
    two-word name (:func:`~kg.extract.mentions.retyped_names.short_company_name`: "Sky" beside "Sky
    News", "Jingye" beside "Jingye Group") is that body, when no list names the word alone."""
    mentions = sieve.mentions
    orgs = [k for k in sieve.named if core_class(mentions[k].type) == KG.Organisation]
    outlets: dict[str, set[int]] = {}
    for k in orgs:
        words = mentions[k].text.split()
        if short_company_name(words, sieve.lexicon):
            outlets.setdefault(words[0], set()).add(sieve.links.find(k))
    for k in orgs:
        found = outlets.get(mentions[k].text, set())
        if len(found) == 1 and not mentions[k].gazetteer_id:
            sieve.union(next(iter(found)), k)


def body_word_alone(sieve: Sieve) -> None:
    """A body named without its owner's name ("Salaries Committee" after "EIS Salaries
    Committee", where "EIS" is an organisation of the article), by its name word alone
    ("Council": ``lex:nameWord`` of a committee), or a department by its first word ("the
    Department" beside "Department of Education") is the one body of the article named in
    full so; with two such bodies ("the Pay Council", "the Rail Council") it is left alone."""
    mentions = sieve.mentions
    orgs = [k for k in sieve.named if core_class(mentions[k].type) == KG.Organisation]
    names = {k: tuple(normalise_name(mentions[k].text).split()) for k in orgs}
    owners = {words for words in names.values() if words}
    shorter: dict[tuple[str, ...], set[int]] = {}  # a name's tail → the bodies named so in full
    for k, words in names.items():
        for cut in range(1, len(words)):
            if cut == len(words) - 1 or _owner(words[:cut], mentions[k].text, owners):
                shorter.setdefault(words[cut:], set()).add(sieve.links.find(k))
        if len(words) > 2 and words[0] in DEPARTMENT_NOUNS and words[1] in ("of", "for"):
            shorter.setdefault(words[:1], set()).add(sieve.links.find(k))
    for k, words in names.items():
        if not words or mentions[k].gazetteer_id:
            continue
        alone = sieve.lexicon.name_words.get(words[0].title())
        if len(words) == 1 and alone != KG.Committee and words[0] not in DEPARTMENT_NOUNS:
            continue
        found = shorter.get(words, set())
        if len(found) == 1:
            sieve.union(next(iter(found)), k)


def _owner(words: tuple[str, ...], name: str, owners: set[tuple[str, ...]]) -> bool:
    """The first ``words`` of an organisation's ``name`` name its owner: an organisation of the
    article, or an acronym ("EIS" of "EIS Salaries Committee")."""
    first = name.split()[0]
    return words in owners or (len(words) == 1 and first.isupper() and len(first) > 1)


def acronym_of_initials(sieve: Sieve) -> None:
    """An acronym no bracket defined whose letters are the initials of a name of two words or
    more in the article ("the HRA" after "the Harbour Road Agreement"): a short form of that
    name, of its class (journalists abbreviate a name once they have given it); a body named
    after its parent's acronym is abbreviated without it ("the GU port committee" ... "PC").
    Not a person's name: "Una King" is never written "UK", nor "Emily Upton" "EU"."""
    mentions = sieve.mentions
    by_initials: dict[str, int] = {}
    for k in sieve.named:
        if core_class(mentions[k].type) == KG.Person:
            continue
        words = [w for w in mentions[k].text.split() if w.lower() not in LINK_WORDS]
        if len(words) >= 2 and all(w[:1].isupper() for w in words):
            by_initials.setdefault("".join(w[0] for w in words), k)
        if len(words) >= 3 and words[0].isupper() and all(w.isalpha() for w in words[1:]):
            # "the BMA resident doctors committee" ... "RDC": a body of the parent before it
            by_initials.setdefault("".join(w[0] for w in words[1:]).upper(), k)
    for k in sieve.named:
        m = mentions[k]
        text = m.text[:-1] if m.text.endswith("s") else m.text  # "HRAs"
        other = by_initials.get(text)
        if other is None or m.method not in ("ner", "name-part") or not text.isupper():
            continue
        sieve.union(k, other)
        mentions[k] = replace(m, type=mentions[other].type)
