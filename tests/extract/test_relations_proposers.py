"""Who puts a proposal forward (proposes5): a participle with its agent that the tagger read
as a past tense ("the bill brought forward by the ministry"); on a hand-built parse, with one
real parse."""

from __future__ import annotations

from collections.abc import Callable

from doc_builder import build, facts

from kg.model import Corpus
from kg.rdf.namespaces import KG

# ------------------------------------------- "the bill brought forward by the ministry"

BROUGHT_FORWARD = """
    Unions   NOUN  nsubj    1 union
    opposed  VERB  ROOT     1 oppose
    the      DET   det      4
    Roads    PROPN compound 4
    Bill     PROPN dobj     1
    brought  VERB  acl      4 bring    {tag}
    forward  ADP   prt      5
    by       ADP   agent    5
    the      DET   det      9
    ministry NOUN  pobj     7
    {tail}
    .        PUNCT punct    1
"""


def _brought_forward(tag: str, tail: str) -> set[tuple[str, object, str]]:
    parsed = build(
        BROUGHT_FORWARD.format(tag=tag, tail=tail),
        names=[("Roads Bill", KG.Policy), ("ministry", KG.GovernmentBody, "Ministry")],
    )
    return {f for f in facts(parsed.relations("verb")) if f[0] == "Ministry"}


def test_relations_participle_read_as_past_tense_keeps_its_agent() -> None:
    """The tagger often reads "brought", "made", "set" after a noun as a past tense; with its
    agent it is still the passive participle: the ministry brings the bill forward."""
    assert _brought_forward("VBD", "last   ADJ amod 11\nweek NOUN npadvmod 5") == {
        ("Ministry", KG.proposes, "Roads Bill")
    }


def test_relations_participle_with_agent_takes_its_noun_before_a_date() -> None:
    """ "brought forward by the ministry in March": the bill is what is brought forward, not
    the object of the preposition after it."""
    assert _brought_forward("VBN", "in ADP prep 5\nMarch PROPN pobj 10") == {
        ("Ministry", KG.proposes, "Roads Bill")
    }


def test_relations_bill_brought_forward_real_parse(extract: Callable[..., Corpus]) -> None:
    corpus = extract(
        "Police news\nUnions opposed the Policing Bill brought forward by the Home Office in March."
    )
    labels = {e.key: e.label for e in corpus.entities}
    found = {(labels[r.subject], r.predicate, labels[r.object]) for r in corpus.relations}
    assert ("Home Office", KG.proposes, "Policing Bill") in found
