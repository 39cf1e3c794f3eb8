"""Plans the parser reads as a verb: after a preposition that takes no clause, or a verb of
stance, "<owner> plans to X" is a plan. Sentences written for the tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from doc_builder import context_of, make_doc

from kg.extract.mentions.misread_plans import misread_plans

# "Farmers marched against Government plans to close depots." as the parser misreads it
MARCHED_AGAINST_GOVERNMENT_PLANS = """
Farmers    NOUN  nsubj    1  farmer  NNS
marched    VERB  ROOT     1  march   VBD
against    ADP   prep     1  -       IN
Government PROPN pobj     2  -       NNP
plans      VERB  advcl    1  plan    VBZ
to         PART  aux      6  -       TO
close      VERB  xcomp    4  -       VB
depots     NOUN  dobj     6  depot   NNS
.          PUNCT punct    1  -       .
"""

# "The union said the Government plans to close depots." (they plan to: a clause)
SAID_THE_GOVERNMENT_PLANS = """
The        DET   det      1  -       DT
union      NOUN  nsubj    2  -       NN
said       VERB  ROOT     2  say     VBD
the        DET   det      4  -       DT
Government PROPN nsubj    5  -       NNP
plans      VERB  ccomp    2  plan    VBZ
to         PART  aux      7  -       TO
close      VERB  xcomp    5  -       VB
depots     NOUN  dobj     7  depot   NNS
.          PUNCT punct    2  -       .
"""


def _found(rows: str) -> set[str]:
    return {c.span.text for c in misread_plans(context_of(make_doc(rows)))}


def test_misread_plans_after_a_preposition_are_a_plan() -> None:
    assert _found(MARCHED_AGAINST_GOVERNMENT_PLANS) == {
        "Government plans",
        "Government plans to close depots",
    }


def test_misread_plans_after_a_verb_of_saying_stay_a_clause() -> None:
    assert _found(SAID_THE_GOVERNMENT_PLANS) == set()


def test_misread_plans_real_parse(extract: Callable[..., Any]) -> None:
    corpus = extract(
        "Farm news\nFarmers protested against Welsh Government plans to require tree planting."
    )
    plans = [e for e in corpus.entities if e.type.endswith("Plan")]
    assert any("Welsh Government plans" in (e.label, *e.aliases) for e in plans)


# "On Monday Labour plans to publish its manifesto." (Labour plans to: a clause after a date)
ON_MONDAY_LABOUR_PLANS = """
On         ADP   prep     3  -        IN
Monday     PROPN pobj     0  -        NNP  B-DATE
Labour     PROPN nsubj    3  -        NNP  B-ORG
plans      VERB  ROOT     3  plan     VBZ
to         PART  aux      5  -        TO
publish    VERB  xcomp    3  -        VB
its        PRON  poss     7  -        PRP$
manifesto  NOUN  dobj     5  -        NN
.          PUNCT punct    3  -        .
"""


def test_misread_plans_after_an_opening_date_stay_a_clause() -> None:
    """A date closes the opening phrase of time: what follows is the clause's subject, not
    the owner of plans (review5)."""
    assert _found(ON_MONDAY_LABOUR_PLANS) == set()


# proposals26: "the council's plans to close depots", "plans" read as a verb after "'s"
THE_COUNCILS_PLANS = """
The        DET   det      1  -       DT
council    NOUN  nsubj    2  -       NN
's         PART  nsubj    3  -       POS
plans      VERB  nsubj    7  plan    VBZ
to         PART  aux      5  -       TO
close      VERB  xcomp    3  -       VB
depots     NOUN  dobj     5  depot   NNS
anger      VERB  ROOT     7  -       VBP
drivers    NOUN  dobj     7  driver  NNS
.          PUNCT punct    7  -       .
"""


def test_misread_plans_after_a_possessive_mark_are_a_plan() -> None:
    assert _found(THE_COUNCILS_PLANS) == {
        "plans to close depots",
        "council's plans to close depots",
    }


def test_misread_plans_after_a_possessive_mark_real_parse(extract: Callable[..., Any]) -> None:
    corpus = extract(
        "Farm news\nShe said: “The council’s plans to close depots and to cut bus routes all"
        " rely on a strong workforce.”"
    )
    names = {n for e in corpus.entities for n in (e.label, *e.aliases)}
    assert "plans to close depots" in names
