"""Gatherings (events9): who holds talks, a meeting or a conference (``participatesIn``).

Two constructions the event rules of :mod:`~kg.extract.relations.events` do not read:

* the organisation a gathering is held at, or under the auspices of: "the two sides will
  hold talks at the conciliation service", "peace talks at Acme House", "talks under the
  auspices of the Arbitration Board". An organisation (not a place) that talks are held
  at hosts them, and the conventions count holding an event as taking part in it;
* the subject of "have" whose object is a gathering ("we have had constructive talks with
  the unions", ``lex:gatheringVerb``: a light verb, like "hold"), and of a relative clause of
  having or holding that describes one ("the discussions that we have been having with the
  unions", "the talks the guild held last week"), with the actors after "with" in it.

Only gatherings (:data:`~kg.extract.relations.events.GATHERINGS`): a strike "at" a company
is the company's workers' strike, not the company's, and "the union has a strike" is no
construction of news writing.
"""

from __future__ import annotations

from collections.abc import Iterator

from rdflib import URIRef
from spacy.tokens import Token

from kg.extract.relations.core import ACTORS, Context, Found, Phrase, Rule
from kg.extract.relations.events import GATHERINGS
from kg.extract.relations.grammar import children, is_verb, objects_of, preps
from kg.extract.relations.modality import asked_for, none_of
from kg.model import Relation
from kg.rdf.namespaces import KG

__all__ = ["hosts", "holders"]

# the tags of a relative pronoun, the object of its own clause ("the talks that we held")
RELATIVE_TAGS = ("WDT", "WP")


def _gathering(context: Context, phrase: Phrase) -> bool:
    return phrase.cls == KG.Event and context.resolved.by_key[phrase.key].type in GATHERINGS


def _held(context: Context, phrase: Phrase, verb: Token | None) -> URIRef:
    """The modality of the clause that holds the gathering; else asserted, conditional for
    one only asked for ("sought talks at X"), negated for none held."""
    if verb is not None:
        return context.modality(verb)
    if asked_for(phrase.head, context.lexicon):
        return KG.Conditional
    return KG.Negated if none_of(phrase.head) else KG.Asserted


def hosts(context: Context, phrase: Phrase, rule: Rule[Phrase]) -> Iterator[Relation]:
    """An organisation after "at" or "under the auspices of", on the gathering's noun or on the
    verb whose object it is: "talks at the conciliation service", "held talks at Acme House",
    "talks under the auspices of the board" → the organisation takes part (it hosts them)."""
    if not _gathering(context, phrase):
        return
    head = phrase.head
    verb = head.head if head.dep_ == "dobj" and is_verb(head.head) else None
    places = preps(head, "at", "under") + (preps(verb, "at", "under") if verb is not None else [])
    for prep in places:
        objects = objects_of(prep)
        if prep.lower_ == "under":
            objects = [o for a in objects if a.lemma_.lower() == "auspices" for o in _of(a)]
        found = [
            (key, token)
            for key, token in context.object_entities(objects, ACTORS, search=False)
            if context.core(key) == KG.Organisation
        ]
        yield from context.emit(
            rule,
            found,
            KG.participatesIn,
            [(phrase.key, head)],
            [prep],
            _held(context, phrase, verb),
            f"{prep.lower_}",
        )


def _of(token: Token) -> list[Token]:
    return [o for p in preps(token, "of") for o in objects_of(p)]


def holders(context: Context, phrase: Phrase, rule: Rule[Phrase]) -> Iterator[Relation]:
    """The subject of "have" with the gathering as its object ("we have had talks with the
    unions", ``lex:gatheringVerb``), and of a relative clause of having or taking part that
    describes it ("the discussions that we have been having with the unions", "the talks the
    guild held"), with the actors after "with" on that clause."""
    if not _gathering(context, phrase):
        return
    head = phrase.head
    verbs: list[Token] = []
    if head.dep_ == "dobj" and head.head.lemma_.lower() in context.lexicon.gathering_verbs:
        verbs.append(head.head)
    for verb in children(head, "relcl"):
        lemma = verb.lemma_.lower()
        objects = [o for o in children(verb, "dobj") if o.tag_ not in RELATIVE_TAGS]
        if objects or not children(verb, "nsubj"):
            continue
        if lemma in context.lexicon.gathering_verbs or lemma in context.participation_verbs:
            verbs.append(verb)
    for verb in verbs:
        found: list[Found] = context.subject_entities(verb)
        if verb is not head.head:
            with_objects = [o for p in preps(verb, "with") for o in objects_of(p)]
            found += context.object_entities(with_objects, ACTORS, search=False)
        yield from context.emit(
            rule,
            found,
            KG.participatesIn,
            [(phrase.key, head)],
            [verb],
            context.modality(verb),
            verb.lemma_.lower(),
        )
