"""Plural subjects standing for bodies named together before
(:mod:`kg.extract.relations.plural_subjects`). Sentences written for the tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from doc_builder import build, facts

from kg.model import Corpus
from kg.rdf.namespaces import KG

Extract = Callable[..., Corpus]

# "Guild and Forum met Reyes. {det} unions wrote to Reyes."
TWO_SENTENCES = """
Guild   PROPN nsubj  3
and     CCONJ cc     0
Forum   PROPN conj   0
met     VERB  ROOT   3  meet
Reyes   PROPN dobj   3
.       PUNCT punct  3
{det}   DET   {dep}  7
{word}  NOUN  nsubj  8  {lemma} NNS
wrote   VERB  ROOT   8  write
to      ADP   prep   8
Reyes   PROPN pobj   9
.       PUNCT punct  8
"""

UNIONS = [
    ("Guild", KG.TradeUnion),
    ("Forum", KG.TradeUnion),
    ("Reyes", KG.Person),
    ("Reyes", KG.Person),
]


def _parse(det: str, word: str = "unions", dep: str = "det") -> set[tuple[str, object, str]]:
    rows = TWO_SENTENCES.format(det=det, dep=dep, word=word, lemma=word.rstrip("s"))
    return facts(build(rows, names=UNIONS).relations("verb"))


@pytest.mark.parametrize(("det", "dep"), [("The", "det"), ("Both", "predet"), ("two", "nummod")])
def test_relations_a_plural_description_acts_for_each_body_named_together(
    det: str, dep: str
) -> None:
    assert {("Guild", KG.wroteTo, "Reyes"), ("Forum", KG.wroteTo, "Reyes")} <= _parse(det, dep=dep)


@pytest.mark.parametrize(
    ("det", "dep", "word"),
    [
        ("Other", "amod", "unions"),  # not the ones named
        ("three", "nummod", "unions"),  # the count disagrees
        ("The", "det", "trusts"),  # not of the kind the noun names
    ],
)
def test_relations_a_plural_that_does_not_fit_acts_for_none(det: str, dep: str, word: str) -> None:
    found = _parse(det, word, dep)
    assert ("Guild", KG.wroteTo, "Reyes") not in found
    assert ("Forum", KG.wroteTo, "Reyes") not in found


def test_relations_they_resolved_to_one_body_of_a_pair_is_both() -> None:
    """ "Guild and Forum met Reyes. They then wrote to Reyes.": "they" resolved to Guild."""
    rows = TWO_SENTENCES.format(det="They", dep="nsubj", word="then", lemma="then")
    lines = rows.strip().splitlines()
    lines[6] = "They  PRON nsubj  8"
    lines[7] = "then  ADV  advmod 8  then RB"
    parsed = build("\n".join(lines), names=UNIONS, pronouns={6: "Guild"})
    assert {("Guild", KG.wroteTo, "Reyes"), ("Forum", KG.wroteTo, "Reyes")} <= facts(
        parsed.relations("verb")
    )


def test_relations_the_unions_oppose_what_each_union_opposes(extract: Extract) -> None:
    corpus = extract(
        "Port staff write to minister\n"
        "The Dock Workers Union and the Port Staff Union wrote to the minister on Monday. "
        "The unions opposed the new port levy.\n"
    )
    names = {e.key: e.label for e in corpus.entities}
    opposed = {names[r.subject] for r in corpus.relations if r.predicate == KG.opposes}
    assert opposed == {"Dock Workers Union", "Port Staff Union"}


def test_relations_the_bodies_of_several_named_bodies_act_for_each() -> None:
    """ "The executives of Guild and Forum wrote to Reyes.": each body writes."""
    rows = """
    The         DET   det    1
    executives  NOUN  nsubj  6  executive NNS
    of          ADP   prep   1
    Guild       PROPN pobj   2
    and         CCONJ cc     3
    Forum       PROPN conj   3
    wrote       VERB  ROOT   6  write
    to          ADP   prep   6
    Reyes       PROPN pobj   7
    .           PUNCT punct  6
    """
    parsed = build(rows, names=UNIONS[:3])
    assert facts(parsed.relations("verb")) == {
        ("Guild", KG.wroteTo, "Reyes"),
        ("Forum", KG.wroteTo, "Reyes"),
    }
