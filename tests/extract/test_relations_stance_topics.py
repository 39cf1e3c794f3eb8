"""What a stance is about when the speaker does not name it again: "This is another inadequate
offer" judges the one offer spoken of (a singular noun agrees with a singular antecedent), a
chain of "it" subjects keeps one proposal in view; "does not come close to" what is wanted is a
verdict like "does not go far enough", and "an enhancement" one like "an improvement"; setting
a proposal aside unheeded ("ignored the recommendations", "swept aside the plan") rejects it.
Hand-built parses of sentences written for the test."""

from __future__ import annotations

import pytest
from doc_builder import build, facts, spoken_by_ferris
from rdflib import URIRef

from kg.extract.entities.pronouns import resolve_pronouns
from kg.rdf.namespaces import KG


def test_relations_not_coming_close_to_a_claim_opposes_the_proposal() -> None:
    """ "“The Quay Levy does not come close to our claim.”" in Ferris's words."""
    parsed = spoken_by_ferris(
        """
        “      PUNCT punct    6
        The    DET   det      3
        Quay   PROPN compound 3
        Levy   PROPN nsubj    6
        does   AUX   aux      6 do
        not    PART  neg      6
        come   VERB  ROOT     6 come
        close  ADV   advmod   6
        to     ADP   prep     7
        our    PRON  poss     10
        claim  NOUN  pobj     8
        .      PUNCT punct    6
        ”      PUNCT punct    6
        """,
        ("Quay Levy", KG.Policy),
    )
    assert facts(parsed.relations("verdict")) == {("Ferris", KG.opposes, "Quay Levy")}


def test_relations_this_is_another_offer_judges_a_singular_offer_not_plural_offers() -> None:
    """ "Past offers failed. Those offers lapsed. The Quay offer came. “This is another
    inadequate offer.”": the Quay offer, though the past offers are named more often."""
    parsed = spoken_by_ferris(
        """
        Past        ADJ   amod     1
        offers      NOUN  nsubj    2 offer NNS
        failed      VERB  ROOT     2 fail
        .           PUNCT punct    2
        Those       DET   det      5
        offers      NOUN  nsubj    6 offer NNS
        lapsed      VERB  ROOT     6 lapse
        .           PUNCT punct    6
        The         DET   det      10
        Quay        PROPN compound 10
        offer       NOUN  nsubj    11 offer NN
        came        VERB  ROOT     11 come
        .           PUNCT punct    11
        “           PUNCT punct    15
        This        PRON  nsubj    15 this
        is          AUX   ROOT     15 be
        another     DET   det      18
        inadequate  ADJ   amod     18
        offer       NOUN  attr     15 offer NN
        .           PUNCT punct    15
        ”           PUNCT punct    15
        """,
        ("Past offers", KG.Proposal, "past offers"),
        ("Those offers", KG.Proposal, "past offers"),
        ("Quay offer", KG.Proposal),
    )
    assert facts(parsed.relations("verdict")) == {("Ferris", KG.opposes, "Quay offer")}


CHAINED_IT = """
    Members    NOUN  nsubj     2 member NNS
    will       AUX   aux       2
    vote       VERB  ROOT      2
    on         ADP   prep      2
    the        DET   det       6
    Quay       PROPN compound  6
    offer      NOUN  pobj      3
    .          PUNCT punct     2
    It         PRON  nsubjpass 10 it
    was        AUX   auxpass   10 be
    criticised VERB  ROOT      10 criticise
    over       ADP   prep      10
    the        DET   det       14
    pay        NOUN  compound  14
    claim      NOUN  pobj      11
    .          PUNCT punct     10
    It         PRON  nsubj     17 it
    is         AUX   ROOT      17 be
    a          DET   det       19
    step       NOUN  attr      17
    forward    ADV   advmod    19
    .          PUNCT punct     17
"""


def test_entities_an_it_after_an_it_subject_keeps_its_proposal() -> None:
    """ "Members will vote on the Quay offer. It was criticised over the pay claim. It is a
    step forward.": both "it"s are the offer, not the claim named last."""
    parsed = build(CHAINED_IT, names=[("Quay offer", KG.Proposal), ("pay claim", KG.Proposal)])
    resolve_pronouns(parsed.resolved, parsed.doc, parsed.document, parsed.lexicon)
    assert parsed.resolved.pronouns[8] == "Quay offer"
    assert parsed.resolved.pronouns[16] == "Quay offer"


# "The ministry <verb> [aside] the <object>."
IGNORED = """
    The       DET   det      1
    ministry  NOUN  nsubj    2 ministry NN
    {verb}    VERB  ROOT     2 {lemma} VBD
    {particle}
    the       DET   det      {noun}
    {object}  NOUN  dobj     2 {object} NN
    .         PUNCT punct    2
"""


@pytest.mark.parametrize(
    ("verb", "lemma", "particle", "obj", "cls", "expected"),
    [
        ("ignored", "ignore", "", "recommendations", KG.Proposal, KG.rejects),
        ("disregarded", "disregard", "", "plan", KG.Plan, KG.rejects),
        ("swept", "sweep", "aside ADV prt 2", "plan", KG.Plan, KG.rejects),
        ("ignored", "ignore", "", "guild", KG.TradeUnion, None),
    ],
)
def test_relations_ignoring_a_proposal_rejects_it(
    verb: str, lemma: str, particle: str, obj: str, cls: URIRef, expected: URIRef | None
) -> None:
    """ "The ministry ignored the recommendations", "swept aside the plan"; an actor ignored is
    no stance on a proposal."""
    rows = IGNORED.format(
        verb=verb,
        lemma=lemma,
        particle=particle,
        noun=5 if particle else 4,
        object=obj,
    )
    rows = "\n".join(line for line in rows.splitlines() if line.strip())
    parsed = build(rows, names=[("ministry", KG.GovernmentBody), (obj, cls)])
    found = {(s, p) for s, p, o in facts(parsed.relations("verb")) if o == obj}
    assert found == ({("ministry", expected)} if expected is not None else set())


def test_relations_an_enhancement_said_of_a_proposal_supports_it() -> None:
    """ "“The Quay offer is a real enhancement.”" in Ferris's words, as "an improvement"."""
    parsed = spoken_by_ferris(
        """
        “           PUNCT punct    4
        The         DET   det      3
        Quay        PROPN compound 3
        offer       NOUN  nsubj    4 offer NN
        is          AUX   ROOT     4 be
        a           DET   det      7
        real        ADJ   amod     7
        enhancement NOUN  attr     4 enhancement NN
        .           PUNCT punct    4
        ”           PUNCT punct    4
        """,
        ("Quay offer", KG.Proposal),
    )
    assert facts(parsed.relations("verdict")) == {("Ferris", KG.supports, "Quay offer")}


def test_relations_a_verdict_on_a_later_it_judges_the_main_it_proposal() -> None:
    """ "Members will vote on the Quay offer. It was criticised, with the Guild saying it falls
    short.": the second "it" (taken by itself for the Guild, the organisation before it) goes
    on with the offer the main "it" stands for."""
    parsed = build(
        CHAINED_IT.split("    It  ")[0]
        + """
        It         PRON  nsubjpass 10 it
        was        AUX   auxpass   10 be
        criticised VERB  ROOT      10 criticise
        ,          PUNCT punct     10
        with       ADP   prep      10
        the        DET   det       14
        Guild      PROPN nsubj     15
        saying     VERB  pcomp     12 say
        it         PRON  nsubj     17 it
        falls      VERB  ccomp     15 fall
        short      ADV   advmod    17
        .          PUNCT punct     10
        """,
        names=[("Quay offer", KG.Proposal), ("Guild", KG.TradeUnion)],
        pronouns={8: "Quay offer", 16: "Guild"},
    )
    assert facts(parsed.relations("verdict")) == {("Guild", KG.opposes, "Quay offer")}


def test_relations_a_later_it_keeps_its_actor_when_the_main_subject_is_no_it() -> None:
    """ "Members will vote on the Quay offer. The Guild was asked, with the Guild saying it falls
    short.": no main "it" to go on with."""
    parsed = build(
        CHAINED_IT.split("    It  ")[0]
        + """
        Ann        PROPN nsubjpass 10
        was        AUX   auxpass   10 be
        asked      VERB  ROOT      10 ask
        ,          PUNCT punct     10
        with       ADP   prep      10
        the        DET   det       14
        Guild      PROPN nsubj     15
        saying     VERB  pcomp     12 say
        it         PRON  nsubj     17 it
        falls      VERB  ccomp     15 fall
        short      ADV   advmod    17
        .          PUNCT punct     10
        """,
        names=[("Quay offer", KG.Proposal), ("Ann", KG.Person), ("Guild", KG.TradeUnion)],
        pronouns={16: "Guild"},
    )
    assert parsed.relations("verdict") == []
