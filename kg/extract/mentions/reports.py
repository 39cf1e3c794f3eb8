"""Reports named after their author: "the Hale review", "Dr Hale's report" name a proposal
(``kg:Report``: its recommendations); "the report on phase one" names none.

A report or review (``lex:authoredHeadNoun``) names a proposal only with its author's name
before it: proper nouns that are not an organisation's name ("the BBC report", "the Ofsted report",
"a Guardian report", "the Health Foundation report" are what a body or a newspaper published
or found, as "the Guild's review" is the work the guild does), or a person's possessive.

Example: "The Hale review made ten recommendations." names "Hale review"; "A BBC report found
that waiting lists rose." names none.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from rdflib import URIRef

from kg.extract.mentions.names import is_acronym
from kg.extract.parse import GAZETTEER_SPANS
from kg.rdf.namespaces import KG
from kg.rdf.schema import core_class

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.lexicon import Lexicon

__all__ = ["named_after_its_author"]


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
