"""A store keeps each document's date, publisher, author and address, through re-reads too."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any

from kg.extract.read import read_text
from kg.sparql.query import query
from kg.sparql.store import add_documents, open_store

TEXT = "---\ndate: 2024-07-09\npublisher: The Northern Ledger\nauthor: Priya Okafor\nurl: https://ledger.example/a\n---\nClinics plan\nThe BMA backed the rural clinics plan.\n"

METADATA = """
SELECT ?date ?source ?publisher ?creator ?from WHERE {
  ?d a kg:Document ; dcterms:date ?date ; kg:dateSource ?source ; dcterms:publisher ?publisher ;
     dcterms:creator ?creator ; prov:wasDerivedFrom ?from .
}
"""


def _metadata(store: Path) -> list[list[str]]:
    with open_store(store) as graph:
        return [[str(value) for value in row] for row in query(graph, METADATA)]


def test_store_keeps_metadata_when_articles_are_read_again(tmp_path: Path, nlp: Any) -> None:
    store = tmp_path / "store"
    add_documents(store, [read_text(TEXT, doc_id="a")], nlp=nlp)
    expected = [
        [
            "2024-07-09",
            "front-matter",
            "The Northern Ledger",
            "Priya Okafor",
            "https://ledger.example/a",
        ]
    ]
    assert _metadata(store) == expected
    other = read_text("Other\nNHS England met the BMA.\n", doc_id="b")
    update = add_documents(store, [other], nlp=nlp, include_comments=True)  # options changed
    assert update.reread == ["a"]
    assert _metadata(store) == expected


def test_store_same_text_new_date_updates_the_date(tmp_path: Path, nlp: Any) -> None:
    store = tmp_path / "store"
    document = read_text(TEXT, doc_id="a")
    add_documents(store, [document], nlp=nlp)
    redated = dataclasses.replace(document, date=dt.date(2024, 8, 1), date_source="option")
    update = add_documents(store, [redated], nlp=nlp)
    assert update.unchanged == ["a"]
    assert _metadata(store)[0][:2] == ["2024-08-01", "option"]
    later = add_documents(
        store, [read_text("Other\nNHS England met the BMA.\n", doc_id="b")], nlp=nlp
    )
    assert later.unchanged == [] and "a" not in later.reread
    assert _metadata(store)[0][:2] == ["2024-08-01", "option"]
