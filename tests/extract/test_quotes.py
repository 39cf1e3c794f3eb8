"""Direct quotations: where they are and who said them."""

from __future__ import annotations

from typing import Any

import pytest
from rdflib import PROV, Literal

from kg.extract.pipeline import extract_documents
from kg.extract.quotes import quoted_spans
from kg.extract.read import read_text
from kg.model import Corpus
from kg.rdf.graph import corpus_graph
from kg.rdf.namespaces import KG


def _corpus(nlp: Any, text: str) -> Corpus:
    return extract_documents([read_text(text, doc_id="t")], nlp=nlp)


def _said(corpus: Corpus) -> set[tuple[str | None, str]]:
    labels = {e.key: e.label for e in corpus.entities}
    return {(labels.get(q.speaker) if q.speaker else None, q.text) for q in corpus.quotes}


@pytest.mark.parametrize(
    ("text", "inner"),
    [
        ("He said: “We will act on pay now.” Then he left.", "We will act on pay now."),
        ('He said: "We will act on pay now." Then he left.', "We will act on pay now."),
        ("‘We will act on pay now,’ he said.", "We will act on pay now,"),
        ("He said the plan ‘will not work for rural clinics’.", "will not work for rural clinics"),
    ],
)
def test_quotes_spans_cover_the_quoted_words(text: str, inner: str) -> None:
    assert inner in [text[start:end] for start, end in quoted_spans(text)]


def test_quotes_apostrophe_inside_a_word_does_not_close_a_quote() -> None:
    text = "She said: ‘We don’t accept the offer from the board.’"
    assert [text[s:e] for s, e in quoted_spans(text)] == [
        "We don’t accept the offer from the board."
    ]


def test_quotes_speaker_before_the_quote(nlp: Any) -> None:
    corpus = _corpus(
        nlp, "Pay news\nDr Jane Okafor said: ‘We will not accept this pharmacy contract.’"
    )
    assert ("Jane Okafor", "We will not accept this pharmacy contract.") in _said(corpus)


def test_quotes_speaker_after_the_quote(nlp: Any) -> None:
    corpus = _corpus(
        nlp, "Pay news\n“The offer does nothing for rural clinics,” Tom Hale wrote on Monday."
    )
    assert ("Tom Hale", "The offer does nothing for rural clinics,") in _said(corpus)


def test_quotes_paragraph_opening_with_a_quote_continues_the_speaker(nlp: Any) -> None:
    corpus = _corpus(
        nlp,
        "Pay news\nDr Jane Okafor said: ‘We will not accept this pharmacy contract.\n"
        "‘Our members deserve a fair deal from ministers.’",
    )
    assert ("Jane Okafor", "Our members deserve a fair deal from ministers.") in _said(corpus)


def test_quotes_scare_quotes_are_not_quotations(nlp: Any) -> None:
    corpus = _corpus(nlp, "Pay news\nTom Hale called the offer ‘derisory’ on Monday.")
    assert corpus.quotes == []


def test_quotes_are_quotation_nodes_in_the_graph(nlp: Any) -> None:
    corpus = _corpus(
        nlp, "Pay news\nDr Jane Okafor said: ‘We will not accept this pharmacy contract.’"
    )
    graph = corpus_graph(corpus)
    rows = list(
        graph.query(
            """SELECT ?who ?words ?sentence WHERE {
                 ?q a kg:Quotation ; kg:quotedText ?words ; prov:wasAttributedTo ?s ;
                    prov:wasDerivedFrom ?sent .
                 ?s rdfs:label ?who . ?sent kg:text ?sentence }""",
            initNs={"kg": KG._NS, "prov": PROV, "rdfs": "http://www.w3.org/2000/01/rdf-schema#"},
        )
    )
    assert [(r.who, r.words) for r in rows] == [
        (Literal("Jane Okafor"), Literal("We will not accept this pharmacy contract."))
    ]
    assert str(rows[0].sentence).startswith("Dr Jane Okafor said:")


def test_quotes_in_the_example_article_are_streetings(example_graph: Any) -> None:
    rows = list(
        example_graph.query(
            """SELECT ?who (COUNT(?q) AS ?n) WHERE {
                 ?q a kg:Quotation ; prov:wasAttributedTo ?s . ?s rdfs:label ?who }
               GROUP BY ?who""",
            initNs={"kg": KG._NS, "prov": PROV, "rdfs": "http://www.w3.org/2000/01/rdf-schema#"},
        )
    )
    counts = {str(r.who): int(r.n) for r in rows}
    assert counts.get("Wes Streeting", 0) >= 8
    assert set(counts) == {"Wes Streeting"}
