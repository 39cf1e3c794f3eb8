"""Venues: a gathering named after "at" or "during" that the parser hung on a verb's object.

"The minister announced the policy at the party's conference": the parser often attaches a
phrase of place after an object to the object ("policy" → prep "at") rather than to the verb,
though a conference, meeting or round of talks is where the act is done, not a property of
the thing announced. Whoever does the act was at the gathering, as when the phrase hangs on
the verb ("announced at the conference that ..."), which
:func:`~kg.extract.relations.events.setting` already reads.

Only gatherings (:data:`~kg.extract.relations.events.GATHERINGS`: meetings, talks,
conferences), where those who act are there; a strike or a vote after "at" or "during" an
object ("the impact on services during the strike") dates it. Not talks that name their two
sides ("welcomed progress at the talks between the union and the port"): one who speaks of
them need not be in them.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.relations.grammar import children, is_verb

__all__ = ["VENUE_PREPOSITIONS", "verb_of_object"]

VENUE_PREPOSITIONS = ("at", "during")


def verb_of_object(prep: Token) -> Token | None:
    """The verb whose direct object the preposition ``prep`` ("at", "during") hangs on:
    "announced the policy at the conference" → announced; None for a preposition on a verb,
    on a subject, or on a noun after another preposition ("the role of unions at the talks");
    None for talks "between" two sides."""
    if prep.lower_ not in VENUE_PREPOSITIONS or prep.dep_ != "prep":
        return None
    if any(p.lower_ == "between" for o in children(prep, "pobj") for p in children(o, "prep")):
        return None
    noun = prep.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "dobj":
        return None
    verb = noun.head
    return verb if is_verb(verb) else None
