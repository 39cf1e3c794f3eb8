"""Carrying out a proposal backs it (stance31): "Unite is implementing the levy", "has honoured
the deal", "will uphold the ban", "enforce the policy" → ``supports`` (``lex:trigger`` of
``kg:supports``). On hand-built parses of sentences written for the test, with a real parse."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from doc_builder import build, facts

from kg.model import Corpus
from kg.rdf.namespaces import KG


@pytest.mark.parametrize(
    ("word", "lemma"),
    [
        ("implemented", "implement"),
        ("honoured", "honour"),
        ("upheld", "uphold"),
        ("enforced", "enforce"),
    ],
)
def test_relations_carrying_out_a_proposal_supports_it(word: str, lemma: str) -> None:
    """ "Unite has <word> the levy." """
    parsed = build(
        f"""
        Unite    PROPN nsubj 2
        has      AUX   aux   2
        {word}   VERB  ROOT  2 {lemma}
        the      DET   det   4
        levy     NOUN  dobj  2
        .        PUNCT punct 2
        """,
        names=[("Unite", KG.TradeUnion), ("levy", KG.Policy)],
    )
    assert facts(parsed.relations("verb")) == {("Unite", KG.supports, "levy")}


def test_relations_carrying_out_a_proposal_real_parse(extract: Callable[..., Corpus]) -> None:
    corpus = extract(
        "Levy row\n\nThe Treasury announced a new parking levy in May.\n\n"
        "Unison is implementing the levy.\n"
    )
    labels = {e.key: e.label for e in corpus.entities}
    found = {
        (labels[r.subject], r.predicate, labels[r.object])
        for r in corpus.relations
        if r.predicate in (KG.opposes, KG.supports)
    }
    assert found == {("Unison", KG.supports, "new parking levy")}
