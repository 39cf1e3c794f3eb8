"""An infinitive on a noun of one's own undertaking tells its taker's act (rule "undertaking",
``kg.extract.relations.undertakings``): "launched a campaign to appeal to the Trust", "accepted
an invitation to meet the Trust"; not a noun of others' doing ("backed calls to meet the
Trust"). Sentences written for the tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from doc_builder import Parsed, build, facts

from kg.model import Corpus
from kg.rdf.namespaces import KG


def _parsed(verb: str, lemma: str, noun: str, neg: str = "") -> Parsed:
    """ "The Guild [not] {verb} a {noun} to meet with the Trust." (a hand-built parse)."""
    shift = 1 if neg else 0
    negation = f"{neg} PART neg {2 + shift}\n" if neg else ""
    return build(
        f"""
        The     DET   det   1
        Guild   PROPN nsubj {2 + shift}
        {negation}{verb} VERB ROOT {2 + shift} {lemma}
        a       DET   det   {4 + shift}
        {noun}  NOUN  dobj  {2 + shift}
        to      PART  aux   {6 + shift}
        meet    VERB  acl   {4 + shift}
        with    ADP   prep  {6 + shift}
        the     DET   det   {9 + shift}
        Trust   PROPN pobj  {7 + shift}
        .       PUNCT punct {2 + shift}
        """,
        names=[("Guild", KG.Organisation), ("Trust", KG.Organisation)],
    )


@pytest.mark.parametrize(
    ("verb", "lemma", "noun"),
    [
        ("accepted", "accept", "invitation"),
        ("made", "make", "bid"),
        ("launched", "launch", "campaign"),
    ],
)
def test_relations_the_taker_of_an_undertaking_does_its_act(
    verb: str, lemma: str, noun: str
) -> None:
    parsed = _parsed(verb, lemma, noun)
    assert facts(parsed.relations("undertaking")) == {("Guild", KG.meets, "Trust")}


def test_relations_a_noun_of_others_doing_is_not_the_subjects_act() -> None:
    """ "The Guild backed a call to meet with the Trust": the call is others'."""
    assert _parsed("backed", "back", "call").relations("undertaking") == []


def test_relations_an_undertaking_turned_down_is_not_taken() -> None:
    """ "The Guild not accept a invitation to meet with the Trust": a verb of undertaking
    denied takes nothing on."""
    assert _parsed("accept", "accept", "invitation", neg="not").relations("undertaking") == []


def test_extract_an_undertaking_on_a_real_parse(extract: Callable[..., Corpus]) -> None:
    corpus = extract(
        "Care homes press for help\n"
        "The Dock Guild is launching a campaign to appeal to the Harbour Trust for a review.\n"
        "Tom Hart accepted the invitation to meet with the Riverside Guild on Monday.\n"
    )
    labels = {e.key: e.label for e in corpus.entities}
    pairs = {
        (labels.get(r.subject), labels.get(r.object))
        for r in corpus.relations
        if r.evidence.method == "undertaking"
    }
    assert pairs == {("Dock Guild", "Harbour Trust"), ("Tom Hart", "Riverside Guild")}
