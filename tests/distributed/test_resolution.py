"""The reduce over entity summaries gives what the merge of whole extractions gives."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest

from kg.distributed.resolution import (
    Resolution,
    document_graph,
    entity_triples,
    summarise,
)
from kg.extract.entities import merge_documents
from kg.extract.pipeline import extract_each, load_extractor
from kg.extract.read import read_documents
from kg.model import Corpus, Extraction
from kg.rdf.graph import corpus_graph, new_graph
from kg.rdf.schema import load_ontology
from kg.rdf.turtle import turtle_bytes


@pytest.fixture(scope="module")
def extractions(corpus: list[Path], nlp: Any) -> list[Extraction]:
    # the example article twice: every name of the second copy collides with the first's
    documents = read_documents([*corpus, corpus[-1]])
    return list(extract_each(load_extractor(nlp=nlp), documents))


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_resolution_in_any_order_equals_the_merge(extractions: list[Extraction], seed: int) -> None:
    merged = merge_documents(extractions)
    order = list(enumerate(extractions))
    random.Random(seed).shuffle(order)
    resolution = Resolution()
    for position, extraction in order:
        resolution.add(position, summarise(extraction))
    resolved = resolution.resolve()
    assert resolved.entities == [
        e.__class__(e.key, e.label, e.type, e.aliases, (), e.gazetteer_id, e.details)
        for e in merged.entities
    ]
    labels = {e.key: e.label for e in merged.entities}
    for relation in merged.relations:
        assert relation.subject in labels and relation.object in labels
    for extraction in extractions:
        for entity in extraction.entities:
            assert resolved.assign[entity.key][0] in labels


def test_resolution_keeps_apart_what_the_merge_keeps_apart(
    extractions: list[Extraction],
) -> None:
    resolution = Resolution()
    for position, extraction in enumerate(extractions):
        resolution.add(position, summarise(extraction))
    labels = {e.label for e in resolution.resolve().entities}
    assert {"Anna Smith", "John Smith", "Smith"} <= labels
    # a bare common noun of the second copy is another thing, under a qualified label
    assert "motion (streeting-letter-to-gpce-2)" in labels


def test_document_graphs_with_entity_triples_make_the_whole_graph(
    extractions: list[Extraction],
) -> None:
    whole = corpus_graph(Corpus(extractions, *merge_documents(extractions)))
    resolution = Resolution()
    for position, extraction in enumerate(extractions):
        resolution.add(position, summarise(extraction))
    resolved = resolution.resolve()
    graph = new_graph()
    for triple in load_ontology():
        graph.add(triple)
    for extraction in extractions:
        part = document_graph(extraction, resolved.assign)
        for triple in part.triples + part.entity_triples:
            graph.add(triple)
    for triple in entity_triples(resolved.entities):
        graph.add(triple)
    assert turtle_bytes(graph) == turtle_bytes(whole)


def test_summaries_hold_no_mentions_or_text(extractions: list[Extraction]) -> None:
    summary = summarise(extractions[0])[0]
    assert summary.mentions >= 1
    assert not any(hasattr(summary, name) for name in ("text", "sentences"))
