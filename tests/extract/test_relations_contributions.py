"""Contributions: a sum of money put towards a proposal is part of it. Sentences written for
the tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from doc_builder import build, facts

from kg.rdf.namespaces import KG

SIGNED_OFF_TO_GO_TOWARDS = """
The     DET   det    1
minister NOUN nsubj  2
signed  VERB  ROOT   2  sign   VBD
off     ADP   prt    2
£5m     NUM   dobj   2  -      CD
to      PART  aux    6
go      VERB  xcomp  2  go     VB
towards ADP   prep   6
the     DET   det    10
harbour NOUN  compound 10
plan    NOUN  pobj   7
.       PUNCT punct  2
"""


def test_contributions_a_sum_signed_off_to_go_towards_a_plan_is_part_of_it() -> None:
    parsed = build(
        SIGNED_OFF_TO_GO_TOWARDS,
        names=[("£5m", KG.FundingPackage), ("harbour plan", KG.Plan)],
    )
    assert facts(parsed.relations("put-towards")) == {("£5m", KG.partOf, "harbour plan")}


def test_contributions_an_investment_in_a_scheme_is_part_of_it() -> None:
    parsed = build(
        """
        The        DET   det    1
        investment NOUN  nsubj  5
        in         ADP   prep   1
        the        DET   det    4
        scheme     NOUN  pobj   2
        helps      VERB  ROOT   5  help VBZ
        .          PUNCT punct  5
        """,
        names=[("investment", KG.FundingPackage), ("scheme", KG.Policy)],
    )
    assert facts(parsed.relations("put-towards")) == {("investment", KG.partOf, "scheme")}


def test_contributions_what_is_not_money_is_no_part() -> None:
    parsed = build(
        """
        The      DET   det    1
        review   NOUN  nsubj  5
        of       ADP   prep   1
        the      DET   det    4
        scheme   NOUN  pobj   2
        helps    VERB  ROOT   5  help VBZ
        .        PUNCT punct  5
        """,
        names=[("review", KG.Policy), ("scheme", KG.Policy)],
    )
    assert not parsed.relations("put-towards")


def test_contributions_money_for_something_that_is_no_proposal_is_no_part() -> None:
    parsed = build(
        SIGNED_OFF_TO_GO_TOWARDS,
        names=[("£5m", KG.FundingPackage), ("harbour", KG.Organisation)],
    )
    assert not parsed.relations("put-towards")


def test_contributions_on_a_real_parse(extract: Callable[..., Any]) -> None:
    corpus = extract(
        "Ferry news\nThe minister signed off £40m to go towards the ferry renewal plan.\n"
    )
    labels = {e.key: e.label for e in corpus.entities}
    found = {
        (labels[r.subject], labels[r.object]) for r in corpus.relations if r.predicate == KG.partOf
    }
    assert ("£40m", "ferry renewal plan") in found


def test_contributions_a_rise_in_a_cap_is_a_change_of_it_not_a_part() -> None:
    parsed = build(
        """
        The      DET   det    1
        rise     NOUN  nsubj  5
        in       ADP   prep   1
        the      DET   det    4
        cap      NOUN  pobj   2
        helps    VERB  ROOT   5  help VBZ
        .        PUNCT punct  5
        """,
        names=[("rise", KG.FundingPackage), ("cap", KG.Policy)],
    )
    assert not parsed.relations("put-towards")
