"""Speakers of quotations: first-person pronouns inside a quotation point to its speaker.

The quotations and their speakers come from :mod:`~kg.extract.entities.quotations` (a verb
of saying beside the quote, a line "X said:" before it, or the quotation just before it);
every "I", "we", "our" ... inside the quoted words refers to the speaker, however many
sentences and paragraphs the quotation runs over, and "he" or "she" there refers to someone
else.

Example: "Mr Streeting said: “We will act.”" resolves "We" to Mr Streeting.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from kg.extract.entities.pronouns import FEMALE, MALE, person_excluding
from kg.extract.entities.quotations import find_quotations
from kg.extract.entities.resolved import ResolvedDocument
from kg.extract.lexicon import Lexicon
from kg.extract.parse import sentence_start, tokens_of
from kg.model import Document

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["resolve_speakers", "FIRST_PERSON"]

FIRST_PERSON = frozenset(
    {"i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves"}
)


def resolve_speakers(
    resolved: ResolvedDocument, spacy_doc: Doc, document: Document, lexicon: Lexicon
) -> None:
    """Find the quotations and their speakers (``resolved.quotations``); first-person pronouns
    inside quoted words -> the speaker; ``resolved.speakers``: the first token of each sentence
    a quotation is in -> its speaker."""
    resolved.quotations = find_quotations(resolved, spacy_doc, document, lexicon)
    tokens = tokens_of(spacy_doc)
    starts = [t.idx for t in tokens]
    for quotation in resolved.quotations:
        if quotation.speaker is None:
            continue
        first = bisect.bisect_left(starts, quotation.start)
        last = bisect.bisect_left(starts, quotation.end)
        if first < last:
            resolved.speakers.setdefault(sentence_start(tokens[first]), quotation.speaker)
        speakers = set(quotation.speakers) | {quotation.speaker}
        for token in tokens[first:last]:
            lower = token.lower_
            if lower in FIRST_PERSON:
                resolved.pronouns[token.i] = quotation.speaker
            elif (lower in MALE or lower in FEMALE) and resolved.pronouns.get(token.i) in speakers:
                # a speaker is no "he" in their own words: "“What he says is wrong,” Hale said"
                other = person_excluding(resolved, token, lexicon, speakers)
                if other is None:
                    del resolved.pronouns[token.i]
                else:
                    resolved.pronouns[token.i] = other
            if token.is_sent_start:
                resolved.speakers.setdefault(token.i, quotation.speaker)
