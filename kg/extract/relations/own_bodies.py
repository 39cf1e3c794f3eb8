"""A person does not communicate with a body they lead or belong to: "the general secretary
said members had been consulted" is the body's own business, not an exchange between two
actors (the annotation conventions' ``communicatesWith`` joins separate actors). Relations of
communication between a person and an organisation the same article makes them a member or
the head of are left out. Nor is the head of a body also a member of it: the conventions give
one ``leads`` and no extra ``memberOf`` ("X and Y, co-chairs of the Guild").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rdflib import URIRef

from kg.model import Relation
from kg.rdf.namespaces import KG

__all__ = ["without_own_bodies"]

TIES = (KG.leads, KG.memberOf)


def without_own_bodies(
    relations: Sequence[Relation],
    core_property: Callable[[URIRef], URIRef | None],
    core_class: Callable[[str], URIRef | None],
) -> list[Relation]:
    """``relations`` without communication between a person and their own organisation, nor
    membership of a body its member leads.
    ``core_property`` maps a property to its core one, ``core_class`` an entity key to its
    core class."""
    ties = {
        frozenset((r.subject, r.object))
        for r in relations
        if core_property(r.predicate) in TIES
        and KG.Person in (core_class(r.subject), core_class(r.object))
    }
    heads = {(r.subject, r.object) for r in relations if core_property(r.predicate) == KG.leads}
    return [
        r
        for r in relations
        if not (
            core_property(r.predicate) == KG.communicatesWith
            and frozenset((r.subject, r.object)) in ties
        )
        and not (core_property(r.predicate) == KG.memberOf and (r.subject, r.object) in heads)
    ]
