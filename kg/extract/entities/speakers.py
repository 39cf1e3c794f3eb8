"""Speakers of quotations: first-person pronouns inside a quotation point to its speaker.

The speaker is the subject of a verb of saying (``lex:speechVerb``) in the sentence; a
sentence that opens with a quotation mark, or stays in the same paragraph, continues the
speaker before it.

Example: "Mr Streeting said: “We will act.”" resolves "We" to Mr Streeting.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from kg.extract.entities.resolved import ResolvedDocument
from kg.extract.lexicon import Lexicon
from kg.extract.mentions import QUOTES
from kg.extract.parse import tokens_of
from kg.model import Document
from kg.rdf.namespaces import KG

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["resolve_speakers", "FIRST_PERSON"]

FIRST_PERSON = frozenset(
    {"i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves"}
)


def resolve_speakers(
    resolved: ResolvedDocument, spacy_doc: Doc, document: Document, lexicon: Lexicon
) -> None:
    """First-person pronouns inside quotations -> the speaker the sentence attributes them to."""
    previous: str | None = None
    previous_paragraph = -1
    tokens = tokens_of(spacy_doc)
    line_breaks = [i for i, c in enumerate(document.text) if c == "\n"]
    for sent in spacy_doc.sents:
        text = sent.text.strip()
        if not text:
            continue
        paragraph = bisect.bisect_left(line_breaks, sent.start_char)
        sentence_tokens = tokens[sent.start : sent.end]
        speaker = _speaker(resolved, sentence_tokens, lexicon)
        has_quote = any(c in text for c in '‘“"')
        if (
            speaker is None
            and previous is not None
            and (text[0] in "‘“\"'" or paragraph == previous_paragraph)
        ):
            speaker = previous
        if speaker is not None and (has_quote or text[0] in QUOTES):
            _attribute(resolved, sent, sentence_tokens, speaker)
            previous = speaker
        elif speaker is None or not has_quote:
            previous = speaker if has_quote else None
        previous_paragraph = paragraph


def _speaker(
    resolved: ResolvedDocument, sentence_tokens: list[Token], lexicon: Lexicon
) -> str | None:
    """The person or organisation that is the subject of the sentence's first verb of saying
    with a known subject."""
    for token in sentence_tokens:
        if token.lemma_ in lexicon.speech_verbs and token.pos_ in ("VERB", "AUX"):
            for child in token.children:
                if child.dep_ == "nsubj":
                    key = resolved.entity_for_token(child.i, (KG.Person, KG.Organisation))
                    if key is not None:
                        return key
    return None


def _attribute(
    resolved: ResolvedDocument, sent: Span, sentence_tokens: list[Token], speaker: str
) -> None:
    for token in sentence_tokens:
        if token.lower_ in FIRST_PERSON:
            resolved.pronouns[token.i] = speaker
    resolved.speakers[sent.start] = speaker
