"""Reciprocals: "X and Y accused each other", "the two parties met one another", and a verb
that is reciprocal by itself with coordinated subjects and no object: "the union and the
council met on Monday", "representatives of X and Y met for talks" (``lex:symmetricVerb``).

The relation goes both ways: the verb's trigger when it is a kind of ``communicatesWith``
or ``opposes`` (``criticises`` for "accused"), ``communicatesWith`` otherwise. "The two
parties" / "both sides" stand for the first two actors the sentence names.
"""

from __future__ import annotations

from collections.abc import Iterator

from rdflib import URIRef
from spacy.tokens import Token

from kg.extract.relations.core import ACTORS, Context, Found, Rule
from kg.extract.relations.grammar import children, objects_of
from kg.model import Relation
from kg.rdf.namespaces import KG

__all__ = ["reciprocal"]

RECIPROCAL_PRONOUNS = ("other", "another")  # "each other", "one another"
RECIPROCAL_DETERMINERS = ("each", "one")
PAIR_WORDS = ("two", "both")  # "the two parties", "both sides"


def reciprocal(context: Context, token: Token, rule: Rule[Token]) -> Iterator[Relation]:
    """Both directions between the two actors of a verb whose object is "each other"."""
    if token.pos_ != "VERB" or not (_has_reciprocal_object(token) or _symmetric(context, token)):
        return
    lemma = token.lemma_.lower()
    pair = _pair(context, token)
    if len(pair) < 2:
        return
    predicate = _predicate(context, lemma)
    (a, ta), (b, tb) = pair[0], pair[1]
    modality = context.modality(token)
    for s_key, s_tok, o_key, o_tok in ((a, ta, b, tb), (b, tb, a, ta)):
        relation = context.relation(
            rule, s_key, predicate, o_key, [s_tok, token, o_tok], modality, lemma
        )
        if relation is not None:
            yield relation


def _symmetric(context: Context, verb: Token) -> bool:
    """A verb reciprocal by itself ("meet", "negotiate") with no object of its own: its
    coordinated subjects meet each other."""
    if verb.lemma_.lower() not in context.lexicon.symmetric_verbs:
        return False
    if any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return False
    return not any(p.lower_ == "with" for p in children(verb, "prep"))


def _has_reciprocal_object(verb: Token) -> bool:
    objects = children(verb, "dobj", "pobj")
    objects += [g for c in children(verb, "prep") for g in objects_of(c)]
    return any(
        o.lower_ in RECIPROCAL_PRONOUNS and any(c.lower_ in RECIPROCAL_DETERMINERS for c in o.lefts)
        for o in objects
    )


def _predicate(context: Context, lemma: str) -> URIRef:
    """The verb's trigger if it communicates or opposes ("accuse" → criticises)."""
    triggers = context.lexicon.triggers
    predicate = triggers.get((lemma, "")) or next(
        (p for (word, _), p in triggers.items() if word == lemma), None
    )
    if predicate is None or context.schema.core_property(predicate) not in (
        KG.communicatesWith,
        KG.opposes,
    ):
        return KG.communicatesWith
    return predicate


def _pair(context: Context, verb: Token) -> list[Found]:
    """The two actors: the verb's subjects ("X and Y"), or for "the two parties", "both
    sides" the first two actors the sentence names."""
    pair = [(k, t) for k, t in context.subject_entities(verb) if context.core(k) in ACTORS]
    for group in children(verb, "nsubj"):  # "representatives of X and Y met"
        pair += [
            (k, group) for k in context.group_members(group, ACTORS) if all(k != p for p, _ in pair)
        ]
    if len(pair) >= 2:
        return pair
    subject = next(iter(children(verb, "nsubj")), None)
    if subject is None or not any(c.lower_ in PAIR_WORDS for c in subject.subtree):
        return pair
    seen: list[Found] = []
    for token in verb.sent:
        key = context.entity(token, ACTORS)
        if key is not None and all(key != k for k, _ in seen):
            seen.append((key, token))
    return seen[:2]
