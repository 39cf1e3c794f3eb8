"""Who takes part in each event, from the ``participatesIn`` relations a pass has found: the
rules of later passes read it (``Context.participants``)."""

from __future__ import annotations

from collections.abc import Iterable

from kg.model import Relation
from kg.rdf.namespaces import KG
from kg.rdf.schema import Schema

__all__ = ["participants_of"]


def participants_of(relations: Iterable[Relation], schema: Schema) -> dict[str, frozenset[str]]:
    """Event key → the actors that take part in it (subjects of ``participatesIn`` and below)."""
    found: dict[str, set[str]] = {}
    for relation in relations:
        if schema.core_property(relation.predicate) == KG.participatesIn:
            found.setdefault(relation.object, set()).add(relation.subject)
    return {event: frozenset(actors) for event, actors in found.items()}
