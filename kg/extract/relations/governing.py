"""Who governs (proposes8): the actors whose report of what will be done, or whose consultation
on a proposal, puts the proposal forward (moved from ``announcements`` so that the verb rules
can read it too)."""

from __future__ import annotations

from kg.extract.relations.core import Context
from kg.rdf.namespaces import KG

__all__ = ["governing"]


def governing(context: Context, key: str) -> bool:
    """True for a government body, a public body (an agency acting for the state: "NHS
    England said the service will be launched") or someone holding a government post in the
    text."""
    if context.resolved.by_key[key].type in (KG.GovernmentBody, KG.PublicBody):
        return True
    for link, holder, organisation in context.resolved.roles:
        if holder != key:
            continue
        if link.role.government_post or (
            organisation is not None
            and context.resolved.by_key[organisation].type == KG.GovernmentBody
        ):
            return True
    return False
