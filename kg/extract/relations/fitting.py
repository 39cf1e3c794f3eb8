"""Fitting a relation's property to what its object turns out to be: criticising a plan
opposes it; proposing a strike is taking part in it; nobody leads a person."""

from __future__ import annotations

from rdflib import URIRef

from kg.rdf.namespaces import KG

__all__ = ["fit_to_object"]

ACTOR_CLASSES = (KG.Person, KG.Organisation)


def fit_to_object(
    predicate: URIRef, core: URIRef, obj_class: URIRef | None, asked: bool = False
) -> URIRef | None:
    """The property ``predicate`` (whose core property is ``core``) becomes for an object of
    core class ``obj_class``; ``None`` when it cannot hold of such an object. ``asked``: the
    trigger is a verb of asking for (``lex:requestVerb``): "demanded talks", "sought a
    meeting" ask for an event not yet held, and take no part in it."""
    if core == KG.leads and obj_class == KG.Person:
        return None
    if core == KG.communicatesWith and obj_class == KG.Proposal:
        return KG.opposes if predicate == KG.criticises else None
    if core == KG.opposes and obj_class in ACTOR_CLASSES:
        # a formal dispute is a stand against the other side itself; other opposing of an
        # actor is criticism of it
        return predicate if predicate == KG.inDisputeWith else KG.criticises
    if core == KG.proposes and obj_class == KG.Event and asked:
        return None
    if core == KG.proposes and obj_class == KG.Event:
        return KG.organises if predicate == KG.organises else KG.participatesIn
    if core == KG.participatesIn and obj_class == KG.Proposal:
        return None
    if core == KG.leads and obj_class == KG.Proposal:  # "lead neighbourhood health"
        return KG.supports
    if core == KG.leads and obj_class == KG.Event:  # "chaired the meeting"
        return KG.organises
    return predicate
