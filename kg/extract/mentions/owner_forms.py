"""Longer forms of a proposal's name with its owner: "the Chancellor's Budget", "the Scottish
Government's 2023/24 pay offer", "teaching unions' pay claim for 2025/26".

A possessive before a proposal's head says whose the proposal is, and writers (and readers)
name a proposal by it as often as without it: "the Chancellor's Budget" is "the Budget". The
name without the owner stays the mention; the form with it is another name of the same thing,
with and without the short modifiers after the head. A time before the possessive ("next
year's pay settlement") owns nothing, but the form with it names the proposal as well and is
kept. A pronoun owns nothing nameable ("our pay claim"), a word the parser misread as a
possessor (no possessive mark) is no owner, and a title of proper nouns ("the Alliance's
Harbour Fees Bill") needs none.

Example: "the Chancellor's Budget" gives the longer form "Chancellor's Budget" of "Budget".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rdflib import URIRef

from kg.extract.lexicon import Lexicon
from kg.extract.mentions.authored_proposals import named_by_its_author
from kg.extract.mentions.names import DETERMINERS
from kg.extract.mentions.phrase_extent import long_form_ends
from kg.rdf.namespaces import KG
from kg.rdf.schema import core_class

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["owner_forms", "described_owner_forms"]

MAX_OWNER_WORDS = 5  # "the Department of Health and Social Care's" is as long as an owner gets
MAX_WORDS = 12  # a longer form of more words is a clause, not a name


def owner_forms(token: Token, cls: URIRef, end: int) -> list[tuple[int, int]]:
    """The ``(start, end)`` of the forms of the proposal headed by ``token`` with its owner, up
    to ``end`` (the phrase's own end) and to the end of each short modifier after the head
    (:func:`~kg.extract.mentions.phrase_extent.long_form_ends`); none without an owner. Only
    for a phrase that names its proposal: a description with an owner ("Ucea's offer") refers
    back to one named before, and its owner form is no name of its own."""
    if core_class(cls) != KG.Proposal or _titled(token):
        return []
    owner = next((c for c in token.lefts if c.dep_ == "poss"), None)
    if owner is None or owner.pos_ not in ("PROPN", "NOUN") or not _marked(owner):
        return []
    doc = token.doc
    start = owner.left_edge.i
    while start < owner.i and doc[start].lower_ in DETERMINERS:
        start += 1  # "the Chancellor's": the article is no part of the name
    words = doc[start : owner.right_edge.i + 1]
    if len(words) > MAX_OWNER_WORDS or any(t.is_punct and t.text not in "'’" for t in words):
        return []
    return [
        (start, e) for e in dict.fromkeys((end, *long_form_ends(token))) if e - start <= MAX_WORDS
    ]


def described_owner_forms(
    token: Token, cls: URIRef, end: int, lexicon: Lexicon | None = None
) -> list[tuple[int, int]]:
    """The owner forms of a description that is a name all the same: its head capitalised
    inside a sentence of the body ("the Chancellor's Budget"; headlines capitalise every
    word), or, with ``lexicon``, a head named by its author ("the Pay Board's recommendation",
    :mod:`~kg.extract.mentions.authored_proposals`). "Ucea's offer" refers back and has none."""
    if lexicon is not None and named_by_its_author(token, lexicon):
        return owner_forms(token, cls, end)
    if not token.is_title or token.i == token.sent.start or token.sent.start == 0:
        return []
    return owner_forms(token, cls, end)


def _titled(token: Token) -> bool:
    """A title of proper nouns ("the Alliance's Harbour Fees Bill") is a name of its own."""
    return token.pos_ == "PROPN" and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.lefts
    )


def _marked(owner: Token) -> bool:
    """The possessor has a possessive mark: "'s" ("the Chancellor's") or an apostrophe after a
    plural ("teaching unions'")."""
    doc = owner.doc
    after = owner.right_edge.i + 1
    marks = ("'s", "’s", "'", "’")
    return (
        any(t.tag_ == "POS" or t.lower_ in marks for t in owner.subtree)
        or after < len(doc)
        and (doc[after].tag_ == "POS" or doc[after].lower_ in marks)
        or owner.text.endswith(marks)
    )
