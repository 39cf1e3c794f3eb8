"""Proposals named by whoever made them: "the Ferry Board's recommendations", "a
recommendation made by the Ferry Tribunal" (proposals26). Sentences written for the tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from doc_builder import context_of, make_doc

from kg.extract.mentions.noun_phrases import head_noun_phrases


def _named(rows: str) -> set[str]:
    return {c.span.text for c in head_noun_phrases(context_of(make_doc(rows)))}


OWNED_BY_A_NAME = """
The             DET   det      1  -              DT
guild           NOUN  nsubj    2  -              NN
accepted        VERB  ROOT     2  accept         VBD
the             DET   det      5  -              DT
Ferry           PROPN compound 5  -              NNP
Board           PROPN poss     7  -              NNP
's              PART  case     5  -              POS
recommendations NOUN  dobj     2  recommendation NNS
.               PUNCT punct    2  -              .
"""

MADE_BY_A_NAME = """
Members         NOUN  nsubj    2  member         NNS
will            AUX   aux      2  -              MD
weigh           VERB  ROOT     2  -              VB
a               DET   det      4  -              DT
recommendation  NOUN  dobj     2  -              NN
made            VERB  acl      4  make           VBN
by              ADP   agent    5  -              IN
the             DET   det      9  -              DT
Ferry           PROPN compound 9  -              NNP
Tribunal        PROPN pobj     6  -              NNP
.               PUNCT punct    2  -              .
"""

BY_A_NAME = """
The             DET   det      1  -              DT
guild           NOUN  nsubj    2  -              NN
received        VERB  ROOT     2  receive        VBD
the             DET   det      4  -              DT
recommendation  NOUN  dobj     2  -              NN
by              ADP   prep     4  -              IN
the             DET   det      8  -              DT
Ferry           PROPN compound 8  -              NNP
Tribunal        PROPN pobj     5  -              NNP
.               PUNCT punct    2  -              .
"""

ITS_OWN = """
The             DET   det      1  -              DT
board           NOUN  nsubj    3  -              NN
will            AUX   aux      3  -              MD
make            VERB  ROOT     3  -              VB
its             PRON  poss     5  -              PRP$
recommendations NOUN  dobj     3  recommendation NNS
in              ADP   prep     3  -              IN
May             PROPN pobj     6  -              NNP
.               PUNCT punct    3  -              .
"""

A_COMMON_OWNER = """
The             DET   det      1  -              DT
guild           NOUN  nsubj    2  -              NN
weighed         VERB  ROOT     2  weigh          VBD
the             DET   det      4  -              DT
board           NOUN  poss     6  -              NN
's              PART  case     4  -              POS
recommendations NOUN  dobj     2  recommendation NNS
.               PUNCT punct    2  -              .
"""


def test_authored_proposals_a_named_owner_names_the_recommendations() -> None:
    assert "Ferry Board's recommendations" in _named(OWNED_BY_A_NAME)


def test_authored_proposals_a_named_agent_after_a_participle_names_it() -> None:
    assert "recommendation made by the Ferry Tribunal" in _named(MADE_BY_A_NAME)


def test_authored_proposals_a_named_agent_after_by_names_it() -> None:
    assert "recommendation by the Ferry Tribunal" in _named(BY_A_NAME)


def test_authored_proposals_a_named_source_after_from_names_it() -> None:
    """ "the recommendation from the Ferry Tribunal": "from" names who made it, as "by" does
    (with no author, "the recommendation" names none)."""
    rows = BY_A_NAME.replace("by              ADP", "from            ADP")
    assert "recommendation" in _named(rows)
    assert "recommendation" not in _named(
        BY_A_NAME.replace("Ferry           PROPN", "ferry           NOUN ").replace(
            "Tribunal        PROPN", "tribunal        NOUN "
        )
    )


def _methods(rows: str) -> set[str]:
    return {c.method for c in head_noun_phrases(context_of(make_doc(rows)))}


def test_authored_proposals_a_pronoun_names_no_author() -> None:
    # "its recommendations" may refer back to some named before, but names none of its own
    assert _methods(ITS_OWN) <= {"description"}


def test_authored_proposals_a_common_noun_names_no_author() -> None:
    assert "board's recommendations" not in _named(A_COMMON_OWNER)
    assert _methods(A_COMMON_OWNER) <= {"description"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Ferry news\nMembers will weigh the Ferry Tribunal's recommendation this week.",
            "Ferry Tribunal's recommendation",
        ),
        (
            "Ferry news\nMembers will vote on a recommendation made by the Ferry Tribunal.",
            "recommendation made by the Ferry Tribunal",
        ),
    ],
)
def test_authored_proposals_on_a_real_parse(
    extract: Callable[..., Any], text: str, name: str
) -> None:
    entities = extract(text).entities
    assert any(name in (e.label, *e.aliases) for e in entities)
