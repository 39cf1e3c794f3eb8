"""Graphs and helpers for the tests of kg.view (tests/view/)."""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

from rdflib import Graph, URIRef

from kg.model import Document, Entity, Evidence, Extraction, Mention, Relation, Sentence
from kg.rdf.graph import to_rdf
from kg.rdf.namespaces import KG

__all__ = [
    "DOC_ID",
    "XSS_NAME",
    "XSS_IMG",
    "DATED_CORPUS",
    "build_graph",
    "dated_graph",
    "vis_data",
]

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


_HARBOUR_ENTITIES = {
    "Alan Brice": KG.Person,
    "Ferry Pilots Guild": KG.TradeUnion,
    "Harbour Reform Plan": KG.Plan,
    "Port Authority": KG.PublicBody,
    "Coastal Councils Forum": KG.Organisation,
    "Harbour Board": KG.PublicBody,
}

_Said = tuple[str, URIRef, str, str, URIRef]  # subject, predicate, object, trigger, modality
DATED_CORPUS: list[tuple[str, dt.date | None, str, list[tuple[str, list[_Said]]]]] = [
    # (document id, date, title, [(sentence, [(subject, predicate, object, trigger, modality)])])
    # ids are not in date order, so that sorting by id and by date differ
    (
        "minister-announces-plan",
        dt.date(2024, 1, 10),
        "Minister announces Harbour Reform Plan",
        [
            (
                "Transport minister Alan Brice announced the Harbour Reform Plan.",
                [("Alan Brice", KG.announces, "Harbour Reform Plan", "announced", KG.Asserted)],
            ),
            (
                "The Ferry Pilots Guild welcomed the Harbour Reform Plan.",
                [
                    (
                        "Ferry Pilots Guild",
                        KG.welcomes,
                        "Harbour Reform Plan",
                        "welcomed",
                        KG.Asserted,
                    )
                ],
            ),
        ],
    ),
    (
        "port-authority-backs-reform",
        dt.date(2024, 3, 2),
        "Port Authority backs harbour reform",
        [
            (
                "The Port Authority supports the Harbour Reform Plan.",
                [("Port Authority", KG.supports, "Harbour Reform Plan", "supports", KG.Asserted)],
            ),
            (
                "The Ferry Pilots Guild still supports the Harbour Reform Plan.",
                [
                    (
                        "Ferry Pilots Guild",
                        KG.supports,
                        "Harbour Reform Plan",
                        "supports",
                        KG.Asserted,
                    )
                ],
            ),
            (
                "The Coastal Councils Forum could oppose the Harbour Reform Plan.",
                [
                    (
                        "Coastal Councils Forum",
                        KG.opposes,
                        "Harbour Reform Plan",
                        "oppose",
                        KG.Conditional,
                    )
                ],
            ),
        ],
    ),
    (
        "guild-turns-against-plan",
        dt.date(2024, 5, 21),
        "Pilots' guild turns against harbour plan",
        [
            (
                "The Ferry Pilots Guild rejected the Harbour Reform Plan after pilots' pay was cut.",
                [
                    (
                        "Ferry Pilots Guild",
                        KG.rejects,
                        "Harbour Reform Plan",
                        "rejected",
                        KG.Asserted,
                    )
                ],
            ),
            (
                "Alan Brice wrote to the Ferry Pilots Guild.",
                [("Alan Brice", KG.wroteTo, "Ferry Pilots Guild", "wrote to", KG.Asserted)],
            ),
        ],
    ),
    (
        "brice-writes-again",
        dt.date(2024, 5, 28),
        "Minister writes to the pilots again",
        [
            (
                "Alan Brice wrote to the Ferry Pilots Guild again, asking for talks.",
                [("Alan Brice", KG.wroteTo, "Ferry Pilots Guild", "wrote to", KG.Asserted)],
            ),
            (
                "The Coastal Councils Forum opposes the Harbour Reform Plan.",
                [
                    (
                        "Coastal Councils Forum",
                        KG.opposes,
                        "Harbour Reform Plan",
                        "opposes",
                        KG.Asserted,
                    )
                ],
            ),
        ],
    ),
    (
        "port-authority-changes-course",
        dt.date(2024, 8, 14),
        "Port Authority changes course on reform",
        [
            (
                "The Port Authority opposes the Harbour Reform Plan now.",
                [("Port Authority", KG.opposes, "Harbour Reform Plan", "opposes", KG.Asserted)],
            ),
            (
                "The Ferry Pilots Guild still opposes the Harbour Reform Plan.",
                [("Ferry Pilots Guild", KG.opposes, "Harbour Reform Plan", "opposes", KG.Asserted)],
            ),
            ("The Harbour Board did not comment.", []),
        ],
    ),
    (
        "a-pilots-letter",
        None,
        "A harbour pilot's letter",
        [
            (
                "The Ferry Pilots Guild opposes the Harbour Reform Plan.",
                [("Ferry Pilots Guild", KG.opposes, "Harbour Reform Plan", "opposes", KG.Asserted)],
            ),
        ],
    ),
]


def dated_graph(*, dates: bool = True) -> Graph:
    """A small dated corpus in kg's shape (:data:`DATED_CORPUS`), made with
    kg.rdf.graph.to_rdf from hand-made model values: six documents, five dated from
    January to August 2024 and one undated; nine edges, seven relations; the Harbour
    Board mentioned in no relation. With ``dates=False`` no document has a date."""
    extractions: list[Extraction] = []
    mentions: dict[str, list[Mention]] = {name: [] for name in _HARBOUR_ENTITIES}
    relations: list[Relation] = []
    for doc_id, date, title, said in DATED_CORPUS:
        text = " ".join(sentence for sentence, _ in said)
        sentences: list[Sentence] = []
        offset = 0
        for index, (sentence_text, stated) in enumerate(said):
            start = text.index(sentence_text, offset)
            sentence = Sentence(doc_id, index, start, start + len(sentence_text), sentence_text)
            sentences.append(sentence)
            offset = sentence.end
            for name, type_ in _HARBOUR_ENTITIES.items():
                at = sentence_text.find(name)
                if at >= 0:
                    mentions[name].append(
                        Mention(
                            doc_id,
                            start + at,
                            start + at + len(name),
                            name,
                            type_,
                            index,
                            "ner",
                            0.9,
                        )
                    )
            for subject, predicate, obj, trigger, modality in stated:
                at = start + sentence_text.index(trigger)
                evidence = Evidence(
                    sentence, at, at + len(trigger), "dep:test", 0.8, trigger=trigger
                )
                relations.append(Relation(subject, predicate, obj, evidence, modality))
        document = Document(
            doc_id,
            f"{doc_id}.txt",
            text,
            title,
            len(text),
            date=date if dates else None,
            date_source="front-matter" if date and dates else None,
            publisher="The Coastal Times",
        )
        extractions.append(Extraction(document, sentences))
    entities = [
        Entity(name, name, _HARBOUR_ENTITIES[name], aliases=(name,), mentions=tuple(found))
        for name, found in mentions.items()
    ]
    return to_rdf(extractions, entities, relations)


def vis_data(page: str) -> dict[str, Any]:
    """The JSON data block of a rendered page."""
    match = re.search(r'<script id="kg-data" type="application/json">(.*?)</script>', page, re.S)
    assert match, "the page has no vis data block"
    return json.loads(match.group(1))
