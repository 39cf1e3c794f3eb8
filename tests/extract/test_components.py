"""Components: what a proposal is said to include or set out, what is "one of" it or "part of"
it, is a part of it, and a proposal too. Sentences written for the tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from doc_builder import build, context_of, facts, make_doc

from kg.extract.mentions.noun_phrases import head_noun_phrases
from kg.rdf.namespaces import KG

AWARD_WITH_A_REVIEW = """
The       DET   det      1  -        DT
award     NOUN  nsubj    2  -        NN
includes  VERB  ROOT     2  include  VBZ
an        DET   det      4  -        DT
allowance NOUN  dobj     2  -        NN
and       CCONJ cc       4  -        CC
a         DET   det      7  -        DT
review    NOUN  conj     4  -        NN
of        ADP   prep     7  -        IN
the       DET   det      11 -        DT
band      NOUN  compound 11 -        NN
structure NOUN  pobj     8  -        NN
.         PUNCT punct    2  -        .
"""

MINISTERS_ORDER_A_REVIEW = """
Ministers NOUN  nsubj    1  minister NNS
ordered   VERB  ROOT     1  order    VBD
a         DET   det      3  -        DT
review    NOUN  dobj     1  -        NN
of        ADP   prep     3  -        IN
the       DET   det      7  -        DT
band      NOUN  compound 7  -        NN
structure NOUN  pobj     4  -        NN
.         PUNCT punct    1  -        .
"""

STRATEGY_WHICH_CONTAINS = """
The       DET   det      1  -        DT
strategy  NOUN  nsubjpass 9 -        NN
,         PUNCT punct    1  -        ,
which     PRON  nsubj    4  -        WDT
contains  VERB  relcl    1  contain  VBZ
a         DET   det      7  -        DT
rent      NOUN  compound 7  -        NN
freeze    NOUN  dobj     4  -        NN
,         PUNCT punct    1  -        ,
was       AUX   auxpass  9  be       VBD
praised   VERB  ROOT     9  praise   VBN
.         PUNCT punct    9  -        .
"""


def _named(rows: str) -> set[tuple[str, str]]:
    return {
        (c.span.text, c.type.rsplit("#", 1)[-1])
        for c in head_noun_phrases(context_of(make_doc(rows)))
    }


def test_components_what_an_award_includes_is_a_proposal() -> None:
    named = _named(AWARD_WITH_A_REVIEW)
    assert ("allowance", "Policy") in named
    assert ("review of the band structure", "Policy") in named


def test_components_a_review_nobody_puts_into_a_proposal_is_no_proposal() -> None:
    assert not any("review" in text for text, _ in _named(MINISTERS_ORDER_A_REVIEW))


def test_components_what_a_strategy_which_contains_names_is_a_proposal() -> None:
    assert ("rent freeze", "Policy") in _named(STRATEGY_WHICH_CONTAINS)


def _facts(corpus: Any) -> set[tuple[str, str, str]]:
    labels = {e.key: e.label for e in corpus.entities}
    return {
        (labels[r.subject], r.predicate.rsplit("#", 1)[-1], labels[r.object])
        for r in corpus.relations
    }


def test_components_on_a_real_parse(extract: Callable[..., Any]) -> None:
    corpus = extract(
        "Ferry pay news\nThe ferry pay award includes a one-off bonus and a review of the"
        " grading structure.\n"
    )
    found = {(s, p) for s, p, o in _facts(corpus) if p == "partOf"}
    assert ("review of the grading structure", "partOf") in found


def test_components_a_name_in_capitals_of_a_component_is_the_component(
    extract: Callable[..., Any],
) -> None:
    corpus = extract(
        "Harbour plan\nThe harbour plan sets up a 'quayside repair premium' for owners."
        " Boat owners say there is no money for this Quayside Repair Premium.\n"
    )
    premiums = [e for e in corpus.entities if "premium" in e.label.lower()]
    assert len(premiums) == 1 and premiums[0].type == KG.Policy


def test_components_one_of_the_plans_measures_is_part_of_the_plan() -> None:
    parsed = build(
        """
        The      DET   det    1
        levy     NOUN  nsubj  2
        is       AUX   ROOT   2  be
        one      NUM   attr   2
        of       ADP   prep   3
        the      DET   det    6
        plan     NOUN  poss   9
        's       PART  case   6
        five     NUM   nummod 9
        measures NOUN  pobj   4  measure NNS
        .        PUNCT punct  2
        """,
        names=[("levy", KG.Policy), ("plan", KG.Plan)],
    )
    assert facts(parsed.relations("one-of")) == {("levy", KG.partOf, "plan")}


def test_components_one_of_the_councils_priorities_is_part_of_nothing() -> None:
    parsed = build(
        """
        The      DET   det    1
        levy     NOUN  nsubj  2
        is       AUX   ROOT   2  be
        one      NUM   attr   2
        of       ADP   prep   3
        the      DET   det    6
        council  NOUN  poss   8
        's       PART  case   6
        priorities NOUN pobj  4  priority NNS
        .        PUNCT punct  2
        """,
        names=[("levy", KG.Policy), ("council", KG.GovernmentBody)],
    )
    assert not parsed.relations("one-of")


def test_components_a_proposal_beside_part_of_a_plan_is_part_of_it() -> None:
    parsed = build(
        """
        The      DET   det    1
        levy     NOUN  nsubj  8
        ,        PUNCT punct  1
        part     NOUN  appos  1
        of       ADP   prep   3
        the      DET   det    6
        plan     NOUN  pobj   4
        ,        PUNCT punct  1
        starts   VERB  ROOT   8  start VBZ
        .        PUNCT punct  8
        """,
        names=[("levy", KG.Policy), ("plan", KG.Plan)],
    )
    assert facts(parsed.relations("part-of")) == {("levy", KG.partOf, "plan")}


def test_components_plans_to_do_something_as_part_of_an_investment_are_part_of_it(
    extract: Callable[..., Any],
) -> None:
    corpus = extract(
        "Harbour news\nHarbour leaders welcomed plans to dredge the outer channel as part of a"
        " £40m harbour investment.\n"
    )
    assert any(p == "partOf" and "dredge" in s and "investment" in o for s, p, o in _facts(corpus))


def test_components_the_lines_after_it_includes_are_parts_of_what_it_refers_to(
    extract: Callable[..., Any],
) -> None:
    corpus = extract(
        "Harbour news\n\nThe council announced a £5m harbour fund on Monday. It includes:\n"
        "- a £2m repair grant for boat owners;\n- a 10% discount on mooring fees;\n"
        "- a review of berth charges.\n"
    )
    parts = {s for s, p, o in _facts(corpus) if p == "partOf" and o == "£5m harbour fund"}
    assert {"10% discount", "review of berth charges"} <= parts


def test_components_lines_after_a_colon_that_says_no_inclusion_are_no_proposals(
    extract: Callable[..., Any],
) -> None:
    corpus = extract(
        "Harbour news\n\nThe council met three groups on Monday:\n- a review panel;\n"
        "- the boat owners' forum.\n"
    )
    assert not any("review" in e.label for e in corpus.entities)


# "Under the deal, porters will get a rise."
UNDER_THE_DEAL = """
Under    ADP   prep   5
the      DET   det    2
deal     NOUN  pobj   0
,        PUNCT punct  5
porters  NOUN  nsubj  5 porter NNS
will     AUX   aux    5
get      VERB  ROOT   5
a        DET   det    7
rise     NOUN  dobj   5
.        PUNCT punct  5
"""


def test_relations_what_a_clause_brings_in_under_a_proposal_is_part_of_it() -> None:
    """ "Under the deal, porters will get a rise": the rise is part of the deal."""
    parsed = build(UNDER_THE_DEAL, names=[("deal", KG.Contract), ("rise", KG.FundingPackage)])
    assert facts(parsed.relations("under-a-whole")) == {("rise", KG.partOf, "deal")}


# "The board published the plan, including a levy."
PUBLISHED_INCLUDING = """
The        DET   det    1
board      NOUN  nsubj  2
published  VERB  ROOT   2 publish VBD
the        DET   det    4
plan       NOUN  dobj   2
,          PUNCT punct  2
including  VERB  prep   2 include VBG
a          DET   det    8
levy       NOUN  pobj   6
.          PUNCT punct  2
"""


def test_relations_items_listed_after_a_verb_s_object_are_parts_of_the_object() -> None:
    """ "The board published the plan, including a levy": "including" hung on the verb lists
    the parts of the verb's object."""
    parsed = build(PUBLISHED_INCLUDING, names=[("plan", KG.Plan), ("levy", KG.Policy)])
    assert ("levy", KG.partOf, "plan") in facts(parsed.relations("listed"))
