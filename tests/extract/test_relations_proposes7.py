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


def _government_before(rows: str, proposal: str) -> set[tuple[str, object, str]]:
    """A proposal phrase with the common noun "government" before its head."""
    parsed = build(
        rows,
        names=[(proposal, KG.Policy), ("government", KG.GovernmentBody, "Government")],
    )
    return facts(parsed.relations("author-modifier"))


def test_relations_a_government_named_by_a_common_noun_authors_one_proposal() -> None:
    rows = """
        The        DET   det      3
        new        ADJ   amod     3
        government NOUN  compound 3
        levies     NOUN  nsubj    4 levy NNS
        lapsed     VERB  ROOT     4 lapse
        .          PUNCT punct    4
        """
    found = _government_before(rows, "new government levies")
    assert found == {("Government", KG.proposes, "new government levies")}


def test_relations_government_policy_in_general_has_no_author() -> None:
    rows = """
        government NOUN  compound 1
        policy     NOUN  nsubj    2 policy NN
        failed     VERB  ROOT     2 fail
        .          PUNCT punct    2
        """
    assert _government_before(rows, "government policy") == set()
