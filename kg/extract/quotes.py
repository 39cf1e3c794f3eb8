"""Direct quotations and who said them, as the graph's ``kg:Quotation`` nodes.

The quotations and their speakers are found while resolving the document
(:mod:`kg.extract.entities.quotations`: a verb of saying beside the quote, a line "X said:"
before it, or the quotation just before it), so that "we" and "I" inside them are the
speaker's. Quotes of fewer than four words or without a verb are scare quotes or labels
("‘liars’", "‘principles, scope and timeline’") and are skipped; quotes whose speaker cannot
be found are kept with no speaker.

Example:
    >>> [span for span in quoted_spans("He said: “We will act now on pay.” Then left.")]
    [(10, 33)]
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import TYPE_CHECKING

from kg.extract.entities import ResolvedDocument
from kg.extract.entities.quotations import quoted_spans
from kg.extract.lexicon import Lexicon
from kg.extract.parse import tokens_of
from kg.model import Document, Evidence, Quote, Sentence

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["find_quotes", "quoted_spans", "MIN_WORDS"]

MIN_WORDS = 4
CONFIDENCE = {"speech-verb": 0.8, "introduced": 0.7, "continued": 0.6}


def find_quotes(
    spacy_doc: Doc,
    document: Document,
    sentences: Sequence[Sentence],
    resolved: ResolvedDocument,
    lexicon: Lexicon,
    *,
    include_comments: bool = False,
) -> list[Quote]:
    """Every direct quotation of at least four words in a document, with its speaker."""
    if not sentences:
        return []
    text = document.text
    starts = [s.start for s in sentences]
    tokens = tokens_of(spacy_doc)
    token_starts = [t.idx for t in tokens]
    quotes: list[Quote] = []
    for quotation in resolved.quotations:
        start, end = quotation.start, quotation.end
        if document.in_comments(start) and not include_comments:
            continue
        words = text[start:end].strip()
        inside = tokens[
            bisect.bisect_left(token_starts, start) : bisect.bisect_left(token_starts, end)
        ]
        if len(words.split()) < MIN_WORDS or not any(t.pos_ in ("VERB", "AUX") for t in inside):
            continue  # a scare quote or a phrase without a verb
        sentence = sentences[max(0, bisect.bisect_right(starts, start) - 1)]
        method = f"quote:{quotation.method}"
        confidence = CONFIDENCE.get(quotation.method, 0.5)
        quotes.append(
            Quote(quotation.speaker, words, Evidence(sentence, start, end, method, confidence))
        )
    return quotes
