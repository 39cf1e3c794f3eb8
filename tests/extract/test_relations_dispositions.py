"""Stances held as a disposition or withheld for want of will (stance6): an adjective of
disposition with its preposition ("opposed to", "critical of", "supportive of") is its
subject's stance on the object; "not able to support" or "unable to accept" a proposal
refuses it, and what the subject is able to do is no effect of the proposal; reservations
about a proposal are concerns about it. Each on a hand-built parse of a sentence written for
the test, and one real parse."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from doc_builder import build, facts

from kg.rdf.namespaces import KG

NAMES = [("guild", KG.TradeUnion), ("levy", KG.Policy)]
UNASSERTED = (KG.Negated, KG.Conditional)


def _disposed(adjective: str, preposition: str, *, negated: bool = False) -> Any:
    """ "The guild remains [not] <adjective> <preposition> the levy." """
    neg = "not PART neg 2\n" if negated else ""
    shift = 1 if negated else 0
    return build(
        f"""
        The        DET   det    1
        guild      NOUN  nsubj  2
        remains    VERB  ROOT   2 remain
        {neg}{adjective} ADJ acomp 2
        {preposition} ADP prep {3 + shift}
        the        DET   det    {6 + shift}
        levy       NOUN  pobj   {4 + shift}
        .          PUNCT punct  2
        """,
        names=NAMES,
    )


def _asserted(parsed: Any, rule: str) -> set[tuple[str, Any, str]]:
    return facts([r for r in parsed.relations(rule) if r.modality not in UNASSERTED])


def test_relations_opposed_to_a_proposal_opposes_it() -> None:
    found = _asserted(_disposed("opposed", "to"), "disposition")
    assert found == {("guild", KG.opposes, "levy")}


def test_relations_critical_of_a_proposal_opposes_it() -> None:
    found = _asserted(_disposed("critical", "of"), "disposition")
    assert found == {("guild", KG.opposes, "levy")}


def test_relations_supportive_of_a_proposal_supports_it() -> None:
    found = _asserted(_disposed("supportive", "of"), "disposition")
    assert found == {("guild", KG.supports, "levy")}


def test_relations_a_negated_disposition_asserts_no_stance() -> None:
    assert _asserted(_disposed("opposed", "to", negated=True), "disposition") == set()


def test_relations_an_adjective_with_another_preposition_takes_no_side() -> None:
    """ "The guild remains opposed on the levy": no disposition phrase."""
    assert _asserted(_disposed("opposed", "on"), "disposition") == set()


def test_relations_a_relative_clause_of_disposition_is_its_nouns() -> None:
    """ "The guild, which is opposed to the levy, met." """
    parsed = build(
        """
        The      DET   det       1
        guild    NOUN  nsubj     9
        ,        PUNCT punct     1
        which    PRON  nsubjpass 5
        is       AUX   auxpass   5 be
        opposed  VERB  relcl     1 oppose VBN
        to       ADP   prep      5
        the      DET   det       8
        levy     NOUN  pobj      6
        met      VERB  ROOT      9 meet
        .        PUNCT punct     9
        """,
        names=NAMES,
    )
    assert ("guild", KG.opposes, "levy") in _asserted(parsed, "disposition")


INABLE = """
    The     DET   det    1
    guild   NOUN  nsubj  2
    said    VERB  ROOT   2 say
    it      PRON  nsubj  4
    was     AUX   ccomp  2 be
"""
SUPPORT_THE_LEVY = """
    to      PART  aux    {verb}
    support VERB  xcomp  {adjective}
    the     DET   det    {levy}
    levy    NOUN  dobj   {verb}
    .       PUNCT punct  2
"""


def test_relations_not_able_to_support_a_proposal_refuses_it() -> None:
    """ "The guild said it was not able to support the levy": opposes it, not supports."""
    rows = "not ADV neg 4\nable ADJ acomp 4\n" + SUPPORT_THE_LEVY.format(
        verb=8, adjective=6, levy=10
    )
    parsed = build(INABLE + rows, names=NAMES, pronouns={3: "guild"})
    assert _asserted(parsed, "refusal") == {("guild", KG.opposes, "levy")}
    assert _asserted(parsed, "evaluation") == set()


def test_relations_unable_to_support_a_proposal_refuses_it() -> None:
    rows = "unable ADJ acomp 4\n" + SUPPORT_THE_LEVY.format(verb=7, adjective=5, levy=9)
    parsed = build(INABLE + rows, names=NAMES, pronouns={3: "guild"})
    assert _asserted(parsed, "refusal") == {("guild", KG.opposes, "levy")}


def test_relations_able_to_support_a_proposal_is_no_effect_of_it() -> None:
    """ "The guild said it was able to support the levy": no good the levy does."""
    rows = "able ADJ acomp 4\n" + SUPPORT_THE_LEVY.format(verb=7, adjective=5, levy=9)
    parsed = build(INABLE + rows, names=NAMES, pronouns={3: "guild"})
    assert _asserted(parsed, "evaluation") == set()
    assert _asserted(parsed, "refusal") == set()


def test_relations_reservations_about_a_proposal_oppose_it() -> None:
    parsed = build(
        """
        The          DET   det    1
        guild        NOUN  nsubj  2
        has          VERB  ROOT   2 have
        reservations NOUN  dobj   2 reservation
        about        ADP   prep   3
        the          DET   det    6
        levy         NOUN  pobj   4
        .            PUNCT punct  2
        """,
        names=NAMES,
    )
    assert ("guild", KG.opposes, "levy") in _asserted(parsed, "noun")


def test_relations_dispositions_on_a_real_parse(extract: Callable[..., Any]) -> None:
    corpus = extract(
        "Harbour levy\nThe Harbour Levy Bill was published on Monday. The Ferrymen's Guild"
        " remains opposed to the Harbour Levy Bill.\n"
    )
    labels = {e.key: e.label for e in corpus.entities}
    found = {
        (labels[r.subject], r.predicate, labels[r.object])
        for r in corpus.relations
        if r.predicate == KG.opposes
    }
    assert any(s.endswith("Guild") and o == "Harbour Levy Bill" for s, _, o in found)


def test_relations_backing_a_removal_from_a_proposal_backs_nothing_of_it() -> None:
    """ "The guild backed the removal of targets from the levy": the levy is only where the
    targets are taken from."""
    parsed = build(
        """
        The     DET   det    1
        guild   NOUN  nsubj  2
        backed  VERB  ROOT   2 back
        the     DET   det    4
        removal NOUN  dobj   2
        of      ADP   prep   4
        targets NOUN  pobj   5 target
        from    ADP   prep   4
        the     DET   det    9
        levy    NOUN  pobj   7
        .       PUNCT punct  2
        """,
        names=NAMES,
    )
    assert ("guild", KG.supports, "levy") not in _asserted(parsed, "verb")


def test_relations_a_headline_accused_of_is_the_accused_not_the_critic() -> None:
    """ "Ferris accused of misleading the guild over the levy": Ferris is accused (a passive
    with its auxiliary left out), and criticises nobody, whatever the parse says."""
    parsed = build(
        """
        Ferris     PROPN nsubj  1
        accused    VERB  ROOT   1 accuse VBD
        of         ADP   prep   1
        misleading VERB  pcomp  2 mislead VBG
        the        DET   det    5
        guild      NOUN  dobj   3
        over       ADP   prep   3
        the        DET   det    8
        levy       NOUN  dobj   1
        """,
        names=[("Ferris", KG.Person), *NAMES],
    )
    assert _asserted(parsed, "verb") == set()


def test_relations_an_active_accusation_still_criticises() -> None:
    """ "The guild accused Ferris of misleading members": the guild criticises Ferris."""
    parsed = build(
        """
        The        DET   det    1
        guild      NOUN  nsubj  2
        accused    VERB  ROOT   2 accuse VBD
        Ferris     PROPN dobj   2
        of         ADP   prep   2
        misleading VERB  pcomp  4 mislead VBG
        members    NOUN  dobj   5 member
        .          PUNCT punct  2
        """,
        names=[("Ferris", KG.Person), NAMES[0]],
    )
    assert ("guild", KG.criticises, "Ferris") in facts(parsed.relations("verb"))


def test_relations_a_passive_accusation_with_its_agent_criticises() -> None:
    """ "Ferris was accused of bad faith by the guild": the agent names the critic (events9),
    where the headline's reduced passive names none."""
    parsed = build(
        """
        Ferris     PROPN nsubjpass 2
        was        AUX   auxpass   2 be VBD
        accused    VERB  ROOT      2 accuse VBN
        of         ADP   prep      2
        bad        ADJ   amod      5
        faith      NOUN  pobj      3
        by         ADP   agent     2
        the        DET   det       8
        guild      NOUN  pobj      6
        .          PUNCT punct     2
        """,
        names=[("Ferris", KG.Person), NAMES[0]],
    )
    assert ("guild", KG.criticises, "Ferris") in facts(parsed.relations("verb"))


def test_relations_a_passive_accusation_on_a_real_parse(extract: Callable[..., Any]) -> None:
    corpus = extract("Ferry news\nMarta Lind was accused of bad faith by the Ferry Guild.")
    labels = {e.key: e.label for e in corpus.entities}
    found = {(labels[r.subject], labels[r.object]) for r in corpus.relations}
    assert ("Ferry Guild", "Marta Lind") in found


def test_relations_fighting_off_a_challenge_opposes_nothing() -> None:
    """ "The guild fought off a challenge to the levy": "fight off" repels the challenge."""
    parsed = build(
        """
        The       DET   det    1
        guild     NOUN  nsubj  2
        fought    VERB  ROOT   2 fight
        off       ADP   prt    2
        a         DET   det    5
        challenge NOUN  dobj   2
        to        ADP   prep   5
        the       DET   det    8
        levy      NOUN  pobj   6
        .         PUNCT punct  2
        """,
        names=NAMES,
    )
    assert ("guild", KG.opposes, "levy") not in _asserted(parsed, "verb")


def test_relations_fighting_off_a_bid_to_undo_a_proposal_supports_it() -> None:
    """ "The guild fought off a bid to scrap the levy": repelling an undoing backs the levy,
    as fighting it does (rule 'reversal')."""
    parsed = build(
        """
        The    DET   det    1
        guild  NOUN  nsubj  2
        fought VERB  ROOT   2 fight
        off    ADP   prt    2
        a      DET   det    5
        bid    NOUN  dobj   2
        to     PART  aux    7
        scrap  VERB  acl    5
        the    DET   det    9
        levy   NOUN  dobj   7
        .      PUNCT punct  2
        """,
        names=NAMES,
    )
    assert ("guild", KG.supports, "levy") in _asserted(parsed, "reversal")
    assert ("guild", KG.opposes, "levy") not in _asserted(parsed, "verb")


def test_relations_a_bad_deal_said_of_a_proposal_opposes_it() -> None:
    """ "Ferris said the levy was a bad deal for farmers"."""
    parsed = build(
        """
        Ferris  PROPN nsubj  1
        said    VERB  ROOT   1 say
        the     DET   det    3
        levy    NOUN  nsubj  4
        was     AUX   ccomp  1 be
        a       DET   det    7
        bad     ADJ   amod   7
        deal    NOUN  attr   4
        for     ADP   prep   7
        farmers NOUN  pobj   8 farmer
        .       PUNCT punct  1
        """,
        names=[("Ferris", KG.Person), NAMES[1]],
    )
    assert ("Ferris", KG.opposes, "levy") in _asserted(parsed, "appraisal")


def test_relations_a_welcome_given_to_a_proposal_as_a_noun_dative_supports_it() -> None:
    """ "The guild gave the levy a cautious welcome", as "gave a welcome to the levy"."""
    parsed = build(
        """
        The      DET   det    1
        guild    NOUN  nsubj  2
        gave     VERB  ROOT   2 give
        the      DET   det    4
        levy     NOUN  dative 2
        a        DET   det    7
        cautious ADJ   amod   7
        welcome  NOUN  dobj   2
        .        PUNCT punct  2
        """,
        names=NAMES,
    )
    assert ("guild", KG.supports, "levy") in _asserted(parsed, "noun")


def test_relations_speaking_against_a_proposal_opposes_it() -> None:
    """ "The guild argued against the levy." (and "objected to"): a verb of speaking with
    "against" is a stance against what follows."""
    for verb, lemma, preposition in (
        ("argued", "argue", "against"),
        ("objected", "object", "to"),
    ):
        parsed = build(
            f"""
            The     DET   det   1
            guild   NOUN  nsubj 2
            {verb}  VERB  ROOT  2 {lemma}
            {preposition} ADP prep 2
            the     DET   det   5
            levy    NOUN  pobj  3
            .       PUNCT punct 2
            """,
            names=NAMES,
        )
        assert ("guild", KG.opposes, "levy") in facts(parsed.relations("verb")), verb


def test_relations_members_rejecting_a_proposal_give_no_stance_of_their_body() -> None:
    """ "Guild members rejected the levy.": the verdict of a vote, not the guild's stance;
    "The guild rejected the levy." is its stance."""
    members = build(
        """
        Guild    PROPN compound 1
        members  NOUN  nsubj    2 member
        rejected VERB  ROOT     2 reject
        the      DET   det      4
        levy     NOUN  dobj     2
        .        PUNCT punct    2
        """,
        names=[("Guild", KG.TradeUnion), ("levy", KG.Policy)],
    )
    assert not any(p in (KG.opposes, KG.rejects) for _, p, _ in facts(members.relations("verb")))
    body = build(
        """
        The      DET   det   1
        Guild    PROPN nsubj 2
        rejected VERB  ROOT  2 reject
        the      DET   det   4
        levy     NOUN  dobj  2
        .        PUNCT punct 2
        """,
        names=[("Guild", KG.TradeUnion), ("levy", KG.Policy)],
    )
    assert {(s, p, o) for s, p, o in facts(body.relations("verb"))} == {
        ("Guild", KG.rejects, "levy")
    }
