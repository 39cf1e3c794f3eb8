"""Contributions: a sum of money put towards a proposal is part of it.

News writing names the money of a package by what it goes to: "the initial investment in
the agreement", "£20m for the scheme", "£200m to go towards this year's pay deal", "the
money will go towards the plan". The sum (a ``kg:FundingPackage``) is ``partOf`` the
proposal it is for (the conventions: "the £500m is part of the Fair Pay Agreement"). Only a
proposal at the other end counts ("£20m for the NHS", "investment in general practice" name
no proposal), and only money: "a review of the scheme", "support for the plan" are no part
of it; nor is the proposal a change of an amount is in ("a rise in the cap": what changes).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.relations.core import PROPOSALS, Context, Found, Rule
from kg.extract.relations.grammar import children, is_verb, objects_of
from kg.model import Relation
from kg.rdf.namespaces import KG

__all__ = ["put_towards"]

# what money is for, after the noun that names it: "investment in", "£20m for", "cash towards"
AFTER_A_SUM = ("in", "into", "for", "towards", "toward")
# what money goes to, after a verb: "£200m to go towards the deal" ("for" and "in" after a
# verb say why or where: "signed off £200m for the first time", "spent in the spring")
AFTER_A_VERB = ("towards", "toward")


def put_towards(context: Context, token: Token, rule: Rule[Token]) -> Iterator[Relation]:
    """The sum a preposition of purpose hangs on is part of the proposal after it: "the
    investment in the agreement", "£200m to go towards the pay deal"."""
    word = token.lower_
    if token.dep_ != "prep" or word not in AFTER_A_SUM:
        return
    head = token.head
    if is_verb(head):
        if word not in AFTER_A_VERB:
            return
        sums = _sums(context, _what_goes(head))
    elif word in ("in", "into") and head.lemma_.lower() in context.lexicon.in_complement_heads:
        return  # "a rise in the cap": what changes (``lex:inComplementHead``), not what it is for
    else:
        sums = _sums(context, [head])
    if not sums:
        return
    wholes = context.object_entities(objects_of(token), PROPOSALS, search=False)[:1]
    if not wholes:
        return
    if is_verb(head):
        modality = context.modality(head)
    else:
        modality = context.modality(head.head) if is_verb(head.head) else KG.Asserted
    keys = {k for k, _ in wholes}
    parts = [(k, t) for k, t in sums if k not in keys]
    yield from context.emit(rule, parts, KG.partOf, wholes, [token], modality, word)


def _what_goes(verb: Token) -> list[Token]:
    """What a verb sends towards a whole: its subject or object ("the money will go towards",
    "put £5m towards"), or the object of the clause its infinitive completes ("signed off
    £200m to go towards")."""
    found = children(verb, "nsubj", "nsubjpass", "dobj")
    if not found and verb.dep_ in ("xcomp", "advcl") and is_verb(verb.head):
        found = children(verb.head, "dobj")
    return found


def _sums(context: Context, tokens: list[Token]) -> list[Found]:
    """The funding packages the tokens name."""
    found: list[Found] = []
    for token in tokens:
        key = context.entity(token, PROPOSALS)
        if key is None:
            continue
        if KG.FundingPackage in context.schema.superclasses(context.resolved.by_key[key].type):
            found.append((key, token))
    return found
