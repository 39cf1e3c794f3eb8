"""A two-word name that ends a person's longer name is that person by a double surname
(``double_surnames``, :mod:`kg.extract.entities.name_passes`). Sentences written for the
tests."""

from __future__ import annotations

from collections.abc import Callable

from doc_builder import make_doc, resolved_of

from kg.model import Corpus
from kg.rdf.namespaces import KG
from kg.rdf.schema import core_class

ROWS = """
Ana    PROPN compound 2  - - B-PERSON
Ruiz   PROPN compound 2  - - I-PERSON
Soto   PROPN nsubj    3  - - I-PERSON
spoke  VERB  ROOT     3  speak
.      PUNCT punct    3
{first} PROPN compound 6 - - B-PERSON
Soto   PROPN nsubj    7  - - I-PERSON
left   VERB  ROOT     7  leave
.      PUNCT punct    7
"""


def _people(first: str) -> list[str]:
    resolved = resolved_of(make_doc(ROWS.format(first=first)))
    return sorted(e.label for e in resolved.entities if e.type == KG.Person)


def test_entities_a_double_surname_alone_is_the_person_named_in_full() -> None:
    """ "Ana Ruiz Soto spoke. Ruiz Soto left." """
    assert _people("Ruiz") == ["Ana Ruiz Soto"]


def test_entities_another_first_name_with_the_surname_is_another_person() -> None:
    """ "Ana Ruiz Soto spoke. Luis Soto left." """
    assert _people("Luis") == ["Ana Ruiz Soto", "Luis Soto"]


def test_extract_double_surname(extract: Callable[..., Corpus]) -> None:
    corpus = extract(
        "Harbour news\n"
        "The Dockers Association elected Maria Ruiz Soto as its leader on Monday.\n"
        "The Port Authority criticised Ruiz Soto for the strike.\n"
    )
    people = [e.label for e in corpus.entities if e.type == KG.Person]
    assert people == ["Maria Ruiz Soto"]


def test_a_surname_the_model_read_as_a_body_is_the_titled_person_of_that_name() -> None:
    """ "Baroness Wick will lead the review. Wick was a minister.": with no full name in the
    article, the bare surname is the person named by title and surname."""
    doc = make_doc(
        """
        Baroness  PROPN compound 1  -      NNP B-PERSON
        Wick      PROPN nsubj    3  -      NNP I-PERSON
        will      AUX   aux      3  will   MD
        lead      VERB  ROOT     3  lead   VB
        the       DET   det      5
        review    NOUN  dobj     3  review NN
        .         PUNCT punct    3
        Wick      PROPN nsubj    8  -      NNP B-ORG
        was       AUX   ROOT     8  be     VBD
        a         DET   det      10
        minister  NOUN  attr     8  minister NN
        .         PUNCT punct    8
        """
    )
    people = [e for e in resolved_of(doc).entities if "Wick" in (e.label, *e.aliases)]
    assert len(people) == 1
    assert core_class(people[0].type) == KG.Person
