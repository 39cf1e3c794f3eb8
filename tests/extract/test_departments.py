"""Departments named by their business: "the harbour department"."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from doc_builder import context_of, make_doc

from kg.extract.gazetteer import GazetteerEntry
from kg.extract.mentions.candidates import Candidate
from kg.extract.mentions.departments import departments_by_their_business
from kg.model import Corpus
from kg.rdf.namespaces import KG


def _department(entry_id: str, label: str, government: str) -> GazetteerEntry:
    return GazetteerEntry(entry_id, label, KG.GovernmentBody, (), government=government)


_LISTED = {
    "harbours": _department("harbours", "Department for Harbours and Ferries", "government"),
    "isle_harbours": _department("isle_harbours", "Department of Harbours (Isle)", "isle_gov"),
    "ferry_safety": _department("ferry_safety", "Ministry of Ferry Safety", "government"),
    "old_ferries": _department("old_ferries", "Department of Ferries and Roads", "government"),
    "isle_gov": GazetteerEntry("isle_gov", "Isle Government", KG.GovernmentBody, ()),
    "fell_gov": GazetteerEntry("fell_gov", "Fell Government", KG.GovernmentBody, (), area="fell"),
}


def _found(rows: str, earlier: tuple[Candidate, ...] = ()) -> list[tuple[str, str | None]]:
    context = replace(context_of(make_doc(rows)), gazetteer=_LISTED)
    return [(c.span.text, c.gazetteer_id) for c in departments_by_their_business(context, earlier)]


# "The harbour department said no."
_HARBOUR = """
    The        DET   det      2 -          DT
    harbours   NOUN  compound 2 harbour    NNS
    department NOUN  nsubj    3 -          NN
    said       VERB  ROOT     3 say        VBD
    no         INTJ  dobj     3 -          UH
    .          PUNCT punct    3 -          .
"""


def test_departments_by_their_business_the_one_department_with_those_words() -> None:
    assert _found(_HARBOUR) == [("harbours department", "harbours")]


def test_departments_by_their_business_also_where_the_model_reads_an_organisation() -> None:
    rows = _HARBOUR.replace("harbour    NNS", "harbour    NNS B-ORG").replace(
        "department NOUN  nsubj    3 -          NN",
        "department NOUN  nsubj    3 -          NN I-ORG",
    )
    assert _found(rows) == [("harbours department", "harbours")]


def test_departments_by_their_business_of_the_government_the_article_names() -> None:
    isle = Candidate(
        make_doc(_HARBOUR)[0:1], KG.GovernmentBody, "gazetteer", gazetteer_id="isle_gov"
    )
    assert _found(_HARBOUR, (isle,)) == [("harbours department", "isle_harbours")]


def test_departments_by_their_business_not_the_uk_ones_beside_another_government() -> None:
    # "The Fell Government ... the harbours department": the Fell executive lists no
    # harbours department; the UK's is not the one meant
    fell = Candidate(
        make_doc(_HARBOUR)[0:1], KG.GovernmentBody, "gazetteer", gazetteer_id="fell_gov"
    )
    assert _found(_HARBOUR, (fell,)) == []


def test_departments_by_their_business_nothing_when_two_departments_have_the_words() -> None:
    # "ferries" is in two titles of one government (a department and its predecessor)
    assert (
        _found(
            _HARBOUR.replace(
                "harbours   NOUN  compound 2 harbour", "ferries    NOUN  compound 2 ferry"
            )
        )
        == []
    )


def test_departments_by_their_business_nothing_for_an_owned_or_unlisted_department() -> None:
    # "the cardiology department": no department's title; "the harbours department of the
    # council": the council's
    assert (
        _found(
            _HARBOUR.replace("harbours   NOUN  compound 2 harbour", "cardiology NOUN  compound 2 -")
        )
        == []
    )
    owned = """
        The        DET   det      2 -          DT
        harbours   NOUN  compound 2 harbour    NNS
        department NOUN  nsubj    6 -          NN
        of         ADP   prep     2 -          IN
        the        DET   det      5 -          DT
        council    NOUN  pobj     3 -          NN
        said       VERB  ROOT     6 say        VBD
        .          PUNCT punct    6 -          .
    """
    assert _found(owned) == []


def test_extract_the_education_department_is_the_department_for_education(
    extract: Callable[..., Corpus],
) -> None:
    corpus = extract("Teachers will strike. The education department declined to comment.\n")
    assert "dfe" in {e.gazetteer_id for e in corpus.entities}
