"""Trust in an actor denied is public criticism of it (``distrust``,
:mod:`kg.extract.relations.confidence`). Sentences written for the tests."""

from __future__ import annotations

from collections.abc import Callable

from doc_builder import build, facts

from kg.model import Corpus
from kg.rdf.namespaces import KG

NAMES = [("Guild", KG.TradeUnion), ("ministry", KG.GovernmentBody)]


def test_relations_vote_of_no_confidence_criticises_the_actor() -> None:
    """ "The Guild passed a vote of no confidence in the ministry." """
    parsed = build(
        """
        The         DET   det   1
        Guild       PROPN nsubj 2
        passed      VERB  ROOT  2  pass
        a           DET   det   4
        vote        NOUN  dobj  2
        of          ADP   prep  4
        no          DET   det   7
        confidence  NOUN  pobj  5
        in          ADP   prep  7
        the         DET   det   10
        ministry    NOUN  pobj  8
        .           PUNCT punct 2
        """,
        names=NAMES,
    )
    assert facts(parsed.relations("distrust")) == {("Guild", KG.criticises, "ministry")}


def test_relations_lost_faith_criticises_the_actor() -> None:
    """ "The Guild has lost faith in the ministry." """
    parsed = build(
        """
        The       DET   det   1
        Guild     PROPN nsubj 3
        has       AUX   aux   3  have
        lost      VERB  ROOT  3  lose
        faith     NOUN  dobj  3
        in        ADP   prep  4
        the       DET   det   7
        ministry  NOUN  pobj  5
        .         PUNCT punct 3
        """,
        names=NAMES,
    )
    assert facts(parsed.relations("distrust")) == {("Guild", KG.criticises, "ministry")}


def test_relations_confidence_held_criticises_no_one() -> None:
    """ "The Guild has confidence in the ministry." """
    parsed = build(
        """
        The         DET   det   1
        Guild       PROPN nsubj 2
        has         VERB  ROOT  2  have
        confidence  NOUN  dobj  2
        in          ADP   prep  3
        the         DET   det   6
        ministry    NOUN  pobj  4
        .           PUNCT punct 2
        """,
        names=NAMES,
    )
    assert parsed.relations("distrust") == []


def test_relations_not_backing_a_vote_of_no_confidence_criticises_no_one() -> None:
    """ "The Guild did not back a vote of no confidence in the ministry." """
    parsed = build(
        """
        The         DET   det   1
        Guild       PROPN nsubj 4
        did         AUX   aux   4  do
        not         PART  neg   4
        back        VERB  ROOT  4
        a           DET   det   6
        vote        NOUN  dobj  4
        of          ADP   prep  6
        no          DET   det   9
        confidence  NOUN  pobj  7
        in          ADP   prep  9
        the         DET   det   12
        ministry    NOUN  pobj  10
        .           PUNCT punct 4
        """,
        names=NAMES,
    )
    assert parsed.relations("distrust") == []


def test_extract_nothing_gave_confidence_that_a_body_would_act(
    extract: Callable[..., Corpus],
) -> None:
    corpus = extract(
        "Farm news\n"
        "“Nothing in the meeting gave us confidence that the Home Office would change course,” "
        "said Dockers Association chair Jo Reyes.\n"
    )
    labels = {e.key: e.label for e in corpus.entities}
    found = {
        (labels[r.subject], labels[r.object])
        for r in corpus.relations
        if r.predicate == KG.criticises
    }
    assert ("Jo Reyes", "Home Office") in found
