"""Stances stated by motions and shown by protest taken over a proposal (stance7): whoever
passes or tables a motion opposing or backing a proposal takes that stance, not whoever
rejects or debates it; legal or industrial action, a strike or a legal challenge over or
against a proposal opposes it. Each on a hand-built parse of a sentence written for the test,
with real parses."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from doc_builder import build, facts

from kg.model import Corpus
from kg.rdf.namespaces import KG

NAMES = [("guild", KG.TradeUnion), ("motion", KG.Motion), ("levy", KG.Policy)]


def _motion(verb: str, lemma: str, stance: str, stance_lemma: str) -> str:
    """ "The guild <verb> a motion <stance> the levy." """
    return f"""
        The      DET   det   1
        guild    NOUN  nsubj 2
        {verb}   VERB  ROOT  2 {lemma}
        a        DET   det   4
        motion   NOUN  dobj  2
        {stance} VERB  acl   4 {stance_lemma}
        the      DET   det   7
        levy     NOUN  dobj  5
        .        PUNCT punct 2
    """


@pytest.mark.parametrize(
    ("verb", "lemma", "stance", "stance_lemma", "predicate"),
    [
        ("passed", "pass", "opposing", "oppose", KG.opposes),
        ("tabled", "table", "backing", "back", KG.supports),
        ("backed", "back", "condemning", "condemn", KG.opposes),
    ],
)
def test_relations_passing_a_motion_takes_the_stance_it_states(
    verb: str, lemma: str, stance: str, stance_lemma: str, predicate: str
) -> None:
    parsed = build(_motion(verb, lemma, stance, stance_lemma), names=NAMES)
    found = facts(parsed.relations("motion"))
    assert {(s, o) for s, p, o in found if p != KG.proposes} == {("guild", "levy")}
    core = {parsed.context().schema.core_property(p) or p for _s, p, _o in found}
    assert core == {predicate}


@pytest.mark.parametrize(
    ("verb", "lemma"), [("rejected", "reject"), ("debated", "debate"), ("received", "receive")]
)
def test_relations_rejecting_or_debating_a_motion_takes_no_stance_from_it(
    verb: str, lemma: str
) -> None:
    parsed = build(_motion(verb, lemma, "opposing", "oppose"), names=NAMES)
    assert parsed.relations("motion") == []


def test_relations_a_motion_passed_by_a_body_is_its_stance() -> None:
    """ "A motion opposing the levy was passed by the guild": the passive's agent."""
    parsed = build(
        """
        A        DET   det       1
        motion   NOUN  nsubjpass 6
        opposing VERB  acl       1 oppose
        the      DET   det       4
        levy     NOUN  dobj      2
        was      AUX   auxpass   6 be
        passed   VERB  ROOT      6 pass VBN
        by       ADP   agent     6
        the      DET   det       9
        guild    NOUN  pobj      7
        .        PUNCT punct     6
        """,
        names=NAMES,
    )
    assert facts(parsed.relations("motion")) == {("guild", KG.opposes, "levy")}


def test_relations_a_stance_of_a_noun_other_than_a_motion_is_not_read_as_one() -> None:
    """ "The guild passed a report opposing the levy": only a motion states a view voted on."""
    parsed = build(
        _motion("passed", "pass", "opposing", "oppose").replace("motion   NOUN", "report   NOUN"),
        names=[NAMES[0], ("report", KG.Report), NAMES[2]],
    )
    assert parsed.relations("motion") == []


ACTION_OVER = """
    The        DET   det   1
    guild      NOUN  nsubj 2
    threatened VERB  ROOT  2 threaten
    legal      ADJ   amod  4
    action     NOUN  dobj  2
    over       ADP   prep  4
    the        DET   det   7
    levy       NOUN  pobj  5
    .          PUNCT punct 2
"""


def test_relations_threatening_action_over_a_proposal_opposes_it() -> None:
    parsed = build(ACTION_OVER, names=[NAMES[0], NAMES[2]])
    assert facts(parsed.relations("noun")) == {("guild", KG.opposes, "levy")}


def test_relations_a_legal_challenge_to_a_proposal_opposes_it() -> None:
    """ "The guild is mounting a legal challenge to the levy." """
    parsed = build(
        """
        The       DET   det   1
        guild     NOUN  nsubj 3
        is        AUX   aux   3 be
        mounting  VERB  ROOT  3 mount
        a         DET   det   6
        legal     ADJ   amod  6
        challenge NOUN  dobj  3
        to        ADP   prep  6
        the       DET   det   9
        levy      NOUN  pobj  7
        .         PUNCT punct 3
        """,
        names=[NAMES[0], NAMES[2]],
    )
    assert facts(parsed.relations("noun")) == {("guild", KG.opposes, "levy")}


def test_relations_action_over_an_actor_or_a_time_opposes_no_one() -> None:
    """ "The guild threatened legal action over the ministry": opposing is of proposals."""
    parsed = build(
        ACTION_OVER.replace("levy       NOUN  pobj", "ministry   NOUN  pobj"),
        names=[NAMES[0], ("ministry", KG.GovernmentBody)],
    )
    assert [r for r in parsed.relations("noun") if r.predicate == KG.opposes] == []


@pytest.mark.parametrize(
    ("sentence", "predicate"),
    [
        ("The Harbour Union passed a motion opposing the ferry levy.", KG.opposes),
        ("The Harbour Union threatened legal action over the ferry levy.", KG.opposes),
    ],
)
def test_relations_motions_and_protest_real_parse(
    extract: Callable[..., Corpus], sentence: str, predicate: str
) -> None:
    corpus = extract(f"Council news\n\n{sentence}\n")
    labels = {e.key: e.label for e in corpus.entities}
    found = {
        (labels[r.subject], r.predicate, labels[r.object])
        for r in corpus.relations
        if r.predicate in (KG.opposes, KG.supports)
    }
    assert found == {("Harbour Union", predicate, "ferry levy")}


def test_relations_rejecting_a_motion_takes_no_stance_from_it_real_parse(
    extract: Callable[..., Corpus],
) -> None:
    corpus = extract(
        "Council news\n\nThe Harbour Union debated a motion opposing the ferry levy.\n"
    )
    assert [r for r in corpus.relations if r.predicate == KG.opposes] == []


def test_relations_a_motion_failed_to_pass_states_no_stance_held() -> None:
    """ "The guild failed to pass a motion opposing the levy" (review8): the motion was not
    passed, so the guild's stance is negated, as with "refused to pass", not asserted."""
    parsed = build(
        """
        The      DET   det   1
        guild    NOUN  nsubj 2
        failed   VERB  ROOT  2 fail VBD
        to       PART  aux   4
        pass     VERB  xcomp 2 pass VB
        a        DET   det   6
        motion   NOUN  dobj  4
        opposing VERB  acl   6 oppose
        the      DET   det   9
        levy     NOUN  dobj  7
        .        PUNCT punct 2
        """,
        names=NAMES,
    )
    found = parsed.relations("motion")
    assert facts(found) == {("guild", KG.opposes, "levy")}
    assert {r.modality for r in found} == {KG.Negated}


def test_relations_a_motion_failed_to_pass_real_parse(extract: Callable[..., Corpus]) -> None:
    corpus = extract(
        "Council news\n\nThe Harbour Union failed to pass a motion opposing the ferry levy.\n"
    )
    stances = [r for r in corpus.relations if r.predicate in (KG.opposes, KG.supports)]
    assert stances != []
    assert {r.modality for r in stances} == {KG.Negated}
