"""A council named by its place: "Harbourton council" is the article's Harbourton City Council."""

from __future__ import annotations

from collections.abc import Callable

from doc_builder import context_of, make_doc

from kg.extract.mentions.candidates import Candidate
from kg.extract.mentions.place_councils import councils_named_by_their_place
from kg.model import Corpus
from kg.rdf.namespaces import KG

# "Harbourton City Council met. Ministers met Harbourton council leaders."
_ROWS = """
    Harbourton PROPN compound 2 -       NNP B-ORG
    City       PROPN compound 2 -       NNP I-ORG
    Council    PROPN nsubj    3 -       NNP I-ORG
    met        VERB  ROOT     3 meet    VBD
    .          PUNCT punct    3 -       .
    Ministers  NOUN  nsubj    6 minister NNS
    met        VERB  ROOT     6 meet    VBD
    Harbourton PROPN compound 8 -       NNP B-GPE
    council    NOUN  compound 9 -       NN
    leaders    NOUN  dobj     6 leader  NNS
    .          PUNCT punct    6 -       .
"""


def _found(rows: str, names: list[tuple[int, int]]) -> list[tuple[str, str | None]]:
    doc = make_doc(rows)
    context = context_of(doc)
    earlier = [Candidate(doc[a:b], KG.Organisation, "ner") for a, b in names]
    return [
        (c.span.text, c.same_as.span.text if c.same_as else None)
        for c in councils_named_by_their_place(context, earlier)
    ]


def test_councils_named_by_their_place_are_the_council_named_in_full() -> None:
    assert _found(_ROWS, [(0, 3)]) == [("Harbourton council", "Harbourton City Council")]


def test_councils_named_by_their_place_not_what_a_council_levies() -> None:
    # "Ministers met Harbourton council tax payers": "council tax" is the tax, not the council
    rows = _ROWS.replace(
        "council    NOUN  compound 9 -       NN", "council    NOUN  compound 9 -       NN"
    ).replace("leaders    NOUN  dobj     6 leader  NNS", "tax        NOUN  dobj     6 -       NN")
    assert _found(rows, [(0, 3)]) == []


def test_councils_named_by_their_place_nothing_without_a_council_named_in_full() -> None:
    assert _found(_ROWS, []) == []


def test_councils_named_by_their_place_nothing_when_two_councils_share_the_place() -> None:
    rows = _ROWS.replace(
        "City       PROPN compound 2 -       NNP I-ORG",
        "County     PROPN compound 2 -       NNP I-ORG",
    )
    doc_rows = rows + _ROWS.replace("B-GPE", "O")
    assert _found(doc_rows, [(0, 3), (11, 14)]) == []


def test_extract_a_minister_meets_the_council_named_by_its_place(
    extract: Callable[..., Corpus],
) -> None:
    corpus = extract(
        "Birmingham City Council declared a major incident last week.\n"
        "The minister met Birmingham council leaders on Saturday.\n"
    )
    councils = [e for e in corpus.entities if e.label == "Birmingham City Council"]
    assert len(councils) == 1
    assert "Birmingham council" in councils[0].aliases


def test_councils_named_by_their_place_settle_before_a_listed_place() -> None:
    # the place's name is listed ("Harbourton", a city of the gazetteer): the short name of
    # the council holds it, and is settled first
    doc = make_doc(_ROWS)
    earlier = [Candidate(doc[0:3], KG.Organisation, "ner")]
    [found] = councils_named_by_their_place(context_of(doc), earlier)
    assert found.wraps_place
