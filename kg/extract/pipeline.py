"""``extract_documents``: parse → mentions → entities → relations and quotes, then merge.

The per-document steps are exposed for builds that spread documents over
processes or machines (:mod:`kg.distributed`): :func:`load_extractor` loads what
every document needs once (the spaCy pipeline, the lexicon, the gazetteer) and
:func:`extract_parsed` reads one parsed document; :func:`extract_documents` is
both over a sequence of documents, followed by the merge across documents.

Example:
    >>> from kg.extract.read import read_text
    >>> corpus = extract_documents([read_text("News\\nThe BMA wrote to NHS England.", doc_id="n")])  # doctest: +SKIP
    >>> [e.label for e in corpus.entities]  # doctest: +SKIP
    ['BMA', 'NHS England']
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kg.collection import fewer_collections
from kg.extract import entities as entities_stage
from kg.extract import mentions as mentions_stage
from kg.extract import quotes as quotes_stage
from kg.extract import relations as relations_stage
from kg.extract.entities.posts import PostIndex, post_index, title_words
from kg.extract.gazetteer import GazetteerEntry, load_gazetteer
from kg.extract.lexicon import Lexicon, load_lexicon
from kg.extract.parse import load_pipeline, parse_documents
from kg.extract.parts import Part, join_parts, parse_options, plan_parts
from kg.model import Corpus, Document, Extraction

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = [
    "extract_documents",
    "extract_each",
    "extract_parsed",
    "load_extractor",
    "Extractor",
    "Corpus",
]


@dataclass(frozen=True)
class Extractor:
    """What reading a document needs, loaded once: the spaCy pipeline, the lexicon, the
    gazetteer, its government posts and the words their role phrases put before a role."""

    nlp: Language
    lexicon: Lexicon
    gazetteer: Mapping[str, GazetteerEntry]
    include_comments: bool = False
    posts: PostIndex | None = None
    title_words: frozenset[str] = frozenset()


def load_extractor(
    *,
    nlp: Language | None = None,
    include_comments: bool = False,
    gazetteer_files: Sequence[Path | str] = (),
) -> Extractor:
    """Load the pipeline (unless ``nlp`` is given), the lexicon and the gazetteer."""
    if nlp is None:
        nlp = load_pipeline(gazetteer_files=gazetteer_files)
    gazetteer = {entry.id: entry for entry in load_gazetteer(gazetteer_files)}
    posts = post_index(tuple(str(path) for path in gazetteer_files))
    words = title_words(posts, (name for entry in gazetteer.values() for name in entry.names))
    return Extractor(nlp, load_lexicon(), gazetteer, include_comments, posts, words)


@fewer_collections()
def extract_parsed(extractor: Extractor, document: Document, spacy_doc: Doc) -> Extraction:
    """What one parsed document says: its sentences, entities (resolved inside it), relations
    and quotations."""
    lexicon, gazetteer = extractor.lexicon, extractor.gazetteer
    include_comments = extractor.include_comments
    sentences = mentions_stage.sentences_of(document, spacy_doc)
    mentions = mentions_stage.find_mentions(
        spacy_doc,
        document,
        sentences,
        lexicon,
        include_comments=include_comments,
        gazetteer=gazetteer,
        title_words=extractor.title_words,
    )
    resolved = entities_stage.resolve_document(
        mentions, spacy_doc, document, lexicon, gazetteer, posts=extractor.posts
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
    return Extraction(document, sentences, list(resolved.entities), relations, quotes)


def extract_each(
    extractor: Extractor, documents: Sequence[Document], *, n_process: int = 1
) -> Iterator[Extraction]:
    """Parse ``documents`` in batches and yield each one's extraction, in order.

    A text longer than spaCy's limit is read in parts (:mod:`kg.extract.parts`).
    """
    parts = list(plan_parts(documents, max_length=extractor.nlp.max_length))
    parsed = parse_documents(
        extractor.nlp,
        [part.document for part in parts],
        n_process=n_process,
        **parse_options(parts),
    )
    done: list[tuple[Part, Extraction]] = []
    for part, (document, spacy_doc) in zip(parts, parsed, strict=True):
        done.append((part, extract_parsed(extractor, document, spacy_doc)))
        if len(done) < part.count:
            continue
        yield join_parts(part.whole, done)
        done = []


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
    extractor = load_extractor(
        nlp=nlp, include_comments=include_comments, gazetteer_files=gazetteer_files
    )
    extractions: list[Extraction] = []
    for extraction in extract_each(extractor, documents, n_process=n_process):
        extractions.append(extraction)
        if on_document is not None:
            on_document(extraction.document)
    with fewer_collections():
        merged = entities_stage.merge_documents(extractions)
    return Corpus(extractions, merged.entities, merged.relations, merged.quotes)
