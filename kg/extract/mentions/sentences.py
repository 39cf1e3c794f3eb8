"""The sentences of a parsed document, numbered, with offsets trimmed to their words.

Example: "News\nThe BMA met.  It said no." gives sentences 0 "News", 1 "The BMA met."
and 2 "It said no.", each with ``text == document.text[start:end]``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.parse import tokens_of
from kg.model import Document, Sentence

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["sentences_of"]


def sentences_of(document: Document, spacy_doc: Doc) -> list[Sentence]:
    """The non-blank sentences of a parsed document, numbered in order, with trimmed offsets."""
    sentences: list[Sentence] = []
    text = document.text
    tokens = tokens_of(spacy_doc)
    for sent in spacy_doc.sents:
        first = tokens[sent.start].idx
        last = tokens[sent.end - 1]
        raw = text[first : last.idx + len(last.text)]
        stripped = raw.strip()
        if not stripped or not any(c.isalnum() for c in stripped):
            continue
        start = first + (len(raw) - len(raw.lstrip()))
        end = start + len(stripped)
        sentences.append(
            Sentence(document.id, len(sentences), start, end, stripped, document.in_comments(start))
        )
    return sentences
