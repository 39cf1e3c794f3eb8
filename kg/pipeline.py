"""``build``: read → parse → mentions → entities → relations and quotes → graph.

Example:
    >>> graph = build(["examples/streeting-letter-to-gpce.txt"])  # doctest: +SKIP
    >>> query(graph, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")  # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph

from . import entities as entities_stage
from . import mentions as mentions_stage
from . import quotes as quotes_stage
from . import relations as relations_stage
from .graph import to_rdf
from .model import Document, Entity, Extraction, Quote, Relation
from .ontology import load_gazetteer, load_lexicon
from .parse import load_pipeline, parse_documents
from .read import read_documents

__all__ = ["build", "extract_documents", "Corpus"]


@dataclass
class Corpus:
    """What ``extract_documents`` read: per-document extractions and the merged entities and relations."""

    extractions: list[Extraction] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)

    def to_rdf(self) -> Graph:
        return to_rdf(self.extractions, self.entities, self.relations, self.quotes)


def extract_documents(
    documents: Sequence[Document],
    *,
    nlp=None,  # type: ignore[no-untyped-def]
    include_comments: bool = False,
    gazetteer_files: Sequence[Path | str] = (),
    on_document: Callable[[Document], None] | None = None,
    n_process: int = 1,
) -> Corpus:
    """Run the extraction stages over parsed documents and merge entities across them."""
    if nlp is None:
        nlp = load_pipeline(gazetteer_files=gazetteer_files)
    lexicon = load_lexicon()
    gazetteer = {entry.id: entry for entry in load_gazetteer(gazetteer_files)}
    extractions: list[Extraction] = []
    for document, spacy_doc in parse_documents(nlp, documents, n_process=n_process):
        sentences = mentions_stage.sentences_of(document, spacy_doc)
        mentions = mentions_stage.find_mentions(
            spacy_doc, document, sentences, lexicon, include_comments=include_comments
        )
        resolved = entities_stage.resolve_document(
            mentions, spacy_doc, document, lexicon, gazetteer
        )
        relations = relations_stage.find_relations(
            spacy_doc, document, sentences, resolved, lexicon, include_comments=include_comments
        )
        quotes = quotes_stage.find_quotes(
            spacy_doc, document, sentences, resolved, include_comments=include_comments
        )
        extractions.append(
            Extraction(document, sentences, list(resolved.entities), relations, quotes)
        )
        if on_document is not None:
            on_document(document)
    merged = entities_stage.merge_documents(extractions)
    return Corpus(extractions, merged.entities, merged.relations, merged.quotes)


def build(
    inputs: Sequence[Path | str],
    *,
    include_comments: bool = False,
    gazetteer_files: Sequence[Path | str] = (),
    nlp=None,  # type: ignore[no-untyped-def]
    on_document: Callable[[Document], None] | None = None,
    n_process: int = 1,
) -> Graph:
    """Build one knowledge graph from articles (text files or folders of ``.txt``/``.md``).

    ``include_comments`` keeps facts read from readers' comments (marked
    ``kg:fromReaderComments true``); by default they are left out.
    ``n_process`` > 1 parses with several processes (``nlp.pipe``).
    """
    documents = read_documents(inputs)
    corpus = extract_documents(
        documents,
        nlp=nlp,
        include_comments=include_comments,
        gazetteer_files=gazetteer_files,
        on_document=on_document,
        n_process=n_process,
    )
    return corpus.to_rdf()
