"""A proposal said to show a lack of something is faulted (stance26): on hand-built parses of
sentences written for the test."""

from __future__ import annotations

from doc_builder import facts, spoken_by_ferris

from kg.rdf.namespaces import KG


def _shows(verb: str, lemma: str, noun: str, lemma_noun: str) -> set[tuple[str, object, str]]:
    """ "Ferris spoke. “The levy <verb> a <noun> of ambition.”" """
    parsed = spoken_by_ferris(
        f"""
        “        PUNCT punct  3
        The      DET   det    2
        levy     NOUN  nsubj  3
        {verb}   VERB  ROOT   3 {lemma}
        a        DET   det    5
        {noun}   NOUN  dobj   3 {lemma_noun}
        of       ADP   prep   5
        ambition NOUN  pobj   6
        .        PUNCT punct  3
        ”        PUNCT punct  3
        """,
        ("levy", KG.Proposal),
    )
    return facts(parsed.relations("verdict"))


def test_relations_a_proposal_showing_a_lack_is_opposed() -> None:
    assert _shows("shows", "show", "lack", "lack") == {("Ferris", KG.opposes, "levy")}
    assert _shows("demonstrates", "demonstrate", "lack", "lack") == {("Ferris", KG.opposes, "levy")}


def test_relations_a_proposal_showing_something_else_is_no_verdict() -> None:
    assert _shows("shows", "show", "sign", "sign") == set()
