"""Who does the act a charge names: in "the union accused the council of backing the levy"
or "criticised the minister for scrapping the levy", the gerund after "of" or "for" is the
act of the one accused or criticised (the verb's object controls it, as in "blamed X for
leaving"), not the critic's; so is one praised for ("praised the board for backing the
plan"). The verb is one of criticising or praising in the lexicon (``lex:trigger`` of
``kg:criticises`` or ``kg:welcomes`` with no preposition). In the passive the one accused is
the subject ("the council was accused of backing the levy by the union"); a headline's
reduced passive ("Council accused of backing levy") already has it as its subject.

Read by :meth:`kg.extract.relations.core.Context.subject_entities`, so that every rule gives
the act to its doer, and by :mod:`kg.extract.relations.charged_acts`, the critic's stance.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.lexicon import Lexicon
from kg.extract.relations.grammar import children, conjuncts, is_verb
from kg.rdf.namespaces import KG

__all__ = ["CHARGE_PREPOSITIONS", "CHARGING", "accused_of", "charging_verb"]

CHARGING = (KG.criticises, KG.welcomes)
CHARGE_PREPOSITIONS = ("of", "for")


def charging_verb(gerund: Token, lexicon: Lexicon) -> Token | None:
    """The verb of criticising or praising whose "of" or "for" takes ``gerund`` (or the first
    of a list of gerunds it is in: "for scrapping the levy and cutting jobs")."""
    while gerund.dep_ == "conj" and gerund.head.i != gerund.i:
        gerund = gerund.head
    if gerund.dep_ != "pcomp" or gerund.tag_ != "VBG":
        return None
    prep, verb = gerund.head, gerund.head.head
    if verb.dep_ == "dobj" and prep.lower_ == "of":  # "accused the council of": hung on it
        verb = verb.head  # (a "for" on the object is its own: "welcomed the plan for cutting")
    if prep.dep_ != "prep" or prep.lower_ not in CHARGE_PREPOSITIONS or not is_verb(verb):
        return None
    return verb if lexicon.triggers.get((verb.lemma_.lower(), "")) in CHARGING else None


def accused_of(gerund: Token, lexicon: Lexicon) -> list[Token]:
    """Who does the act of a gerund a charge names: the object of the verb of criticising
    or praising, or its subject in the passive; none for another gerund (its subjects are
    found as for any verb)."""
    verb = charging_verb(gerund, lexicon)
    if verb is None:
        return []
    accused = children(verb, "dobj") or children(verb, "nsubjpass")
    return [c for a in accused for c in conjuncts(a)]
