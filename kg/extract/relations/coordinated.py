"""Coordinated plans share what is said of the first: "the ministry's plans to close the depot
and to cut bus fares" are the ministry's both, and whoever announces, welcomes or rejects the
plans does so to both.

Coordination shares what governs the first conjunct with the second: the noun of planning and
its owner stand before the first infinitive only, and the second ("and to cut bus fares") is
named as a change of its own (:mod:`~kg.extract.mentions.coordinated_plans`). So the actor
that owns, puts forward or takes a side on the first plan's phrase does the same with the
second.

Example: in "Unite welcomed the ministry's plans to close the depot and to cut bus fares.",
``coordinated_with`` of the plans found at "plans" is the change found at "cut".
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from kg.extract.mentions.coordinated_plans import second_infinitive
from kg.extract.relations.core import PROPOSALS, Context, Found

__all__ = ["coordinated_with"]

PLAN_CLAUSES = ("acl", "xcomp", "relcl")  # "plans to close the depot": how the parser hangs it


def coordinated_with(context: Context, objects: Sequence[Found]) -> list[Found]:
    """The proposals named by infinitives coordinated with one that a proposal of ``objects``
    holds ("plans to close the depot and to cut bus fares" → "cut bus fares"), not already
    among them."""
    keys = {key for key, _ in objects}
    found: list[Found] = []
    for key, token in objects:
        if context.core(key) not in PROPOSALS:
            continue
        for second in _second_infinitives(token):
            other = context.entity(second, PROPOSALS)
            if other is not None and other != key and other not in keys:
                keys.add(other)
                found.append((other, second))
    return found


def _second_infinitives(noun: Token) -> list[Token]:
    """The verbs coordinated with an infinitive that completes ``noun`` ("plans to close X
    and to cut Y" → "cut")."""
    return [
        second
        for clause in noun.children
        if clause.dep_ in PLAN_CLAUSES
        for second in clause.children
        if second.dep_ == "conj" and second_infinitive(second) == clause
    ]
