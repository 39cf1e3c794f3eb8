"""An acronym found as an organisation is the organisation where it modifies a noun too ("the
FRC said ... 900 FRC members voted"). Sentences written for the tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from doc_builder import context_of, make_doc

from kg.extract.mentions import Candidate
from kg.extract.mentions.proper_names import undefined_acronyms
from kg.rdf.namespaces import KG

MEMBERS_VOTED = """
The     DET   det      1 -     DT
FRC     PROPN nsubj    2 -     NNP
said    VERB  ROOT     2 say   VBD
900     NUM   nummod   5 -     CD
FRC     PROPN compound 5 -     NNP
members NOUN  nsubj    6 member NNS
voted   VERB  ccomp    2 vote  VBD
.       PUNCT punct    2 -     .
"""


def _starts(candidates: list[Candidate]) -> list[int]:
    return [c.span.start for c in candidates]


def test_named_acronyms_a_name_found_before_is_a_name_before_a_noun() -> None:
    doc = make_doc(MEMBERS_VOTED)
    earlier = (Candidate(doc[1:2], KG.Organisation, "ner"),)
    assert _starts(list(undefined_acronyms(context_of(doc), earlier))) == [1, 4]


def test_named_acronyms_a_word_before_a_noun_named_nowhere_else_is_no_name() -> None:
    doc = make_doc(MEMBERS_VOTED)
    earlier = (Candidate(doc[1:2], KG.Person, "ner"),)
    assert _starts(list(undefined_acronyms(context_of(doc), earlier))) == [1]


def test_named_acronyms_members_who_voted_take_part_for_their_union(
    extract: Callable[..., Any],
) -> None:
    corpus = extract(
        "Teachers vote\nThe union held a ballot last month. The NEU said its members had"
        " rejected the offer. More than 195,000 NEU members voted.\n"
    )
    labels = {e.key: e.label for e in corpus.entities}
    found = {
        (labels[r.subject], labels[r.object])
        for r in corpus.relations
        if r.predicate == KG.participatesIn
    }
    assert ("NEU", "ballot") in found


def test_named_acronyms_a_listed_name_cut_by_its_acronym_in_brackets(
    extract: Callable[..., Any],
) -> None:
    corpus = extract(
        "Union writes\nPublic and Commercial Services (PCS) union general secretary Ann Hale"
        " wrote to the minister. The union met the minister on Monday.\n"
    )
    (union,) = [e for e in corpus.entities if e.gazetteer_id == "pcs"]
    assert union.label == "Public and Commercial Services Union"
    assert {"PCS", "Public and Commercial Services", "union"} <= set(union.aliases)


def test_named_acronyms_an_acronym_defined_as_another_body_is_not_the_listed_one(
    extract: Callable[..., Any],
) -> None:
    """RCN is listed as the Royal College of Nursing; a text that defines it as another body
    means that body by it."""
    corpus = extract(
        "Councils warn\nThe Rural Councils Network (RCN) met on Monday. The RCN said the plans"
        " were wrong.\n"
    )
    labels = {e.label: e for e in corpus.entities}
    assert "Rural Councils Network" in labels
    assert labels["Rural Councils Network"].gazetteer_id is None
    assert "RCN" in labels["Rural Councils Network"].aliases
    assert not any(e.gazetteer_id == "rcn" for e in corpus.entities)


def test_extract_an_acronym_of_a_names_last_words_ending_a_phrase_too_is_the_name(
    extract: Callable[..., Any],
) -> None:
    # "the recommendations of the NHS Pay Review Body (PRB)": the phrase of the
    # recommendations ends where the name does; "PRB" is the body's, not a body of its own
    corpus = extract(
        "Pay news\nThe minister accepted the recommendations of the NHS Pay Review Body (PRB)."
        "\nThe PRB met in May.\n"
    )
    (body,) = [e for e in corpus.entities if e.label == "NHS Pay Review Body"]
    assert "PRB" in body.aliases
    assert "PRB" not in {e.label for e in corpus.entities}
