"""Posts of the gazetteer read with role phrases: which post, which holder, which organisation.

The posts and people here are made up, in a gazetteer file of the test's own."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import pytest

from kg.extract.entities.posts import (
    PostIndex,
    choose_post,
    holders_within,
    title_words,
    within,
)
from kg.extract.gazetteer import Post, Tenure
from kg.extract.parse import load_pipeline
from kg.extract.pipeline import extract_documents
from kg.extract.read import read_text
from kg.model import Corpus
from kg.rdf.namespaces import KG

D = datetime.date

FERRY_UK = Post(
    "post_ferry_uk",
    "Secretary of State for Ferries",
    ("Ferry Secretary",),
    "dept_ferries",
    (Tenure("tom_hale", D(2020, 1, 1), D(2023, 5, 2)), Tenure("ann_lowe", D(2023, 5, 2))),
    government="government",
    area="uk",
)
FERRY_SCOT = Post(
    "post_ferry_scot",
    "Cabinet Secretary for Ferries",
    ("Ferry Secretary", "Scottish Ferry Secretary"),
    "scottish_government",
    (Tenure("ian_moss", D(2021, 1, 1)),),
    area="scotland",
)
PREMIER = Post(
    "post_premier",
    "Premier",
    ("Premier",),
    "government",
    (Tenure("kim_park", D(2019, 1, 1), D(2024, 1, 1)), Tenure("raj_dev", D(2024, 1, 1))),
    area="uk",
)
HARBOURS = Post("post_harbours", "Minister of Harbours", (), "harbour_executive")
INDEX = PostIndex.of([FERRY_UK, FERRY_SCOT, PREMIER, HARBOURS])


def test_posts_role_phrase_names_posts_by_its_last_words() -> None:
    assert INDEX.for_role("the new ferry secretary") == (FERRY_UK, FERRY_SCOT)
    assert INDEX.for_role("Scottish Ferry Secretary") == (FERRY_SCOT,)
    assert INDEX.for_role("ferry chair") == ()


def test_posts_a_title_naming_no_post_opens_as_the_posts_of_its_kind() -> None:
    # a portfolio renamed since the list was made: only where the title opens like theirs
    assert INDEX.for_title("Cabinet Secretary for Harbours and Islands") == (FERRY_SCOT,)
    assert INDEX.for_title("Secretary of State for Canals") == (FERRY_UK,)
    assert INDEX.for_title("Harbour Secretary") == ()


def test_posts_a_title_naming_no_post_is_in_the_government_its_kind_is_in(
    extract: Any,
) -> None:
    # "Cabinet Secretary for ..." posts are the Scottish Government's (and the Welsh)
    corpus = extract(
        "Harbour bill\n"
        "The union wrote to the UK Government and the Scottish Government about the bill.\n"
        "In letters sent to the Cabinet Secretary for Harbours and Islands, Jo Farrow MSP, the "
        "union asked for talks.\n"
    )
    labels = {e.key: e.gazetteer_id or e.label for e in corpus.entities}
    posts = {(labels[r.subject], labels[r.object]) for r in corpus.relations}
    assert ("Jo Farrow", "scottish_government") in posts
    assert ("Jo Farrow", "government") not in posts


def test_posts_a_minister_is_in_the_government_not_in_the_department_they_run(
    extract: Any,
) -> None:
    # the post is in the department, the department in the government: the holder is a
    # member of the government, and of nothing when the article names only the department
    text = "Health Secretary Wes Streeting said the Department of Health and Social Care would act."
    corpus = extract(text + "\n")
    assert [r for r in corpus.relations if r.predicate == KG.holdsPostIn] == []
    corpus = extract(text + " The Government agreed.\n")
    labels = {e.key: e.gazetteer_id or e.label for e in corpus.entities}
    posts = {(labels[r.subject], labels[r.object]) for r in corpus.relations}
    assert ("streeting", "government") in posts
    assert ("streeting", "dhsc") not in posts


def test_posts_minister_of_and_minister_for_name_one_post() -> None:
    assert INDEX.for_role("the Minister for Harbours") == (HARBOURS,)
    assert INDEX.for_role("Minister of Harbours") == (HARBOURS,)


@pytest.mark.parametrize(
    ("holder", "named", "expected"),
    [
        ("ian_moss", set(), FERRY_SCOT),  # the holder tells
        (None, {"scottish_government"}, FERRY_SCOT),  # the government named
        (None, {"scotland"}, FERRY_SCOT),  # the country named
        (None, set(), FERRY_UK),  # the UK's, when nothing else is said
        (None, {"government", "scottish_government"}, None),  # both named: cannot tell
    ],
)
def test_posts_choose_post(holder: str | None, named: set[str], expected: Post | None) -> None:
    assert choose_post([FERRY_UK, FERRY_SCOT], holder=holder, named=named) == expected


def test_posts_holders_within_days_count_the_handover_day_as_the_successors() -> None:
    assert holders_within(FERRY_UK, (D(2023, 5, 2), None)) == ("ann_lowe",)
    assert holders_within(FERRY_UK, (D(2022, 1, 1), D(2023, 6, 1))) == ("tom_hale", "ann_lowe")
    # the days up to a handover, excluded; one day, the handover's, is the successor's
    assert holders_within(FERRY_UK, (D(2021, 1, 1), D(2023, 5, 2))) == ("tom_hale",)
    assert holders_within(FERRY_UK, (D(2023, 5, 2), D(2023, 5, 2))) == ("ann_lowe",)
    assert within([(D(2020, 1, 1), None), (None, D(2023, 1, 1))]) == (D(2020, 1, 1), D(2023, 1, 1))


def test_posts_title_words_leave_out_names_of_their_own() -> None:
    words = title_words(INDEX, ["Ferry"])
    assert "scottish" in words and "ferry" not in words


GAZETTEER = """
@prefix kg:   <https://w3id.org/kg-policy/ontology#> .
@prefix gaz:  <https://w3id.org/kg-policy/gazetteer#> .
@prefix org:  <http://www.w3.org/ns/org#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd:  <http://www.w3.org/2001/XMLSchema#> .

gaz:dept_ferries a kg:GovernmentBody ; rdfs:label "Department for Ferries" .
gaz:dept_ferries org:subOrganizationOf gaz:government .
gaz:tom_halloran a kg:Person ; rdfs:label "Tom Halloran" .
gaz:ann_lowery a kg:Person ; rdfs:label "Ann Lowery" .
gaz:kim_parkes a kg:Person ; rdfs:label "Kim Parkes" .
gaz:raj_devlin a kg:Person ; rdfs:label "Raj Devlin" .
gaz:post_ferries a org:Post ; rdfs:label "Secretary of State for Ferries" ;
    skos:altLabel "Ferry Secretary" ; org:postIn gaz:dept_ferries ;
    gaz:heldBy [ gaz:person gaz:tom_halloran ; gaz:from "2020-01-01"^^xsd:date ;
                 gaz:until "2023-05-02"^^xsd:date ] ,
               [ gaz:person gaz:ann_lowery ; gaz:from "2023-05-02"^^xsd:date ] .
gaz:post_chief_minister a org:Post ; rdfs:label "Chief Minister of the Isles" ;
    skos:altLabel "Chief Minister" ; org:postIn gaz:government ;
    gaz:heldBy [ gaz:person gaz:kim_parkes ; gaz:from "2019-01-01"^^xsd:date ;
                 gaz:until "2024-01-01"^^xsd:date ] ,
               [ gaz:person gaz:raj_devlin ; gaz:from "2024-01-01"^^xsd:date ] .
"""


@pytest.fixture(scope="module")
def with_posts(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """``with_posts(text)``: the corpus of an article read with the gazetteer file above."""
    path = Path(tmp_path_factory.mktemp("posts")) / "posts.ttl"
    path.write_text(GAZETTEER, encoding="utf-8")
    nlp = load_pipeline(gazetteer_files=[path])

    def run(text: str) -> Corpus:
        return extract_documents([read_text(text, doc_id="t")], nlp=nlp, gazetteer_files=[path])

    return run


def _names(corpus: Corpus) -> dict[str, tuple[str, ...]]:
    return {e.label: e.aliases for e in corpus.entities}


def test_posts_role_on_its_own_names_the_holder_on_the_articles_days(with_posts: Any) -> None:
    # the second chief minister took office after the ferry secretary's handover
    corpus = with_posts(
        "Ferry news\nChief Minister Raj Devlin visited the port on Monday. "
        "The ferry secretary said the Government would pay."
    )
    names = _names(corpus)
    assert "ferry secretary" in names["Ann Lowery"]
    labels = {e.key: e.label for e in corpus.entities}
    facts = {
        (labels[r.subject], r.predicate.rsplit("#")[-1], labels[r.object]) for r in corpus.relations
    }
    assert ("Ann Lowery", "holdsPostIn", "Government") in facts


def test_posts_role_on_its_own_with_no_days_is_left_alone(with_posts: Any) -> None:
    """No day and no holder named: which holder is meant cannot be told. (Making a person
    known only by the post was tried: it lowered precision on unseen articles.)"""
    corpus = with_posts("Ferry news\nThe ferry secretary said the Government would pay.")
    assert not [e for e in corpus.entities if e.type == KG.Person]


def test_posts_role_on_its_own_after_a_named_minister_is_that_minister(with_posts: Any) -> None:
    """A listed minister named with no post of their own, then the post on its own: the title
    refers back to them (even in a post the gazetteer does not list them in)."""
    corpus = with_posts(
        "Ferry news\nKim Parkes told a newspaper the port would close. "
        "The ferry secretary said the Government would pay."
    )
    assert "ferry secretary" in _names(corpus)["Kim Parkes"]


def test_posts_role_named_by_title_words_before_the_holder(with_posts: Any) -> None:
    corpus = with_posts("Ferry news\nFerry Secretary Tom Halloran met the union on Monday.")
    names = _names(corpus)
    assert names["Tom Halloran"] == ("Ferry Secretary",)
    assert "Ferry" not in names


def test_posts_the_pm_is_the_prime_minister_named_before(extract: Any) -> None:
    """ "the PM" is the short title of the Prime Minister (``posts.ttl``): after Keir Starmer is
    named, "the PM told the House of Commons" is his."""
    corpus = extract(
        "Aid news\nKeir Starmer has announced a cut to the aid budget.\n"
        "Defence spending will rise by 2027, the PM told the House of Commons."
    )
    assert "PM" in _names(corpus)["Keir Starmer"]
    labels = {e.key: e.label for e in corpus.entities}
    facts = {
        (labels[r.subject], r.predicate.rsplit("#")[-1], labels[r.object]) for r in corpus.relations
    }
    assert ("Keir Starmer", "tells", "House of Commons") in facts
