"""A bad feeling named by a noun and aimed at an actor is public criticism of it
(``grievance``, :mod:`kg.extract.relations.grievances`). Sentences written for the tests."""

from __future__ import annotations

from collections.abc import Callable

from doc_builder import build, facts

from kg.model import Corpus
from kg.rdf.namespaces import KG

NAMES = [("Guild", KG.TradeUnion), ("ministry", KG.GovernmentBody)]


def test_relations_frustration_with_an_actor_criticises_it() -> None:
    """ "The Guild cited its frustration with the ministry." """
    parsed = build(
        """
        The          DET   det   1
        Guild        PROPN nsubj 2
        cited        VERB  ROOT  2  cite
        its          PRON  poss  4
        frustration  NOUN  dobj  2
        with         ADP   prep  4
        the          DET   det   7
        ministry     NOUN  pobj  5
        .            PUNCT punct 2
        """,
        names=NAMES,
        pronouns={3: "Guild"},
    )
    assert facts(parsed.relations("grievance")) == {("Guild", KG.criticises, "ministry")}


def test_relations_dissatisfaction_with_how_an_actor_acts_criticises_it() -> None:
    """ "The Guild cited dissatisfaction with how the ministry handled talks.": the parser
    hangs "with" on the verb."""
    parsed = build(
        """
        The              DET   det    1
        Guild            PROPN nsubj  2
        cited            VERB  ROOT   2  cite
        dissatisfaction  NOUN  dobj   2
        with             ADP   prep   2
        how              SCONJ advmod 8
        the              DET   det    7
        ministry         NOUN  nsubj  8
        handled          VERB  pcomp  4  handle
        talks            NOUN  dobj   8  talk
        .                PUNCT punct  2
        """,
        names=NAMES,
    )
    assert facts(parsed.relations("grievance")) == {("Guild", KG.criticises, "ministry")}


def test_relations_frustration_with_a_thing_criticises_no_one() -> None:
    """ "The Guild cited frustration with the delays." """
    parsed = build(
        """
        The          DET   det   1
        Guild        PROPN nsubj 2
        cited        VERB  ROOT  2  cite
        frustration  NOUN  dobj  2
        with         ADP   prep  3
        the          DET   det   6
        delays       NOUN  pobj  4  delay
        .            PUNCT punct 2
        """,
        names=NAMES[:1],
    )
    assert parsed.relations("grievance") == []


def test_extract_frustration_with_a_body(extract: Callable[..., Corpus]) -> None:
    corpus = extract(
        "Farm news\n"
        "The Dockers Association passed the motion on Monday, citing frustration with the "
        "Home Office.\n"
    )
    labels = {e.key: e.label for e in corpus.entities}
    found = {
        (labels[r.subject], labels[r.object])
        for r in corpus.relations
        if r.predicate == KG.criticises
    }
    assert ("Dockers Association", "Home Office") in found
