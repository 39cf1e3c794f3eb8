"""An event held inside a gathering: "her speech at the conference", "in a speech at the
forum, X said", "his address during the summit".

A speech, a statement or an address is given where people gather: whoever gives it is at the
gathering named after "at" or "during" the event's noun. The one who gives it is the noun's
owner ("her speech", "the minister's address") or, where the noun is set in a clause ("in a
speech at the forum, X defended ..."), the subject of that clause. Only gatherings
(meetings, talks, conferences: :data:`~kg.extract.relations.events.GATHERINGS`) hold others'
events; "a speech during the strike" only dates the speech.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kg.extract.relations.core import ACTORS, EVENTS, Context, Found, Phrase, Rule
from kg.extract.relations.grammar import children, is_verb
from kg.extract.relations.venues import VENUE_PREPOSITIONS
from kg.model import Relation
from kg.rdf.namespaces import KG

__all__ = ["within_a_gathering"]

#: kinds of event that hold other events given at them
_GATHERINGS = (KG.Meeting, KG.Negotiation, KG.Conference)


def within_a_gathering(context: Context, phrase: Phrase, rule: Rule[Phrase]) -> Iterator[Relation]:
    """Whoever gives an event whose noun the gathering ``phrase`` is "at" or "during" takes
    part in the gathering: "Reid's speech at the Guild conference" → Reid participates in
    the conference."""
    if phrase.cls != KG.Event or not _a_gathering(context, phrase):
        return
    head = phrase.head
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ not in VENUE_PREPOSITIONS or prep.dep_ != "prep":
        return
    outer = prep.head
    if outer.pos_ not in ("NOUN", "PROPN") or context.entity(outer, EVENTS) in (None, phrase.key):
        return
    givers = _givers(context, outer)
    yield from context.emit(
        rule, givers, KG.participatesIn, [(phrase.key, head)], [], context.modality(outer)
    )


def _a_gathering(context: Context, phrase: Phrase) -> bool:
    kinds = context.schema.superclasses(context.resolved.by_key[phrase.key].type)
    return any(kind in kinds for kind in _GATHERINGS)


def _givers(context: Context, noun: Token) -> list[Found]:
    """Who gives the event ``noun`` names: its possessive owner ("her speech"), else the
    subject of the verb the noun's preposition hangs on ("in a speech ..., X said")."""
    owners = [
        (key, owner)
        for owner in children(noun, "poss")
        if (key := context.entity(owner, ACTORS)) is not None
    ]
    if owners:
        return owners
    prep = noun.head
    if noun.dep_ == "pobj" and prep.dep_ == "prep" and is_verb(prep.head):
        return context.subject_entities(prep.head)
    return []
