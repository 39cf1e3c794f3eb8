"""One proposal named twice is one entity: resolution passes that keep a proposal from being
split in two (a split counts as a spurious proposal). Hand-made mentions on hand-built parses,
and sentences written for the test on the real parse."""

from __future__ import annotations

from typing import Any

import pytest
from doc_builder import make_doc, mention

from kg.extract.entities.sieve import (
    Sieve,
    descriptions_to_antecedents,
    head_noun_subset,
    names_without_their_year,
    plans_for_a_proposal,
)
from kg.extract.lexicon import load_lexicon
from kg.extract.mentions import MentionSet
from kg.model import Mention
from kg.rdf.namespaces import KG


def _sieve(mentions: list[Mention], tokens: list[object], **found: object) -> Sieve:
    mention_set = MentionSet(mentions=mentions, same_as=[], roles=[], **found)  # type: ignore[arg-type]
    return Sieve(mention_set, mentions, load_lexicon(), {}, tokens)  # type: ignore[arg-type]


def _joined(sieve: Sieve, a: int, b: int) -> bool:
    return sieve.links.find(a) == sieve.links.find(b)


_PLANS_THEN_REFORMS = """
    its       PRON  poss     2 -        PRP$
    emergency NOUN  compound 2 -        NN
    plans     NOUN  ROOT     2 plan     NNS
    .         PUNCT punct    2 -        .
    the       DET   det      5 -        DT
    {word}    NOUN  ROOT     5 {lemma}  NNS
"""


def test_plural_words_of_change_name_the_plural_plans_named_before() -> None:
    """ "The ministry set out its emergency plans. The reforms ...": a plural word of change
    names the same set of changes as plural plans before it, as it does a singular plan."""
    doc = make_doc(_PLANS_THEN_REFORMS.format(word="reforms", lemma="reform"))
    mentions = [
        mention("emergency plans", KG.Plan, "noun-phrase", start=4, token_start=1, head="plan"),
        mention("reforms", KG.Proposal, "description", start=30, token_start=5, head="reform"),
    ]
    sieve = _sieve(mentions, list(doc), descriptions={1: "reform"})
    descriptions_to_antecedents(sieve)
    assert _joined(sieve, 0, 1)


def test_plural_sums_are_not_named_by_a_word_of_change() -> None:
    """Money is no plan: "the reforms" after "its emergency grants" are not the grants."""
    doc = make_doc(
        _PLANS_THEN_REFORMS.replace(
            "plans     NOUN  ROOT     2 plan", "grants    NOUN  ROOT     2 grant"
        ).format(word="reforms", lemma="reform")
    )
    mentions = [
        mention(
            "emergency grants",
            KG.FundingPackage,
            "noun-phrase",
            start=4,
            token_start=1,
            head="grant",
        ),
        mention("reforms", KG.Proposal, "description", start=31, token_start=5, head="reform"),
    ]
    sieve = _sieve(mentions, list(doc), descriptions={1: "reform"})
    descriptions_to_antecedents(sieve)
    assert not _joined(sieve, 0, 1)


def test_an_adverb_grading_a_modifier_names_no_other_offer() -> None:
    """ "the improved pay offer ... a significantly improved offer": "significantly" says how
    much the offer improved, not which offer it is."""
    doc = make_doc(
        """
        the           DET   det      3 -       DT
        improved      VERB  amod     3 improve VBN
        pay           NOUN  compound 3 -       NN
        offer         NOUN  ROOT     3 -       NN
        and           CCONJ cc       3 -       CC
        a             DET   det      8 -       DT
        significantly ADV   advmod   7 -       RB
        improved      VERB  amod     8 improve VBN
        offer         NOUN  conj     3 -       NN
        """
    )
    mentions = [
        mention("improved pay offer", KG.Proposal, "noun-phrase", start=4, token_start=1),
        mention(
            "significantly improved offer", KG.Proposal, "noun-phrase", start=36, token_start=6
        ),
    ]
    sieve = _sieve(mentions, list(doc))
    head_noun_subset(sieve)
    assert _joined(sieve, 0, 1)


def test_an_adjective_of_its_own_still_sets_an_offer_apart() -> None:
    """ "the improved pay offer ... a significantly lower offer": another adjective is another
    offer, graded or not."""
    doc = make_doc(
        """
        the           DET   det      3 -       DT
        improved      VERB  amod     3 improve VBN
        pay           NOUN  compound 3 -       NN
        offer         NOUN  ROOT     3 -       NN
        and           CCONJ cc       3 -       CC
        a             DET   det      8 -       DT
        significantly ADV   advmod   7 -       RB
        lower         ADJ   amod     8 low     JJR
        offer         NOUN  conj     3 -       NN
        """
    )
    mentions = [
        mention("improved pay offer", KG.Proposal, "noun-phrase", start=4, token_start=1),
        mention("significantly lower offer", KG.Proposal, "noun-phrase", start=36, token_start=6),
    ]
    sieve = _sieve(mentions, list(doc))
    head_noun_subset(sieve)
    assert not _joined(sieve, 0, 1)


def _proposal_labels(corpus: object) -> list[str]:
    return sorted(
        e.label
        for e in corpus.entities  # type: ignore[attr-defined]
        if e.type.rsplit("#", 1)[-1] in ("Proposal", "Plan", "Reform", "Policy")
    )


def test_real_parse_the_reforms_are_the_emergency_plans(extract: Any) -> None:
    corpus = extract(
        "The Home Office set out its emergency plans for the ferry service on Monday.\n"
        "The minister will announce the reforms on Friday."
    )
    labels = _proposal_labels(corpus)
    assert "reforms" not in labels
    assert any("emergency plans" in label for label in labels)


def test_real_parse_a_significantly_improved_offer_is_the_improved_pay_offer(
    extract: Any,
) -> None:
    corpus = extract(
        "Ministers put an improved pay offer to the porters' union on Tuesday.\n"
        '"We have come forward with a significantly improved offer," the minister said.'
    )
    offers = [e for e in corpus.entities if "offer" in e.label]
    assert len(offers) == 1


@pytest.mark.parametrize(
    ("dated", "joined"),
    [
        ("2025-26 Budget", True),  # a financial year before a fiscal statement's title
        ("2024 Spending Review", True),
        ("2025-26 budget", False),  # no title: "the budget" of a body, not its statement
    ],
)
def test_a_title_with_its_year_first_is_the_title_without_it(dated: str, joined: bool) -> None:
    """ "the Budget ... last week's 2025-26 Budget": one fiscal statement, its year dropped
    where the article names no other year of it."""
    bare = dated.split(" ", 1)[1]
    mentions = [
        mention(bare, KG.FundingPackage, "ner", start=4, token_start=1),
        mention(dated, KG.FundingPackage, "noun-phrase", start=40, token_start=9),
    ]
    sieve = _sieve(mentions, [])
    names_without_their_year(sieve)
    assert _joined(sieve, 0, 1) is joined


def test_two_years_of_a_title_stay_two_statements() -> None:
    mentions = [
        mention("2024-25 Budget", KG.FundingPackage, "noun-phrase", start=4, token_start=1),
        mention("Budget", KG.FundingPackage, "ner", start=30, token_start=7),
        mention("2025-26 Budget", KG.FundingPackage, "noun-phrase", start=60, token_start=14),
    ]
    sieve = _sieve(mentions, [])
    names_without_their_year(sieve)
    assert not _joined(sieve, 0, 2)
    assert not _joined(sieve, 0, 1)


def test_real_parse_the_budget_is_last_weeks_dated_budget(extract: Any) -> None:
    corpus = extract(
        "The ferry minister said ministers should be frank about what the Budget holds.\n"
        "The minister, who backed last week's 2025-26 Budget, said the harbour plan was safe."
    )
    budgets = [e for e in corpus.entities if "Budget" in e.label]
    assert len(budgets) == 1


_DECISION_TO = """
    the       DET   det      1 -       DT
    decision  NOUN  ROOT     1 -       NN
    to        PART  aux      3 -       TO
    {verb}    VERB  acl      1 {lemma} VB
    a         DET   det      6 -       DT
    wage      NOUN  compound 6 -       NN
    freeze    NOUN  dobj     3 -       NN
    """


@pytest.mark.parametrize(
    ("verb", "lemma", "joined"),
    [
        ("impose", "impose", True),  # the freeze imposed is the proposal decided on
        ("introduce", "introduce", True),
        ("scrap", "scrap", False),  # a decision to scrap the freeze is no freeze
    ],
)
def test_a_decision_to_bring_in_a_proposal_is_that_proposal(
    verb: str, lemma: str, joined: bool
) -> None:
    """ "the decision to impose a wage freeze ... the freeze": news names a change by the act
    of resolving on it."""
    tokens = list(make_doc(_DECISION_TO.format(verb=verb, lemma=lemma)))
    mentions = [
        mention(
            f"decision to {verb} a wage freeze",
            KG.Proposal,
            "noun-phrase",
            start=4,
            token_start=1,
            head="decision",
        ),
        mention("wage freeze", KG.Policy, "noun-phrase", start=30, token_start=5, head="freeze"),
    ]
    sieve = _sieve(mentions, tokens)
    plans_for_a_proposal(sieve)
    assert _joined(sieve, 0, 1) is joined


def test_real_parse_the_decision_to_impose_a_freeze_is_the_freeze(extract: Any) -> None:
    corpus = extract(
        "Ferry unions criticised the ministry's decision to impose a pay freeze on porters.\n"
        "The ministry has refused to lift the freeze."
    )
    labels = _proposal_labels(corpus)
    assert not any(label.startswith("decision") for label in labels)
