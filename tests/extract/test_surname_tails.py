"""A surname of several words the model reads as a place or a body is the person's whose
longer name the article gives (``mentions.surname_tails``)."""

from __future__ import annotations

from collections.abc import Callable

from doc_builder import make_doc

from kg.extract.mentions.candidates import Candidate
from kg.extract.mentions.surname_tails import surnames_read_as_other_names
from kg.model import Corpus
from kg.rdf.namespaces import KG

_TEXT = """
    Ida       PROPN compound 3
    van       PROPN compound 3
    der       PROPN compound 3
    Berg      PROPN nsubj    4
    spoke     VERB  ROOT     4  speak
    .         PUNCT punct    4
    van       PROPN compound 8
    der       PROPN compound 8
    Berg      PROPN nsubj    9
    left      VERB  ROOT     9  leave
    .         PUNCT punct    9
"""


def test_surname_of_several_words_read_as_a_place_is_the_person() -> None:
    doc = make_doc(_TEXT)
    candidates = [
        Candidate(doc[0:4], KG.Person, "gazetteer"),
        Candidate(doc[6:9], KG.Place, "ner"),
    ]
    found = surnames_read_as_other_names(candidates)
    assert [c.type for c in found] == [KG.Person, KG.Person]


def test_a_place_that_ends_no_person_s_name_stays_a_place() -> None:
    doc = make_doc(_TEXT)
    candidates = [
        Candidate(doc[0:4], KG.Person, "gazetteer"),
        Candidate(doc[7:9], KG.Place, "ner"),  # "der Berg" ends it, but "Berg" alone would not
        Candidate(doc[8:9], KG.Place, "ner"),
    ]
    found = surnames_read_as_other_names(candidates)
    assert [c.type for c in found] == [KG.Person, KG.Person, KG.Place]


def test_real_parse_a_particle_surname_is_the_person(extract: Callable[..., Corpus]) -> None:
    corpus = extract(
        "Ferry owners met Ida van der Berg, the harbour commissioner, on Monday.\n"
        "Porters later criticised van der Berg over the harbour levy."
    )
    kinds = {e.label: e.type.rsplit("#", 1)[-1] for e in corpus.entities}
    assert not any(k in ("Place", "City", "Country") for n, k in kinds.items() if "Berg" in n)
