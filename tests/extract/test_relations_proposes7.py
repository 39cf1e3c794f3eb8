"""Proposing, parts and advice (proposes7): on hand-built parses of sentences written for the
test, and real parses."""

from __future__ import annotations

from collections.abc import Callable

from doc_builder import build, facts

from kg.model import Corpus
from kg.rdf.namespaces import KG


def _found(corpus: Corpus) -> set[tuple[str, object, str]]:
    labels = {e.key: e.label for e in corpus.entities}
    return {(labels[r.subject], r.predicate, labels[r.object]) for r in corpus.relations}


def _recommended(noun: str, lemma: str) -> set[tuple[str, object, str]]:
    """ "The Ferry Guild recommended <noun> of the quay offer." """
    parsed = build(
        f"""
        The         DET   det      2
        Ferry       PROPN compound 2
        Guild       PROPN nsubj    3
        recommended VERB  ROOT     3 recommend
        {noun}      NOUN  dobj     3 {lemma}
        of          ADP   prep     4
        the         DET   det      8
        quay        NOUN  compound 8
        offer       NOUN  pobj     5
        .           PUNCT punct    3
        """,
        names=[("Ferry Guild", KG.TradeUnion), ("quay offer", KG.FundingPackage)],
    )
    return {f for f in facts(parsed.relations("verb")) if f[1] == KG.advisesOn}


def test_relations_recommending_acceptance_of_a_proposal_is_no_advice_on_it() -> None:
    assert _recommended("acceptance", "acceptance") == set()
    assert _recommended("rejection", "rejection") == set()


def test_relations_recommending_changes_to_a_proposal_still_advises_on_it() -> None:
    assert _recommended("changes", "change") == {("Ferry Guild", KG.advisesOn, "quay offer")}


def test_relations_recommending_acceptance_on_a_real_parse(extract: Callable[..., Corpus]) -> None:
    corpus = extract("Pay news\nThe Ferry Guild recommended acceptance of the quay pay offer.\n")
    assert not any(p == KG.advisesOn for _, p, _ in _found(corpus))
