"""Wholes (ext-proprel): proposals put inside a larger one by a preposition or by a list noun.

"Under the plan, a hedgerow grant will be paid" and "the rise under the new deal" → the grant
and the rise ``partOf`` the plan and the deal ("under the Government's plans, a grant will be
paid": the Government ``proposes`` the grant); "the fare cap set out in the plan" → the cap
``partOf`` the plan; "the measures in the plan include a soil
payment" → the payment ``partOf`` the plan (``lex:listNoun``).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.relations.core import ACTORS, PROPOSALS, Context, Found, Rule
from kg.extract.relations.grammar import children, has_child, is_verb, objects_of, preps
from kg.extract.relations.verbs import routes
from kg.model import Relation
from kg.rdf.namespaces import KG

__all__ = ["contents", "listed_in", "set_out_in", "under"]

CONTAINING = ("in", "of")  # "the measures in the plan", "the measures of the plan"
PACKAGES = frozenset({"agreement", "bill", "budget", "programme", "program", "framework agreement"})


def under(context: Context, token: Token, rule: Rule[Token]) -> Iterator[Relation]:
    """What is done or paid under a plan, deal or package is a part of it: the proposals that
    are the subject or object of the clause "under X" hangs on, or the noun it hangs on. X is
    headed by a word of a plan or package (``lex:genericProposalHead``, ``lex:listNoun``,
    ``lex:offerNoun``, "agreement", "bill", "budget"): a standing framework is the basis of an
    act, not its whole. Being part of a plan is said of the plan, so "would be paid under the
    plan" is no condition; only a negation is kept."""
    if token.lower_ != "under" or token.dep_ != "prep":
        return
    lexicon = context.lexicon
    packages = lexicon.generic_proposal_heads | lexicon.list_nouns | lexicon.offer_nouns
    # a plan, deal or package ("under the plan"), not a standing framework or law the act
    # is done by ("paid under Agenda for Change", "under the 2012 Act")
    plans = [o for o in objects_of(token) if o.lemma_.lower() in packages | PACKAGES]
    wholes = context.object_entities(plans, PROPOSALS, search=False)
    authors = [] if wholes else _plan_authors(context, token)
    if not wholes and not authors:
        return
    governor = token.head
    if is_verb(governor):
        item_tokens = children(governor, "nsubj", "nsubjpass", "dobj")
        modality = context.modality(governor)
        modality = modality if modality == KG.Negated else KG.Asserted
    elif governor.pos_ in ("NOUN", "PROPN"):
        item_tokens, modality = [governor], KG.Asserted
    else:
        return
    items = context.object_entities(item_tokens, PROPOSALS, search=False)
    whole_keys = {key for key, _ in wholes}
    parts = [(key, t) for key, t in items if key not in whole_keys]
    yield from context.emit(rule, parts, KG.partOf, wholes, [token], modality, "under")
    yield from context.emit(
        rule, authors, KG.proposes, parts, [token], modality, "under", case="author"
    )


def _plan_authors(context: Context, under: Token) -> list[Found]:
    """The owner of plans that name no proposal themselves: "under the Government's plans"
    (a possessor of a generic proposal noun or a list noun, ``lex:genericProposalHead``,
    ``lex:listNoun``)."""
    lexicon = context.lexicon
    nouns = lexicon.generic_proposal_heads | lexicon.list_nouns
    return [
        (key, owner)
        for plan in objects_of(under)
        if plan.lemma_.lower() in nouns
        for owner in children(plan, "poss")
        if (key := context.entity(owner, ACTORS)) is not None
    ]


def listed_in(context: Context, token: Token, rule: Rule[Token]) -> Iterator[Relation]:
    """The items a list noun of a proposal includes are parts of the proposal: "the measures in
    the plan include a soil payment" (an inverse ``partOf`` trigger whose subject is a list
    noun, ``lex:listNoun``, naming no proposal itself)."""
    if not is_verb(token) or token.lemma_.lower() not in context.lexicon.inverse:
        return
    for subject in children(token, "nsubj"):
        if subject.lemma_.lower() not in context.lexicon.list_nouns:
            continue
        if context.entity(subject, PROPOSALS) is not None:
            continue
        wholes: list[Found] = [
            found
            for prep in preps(subject, *CONTAINING)
            for found in context.object_entities(objects_of(prep), PROPOSALS, search=False)
        ]
        items = context.object_entities(children(token, "dobj"), PROPOSALS, search=True)
        whole_keys = {key for key, _ in wholes}
        parts = [(key, t) for key, t in items if key not in whole_keys]
        yield from context.emit(
            rule, parts, KG.partOf, wholes, [token], context.modality(token), "listed in"
        )


def set_out_in(context: Context, token: Token, rule: Rule[Token]) -> Iterator[Relation]:
    """A proposal put forward or included in another is part of it: "the fare cap set out in
    the plan", "the services outlined in the strategy", "the pay rise included in the deal" (a
    participle of a proposing or including verb, ``lex:trigger``, hung on the part, with "in"
    the whole). The parser often reads such a participle after a name as a past tense with
    the name its subject ("the Fare Cap outlined in the plan would ..."): a verb with no
    object, no auxiliary and a proposal for subject is read so too."""
    if token.dep_ == "acl" and token.tag_ == "VBN":
        named = [token.head]
    elif token.tag_ in ("VBD", "VBN") and not has_child(token, "dobj", "aux", "auxpass"):
        named = children(token, "nsubj")
    else:
        return
    lemma = token.lemma_.lower()
    proposing = lemma in context.lexicon.inverse or any(
        context.schema.core_property(route.predicate) == KG.proposes
        for route in routes(context, token)
    )
    if not proposing:
        return
    wholes = [
        found
        for prep in preps(token, "in")
        for found in context.object_entities(objects_of(prep), PROPOSALS, search=False)
    ]
    parts = [
        (key, t)
        for key, t in context.object_entities(named, PROPOSALS, search=False)
        if all(key != whole for whole, _ in wholes)
    ]
    yield from context.emit(rule, parts, KG.partOf, wholes, [token], KG.Asserted, f"{lemma} in")


def contents(context: Context, token: Token, rule: Rule[Token]) -> Iterator[Relation]:
    """What a plan or a bill puts forward is a part of it: "the white paper proposes a fare
    cap", "the plan will introduce two new contracts" (a verb of proposing, ``lex:trigger``,
    whose subject is a proposal, not an actor)."""
    if not is_verb(token) or has_child(token, "nsubjpass", "auxpass"):
        return
    found = [
        route
        for route in routes(context, token)
        if context.schema.core_property(route.predicate) == KG.proposes
    ]
    if not found:
        return
    wholes = [
        (key, t)
        for t in children(token, "nsubj")
        if (key := context.entity(t, PROPOSALS)) is not None
    ]
    if not wholes:
        return
    whole_keys = {key for key, _ in wholes}
    for route in found:
        parts = [
            (key, t)
            for key, t in context.object_entities(route.objects, PROPOSALS, search=False)
            if key not in whole_keys
        ]
        yield from context.emit(
            rule, parts, KG.partOf, wholes, [token], context.modality(token), route.trigger
        )
