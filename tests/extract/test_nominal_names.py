"""Proposals named by a plan to change something are also named by the change (proposals5,
``kg.extract.entities.nominal_names``). Sentences written for the tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from doc_builder import make_doc, resolved_of

PLANS_TO_SCRAP = """
The        DET   det      1  -         DT
council    NOUN  nsubj    2  -         NN
announced  VERB  ROOT     2  announce  VBD
plans      NOUN  dobj     2  plan      NNS
to         PART  aux      5  -         TO
scrap      VERB  acl      3  -         VB
the        DET   det      8  -         DT
ferry      NOUN  compound 8  -         NN
levy       NOUN  dobj     5  -         NN
.          PUNCT punct    2  -         .
"""

PLANS_TO_PHASE_OUT = """
The        DET   det      1  -         DT
council    NOUN  nsubj    2  -         NN
announced  VERB  ROOT     2  announce  VBD
plans      NOUN  dobj     2  plan      NNS
to         PART  aux      5  -         TO
close      VERB  acl      3  -         VB
down       ADP   prt      5  -         RP
the        DET   det      9  -         DT
ferry      NOUN  compound 9  -         NN
office     NOUN  dobj     5  -         NN
.          PUNCT punct    2  -         .
"""


def _names(rows: str) -> set[str]:
    return {n for e in resolved_of(make_doc(rows)).entities for n in (e.label, *e.aliases)}


def test_nominal_names_plans_to_scrap_are_the_scrapping() -> None:
    names = _names(PLANS_TO_SCRAP)
    assert "plans to scrap the ferry levy" in names
    assert "scrapping of the ferry levy" in names


def test_nominal_names_a_verb_with_a_particle_gives_no_name() -> None:
    assert not any(n.startswith("closure") for n in _names(PLANS_TO_PHASE_OUT))


def test_nominal_names_on_a_real_parse(extract: Callable[..., Any]) -> None:
    corpus = extract(
        "Ferry news\nThe minister defended the decision to abolish the harbour agency."
    )
    names = {n for e in corpus.entities for n in (e.label, *e.aliases)}
    assert "abolition of the harbour agency" in names
