"""Plans whose content is an event: "plans for a national strike", "walkout plans", "plans to
ballot members", "the decision to go on strike" name the event planned (a strike, a walkout, a
ballot), not a proposal.

A noun of intending (``lex:intentionNoun``: "plan", "proposal") is named by what is intended,
which comes as a noun before it ("strike plans"), after "for" ("plans for talks") or as an
infinitive ("plans to strike", "plans to walk out", "the decision to take industrial action":
a light verb of taking part with the event). A policy, a scheme or a body planned is a
proposal ("plans for a new regulator", "plans to scrap the levy"); an event planned is the
event, which its own noun or verb names (:mod:`~kg.extract.mentions.verb_events`), and a
union's plan to strike is no policy anyone proposes, backs or opposes.

Example: in "The union announced plans for a strike in March", "plans for a strike" names no
proposal; in "The council announced plans for a parking levy" it names one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.mentions.names import head_class
from kg.rdf.namespaces import KG
from kg.rdf.schema import core_class

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.lexicon import Lexicon

__all__ = ["plans_an_event"]


def plans_an_event(token: Token, lexicon: Lexicon) -> bool:
    """The noun of intending ``token`` has an event for its content (see the module)."""
    if token.lemma_.lower() not in lexicon.intention_nouns:
        return False
    for child in token.children:
        if child.i < token.i and child.dep_ in ("compound", "nmod"):
            if _names_an_event(child, lexicon):
                return True  # "strike plans", "industrial action plans"
        elif child.dep_ == "prep" and child.lower_ == "for":
            if any(o.dep_ == "pobj" and _names_an_event(o, lexicon) for o in child.children):
                return True  # "plans for a national strike"
        elif child.dep_ in ("acl", "xcomp") and _event_infinitive(child, lexicon):
            return True  # "plans to ballot members", "plans to walk out"
    return False


def _names_an_event(token: Token, lexicon: Lexicon) -> bool:
    """A noun that heads an event's name ("strike", "industrial action", "talks")."""
    cls = head_class(token, lexicon)
    return cls is not None and core_class(cls) == KG.Event


def _event_infinitive(verb: Token, lexicon: Lexicon) -> bool:
    """An infinitive of a verb that names an event (``lex:eventVerb``: "to strike", "to walk
    out", "to ballot"), or of a verb of going on one ("to go on strike", ``lex:onEventVerb``)."""
    if verb.tag_ != "VB" or not any(c.lower_ == "to" for c in verb.lefts):
        return False
    lemma = verb.lemma_.lower()
    # the parser may call the particle an adverb: "walk out" with "out" as advmod
    particles = [c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod")]
    return (
        lemma in lexicon.event_verbs
        or any(f"{lemma} {p}" in lexicon.event_verbs for p in particles)
        or _taking_part(verb, lexicon)
    )


def _taking_part(verb: Token, lexicon: Lexicon) -> bool:
    """A light verb of taking part with the event as its object or after "on": "to take
    industrial action", "to stage a walkout" (``lex:participationVerb``), "to go on strike"
    (``lex:onEventVerb``)."""
    lemma = verb.lemma_.lower()
    if lemma in lexicon.participation_verbs:
        if any(o.dep_ == "dobj" and _names_an_event(o, lexicon) for o in verb.children):
            return True
    if lemma in lexicon.on_event_verbs:
        for on in verb.children:
            if on.dep_ == "prep" and on.lower_ == "on":
                if any(o.dep_ == "pobj" and _names_an_event(o, lexicon) for o in on.children):
                    return True
    return False
