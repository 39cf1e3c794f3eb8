"""Talks told of by their sides (events26): "talks between the ministers and the Porters Guild
collapsed ... the strike comes after failed talks with the Guild ... the Guild met ministers
for negotiations with the department" are one round of talks.

A news story tells of the talks behind it again and again, each time naming one side or both
with "with" or "between"; the descriptive-name pass joins only talks whose words before the
head describe them ("scoping talks", "promised talks"). Here talks (``kg:Negotiation``) that
name a common side after "with" or "between" are one, unless a word of another round
(``lex:roundWord``: "further talks", "fresh talks", "new talks") sets one apart, or they are
held on different weekdays.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.entities.sieve_base import Sieve
from kg.rdf.namespaces import KG
from kg.rdf.schema import core_class

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["bare_talks_to_the_round", "talks_by_sides"]

SIDE_PREPOSITIONS = ("with", "between")
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


def talks_by_sides(sieve: Sieve) -> None:
    """Talks naming a common side after "with" or "between" are one round of talks."""
    tokens = sieve.tokens
    if not tokens:
        return
    actors = _actor_mentions(sieve)
    talks: list[tuple[int, frozenset[int], frozenset[str]]] = []
    for k, m in enumerate(sieve.mentions):
        if k in sieve.dropped or m.type != KG.Negotiation or m.method.startswith("verb"):
            continue
        head = tokens[m.token_start].doc[m.token_start : m.token_end].root
        if _another_round(head, sieve):
            continue
        sides = frozenset(
            sieve.links.find(a)
            for prep in head.children
            if prep.dep_ == "prep" and prep.lower_ in SIDE_PREPOSITIONS
            for t in prep.subtree
            for a in actors.get(t.i, ())
        )
        if sides:
            talks.append((k, sides, _days(head)))
    for i, (k, sides, days) in enumerate(talks):
        for other, other_sides, other_days in talks[:i]:
            if sides & other_sides and not (days and other_days and days != other_days):
                sieve.union(other, k)


def bare_talks_to_the_round(sieve: Sieve) -> None:
    """Talks named by their head alone ("after months of strikes and negotiations", "returned
    to the talks") are the one round of talks the article names with more words ("talks with
    ministers in Cardiff"): a story tells of the talks behind it by the bare noun as well. Not
    when it names several rounds, or one set apart by a word of another round ("further talks").
    """
    tokens = sieve.tokens
    if not tokens:
        return
    bare: list[int] = []
    rounds: set[int] = set()
    for k, m in enumerate(sieve.mentions):
        if k in sieve.dropped or m.type != KG.Negotiation or m.method.startswith("verb"):
            continue
        span = tokens[m.token_start].doc[m.token_start : m.token_end]
        if _another_round(span.root, sieve):
            return
        if all(t.pos_ == "DET" for t in span if t != span.root):
            bare.append(k)
        else:
            rounds.add(sieve.links.find(k))
    if len(rounds) == 1:
        (named,) = rounds
        for k in bare:
            sieve.union(named, k)


def _actor_mentions(sieve: Sieve) -> dict[int, list[int]]:
    """Token index → the mentions of people and organisations covering it."""
    found: dict[int, list[int]] = {}
    for k, m in enumerate(sieve.mentions):
        if k not in sieve.dropped and core_class(m.type) in (KG.Person, KG.Organisation):
            for t in range(m.token_start, m.token_end):
                found.setdefault(t, []).append(k)
    return found


def _another_round(head: Token, sieve: Sieve) -> bool:
    """A word of another round of talks before the head ("further talks", "fresh talks")."""
    return any(t.lower_ in sieve.lexicon.round_words for t in head.lefts)


def _days(head: Token) -> frozenset[str]:
    """The weekdays the talks are said to be held on ("talks on Monday")."""
    return frozenset(
        t.lower_
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ == "on"
        for t in prep.subtree
        if t.lower_ in WEEKDAYS
    )
