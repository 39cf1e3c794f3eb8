"""Decisions and plans whose content is taking part in an event ("the decision to go on
strike", "plans to take industrial action") name the event, not a proposal (proposals26).
Sentences written for the tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from doc_builder import context_of, make_doc

from kg.extract.mentions.noun_phrases import head_noun_phrases


def _named(rows: str) -> set[str]:
    return {c.span.text for c in head_noun_phrases(context_of(make_doc(rows)))}


DECISION_TO_GO_ON_STRIKE = """
The        DET   det      1  -         DT
crews      NOUN  nsubj    2  crew      NNS
took       VERB  ROOT     2  take      VBD
the        DET   det      4  -         DT
decision   NOUN  dobj     2  -         NN
to         PART  aux      6  -         TO
go         VERB  acl      4  -         VB
on         ADP   prep     6  -         IN
strike     NOUN  pobj     7  -         NN
.          PUNCT punct    2  -         .
"""

DECISION_TO_TAKE_ACTION = """
The        DET   det      1  -         DT
guild      NOUN  poss     3  -         NN
's         PART  case     1  -         POS
decision   NOUN  nsubjpass 9 -         NN
to         PART  aux      5  -         TO
take       VERB  acl      3  -         VB
industrial ADJ   amod     7  -         JJ
action     NOUN  dobj     5  -         NN
was        AUX   auxpass  9  be        VBD
criticised VERB  ROOT     9  criticise VBN
.          PUNCT punct    9  -         .
"""

DECISION_TO_CUT_A_GRANT = """
The        DET   det      1  -         DT
guild      NOUN  nsubj    2  -         NN
criticised VERB  ROOT     2  criticise VBD
the        DET   det      5  -         DT
Treasury   PROPN poss     6  -         NNP
's         PART  case     4  -         POS
decision   NOUN  dobj     2  -         NN
to         PART  aux      8  -         TO
cut        VERB  acl      6  -         VB
the        DET   det      11 -         DT
ferry      NOUN  compound 11 -         NN
grant      NOUN  dobj     8  -         NN
.          PUNCT punct    2  -         .
"""


def test_event_plans_a_decision_to_go_on_strike_names_no_proposal() -> None:
    assert not any(text.startswith("decision") for text in _named(DECISION_TO_GO_ON_STRIKE))


def test_event_plans_a_decision_to_take_action_names_no_proposal() -> None:
    assert not any("decision" in text for text in _named(DECISION_TO_TAKE_ACTION))


def test_event_plans_a_decision_to_cut_a_grant_is_a_proposal() -> None:
    assert "decision to cut the ferry grant" in _named(DECISION_TO_CUT_A_GRANT)


@pytest.mark.parametrize(
    "text",
    [
        "Ferry news\nThe crews took the hard decision to go on strike in May.",
        "Ferry news\nThe guild announced plans to take industrial action in June.",
    ],
)
def test_event_plans_decisions_to_take_part_on_a_real_parse(
    extract: Callable[..., Any], text: str
) -> None:
    corpus = extract(text)
    names = [n.lower() for e in corpus.entities for n in (e.label, *e.aliases)]
    assert not any(n.startswith(("decision", "hard decision", "plans")) for n in names)
