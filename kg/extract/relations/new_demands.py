"""Asking for something new puts it forward; asking for what is already there backs it.

An indefinite noun phrase brings a new thing into a text, a definite or possessed one (or a
name) points to a thing already there. So "the union called for a windfall tax" (or "the
union's call for a fair deal", "demanded a pay rise") voices an idea the asker is the first to
put forward: the asker ``proposes`` it; "called for the levy", "called for its plan", "is
demanding the pay rise promised by ministers" back a proposal already on the table
(``supports``). The triggers of asking are ``lex:demandTrigger``; with an object that is
neither (a bare "any"), each keeps its own property.

The same holds for asking others to bring something in (a verb of ``kg:introduces``):
"called on the ministry to launch an independent inquiry" puts the inquiry forward, "urged
the ministry to introduce the levy" backs the levy (:mod:`~kg.extract.relations.directives`).

Example: in "The GMB called for a windfall tax", the route of "call for" (``supports``) at
"called" becomes a route of ``proposes``; in "The GMB demanded the windfall tax", the route of
"demand" (``proposes``) one of ``supports``.
"""

from __future__ import annotations

from collections.abc import Sequence

from rdflib import URIRef
from spacy.tokens import Token

from kg.extract.relations.core import PROPOSALS, Context
from kg.rdf.namespaces import KG

__all__ = ["introduced", "is_known", "is_new", "new_or_known"]

INDEFINITE = ("a", "an")  # the articles that bring a new thing into the text
DEFINITE = ("the", "this", "that", "these", "those")  # the determiners that point to one


def is_new(token: Token) -> bool:
    """True for a common noun introduced as new: "a windfall tax", "an inquiry", "more
    funding" (no article), not "the levy", "its plan", "this offer" or a name."""
    if token.pos_ != "NOUN":
        return False
    for child in token.children:
        if child.dep_ == "poss" or (child.dep_ == "det" and child.lower_ not in INDEFINITE):
            return False
    return True


def is_known(token: Token) -> bool:
    """True for a noun that points to a thing already there: "the levy", "this offer", "its
    plan", or a name."""
    if token.pos_ == "PROPN":
        return True
    return any(
        child.dep_ == "poss" or (child.dep_ == "det" and child.lower_ in DEFINITE)
        for child in token.children
    )


def new_or_known(context: Context, trigger: str, objects: Sequence[Token]) -> URIRef | None:
    """For a trigger of ``lex:demandTrigger`` whose first object names a proposal: ``proposes``
    when it is new ("called for a windfall tax"), ``supports`` when it is already there
    ("demanded the levy"); else None (the trigger keeps its property)."""
    if trigger not in context.lexicon.demand_triggers or not objects:
        return None
    first = objects[0]
    if context.entity(first, PROPOSALS) is None:
        return None
    if is_new(first):
        return KG.proposes
    return KG.supports if is_known(first) else None


def introduced(context: Context, objects: Sequence[Token]) -> URIRef:
    """What asking others to bring in ``objects`` says of the asker: ``proposes`` for a new
    proposal ("to launch an inquiry"), ``supports`` for one already there ("to introduce
    the levy")."""
    first = objects[0] if objects else None
    return KG.proposes if first is not None and is_new(first) else KG.supports
