"""A singular description of a change refers back to a plural change named with its
complement (kg.extract.entities.change_in_parts). Sentences written for the tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from doc_builder import make_doc, resolved_of

from kg.extract.entities import ResolvedDocument
from kg.rdf.namespaces import KG
from kg.rdf.schema import core_class

_HEADLINE = """
Ferries    NOUN  ROOT     0  ferry    NNS
.          PUNCT punct    0  -        .
"""


def _shifted(rows: str) -> str:
    """The rows as the body's first sentence, after a headline of two words."""
    shifted = []
    for line in rows.strip().splitlines():
        word, pos, dep, head, *rest = line.split()
        shifted.append(" ".join([word, pos, dep, str(int(head) + 2), *rest]))
    return _HEADLINE + "\n".join(shifted)


def _proposals(resolved: ResolvedDocument) -> dict[str, tuple[str, ...]]:
    return {e.label: e.aliases for e in resolved.entities if core_class(e.type) == KG.Proposal}


# "The trust set out proposals to close the ward. Nurses criticised the plan."
PROPOSALS_THEN_PLAN = """
The        DET   det      1  -         DT
trust      NOUN  nsubj    2  -         NN
set        VERB  ROOT     2  -         VBD
out        ADP   prt      2  -         RP
proposals  NOUN  dobj     2  proposal  NNS
to         PART  aux      6  -         TO
close      VERB  acl      4  -         VB
the        DET   det      8  -         DT
ward       NOUN  dobj     6  -         NN
.          PUNCT punct    2  -         .
Nurses     NOUN  nsubj    11 nurse     NNS
criticised VERB  ROOT     11 criticise VBD
the        DET   det      13 -         DT
plan       NOUN  dobj     11 -         NN
.          PUNCT punct    11 -         .
"""

# "The trust set out proposals. Nurses criticised the plan.": a bare plural says no more than
# the singular does, so nothing tells that the plan is those proposals.
BARE_PROPOSALS_THEN_PLAN = """
The        DET   det      1  -         DT
trust      NOUN  nsubj    2  -         NN
set        VERB  ROOT     2  -         VBD
out        ADP   prt      2  -         RP
proposals  NOUN  dobj     2  proposal  NNS
.          PUNCT punct    2  -         .
Nurses     NOUN  nsubj    7  nurse     NNS
criticised VERB  ROOT     7  criticise VBD
the        DET   det      9  -         DT
plan       NOUN  dobj     7  -         NN
.          PUNCT punct    7  -         .
"""


@pytest.mark.parametrize("whole", ["plan", "overhaul"])
def test_change_in_parts_the_plan_is_the_proposals_to_close_the_ward(whole: str) -> None:
    """ "the plan" (a word of change) and "the overhaul" (a reform's head) name the whole."""
    rows = PROPOSALS_THEN_PLAN.replace("plan       NOUN", f"{whole:<10} NOUN")
    found = _proposals(resolved_of(make_doc(_shifted(rows))))
    assert len(found) == 1
    assert whole in next(iter(found.values()))


def test_change_in_parts_a_bare_plural_gets_no_singular_description() -> None:
    found = _proposals(resolved_of(make_doc(_shifted(BARE_PROPOSALS_THEN_PLAN))))
    assert not any("plan" in aliases for aliases in found.values())


def test_change_in_parts_on_a_real_parse(extract: Callable[..., Any]) -> None:
    text = (
        "Ward closure row\n"
        "The health board has published proposals to close the maternity ward at the hospital.\n"
        'Midwives said: "It is an ill-conceived plan."'
    )
    proposals = [e for e in extract(text).entities if core_class(e.type) == KG.Proposal]
    assert len(proposals) == 1
