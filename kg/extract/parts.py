"""Long articles in parts: a text over spaCy's limit is read part by part, then put back together.

spaCy refuses a text longer than ``nlp.max_length`` (1,000,000 characters,
error E088), and some of kg's rules look at every pair of things in a
document, so an article of several megabytes would take hours. Such a text is
cut into parts of at most :data:`PART_CHARS` characters at line breaks (a line
break ends a sentence anyway, so no sentence is cut), each part goes through
every stage on its own, and the results are shifted back into the whole
document: offsets into its text, sentences numbered through it, one
:class:`~kg.model.Extraction` per document. Entities of different parts merge
as entities of different documents do (``merge_documents``: same gazetteer id
or distinctive name); a pronoun at the start of a part cannot reach back into
the part before.

Texts within spaCy's limit are read whole, exactly as before.

Example:
    >>> from kg.extract.read import read_text
    >>> doc = read_text("Title\\nOne.\\nTwo.\\n", doc_id="d")
    >>> [(p.offset, p.document.text) for p in plan_parts([doc], max_length=8, part_chars=6)]
    [(0, 'Title\\n'), (6, 'One.\\n'), (11, 'Two.\\n')]
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from kg.extract.parse import CHUNK_CHARS, LONG_BATCH, split_text
from kg.model import Document, Evidence, Extraction, Mention, Quote, Relation, Sentence

__all__ = ["Part", "plan_parts", "join_parts", "parse_options", "PART_CHARS"]

#: The longest part of a long text read at once.
PART_CHARS = CHUNK_CHARS


@dataclass(frozen=True)
class Part:
    """One part of a document: ``document`` holds the part's text; ``offset`` is where it
    starts in ``whole``; ``index`` and ``count`` number the parts of ``whole``."""

    whole: Document
    document: Document
    offset: int
    index: int
    count: int


def plan_parts(
    documents: Iterable[Document], *, max_length: int, part_chars: int = PART_CHARS
) -> Iterator[Part]:
    """Each document as one part, or, when its text is longer than ``max_length``, as parts of
    at most ``part_chars`` characters cut at line breaks."""
    for document in documents:
        if len(document.text) <= max_length:
            yield Part(document, document, 0, 0, 1)
            continue
        spans = split_text(document.text, min(part_chars, max_length))
        for index, (start, end) in enumerate(spans):
            body_end = min(max(document.body_end - start, 0), end - start)
            piece = dataclasses.replace(document, text=document.text[start:end], body_end=body_end)
            yield Part(document, piece, start, index, len(spans))


def parse_options(parts: Sequence[Part]) -> dict[str, int]:
    """Options for ``parse_documents``: when a text was cut, parts of 100,000 characters
    are parsed a few at a time (spaCy's memory grows with the characters of a batch)."""
    return {"batch_size": LONG_BATCH} if any(part.count > 1 for part in parts) else {}


def _sentence(sentence: Sentence, offset: int, first: int) -> Sentence:
    return dataclasses.replace(
        sentence,
        index=sentence.index + first,
        start=sentence.start + offset,
        end=sentence.end + offset,
    )


def _mention(mention: Mention, offset: int, first: int) -> Mention:
    return dataclasses.replace(
        mention,
        start=mention.start + offset,
        end=mention.end + offset,
        sentence=mention.sentence + first,
        token_start=-1,  # token positions are the part's, not the whole text's
        token_end=-1,
    )


def _evidence(evidence: Evidence, sentences: dict[int, Sentence], offset: int) -> Evidence:
    return dataclasses.replace(
        evidence,
        sentence=sentences[evidence.sentence.index],
        start=evidence.start + offset,
        end=evidence.end + offset,
    )


def join_parts(whole: Document, parts: Sequence[tuple[Part, Extraction]]) -> Extraction:
    """One extraction of ``whole`` from the extractions of its parts, offsets and sentence
    numbers shifted into the whole text; entity keys made unique per part."""
    if len(parts) == 1 and parts[0][0].count == 1:
        return parts[0][1]
    joined = Extraction(whole)
    for part, extraction in parts:
        first = len(joined.sentences)
        offset = part.offset
        sentences = {s.index: _sentence(s, offset, first) for s in extraction.sentences}
        joined.sentences.extend(sentences[s.index] for s in extraction.sentences)

        def key(old: str, index: int = part.index) -> str:
            doc_id, _sep, number = old.rpartition("#")
            return f"{doc_id or whole.id}#{index}.{number}"

        for entity in extraction.entities:
            joined.entities.append(
                dataclasses.replace(
                    entity,
                    key=key(entity.key),
                    mentions=tuple(_mention(m, offset, first) for m in entity.mentions),
                )
            )
        joined.relations.extend(
            Relation(
                key(r.subject),
                r.predicate,
                key(r.object),
                _evidence(r.evidence, sentences, offset),
                r.modality,
            )
            for r in extraction.relations
        )
        joined.quotes.extend(
            Quote(
                key(q.speaker) if q.speaker is not None else None,
                q.text,
                _evidence(q.evidence, sentences, offset),
            )
            for q in extraction.quotes
        )
    return joined
