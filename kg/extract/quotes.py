"""Direct quotations and who said them.

A quotation is the text between quotation marks (“…”, "…", ‘…’; a British
quote that runs to the end of its paragraph without closing continues in the
next paragraph that opens with a quotation mark). Quotes of fewer than four
words or without a verb are scare quotes or labels ("‘liars’", "‘principles, scope
and timeline’") and are skipped.

The speaker is the subject of a speech verb (said, wrote, told, warned ...:
the lexicon's ``lex:speechVerb``) in the sentence that holds the quotation,
outside the quoted words: "Mr Streeting said: ‘…’" and "‘…,’ Mr Streeting
wrote." both attribute the quote. A quotation that opens a paragraph with no verb of its own continues
the speaker of the quotation just before it. Quotes whose speaker cannot be
found are kept with no speaker.

Example:
    >>> [span for span in quoted_spans("He said: “We will act now on pay.” Then left.")]
    [(10, 33)]
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from kg.extract.entities import ResolvedDocument
from kg.extract.lexicon import Lexicon
from kg.extract.parse import tokens_of
from kg.model import Document, Evidence, Quote, Sentence
from kg.rdf.namespaces import KG

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["find_quotes", "quoted_spans", "MIN_WORDS"]

MIN_WORDS = 4
_DOUBLE = re.compile(r"“[^”\n]*(?:”|$)|\"[^\"\n]*(?:\"|$)", re.MULTILINE)
_SINGLE_OPEN = "‘"
_SINGLE_CLOSE = re.compile(r"’(?=[\s.,;:!?)\]—–-]|$)", re.MULTILINE)


def quoted_spans(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of the words inside each quotation of ``text`` (marks excluded)."""
    for match in _DOUBLE.finditer(text):
        inner_end = (
            match.end() - 1
            if match.group().endswith(("”", '"')) and match.end() - match.start() > 1
            else match.end()
        )
        yield match.start() + 1, inner_end
    position = 0
    while True:
        start = text.find(_SINGLE_OPEN, position)
        if start < 0:
            return
        line_end = text.find("\n", start)
        line_end = len(text) if line_end < 0 else line_end
        close = _SINGLE_CLOSE.search(text, start + 1, line_end)
        end = close.start() if close else line_end
        yield start + 1, end
        position = (close.end() if close else line_end) or start + 1


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
    previous_speaker: str | None = None
    previous_paragraph = -1
    line_breaks = [i for i, c in enumerate(text) if c == "\n"]
    for start, end in sorted(set(quoted_spans(text))):
        if document.in_comments(start) and not include_comments:
            continue
        words = text[start:end].strip()
        sentence = sentences[max(0, bisect.bisect_right(starts, start) - 1)]
        paragraph = bisect.bisect_left(line_breaks, start)
        speaker = _speaker(tokens, token_starts, resolved, lexicon, sentence, start, end)
        method = "quote:speech-verb" if speaker is not None else "quote:unattributed"
        if speaker is None and previous_speaker is not None and paragraph - previous_paragraph <= 1:
            opens_paragraph = start - 1 == 0 or text[start - 2 : start - 1] in ("\n", "")
            if opens_paragraph or paragraph == previous_paragraph:
                speaker, method = previous_speaker, "quote:continued"
        if speaker is not None:
            previous_speaker, previous_paragraph = speaker, paragraph
        inside = tokens[
            bisect.bisect_left(token_starts, start) : bisect.bisect_left(token_starts, end)
        ]
        if len(words.split()) < MIN_WORDS or not any(t.pos_ in ("VERB", "AUX") for t in inside):
            continue  # a scare quote or a phrase without a verb, though its speaker carries on
        confidence = {"quote:speech-verb": 0.8, "quote:continued": 0.6}.get(method, 0.5)
        quotes.append(Quote(speaker, words, Evidence(sentence, start, end, method, confidence)))
    return quotes


def _speaker(
    tokens: Sequence[Token],
    token_starts: Sequence[int],
    resolved: ResolvedDocument,
    lexicon: Lexicon,
    sentence: Sentence,
    start: int,
    end: int,
) -> str | None:
    """The subject of a speech verb in the quote's sentence, outside the quoted words."""
    first = bisect.bisect_left(token_starts, sentence.start)
    last = bisect.bisect_left(token_starts, max(sentence.end, end))
    best: tuple[int, str] | None = None
    for token in tokens[first:last]:
        if (
            start <= token.idx < end
            or token.lemma_ not in lexicon.speech_verbs
            or token.pos_ not in ("VERB", "AUX")
        ):
            continue
        subjects = [c for c in token.children if c.dep_ == "nsubj"]
        if not subjects and token.dep_ in ("xcomp", "conj"):  # "He went on to say ..."
            subjects = [c for c in token.head.children if c.dep_ == "nsubj"]
        # "Mr Streeting's letter revealed ...": the letter's author
        subjects += [p for c in subjects for p in c.children if p.dep_ == "poss"]
        for child in subjects:
            if start <= child.idx < end:
                continue
            key = resolved.entity_for_token(child.i, (KG.Person, KG.Organisation))
            if key is not None:
                distance = min(abs(token.idx - start), abs(token.idx - end))
                if best is None or distance < best[0]:
                    best = (distance, key)
    return best[1] if best else None
