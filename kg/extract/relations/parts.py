"""Parts: "part of" a proposal.

"As part of the plan, the Government will introduce two new contracts" → the contracts
``partOf`` the plan, and the Government ``proposes`` the plan (case ``author``); "X is part
of Y" → X ``partOf`` Y.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.relations.core import PROPOSALS, Context, Found, Rule
from kg.extract.relations.grammar import children, is_verb, objects_of, preps
from kg.model import Relation
from kg.rdf.namespaces import KG

__all__ = ["part_of"]


def part_of(context: Context, token: Token, rule: Rule[Token]) -> Iterator[Relation]:
    """The proposals a clause puts into a whole with "part of", and who proposes the whole."""
    if token.lower_ != "part" or token.pos_ != "NOUN":
        return
    wholes = [
        found
        for prep in preps(token, "of")
        for found in context.object_entities(objects_of(prep), PROPOSALS, search=False)
    ]
    if not wholes:
        return
    governor = token.head
    actors: list[Found] = []
    if token.dep_ == "pobj" and governor.lower_ == "as":  # "as part of the plan, X will ..."
        verb = governor.head
        items = context.object_entities(
            children(verb, "dobj", "nsubjpass"), PROPOSALS, search=False
        )
        if is_verb(verb):
            actors = context.subject_entities(verb)
    elif token.dep_ == "attr":  # "X is part of Y"
        verb = governor
        items = context.object_entities(children(verb, "nsubj"), PROPOSALS, search=False)
    else:
        return
    modality = context.modality(verb)
    yield from context.emit(rule, items, KG.partOf, wholes, [token], modality, "part of")
    yield from context.emit(
        rule, actors, KG.proposes, wholes, [token], modality, "part of", case="author"
    )
