"""Demanded changes: more of a means of governing ("more control over bus routes"), put
forward by an actor, names a proposal; the same words in a finding name none. Sentences
written for the tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from doc_builder import context_of, make_doc

from kg.extract.mentions.demanded_changes import demanded_changes

MAYOR_CALLS_FOR_MORE_CONTROL = """
The       DET   det      1  -        DT
mayor     NOUN  nsubj    2  -        NN
called    VERB  ROOT     2  call     VBD
for       ADP   prep     2  -        IN
more      ADJ   amod     5  much     JJR
control   NOUN  pobj     3  -        NN
over      ADP   prep     5  -        IN
bus       NOUN  compound 8  -        NN
routes    NOUN  pobj     6  route    NNS
.         PUNCT punct    2  -        .
"""

SURVEY_FINDS_MORE_COMPETITION = """
The       DET   det      1  -        DT
survey    NOUN  nsubj    2  -        NN
found     VERB  ROOT     2  find     VBD
more      ADJ   amod     4  much     JJR
competition NOUN dobj    2  -        NN
in        ADP   prep     4  -        IN
the       DET   det      8  -        DT
bus       NOUN  compound 8  -        NN
market    NOUN  pobj     5  -        NN
.         PUNCT punct    2  -        .
"""

PLANS_FOR_A_LEVY_AND_GREATER_SAY = """
Ministers NOUN  nsubj    1  minister NNS
published VERB  ROOT     1  publish  VBD
plans     NOUN  dobj     1  plan     NNS
for       ADP   prep     2  -        IN
a         DET   det      6  -        DT
tourist   NOUN  compound 6  -        NN
levy      NOUN  pobj     3  -        NN
and       CCONJ cc       6  -        CC
greater   ADJ   amod     9  great    JJR
say       NOUN  conj     6  -        NN
over      ADP   prep     9  -        IN
harbour   NOUN  compound 12 -        NN
fees      NOUN  pobj     10 fee      NNS
.         PUNCT punct    1  -        .
"""


def _found(rows: str) -> set[str]:
    return {c.span.text for c in demanded_changes(context_of(make_doc(rows)))}


def test_demanded_changes_more_control_called_for_is_a_proposal() -> None:
    assert _found(MAYOR_CALLS_FOR_MORE_CONTROL) == {"more control over bus routes"}


def test_demanded_changes_more_competition_a_survey_finds_is_none() -> None:
    assert _found(SURVEY_FINDS_MORE_COMPETITION) == set()


def test_demanded_changes_an_item_of_plans_for_is_a_proposal() -> None:
    assert _found(PLANS_FOR_A_LEVY_AND_GREATER_SAY) == {"greater say over harbour fees"}


def test_demanded_changes_on_a_real_parse(extract: Callable[..., Any]) -> None:
    corpus = extract(
        "Ferry news\nThe Island Ferry Users Association has called for greater control over"
        " ferry timetables.\n"
    )
    labels = {e.key: e.label for e in corpus.entities}
    found = {
        (labels[r.subject], r.predicate.rsplit("#", 1)[-1], labels[r.object])
        for r in corpus.relations
    }
    assert (  # asking for a new thing puts it forward (relations.new_demands)
        "Island Ferry Users Association",
        "proposes",
        "greater control over ferry timetables",
    ) in found


# proposals26: the items after "including" inside what an actor puts forward
STEPS_INCLUDING_MORE_OVERSIGHT = """
The        DET   det      1  -         DT
minister   NOUN  nsubj    2  -         NN
announced  VERB  ROOT     2  announce  VBD
three      NUM   nummod   4  -         CD
steps      NOUN  dobj     2  step      NNS
to         PART  aux      6  -         TO
restore    VERB  acl      4  -         VB
trust      NOUN  dobj     6  -         NN
in         ADP   prep     7  -         IN
ferries    NOUN  pobj     8  ferry     NNS
,          PUNCT punct    9  -         ,
including  VERB  prep     9  include   VBG
more       ADJ   amod     13 much      JJR
oversight  NOUN  pobj     11 -         NN
of         ADP   prep     13 -         IN
the        DET   det      16 -         DT
operators  NOUN  pobj     14 operator  NNS
.          PUNCT punct    2  -         .
"""

REPORT_INCLUDING_MORE_INVESTMENT = """
The        DET   det      1  -         DT
survey     NOUN  nsubj    2  -         NN
found      VERB  ROOT     2  find      VBD
problems   NOUN  dobj     2  problem   NNS
,          PUNCT punct    3  -         ,
including  VERB  prep     3  include   VBG
more       ADJ   amod     7  much      JJR
investment NOUN  pobj     5  -         NN
in         ADP   prep     7  -         IN
roads      NOUN  pobj     8  road      NNS
.          PUNCT punct    2  -         .
"""


def test_demanded_changes_an_item_after_including_in_what_is_announced() -> None:
    assert _found(STEPS_INCLUDING_MORE_OVERSIGHT) == {"more oversight of the operators"}


def test_demanded_changes_an_item_after_including_in_a_finding_is_none() -> None:
    assert _found(REPORT_INCLUDING_MORE_INVESTMENT) == set()


def test_demanded_changes_including_on_a_real_parse(extract: Callable[..., Any]) -> None:
    corpus = extract(
        "Ferry news\nThe minister outlined a plan to cut fares, including more investment in"
        " rural ferry routes.\n"
    )
    names = {n for e in corpus.entities for n in (e.label, *e.aliases)}
    assert "more investment in rural ferry routes" in names
