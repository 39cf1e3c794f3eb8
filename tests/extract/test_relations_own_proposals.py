"""Verdicts on one's own proposal (stance26): praise of an offer by the side that made it
proposes it; on hand-built parses of sentences written for the test."""

from __future__ import annotations

from doc_builder import build, facts

from kg.rdf.namespaces import KG


def _said_fair(owner: str | None) -> set[tuple[str, object, str]]:
    """ "The Ferry Guild said its fair offer was rejected.", "its" standing for ``owner``
    (for no one known when None)."""
    parsed = build(
        """
        The      DET   det       2
        Ferry    PROPN compound  2
        Guild    PROPN nsubj     3
        said     VERB  ROOT      3 say
        its      PRON  poss      6
        fair     ADJ   amod      6
        offer    NOUN  nsubjpass 8
        was      AUX   auxpass   8
        rejected VERB  ccomp     3 reject
        .        PUNCT punct     3
        """,
        names=[("Ferry Guild", KG.TradeUnion), ("offer", KG.Proposal)],
        pronouns={4: owner} if owner else {},
    )
    return facts(parsed.relations("verdict"))


def test_relations_praise_of_ones_own_offer_proposes_it() -> None:
    """stance26: the side that made an offer puts it forward; it does not back it."""
    assert _said_fair("Ferry Guild") == {("Ferry Guild", KG.proposes, "offer")}


def test_relations_praise_of_an_offer_not_owned_by_the_speaker_supports_it() -> None:
    assert _said_fair(None) == {("Ferry Guild", KG.supports, "offer")}
