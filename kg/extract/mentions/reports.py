"""Reports named after their author: "the Hale review", "Dr Hale's report" name a proposal
(``kg:Report``: its recommendations); "the report on phase one" names none.

A report or review (``lex:authoredHeadNoun``) names a proposal only with its author's name
before it: proper nouns that are not an organisation's name ("the BBC report", "the Ofsted report",
"a Guardian report", "the Health Foundation report" are what a body or a newspaper published
or found, as "the Guild's review" is the work the guild does), or a person's possessive.

A body's response to a report or review (:func:`answer_class`) is a proposal too: the document
of what the body will do about what was asked of it ("the Government's response to the
inquiry's report").

Example: "The Hale review made ten recommendations." names "Hale review"; "A BBC report found
that waiting lists rose." names none.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from rdflib import URIRef

from kg.extract.mentions.names import is_acronym
from kg.extract.mentions.phrase_extent import long_form_ends
from kg.extract.parse import GAZETTEER_SPANS
from kg.rdf.namespaces import KG
from kg.rdf.schema import core_class

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.lexicon import Lexicon

__all__ = ["named_after_its_author", "answer_class", "answer_owner_forms"]


def named_after_its_author(token: Token, modifiers: Sequence[Token], lexicon: Lexicon) -> bool:
    """The report or review head ``token`` has its author's name before it (see the module)."""
    names = [t for t in modifiers if t.pos_ == "PROPN"]
    if names and not any(_of_an_organisation(t, lexicon) for t in names):
        return True
    return any(c.dep_ == "poss" and c.ent_type_ == "PERSON" for c in token.children)


def _of_an_organisation(word: Token, lexicon: Lexicon) -> bool:
    """A word of an organisation's name: an acronym ("BBC", "ONS"), a word that names a kind
    of organisation (``lex:nameWord``: "Times", "Guardian") or a word of a listed
    organisation's name ("Health Foundation")."""
    if is_acronym(word.text) or word.text in lexicon.name_words:
        return True
    return any(
        span.start <= word.i < span.end and core_class(URIRef(span.label_)) == KG.Organisation
        for span in word.doc.spans.get(GAZETTEER_SPANS, ())
    )


MAX_WORDS = 12  # a longer form of more words is a clause, not a name


def answer_class(token: Token, lexicon: Lexicon) -> URIRef | None:
    """``kg:Proposal`` for a noun of answering (``lex:answerNoun``: "response") whose "to"
    is followed by a report or review (``lex:reviewNoun``): "the Government's response to the
    inquiry's report" is a document of what it will do; "in response", "his response was"
    and "a response to the offer" name none, nor does a bare "in response to the report" (a
    reaction: no determiner, owner or modifier says which document)."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in lexicon.answer_nouns:
        return None
    if not any(c.dep_ in ("det", "poss", "compound", "amod") for c in token.lefts):
        return None
    for to in token.children:
        if to.dep_ == "prep" and to.lower_ == "to":
            for obj in to.children:
                if obj.dep_ == "pobj" and obj.lemma_.lower() in lexicon.review_nouns:
                    return KG.Proposal
    return None


def answer_owner_forms(token: Token, end: int, lexicon: Lexicon) -> list[tuple[int, int]]:
    """Longer forms of a response with its named owner: "the Government's response" and "the
    Government's response to the report" name the document by who answers."""
    if answer_class(token, lexicon) is None:
        return []
    owner = next((c for c in token.lefts if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if owner is None:
        return []
    start = owner.left_edge.i
    return [(start, e) for e in (end, *long_form_ends(token)) if e - start <= MAX_WORDS]
