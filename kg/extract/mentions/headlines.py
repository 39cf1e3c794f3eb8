"""Headlines: subject, verb and object with no articles ("Drivers and government reach deal",
"Teachers criticise plan"), which the parser may read as one long noun phrase."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from kg.extract.lexicon import Lexicon
from kg.extract.parse import sentence_start

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["headline_clause", "headline_verb"]


def headline_clause(token: Token, modifiers: Sequence[Token]) -> bool:
    """ "Drivers and government reach deal": headlines drop articles and verbs, and the parser
    then reads subject, verb and object as one long compound noun. Four or more words before
    the head in the first sentence, with a coordinating conjunction among them, are a clause,
    not a name (a name of that length coordinates at most its topic: "health and care plan")."""
    return (
        len(modifiers) >= 4
        and any(t.pos_ == "CCONJ" for t in modifiers)
        and any(t.tag_ in ("NNS", "NNPS") for t in modifiers)
        and sentence_start(token) == 0
    )


def headline_verb(token: Token, modifiers: Sequence[Token], lexicon: Lexicon) -> Token | None:
    """ "Teachers criticise plan", "Union slams offer": a headline's verb that the parser took
    for a noun modifier of the object (``lex:headlineVerb``), after its subject: a plural noun
    before the base form, a name before the "-s" form."""
    if len(modifiers) < 2 or sentence_start(token) != 0:
        return None  # no pair of words to read
    for before, verb in zip(modifiers, modifiers[1:], strict=False):
        lemma = verb.lemma_.lower()
        if lemma not in lexicon.headline_verbs and verb.lower_ not in lexicon.headline_verbs:
            continue
        plural_subject = before.tag_ in ("NNS", "NNPS") and verb.lower_ in lexicon.headline_verbs
        named_subject = before.pos_ == "PROPN" and verb.lower_.endswith("s")
        if plural_subject or named_subject:
            return verb
    return None
