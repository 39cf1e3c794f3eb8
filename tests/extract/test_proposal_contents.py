"""Contents of a proposal: what a motion or plan is said to put forward ("the motion demanded
a review of X", "the plan promised an agreement with Y") is one of its parts, named though its
head is bare when a complement says what it acts on; not in a passive small clause ("will see
the plan's staff given a rise"). Sentences written for the tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from doc_builder import build, context_of, facts, make_doc

from kg.extract.mentions.included_items import items_a_whole_includes
from kg.rdf.namespaces import KG

# "The motion demanded a new contract."
MOTION_DEMANDED_A_CONTRACT = """
The      DET   det      1
motion   NOUN  nsubj    2
demanded VERB  ROOT     2  demand  VBD
a        DET   det      5
new      ADJ   amod     5
contract NOUN  dobj     2
.        PUNCT punct    2
"""

# "The pact will see the Plan given a bonus.": a bare participle with a subject is passive
PLAN_GIVEN_A_BONUS = """
The      DET   det      1
pact     NOUN  nsubj    3
will     AUX   aux      3
see      VERB  ROOT     3  see     VB
the      DET   det      5
Plan     PROPN nsubj    6
given    VERB  ccomp    3  give    VBN
a        DET   det      8
bonus    NOUN  dobj     6
.        PUNCT punct    3
"""

# "The plan promised an agreement with the council."
PLAN_PROMISED_AN_AGREEMENT = """
The       DET   det      1  -        DT
plan      NOUN  nsubj    2  -        NN
promised  VERB  ROOT     2  promise  VBD
an        DET   det      4  -        DT
agreement NOUN  dobj     2  -        NN
with      ADP   prep     4  -        IN
the       DET   det      7  -        DT
council   NOUN  pobj     5  -        NN
.         PUNCT punct    2  -        .
"""


def test_proposal_contents_what_a_motion_demands_is_its_part() -> None:
    parsed = build(
        MOTION_DEMANDED_A_CONTRACT,
        names=[("motion", KG.Motion), ("new contract", KG.Contract)],
    )
    assert facts(parsed.relations("brought-in")) == {("new contract", KG.partOf, "motion")}


def test_proposal_contents_a_passive_small_clause_puts_nothing_forward() -> None:
    parsed = build(PLAN_GIVEN_A_BONUS, names=[("Plan", KG.Plan), ("bonus", KG.Policy)])
    assert facts(parsed.relations("brought-in")) == set()


def test_proposal_contents_a_bare_head_with_its_complement_is_named() -> None:
    items = items_a_whole_includes(context_of(make_doc(PLAN_PROMISED_AN_AGREEMENT)))
    assert [c.span.text for c in items] == ["agreement with the council"]


@pytest.mark.parametrize(
    ("text", "part", "whole"),
    [
        (
            "Council news\nThe Harbour Staff Union motion demanded a review of staffing levels.",
            "review of staffing levels",
            "motion",
        ),
        (
            "Health news\nThe new workforce plan promised an agreement with the unions on pay.",
            "agreement with the unions",
            "workforce plan",
        ),
    ],
)
def test_proposal_contents_on_a_real_parse(
    extract: Callable[..., Any], text: str, part: str, whole: str
) -> None:
    corpus = extract(text)
    names = {e.key: {e.label, *e.aliases} for e in corpus.entities}
    found = {
        (n, o)
        for r in corpus.relations
        if r.predicate == KG.partOf
        for n in names[r.subject]
        for o in names[r.object]
    }
    assert any(n == part and whole in o for n, o in found)
