"""People named by a given name first (:mod:`kg.extract.mentions.given_names`), on
hand-built parses of sentences written for the tests."""

from __future__ import annotations

from doc_builder import make_doc, mentions_of

from kg.rdf.namespaces import KG
from kg.rdf.schema import core_class


def _wrote(first: str, last: str, *, gazetteer: bool = False) -> dict[str, str]:
    """ "<first> <last> wrote to the council." with the two words read as a person's name."""
    doc = make_doc(
        f"""
        {first}  PROPN compound 1 -     NNP B-PERSON
        {last}   PROPN nsubj    2 -     NNP I-PERSON
        wrote    VERB  ROOT     2 write VBD
        to       ADP   prep     2 -     IN
        the      DET   det      5 -     DT
        council  NOUN  pobj     3 -     NN
        .        PUNCT punct    2 -     .
        """,
        gazetteer=[(1, 2, KG.Place, "kent")] if gazetteer else [],
    )
    return {m.text: core_class(m.type) for m in mentions_of(doc).mentions}


def test_a_name_ending_in_a_place_after_a_given_name_is_a_persons() -> None:
    names = _wrote("Sarah", "Kent", gazetteer=True)
    assert names.get("Sarah Kent") == KG.Person
    assert "Kent" not in names


def test_a_name_ending_in_a_proposals_noun_after_a_given_name_is_a_persons() -> None:
    assert _wrote("Leila", "Grant").get("Leila Grant") == KG.Person


def test_a_name_whose_first_word_is_no_given_name_is_left_to_the_other_readings() -> None:
    names = _wrote("Healthwatch", "Kent", gazetteer=True)
    assert names.get("Healthwatch Kent") != KG.Person


def test_a_body_word_inside_keeps_the_name_a_bodys() -> None:
    names = _wrote("Sarah", "Federation")
    assert names.get("Sarah Federation") != KG.Person
