"""A reply that names no one answers the main subject of the sentence before (``reply``,
:mod:`kg.extract.relations.replies`). Sentences written for the tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from doc_builder import build, facts

from kg.model import Corpus
from kg.rdf.namespaces import KG

# "Lowe criticised the plan. Ruiz {reply} that it was fair."
EXCHANGE = """
Lowe      PROPN nsubj  1
criticised VERB ROOT   1  criticise
the       DET   det    3
plan      NOUN  dobj   1
.         PUNCT punct  1
Ruiz      PROPN nsubj  6
{rows}
.         PUNCT punct  6
"""
NAMES = [("Lowe", KG.Person), ("Ruiz", KG.Person)]


def test_relations_a_reply_answers_the_subject_of_the_sentence_before() -> None:
    """ "Lowe criticised the plan. Ruiz replied that it was fair." """
    rows = """
    replied   VERB  ROOT   6  reply
    that      SCONJ mark   9
    it        PRON  nsubj  9
    was       AUX   ccomp  6  be
    fair      ADJ   acomp  9
    """
    parsed = build(EXCHANGE.format(rows=rows.strip()), names=NAMES)
    assert facts(parsed.relations("reply")) == {("Ruiz", KG.communicatesWith, "Lowe")}


@pytest.mark.parametrize(
    ("rows", "why"),
    [
        (
            "replied VERB ROOT 6 reply\nto ADP prep 6\nthe DET det 9\nunion NOUN pobj 7",
            "an addressee named: the trigger's",
        ),
        ("replied VERB ROOT 6 reply\nquickly ADV advmod 6", "nothing said"),
        (
            "agreed VERB ROOT 6 agree\nthat SCONJ mark 9\nit PRON nsubj 9\nwas AUX ccomp 6 be",
            "no verb of replying",
        ),
    ],
)
def test_relations_no_reply_read_without_a_reply_to_no_one(rows: str, why: str) -> None:
    parsed = build(EXCHANGE.format(rows=rows), names=NAMES)
    assert parsed.relations("reply") == [], why


def test_relations_a_reply_to_oneself_answers_no_one() -> None:
    """ "Lowe criticised the plan. Lowe replied that it was fair." """
    rows = """
    replied   VERB  ROOT   6  reply
    that      SCONJ mark   9
    it        PRON  nsubj  9
    was       AUX   ccomp  6  be
    """
    text = EXCHANGE.replace("Ruiz ", "Lowe ").format(rows=rows.strip())
    parsed = build(text, names=[("Lowe", KG.Person), ("Lowe", KG.Person)])
    assert parsed.relations("reply") == []


def test_extract_a_reply_in_a_debate_answers_the_accuser(extract: Callable[..., Corpus]) -> None:
    corpus = extract(
        "Harbour debate\n"
        "Speaking on Monday, councillor Ann Lowe accused the harbour master, Tomas Ruiz, of "
        "neglect.\n"
        "Ruiz replied that he had done all he could.\n"
    )
    labels = {e.key: e.label for e in corpus.entities}
    found = {
        (labels[r.subject], labels[r.object])
        for r in corpus.relations
        if r.predicate == KG.communicatesWith
    }
    assert ("Tomas Ruiz", "Ann Lowe") in found
