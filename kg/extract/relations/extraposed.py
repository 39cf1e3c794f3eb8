"""Extraposed urgings: "it is time / up to / vital / not too late for X to act" (``lex:urgingPredicate``).

The predicate of an extraposed "it" says what the moment or duty asks; the infinitive after
it is urged, not done: "it is not too late for the minister to agree to talks" says the
minister should agree, not that they did. Read by ``urgings`` (who is urged) and by
``modality`` (the infinitive's act is only asked for).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.lexicon import Lexicon
from kg.extract.relations.grammar import children, has_child, preps

__all__ = ["expletive", "predicate_words", "urged_clause"]

#: where the parser hangs "for X to ..." on the copula
URGED_CLAUSES = ("advcl", "relcl", "xcomp", "ccomp", "acl")


def expletive(copula: Token) -> bool:
    """The copula's subject is an expletive "it"."""
    return any(s.lower_ == "it" for s in children(copula, "nsubj"))


def predicate_words(token: Token, copula: Token) -> str | None:
    """The predicate as the lexicon spells it: "time", "vital", "up to", "not too late" (the
    copula's negation and a "too" before the word kept: "it is too late for X" urges no one)."""
    if token.dep_ == "prep" and token.lower_ == "up" and preps(token, "to"):
        words = ["up", "to"]
    elif token.dep_ in ("acomp", "attr") and token.pos_ in ("ADJ", "NOUN"):
        words = [token.lemma_.lower()]
        if any(c.lower_ == "too" for c in children(token, "advmod")):
            words.insert(0, "too")
    else:
        return None
    if has_child(copula, "neg"):
        words.insert(0, "not")
    return " ".join(words)


def urged_clause(clause: Token, lexicon: Lexicon) -> bool:
    """``clause`` is the infinitive of an extraposed urging ("it is not too late for the
    minister [to agree]"), hung on the copula or on its predicate ("late"): what it tells is
    asked for, not done."""
    predicate: Token | None = None
    copula = clause.head
    if copula.dep_ in ("acomp", "attr") and copula.head.i != copula.i:
        predicate, copula = copula, copula.head
    if (
        clause.dep_ not in URGED_CLAUSES
        or copula.i == clause.i
        or copula.lemma_.lower() != "be"
        or not expletive(copula)
        or not any(c.lower_ == "to" and c.dep_ == "aux" for c in clause.children)
    ):
        return False
    candidates = [predicate] if predicate is not None else copula.children
    return any(
        predicate_words(c, copula) in lexicon.urging_predicates
        for c in candidates
        if c.i != clause.i
    )
