"""``extract_documents``: parse → mentions → entities → relations and quotes, then merge.

Example:
    >>> from kg.extract.read import read_text
    >>> corpus = extract_documents([read_text("News\\nThe BMA wrote to NHS England.", doc_id="n")])  # doctest: +SKIP
    >>> [e.label for e in corpus.entities]  # doctest: +SKIP
    ['BMA', 'NHS England']
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from kg.extract import entities as entities_stage
from kg.extract import mentions as mentions_stage
from kg.extract import quotes as quotes_stage
from kg.extract import relations as relations_stage
from kg.extract.gazetteer import load_gazetteer
from kg.extract.lexicon import load_lexicon
from kg.extract.parse import load_pipeline, parse_documents
from kg.extract.parts import Part, join_parts, parse_options, plan_parts
from kg.model import Corpus, Document, Extraction

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["extract_documents", "Corpus"]


def extract_documents(
    documents: Sequence[Document],
    *,
    nlp: Language | None = None,
    include_comments: bool = False,
    gazetteer_files: Sequence[Path | str] = (),
    on_document: Callable[[Document], None] | None = None,
    n_process: int = 1,
) -> Corpus:
    """Run the extraction stages over parsed documents and merge entities across them.

    A text longer than spaCy's limit is read in parts (:mod:`kg.extract.parts`).
    """
    if nlp is None:
        nlp = load_pipeline(gazetteer_files=gazetteer_files)
    lexicon = load_lexicon()
    gazetteer = {entry.id: entry for entry in load_gazetteer(gazetteer_files)}
    extractions: list[Extraction] = []
    parts = list(plan_parts(documents, max_length=nlp.max_length))  # long texts in parts
    done: list[tuple[Part, Extraction]] = []
    parsed = parse_documents(
        nlp, [part.document for part in parts], n_process=n_process, **parse_options(parts)
    )
    for part, (document, spacy_doc) in zip(parts, parsed, strict=True):
        sentences = mentions_stage.sentences_of(document, spacy_doc)
        mentions = mentions_stage.find_mentions(
            spacy_doc,
            document,
            sentences,
            lexicon,
            include_comments=include_comments,
            gazetteer=gazetteer,
        )
        resolved = entities_stage.resolve_document(
            mentions, spacy_doc, document, lexicon, gazetteer
        )
        relations = relations_stage.find_relations(
            spacy_doc,
            document,
            sentences,
            resolved,
            lexicon,
            include_comments=include_comments,
            gazetteer=gazetteer,
        )
        quotes = quotes_stage.find_quotes(
            spacy_doc, document, sentences, resolved, lexicon, include_comments=include_comments
        )
        done.append(
            (part, Extraction(document, sentences, list(resolved.entities), relations, quotes))
        )
        if len(done) < part.count:
            continue
        extractions.append(join_parts(part.whole, done))
        done = []
        if on_document is not None:
            on_document(part.whole)
    merged = entities_stage.merge_documents(extractions)
    return Corpus(extractions, merged.entities, merged.relations, merged.quotes)
