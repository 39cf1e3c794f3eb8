"""Parsing ahead in a background thread: order, errors, leaving early, same extraction."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest

from kg.extract.ahead import ahead
from kg.extract.pipeline import extract_each, extract_parsed, load_extractor
from kg.extract.read import read_text


def _ahead_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "kg-parse-ahead"]


def test_ahead_keeps_the_order_beyond_its_depth() -> None:
    assert list(ahead(iter(range(100)), depth=3)) == list(range(100))
    assert not _ahead_threads()


def test_ahead_of_nothing_is_nothing() -> None:
    assert list(ahead(iter([]))) == []


def test_ahead_raises_the_error_where_its_item_would_have_come() -> None:
    def failing() -> Iterator[int]:
        yield 1
        yield 2
        raise ValueError("the third item cannot be made")

    got: list[int] = []
    with pytest.raises(ValueError, match="third item"):
        for item in ahead(failing(), depth=1):
            got.append(item)
    assert got == [1, 2]
    assert not _ahead_threads()


def test_ahead_leaving_early_stops_the_thread_and_closes_the_source() -> None:
    closed = threading.Event()
    made: list[int] = []

    def endless() -> Iterator[int]:
        try:
            number = 0
            while True:
                made.append(number)
                yield number
                number += 1
        finally:
            closed.set()

    for item in ahead(endless(), depth=2):
        if item == 5:
            break
    assert closed.is_set()
    assert not _ahead_threads()
    assert len(made) <= 5 + 1 + 2 + 1  # what was read, plus at most the depth and one in hand


def test_ahead_an_error_in_the_reader_stops_the_thread() -> None:
    with pytest.raises(RuntimeError):
        for _ in ahead(iter(range(1000)), depth=1):
            raise RuntimeError("the reader fails")
    assert not _ahead_threads()


TEXTS = (
    "Council backs plan\nThe council said it would meet the union on Monday.",
    "Minister writes to union\nHealth Secretary Jane Hollins wrote to the British Medical "
    "Association about the contract.",
    "Strike called off\nThe Royal College of Nursing voted to accept the pay offer from the "
    "Welsh Government.",
)


def test_ahead_extraction_is_the_one_read_without_a_thread(nlp: Any) -> None:
    extractor = load_extractor(nlp=nlp)
    documents = [read_text(text, doc_id=f"d{k}") for k, text in enumerate(TEXTS)]
    threaded = list(extract_each(extractor, documents))
    parsed = nlp.pipe([d.text for d in documents])
    plain = [extract_parsed(extractor, d, doc) for d, doc in zip(documents, parsed, strict=True)]
    assert [e.document.id for e in threaded] == ["d0", "d1", "d2"]
    assert any(e.relations for e in threaded)
    for one, other in zip(threaded, plain, strict=True):
        assert [(x.key, x.label) for x in one.entities] == [
            (x.key, x.label) for x in other.entities
        ]
        assert one.relations == other.relations
