"""Verbs that look like triggers and are not: a particle the parser read as a verb, a verb
whose particle makes another verb of it ("push back"), a headline's passive of criticising
("Minister accused of misleading MPs"), and verbs whose lemma starts no trigger at all.

Example: in "Council criticised for closures", :func:`charged` is True at "criticised": the
council is the one criticised, not the critic.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg.extract.relations.grammar import has_child, is_verb
from kg.rdf.namespaces import KG

if TYPE_CHECKING:
    from kg.extract.relations.core import Context

__all__ = ["CHARGES", "charged", "complex_preposition", "may_trigger", "misread_particle"]


def may_trigger(context: Context, token: Token) -> bool:
    """A verb, or a noun the parser made the root, whose lemma starts a trigger (at others
    :func:`~kg.extract.relations.verbs.routes` finds none)."""
    return (
        is_verb(token) or (token.pos_ == "NOUN" and token.dep_ == "ROOT")
    ) and token.lemma_.lower() in context.lexicon.trigger_lemmas


def misread_particle(token: Token, particles: frozenset[str]) -> bool:
    """A particle read as a verb, or a verb whose triggers the particle after it changes."""
    return _particle_of_the_verb_before(token, particles) or _with_particle_back(token)


def _particle_of_the_verb_before(token: Token, particles: frozenset[str]) -> bool:
    """A particle word right after a verb (``lex:verbParticle``), which the parser read as a
    verb of its own."""
    if token.lower_ not in particles or token.i == 0:
        return False
    return token.doc[token.i - 1].pos_ == "VERB"


def _with_particle_back(token: Token) -> bool:
    """A verb with "back" right after it ("push back", "roll back"): another verb, whose
    triggers are not the plain verb's ("pushed back plans for X" does not push for X)."""
    doc = token.doc
    return token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "back"


CHARGES = ("of", "for")  # "accused of misleading", "criticised for the delay"


def charged(context: Context, token: Token) -> bool:
    """True for a verb of criticising with "of" or "for" right after it and no object before
    ("Minister accused of misleading MPs over cuts", "Council criticised for closures"): a
    headline's or a reduced clause's passive, whose subject is the one criticised, not the
    critic (the parser often reads it as active). Not with a passive agent, which names the
    critic ("X was accused of sadism by Y": Y criticises X; events9)."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return (
        following is not None
        and following.lower_ in CHARGES
        and token.tag_ in ("VBD", "VBN")
        and context.lexicon.triggers.get((token.lemma_.lower(), "")) == KG.criticises
        and not has_child(token, "agent")
    )


def complex_preposition(context: Context, prep: Token) -> bool:
    """True for "in" that makes one preposition with the bare noun after it and the
    preposition after that (``lex:complexPrepositionNoun``: "voted in favour of strike
    action", "in response to the offer"): not the "in" of a verb's trigger ("vote in" a
    ballot); what follows names what the act is for. "Took part in the protest against X"
    has a determiner: the noun is the object."""
    if prep.lower_ != "in":
        return False
    nouns = context.lexicon.complex_preposition_nouns
    return any(
        o.lower_ in nouns and not has_child(o, "det", "poss") and has_child(o, "prep")
        for o in prep.children
        if o.dep_ == "pobj"
    )
