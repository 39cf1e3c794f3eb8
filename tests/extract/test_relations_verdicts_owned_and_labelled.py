"""Verdicts (stance26): praise of an offer by the side that made it proposes it; a label given
in a free relative ("what X described as ...") judges what it names; on hand-built parses of
sentences written for the test."""

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


def _described_what(label: str, lemma: str) -> set[tuple[str, object, str]]:
    """ "The guild rejected what Ferris described as the <label> levy." """
    parsed = build(
        f"""
        The       DET   det      1
        guild     NOUN  nsubj    2
        rejected  VERB  ROOT     2 reject
        what      PRON  dobj     5
        Ferris    PROPN nsubj    5
        described VERB  ccomp    2 describe
        as        ADP   prep     5
        the       DET   det      9
        {label}   ADJ   amod     9 {lemma}
        levy      NOUN  pobj     6
        .         PUNCT punct    2
        """,
        names=[("Ferris", KG.Person), ("levy", KG.Proposal)],
    )
    return facts(parsed.relations("verdict"))


def test_relations_what_a_speaker_labels_a_proposal_is_judged_by_the_label() -> None:
    """stance26: a free relative's label is the only name of what it labels."""
    assert _described_what("best", "good") == {("Ferris", KG.supports, "levy")}
    assert _described_what("derisory", "derisory") == {("Ferris", KG.opposes, "levy")}
