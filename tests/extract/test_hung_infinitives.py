"""The infinitive of a proposal's name: one right after a verb's object that the parser hung
on the verb still names the object when the noun's infinitive is its content ("threatens
the target to halve delays", "given cash incentives to stay on"; ``lex:infinitiveContentNoun``),
not after another noun ("used the levy to fund berths": what the act is for); a gerund right
after the verb it completes stays in the name ("a plan to delay introducing tolls"). Sentences
written for the tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from doc_builder import context_of, make_doc

from kg.extract.mentions.noun_phrases import head_noun_phrases


def _named(rows: str) -> set[str]:
    return {c.span.text for c in head_noun_phrases(context_of(make_doc(rows)))}


# "The strike threatens the harbour target to halve delays by 2030."
TARGET_TO_HALVE_DELAYS = """
The       DET   det      1  -        DT
strike    NOUN  nsubj    2  -        NN
threatens VERB  ROOT     2  threaten VBZ
the       DET   det      5  -        DT
harbour   NOUN  compound 5  -        NN
target    NOUN  dobj     2  -        NN
to        PART  aux      7  -        TO
halve     VERB  xcomp    2  -        VB
delays    NOUN  dobj     7  delay    NNS
by        ADP   prep     7  -        IN
2030      NUM   pobj     9  -        CD
.         PUNCT punct    2  -        .
"""

# "Pilots will be offered cash incentives to stay on."
INCENTIVES_TO_STAY_ON = """
Pilots     NOUN  nsubjpass 3  pilot     NNS
will       AUX   aux       3  -         MD
be         AUX   auxpass   3  -         VB
offered    VERB  ROOT      3  offer     VBN
cash       NOUN  compound  5  -         NN
incentives NOUN  dobj      3  incentive NNS
to         PART  aux       7  -         TO
stay       VERB  advcl     3  -         VB
on         ADV   prt       7  -         RP
.          PUNCT punct     3  -         .
"""

# "The board used the harbour levy to fund new berths."
LEVY_TO_FUND_BERTHS = """
The      DET   det      1  -        DT
board    NOUN  nsubj    2  -        NN
used     VERB  ROOT     2  use      VBD
the      DET   det      5  -        DT
harbour  NOUN  compound 5  -        NN
levy     NOUN  dobj     2  -        NN
to       PART  aux      7  -        TO
fund     VERB  advcl    2  -        VB
new      ADJ   amod     9  -        JJ
berths   NOUN  dobj     7  berth    NNS
.        PUNCT punct    2  -        .
"""

# "The guild backed the plan to delay introducing tolls."
PLAN_TO_DELAY_INTRODUCING = """
The         DET   det      1  -         DT
guild       NOUN  nsubj    2  -         NN
backed      VERB  ROOT     2  back      VBD
the         DET   det      4  -         DT
plan        NOUN  dobj     2  -         NN
to          PART  aux      6  -         TO
delay       VERB  acl      4  -         VB
introducing VERB  xcomp    6  introduce VBG
tolls       NOUN  dobj     7  toll      NNS
.           PUNCT punct    2  -         .
"""


def test_hung_infinitives_a_target_keeps_its_infinitive() -> None:
    assert "harbour target to halve delays by 2030" in _named(TARGET_TO_HALVE_DELAYS)


def test_hung_infinitives_a_verb_with_its_particle_ends_the_name() -> None:
    assert "cash incentives to stay on" in _named(INCENTIVES_TO_STAY_ON)


def test_hung_infinitives_what_an_act_is_for_names_nothing() -> None:
    assert not any("to fund" in n for n in _named(LEVY_TO_FUND_BERTHS))


def test_hung_infinitives_a_gerund_completing_the_verb_stays_in_the_name() -> None:
    assert "plan to delay introducing tolls" in _named(PLAN_TO_DELAY_INTRODUCING)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "Harbour news\nThe cuts threaten the council's target to build 5,000 homes by 2030.",
            "target to build 5,000 homes by 2030",
        ),
        (
            "Harbour news\nThe Boatmen's Guild backed the board's plan to delay introducing tolls.",
            "plan to delay introducing tolls",
        ),
    ],
)
def test_hung_infinitives_on_a_real_parse(
    extract: Callable[..., Any], text: str, kept: str
) -> None:
    names = {n for e in extract(text).entities for n in (e.label, *e.aliases)}
    assert kept in names
