"""An actor does not oppose its own proposal: who puts a plan forward, or belongs to or leads
the body that does, is not reported against it in the same article. A reading that makes
them an opponent ("the minister said the union's rejection of the offer was disappointing":
the disappointment is with the rejection, not the offer) has misread whose stance it is.

Example: with ``Government proposes offer`` and ``Keegan memberOf Government``, the relation
``Keegan opposes offer`` is left out.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence

from rdflib import URIRef

from kg.model import Relation
from kg.rdf.namespaces import KG

__all__ = ["without_opposed_own_proposals"]

_TIES = (KG.leads, KG.memberOf, KG.holdsPostIn)
_UNASSERTED = (KG.Conditional, KG.Negated)


def without_opposed_own_proposals(
    relations: Sequence[Relation], core_property: Callable[[URIRef], URIRef | None]
) -> list[Relation]:
    """``relations`` without ``opposes`` from an author of the proposal, or from a member or
    head of a body that is one (``core_property`` maps a property to its core one)."""
    authors: dict[str, set[str]] = defaultdict(set)
    bodies: dict[str, set[str]] = defaultdict(set)
    for r in relations:
        if r.modality in _UNASSERTED:
            continue
        core = core_property(r.predicate)
        if core == KG.proposes:
            authors[r.object].add(r.subject)
        elif core in _TIES:
            bodies[r.subject].add(r.object)
    return [
        r
        for r in relations
        if not (
            core_property(r.predicate) == KG.opposes
            and ({r.subject} | bodies[r.subject]) & authors.get(r.object, set())
        )
    ]
