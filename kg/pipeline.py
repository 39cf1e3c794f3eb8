"""``build``: read → extract (parse, mentions, entities, relations, quotes) → RDF graph.

Example:
    >>> graph = build(["examples/streeting-letter-to-gpce.txt"])  # doctest: +SKIP
    >>> query(graph, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")  # doctest: +SKIP
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from rdflib import Graph

from kg.extract.pipeline import extract_documents
from kg.extract.read import read_documents
from kg.model import Corpus, Document
from kg.rdf.graph import corpus_graph

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["build", "extract_documents", "Corpus"]


def build(
    inputs: Sequence[Path | str],
    *,
    include_comments: bool = False,
    gazetteer_files: Sequence[Path | str] = (),
    nlp: Language | None = None,
    on_document: Callable[[Document], None] | None = None,
    n_process: int = 1,
    fetch_urls: bool = True,
    date: datetime.date | None = None,
) -> Graph:
    """Build one knowledge graph from articles: text files (``.txt``/``.md``), saved web pages
    (``.html``/``.htm``), folders of them and ``http(s)://`` addresses (fetched unless
    ``fetch_urls`` is false; a page that cannot be read is skipped with a warning).

    ``include_comments`` keeps facts read from readers' comments (marked
    ``kg:fromReaderComments true``); by default they are left out.
    ``n_process`` > 1 parses with several processes (``nlp.pipe``). ``date`` is the
    publication date of the articles that give none of their own.
    """
    documents = read_documents(inputs, fetch_urls=fetch_urls, date=date)
    corpus = extract_documents(
        documents,
        nlp=nlp,
        include_comments=include_comments,
        gazetteer_files=gazetteer_files,
        on_document=on_document,
        n_process=n_process,
    )
    return corpus_graph(corpus)
