"""Bare surnames and first names of people already named in full, added as mentions before
the sieve runs ("Buckman said" after "Sarah Buckman").

Example: "Dr Sarah Buckman spoke. Buckman said ..." adds the name-part mention "Buckman".
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from kg.extract.entities.names import name_words
from kg.extract.mentions import METHODS
from kg.extract.mentions.sentences import sentences_of
from kg.extract.parse import tokens_of
from kg.model import Document, Mention
from kg.rdf.namespaces import KG
from kg.rdf.schema import core_class

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["add_name_parts"]


def add_name_parts(mentions: list[Mention], spacy_doc: Doc, document: Document) -> None:
    """Add a mention for each proper noun, outside every mention, that is the first or last word
    of a person's full name (in the comments only when the mentions reach them)."""
    covered: set[int] = set()
    for m in mentions:
        covered.update(range(m.token_start, m.token_end))
    parts: dict[str, Mention] = {}
    for m in mentions:
        if core_class(m.type) == KG.Person and not m.is_role:
            words = name_words(m.text)
            if len(words) >= 2:
                parts.setdefault(words[-1], m)
                parts.setdefault(words[0], m)
    if not parts:
        return
    starts = [s.start for s in sentences_of(document, spacy_doc)]
    for token in tokens_of(spacy_doc):
        if token.i in covered or token.text not in parts or token.pos_ != "PROPN":
            continue
        if document.in_comments(token.idx) and not any(
            m.start >= document.body_end for m in mentions
        ):
            continue
        mentions.append(
            Mention(
                document.id,
                token.idx,
                token.idx + len(token.text),
                token.text,
                KG.Person,
                max(0, bisect.bisect_right(starts, token.idx) - 1),
                "name-part",
                METHODS["name-part"].confidence,
                token_start=token.i,
                token_end=token.i + 1,
                head=token.lower_,
            )
        )
