"""Infinitives the parser reads as nouns (events9): "Unison is to ballot members".

The small English model reads "to ballot members" after "is", "plans" or "set" as a
preposition and a compound noun, "to [ballot members]", as in "changes to ballot papers". But
after a verb, "to" and a verb of asking people to take part (``lex:passiveEventVerb``:
"ballot", "consult") with a noun of people after it (``lex:groupNoun``, ``lex:workforceNoun``:
"members", "staff", "nurses") is the infinitive of a plan and its object:
"the union is to ballot members" (the "be to" of arranged future acts, common in news
writing), "plans to ballot staff", "is set to ballot members". :func:`mend_infinitives` mends
the parse after the parser and before the attribute ruler and lemmatizer run: the word becomes
a verb (tag VB), the open complement of the verb before "to"; "to" its infinitive marker; the
noun its object. Every later stage then reads it as it reads "will ballot members".

Not after a noun ("changes to ballot papers") nor before a thing ("went to ballot boxes").
"""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["mend_infinitives", "misread_infinitive"]

# the tags of the verb before "to" ("is to", "plans to", "set to"): the component runs before
# the attribute ruler gives parts of speech
GOVERNORS = ("VB", "VBD", "VBG", "VBN", "VBP", "VBZ")


def misread_infinitive(token: Token, verbs: Collection[str], people: Collection[str]) -> bool:
    """True for a verb of ``verbs`` the parser took for a noun before a noun of ``people``
    (singular forms), after a verb and "to": "is to ballot members" ("ballot" a compound of
    "members")."""
    if token.lower_ not in verbs or not token.tag_.startswith("NN") or token.dep_ != "compound":
        return False
    if token.i < 2:
        return False
    doc = token.doc
    marker, governor, obj = doc[token.i - 1], doc[token.i - 2], token.head
    return (
        marker.lower_ == "to"
        and governor.tag_ in GOVERNORS
        and obj.i == token.i + 1
        and _singular(obj.lower_) in people
        and obj.head.i in (marker.i, governor.i)
    )


def _singular(word: str) -> str:
    """The word without a plural "s" (the component runs before the lemmatizer)."""
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def mend_infinitives(doc: Doc, verbs: Collection[str], people: Collection[str]) -> Doc:
    """Make each :func:`misread_infinitive` of ``doc`` a verb with its marker and object."""
    for token in list(doc):
        if not misread_infinitive(token, verbs, people):
            continue
        marker, governor, obj = doc[token.i - 1], doc[token.i - 2], token.head
        token.head = governor
        token.dep_ = "xcomp"
        token.tag_ = "VB"
        token.pos_ = "VERB"
        obj.head = token
        obj.dep_ = "dobj"
        marker.head = token
        marker.dep_ = "aux"
        marker.tag_ = "TO"
        marker.pos_ = "PART"
    return doc
