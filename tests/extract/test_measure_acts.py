"""Measures named by the noun of their act ("welcomed the introduction of nursing
associates"): a proposal where an actor puts it forward, none where the act is only told.
Sentences written for the tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from doc_builder import context_of, make_doc

from kg.extract.mentions.measure_acts import measures_named_by_their_act

GUILD_WELCOMES_INTRODUCTION = """
The          DET   det      1  -          DT
guild        NOUN  nsubj    2  -          NN
welcomed     VERB  ROOT     2  welcome    VBD
the          DET   det      5  -          DT
swift        ADJ   amod     5  -          JJ
introduction NOUN  dobj     2  -          NN
of           ADP   prep     5  -          IN
ferry        NOUN  compound 8  -          NN
wardens      NOUN  pobj     6  warden     NNS
to           ADP   prep     5  -          IN
Skye         PROPN pobj     9  -          NNP
.            PUNCT punct    2  -          .
"""

INTRODUCTION_CUT_DELAYS = """
The          DET   det      1  -          DT
introduction NOUN  nsubj    4  -          NN
of           ADP   prep     1  -          IN
wardens      NOUN  pobj     2  warden     NNS
cut          VERB  ROOT     4  -          VBD
delays       NOUN  dobj     4  delay      NNS
.            PUNCT punct    4  -          .
"""

NEED_FOR_INVESTMENT = """
She          PRON  nsubj    1  -          PRP
stressed     VERB  ROOT     1  stress     VBD
the          DET   det      3  -          DT
need         NOUN  dobj     1  -          NN
for          ADP   prep     3  -          IN
investment   NOUN  pobj     4  -          NN
in           ADP   prep     5  -          IN
the          DET   det      8  -          DT
training     NOUN  pobj     6  -          NN
of           ADP   prep     8  -          IN
pilots       NOUN  pobj     9  pilot      NNS
.            PUNCT punct    1  -          .
"""

POSTPONEMENT_OF_THE_STRIKE = """
The          DET   det      1  -          DT
union        NOUN  nsubj    2  -          NN
welcomed     VERB  ROOT     2  welcome    VBD
the          DET   det      4  -          DT
postponement NOUN  dobj     2  -          NN
of           ADP   prep     4  -          IN
the          DET   det      7  -          DT
strike       NOUN  pobj     5  -          NN
.            PUNCT punct    2  -          .
"""

SHIFT_AWAY_FROM = """
They         PRON  nsubj    1  -          PRP
backed       VERB  ROOT     1  back       VBD
a            DET   det      3  -          DT
shift        NOUN  dobj     1  -          NN
away         ADV   advmod   3  -          RB
from         ADP   prep     4  -          IN
agency       NOUN  compound 7  -          NN
staff        NOUN  pobj     5  -          NN
.            PUNCT punct    1  -          .
"""


def _found(rows: str) -> set[str]:
    return {c.span.text for c in measures_named_by_their_act(context_of(make_doc(rows)))}


def test_measure_acts_an_act_welcomed_is_a_proposal_up_to_its_complement() -> None:
    assert _found(GUILD_WELCOMES_INTRODUCTION) == {
        "introduction of ferry wardens",
        "swift introduction of ferry wardens",
    }


def test_measure_acts_an_act_only_told_is_none() -> None:
    assert _found(INTRODUCTION_CUT_DELAYS) == set()


def test_measure_acts_the_need_for_an_act_puts_it_forward() -> None:
    assert _found(NEED_FOR_INVESTMENT) == {
        "investment in the training",
        "investment in the training of pilots",
    }


def test_measure_acts_an_act_on_an_event_is_none() -> None:
    assert _found(POSTPONEMENT_OF_THE_STRIKE) == set()


def test_measure_acts_a_shift_away_from_something() -> None:
    assert _found(SHIFT_AWAY_FROM) == {"shift away from agency staff"}


def test_measure_acts_on_a_real_parse(extract: Callable[..., Any]) -> None:
    corpus = extract(
        "Ferry news\nThe Island Ferry Users Association has welcomed the integration of ferry"
        " and bus timetables.\n"
    )
    labels = {e.key: e.label for e in corpus.entities}
    found = {
        (labels[r.subject], r.predicate.rsplit("#", 1)[-1], labels[r.object])
        for r in corpus.relations
    }
    assert (
        "Island Ferry Users Association",
        "welcomes",  # a kind of support
        "integration of ferry and bus timetables",
    ) in found


COUNCIL_OPPOSES_CLOSURE = """
The          DET   det      1  -          DT
council      NOUN  nsubj    2  -          NN
opposed      VERB  ROOT     2  oppose     VBD
the          DET   det      4  -          DT
closure      NOUN  dobj     2  -          NN
of           ADP   prep     4  -          IN
the          DET   det      8  -          DT
Harbour      PROPN compound 8  -          NNP
Clinic       PROPN pobj     5  -          NNP
.            PUNCT punct    2  -          .
"""


def test_measure_acts_closing_a_named_body_is_a_proposal() -> None:
    assert _found(COUNCIL_OPPOSES_CLOSURE) == {"closure of the Harbour Clinic"}


def test_measure_acts_closing_or_setting_up_on_a_real_parse(extract: Callable[..., Any]) -> None:
    corpus = extract(
        "Clinic news\nThe Harbour Users Association has opposed the closure of the Harbour"
        " Clinic.\nThe Royal College of Nursing called for the establishment of a relief fund.\n"
    )
    labels = {e.key: e.label for e in corpus.entities}
    found = {
        (labels[r.subject], r.predicate.rsplit("#", 1)[-1], labels[r.object])
        for r in corpus.relations
    }
    assert ("Harbour Users Association", "opposes", "closure of the Harbour Clinic") in found
    assert any(
        subject == "Royal College of Nursing" and obj == "establishment of a relief fund"
        for subject, _, obj in found
    )
