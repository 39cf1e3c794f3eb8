"""Motions: a motion states a stance for whoever passes or puts it forward.

A motion (``kg:Motion``: "motion", "resolution") is a text an assembly votes on, and what it
says is the view of those who carry or table it: "the council passed a motion opposing the
reforms" → the council ``opposes`` the reforms; "the branch tabled a resolution backing the
plan" → the branch ``supports`` it. The stance is a participle or relative clause on the
motion's noun ("a motion opposing X", "a motion which supports X"); who holds it is the
subject (or passive agent) of a verb of passing or putting forward the motion
(``lex:motionVerb``: "pass", "back", "table", "put forward"). Those who reject or merely
debate a motion ("rejected a motion opposing X", "will debate a motion backing X") do not
take its stance, so any other verb gives nothing.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.relations.core import PROPOSALS, Context, Rule
from kg.extract.relations.doers import STANCES
from kg.extract.relations.grammar import children, is_verb, modified
from kg.extract.relations.verbs import objects_named, routes
from kg.model import Relation
from kg.rdf.namespaces import KG

__all__ = ["carried"]

STATING = ("acl", "relcl")  # "a motion opposing X", "a motion which opposes X"
HELD = ("dobj", "nsubjpass")  # "passed a motion ...", "a motion ... was passed by X"


def carried(context: Context, token: Token, rule: Rule[Token]) -> Iterator[Relation]:
    """The stance a motion states, held by whoever passes or puts the motion forward: "the
    council passed a motion opposing the reforms" → the council opposes the reforms."""
    if not is_verb(token) or token.dep_ not in STATING:
        return
    noun = modified(token)
    motion = context.entity(noun, PROPOSALS)
    if motion is None or context.resolved.by_key[motion].type != KG.Motion:
        return
    verb = noun.head
    if noun.dep_ not in HELD or not _passes(context, verb):
        return
    holders = context.subject_entities(verb)
    if not holders:
        return
    for predicate, object_tokens, trigger in routes(context, token):
        core = context.schema.core_property(predicate) or predicate
        if core not in STANCES and predicate != KG.criticises:  # "condemning the levy"
            continue
        objects = [
            (key, t)
            for key, t in objects_named(context, predicate, object_tokens)
            if key != motion and context.core(key) == KG.Proposal
        ]
        yield from context.emit(
            rule, holders, predicate, objects, [verb, token], context.modality(verb), trigger
        )


def _passes(context: Context, verb: Token) -> bool:
    """True for a verb of passing or putting forward a motion (``lex:motionVerb``), with its
    particle ("put forward", "put together")."""
    if not is_verb(verb):
        return False
    words = context.lexicon.motion_verbs
    lemma = verb.lemma_.lower()
    return lemma in words or any(f"{lemma} {p.lower_}" in words for p in children(verb, "prt"))
