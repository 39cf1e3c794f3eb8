"""A union named before a workforce noun stands for it ("Guild staff"), and a time phrase the
parser makes a second subject is not the subject ("a number of weeks ago he met ...").
Sentences written for the tests."""

from __future__ import annotations

from collections.abc import Callable

from doc_builder import build, facts

from kg.extract.relations.grammar import subjects_of
from kg.model import Corpus
from kg.rdf.namespaces import KG


def test_relations_meeting_a_unions_staff_meets_the_union() -> None:
    """ "Reyes met Guild staff." """
    parsed = build(
        """
        Reyes  PROPN nsubj    1
        met    VERB  ROOT     1  meet
        Guild  PROPN compound 3
        staff  NOUN  dobj     1
        .      PUNCT punct    1
        """,
        names=[("Reyes", KG.Person), ("Guild", KG.TradeUnion)],
    )
    assert facts(parsed.relations("verb")) == {("Reyes", KG.meets, "Guild")}


def test_relations_meeting_an_employers_staff_meets_no_one() -> None:
    """ "Reyes met Harbour Board staff.": where the staff work, not who speaks for them."""
    parsed = build(
        """
        Reyes    PROPN nsubj    1
        met      VERB  ROOT     1  meet
        Harbour  PROPN compound 3
        Board    PROPN compound 4
        staff    NOUN  dobj     1
        .        PUNCT punct    1
        """,
        names=[("Reyes", KG.Person), ("Harbour Board", KG.PublicBody)],
    )
    assert parsed.relations("verb") == []


def test_relations_grammar_a_time_phrase_beside_the_subject_is_not_it() -> None:
    # "A number of weeks ago he met the Guild.": the parser makes "number" a second subject
    parsed = build(
        """
        A       DET   det    1
        number  NOUN  nsubj  6
        of      ADP   prep   1
        weeks   NOUN  pobj   2  week - B-DATE
        ago     ADV   advmod 6  - - I-DATE
        he      PRON  nsubj  6
        met     VERB  ROOT   6  meet
        the     DET   det    8
        Guild   PROPN dobj   6
        .       PUNCT punct  6
        """
    )
    assert [t.text for t in subjects_of(parsed.token("met"))] == ["he"]


def test_extract_a_minister_met_a_unions_staff(extract: Callable[..., Corpus]) -> None:
    corpus = extract(
        "Port news\n"
        "Transport minister Jo Reyes said that a number of weeks ago she met Dockers Association "
        "staff in Leith.\n"
    )
    labels = {e.key: e.label for e in corpus.entities}
    found = {
        (labels[r.subject], labels[r.object]) for r in corpus.relations if r.predicate == KG.meets
    }
    assert ("Jo Reyes", "Dockers Association") in found
