"""Graphs and helpers for the tests of kg.view (tests/view/)."""

from __future__ import annotations

import json
import re
from typing import Any

from rdflib import Graph, URIRef

from kg.model import Document, Entity, Evidence, Extraction, Mention, Relation, Sentence
from kg.rdf.graph import to_rdf
from kg.rdf.namespaces import KG

__all__ = ["DOC_ID", "XSS_NAME", "XSS_IMG", "build_graph", "vis_data"]

DOC_ID = "streeting-letter"
XSS_NAME = "<script>alert(1)</script>"
XSS_IMG = "<img src=x onerror=alert(1)>"


def _mention(entity_text: str, type_: URIRef, sentence: int = 0, start: int = 0) -> Mention:
    return Mention(
        DOC_ID, start, start + len(entity_text), entity_text, type_, sentence, "ner", 0.9
    )


def _entity(key: str, label: str, type_: URIRef, *aliases: str, sentence: int = 0) -> Entity:
    return Entity(
        key, label, type_, aliases=(label, *aliases), mentions=(_mention(label, type_, sentence),)
    )


def _relation(
    subject: str,
    predicate: URIRef,
    obj: str,
    sentence: Sentence,
    *,
    modality: URIRef = KG.Asserted,
    confidence: float = 0.8,
) -> Relation:
    evidence = Evidence(
        sentence, sentence.start, sentence.end, "dep:test", confidence, trigger="write"
    )
    return Relation(subject, predicate, obj, evidence, modality)


def build_graph(*, hostile: bool = False, include_ontology: bool = True) -> Graph:
    """A small graph in kg's shape, made with kg.rdf.graph.to_rdf from hand-made model values.

    Four entities; five relations, two of which share subject, predicate and
    object (one edge); one relation read only from reader comments; one
    planned. With ``hostile`` an entity and a sentence carry script injections.
    """
    texts = [
        "Wes Streeting wrote to GP Committee England about the 2025/26 contract.",
        "In a second letter Wes Streeting wrote to GP Committee England again.",
        "The Government plans to impose the contract.",
        "Reader: the BMA will surely reject the contract.",
    ]
    if hostile:
        texts[1] = f"He wrote {XSS_IMG} to {XSS_NAME} and </script><script>alert(2)</script>."
    body = " ".join(texts[:3])
    full = body + " " + texts[3]
    sentences: list[Sentence] = []
    offset = 0
    for index, text in enumerate(texts):
        start = full.index(text, offset)
        sentences.append(
            Sentence(DOC_ID, index, start, start + len(text), text, in_comments=index == 3)
        )
        offset = start + len(text) + 1
    document = Document(DOC_ID, "examples/letter.txt", full, "Streeting's letter", len(body))
    gpce_label = XSS_NAME if hostile else "GP Committee England"
    entities = [
        _entity("streeting", "Wes Streeting", KG.Person, "Mr Streeting", "health secretary"),
        _entity("gpce", gpce_label, KG.Committee, "GPCE"),
        _entity("contract", "2025/26 GP contract", KG.Contract),
        _entity("government", "Government", KG.GovernmentBody, sentence=2),
        _entity("bma", XSS_IMG if hostile else "BMA", KG.TradeUnion, sentence=3),
    ]
    relations = [
        _relation("streeting", KG.wroteTo, "gpce", sentences[0]),
        _relation("streeting", KG.wroteTo, "gpce", sentences[1], confidence=0.7),
        _relation("government", KG.imposes, "contract", sentences[2], modality=KG.Planned),
        _relation("bma", KG.rejects, "contract", sentences[3], modality=KG.Planned),
        _relation("gpce", KG.committeeOf, "bma", sentences[0], confidence=0.6),
    ]
    extraction = Extraction(document, sentences, entities, relations)
    return to_rdf([extraction], entities, relations, include_ontology=include_ontology)


def vis_data(page: str) -> dict[str, Any]:
    """The JSON data block of a rendered page."""
    match = re.search(r'<script id="kg-data" type="application/json">(.*?)</script>', page, re.S)
    assert match, "the page has no vis data block"
    return json.loads(match.group(1))
