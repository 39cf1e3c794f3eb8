"""An actor given a label of disapproval by a verb of labelling is criticised (``label``,
:mod:`kg.extract.relations.labels`). Sentences written for the tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from doc_builder import build, facts

from kg.model import Corpus
from kg.rdf.namespaces import KG

NAMES = [("Unite", KG.Organisation), ("council", KG.Organisation)]

# "Unite called the council a shambles."
ODRP = """
Unite    PROPN nsubj 1
called   VERB  ROOT  1  call
the      DET   det   3
council  NOUN  dobj  1
a        DET   det   5
shambles NOUN  oprd  1  shambles
.        PUNCT punct 1
"""

# "Unite branded the council reckless.", the adjective read as the object
MISREAD = """
Unite    PROPN nsubj    1
branded  VERB  ROOT     1  brand
the      DET   det      4
council  NOUN  compound 4
reckless ADJ   dobj     1
.        PUNCT punct    1
"""

# "Unite described the council as a failure."
AS = """
Unite     PROPN nsubj 1
described VERB  ROOT  1  describe
the       DET   det   3
council   NOUN  dobj  1
as        ADP   prep  1
a         DET   det   6
failure   NOUN  pobj  4
.         PUNCT punct 1
"""


@pytest.mark.parametrize("rows", [ODRP, MISREAD, AS])
def test_relations_an_actor_labelled_with_a_bad_word_is_criticised(rows: str) -> None:
    parsed = build(rows, names=NAMES)
    assert facts(parsed.relations("label")) == {("Unite", KG.criticises, "council")}


def test_relations_no_criticism_from_a_label_of_praise_or_a_label_denied() -> None:
    praise = ODRP.replace("shambles NOUN  oprd  1  shambles", "success  NOUN  oprd  1  success")
    assert build(praise, names=NAMES).relations("label") == []
    denied = """
    Unite    PROPN nsubj 3
    did      AUX   aux   3  do
    not      PART  neg   3
    call     VERB  ROOT  3  call
    the      DET   det   5
    council  NOUN  dobj  3
    a        DET   det   7
    shambles NOUN  oprd  3  shambles
    .        PUNCT punct 3
    """
    assert build(denied, names=NAMES).relations("label") == []


def test_relations_a_label_of_an_actors_possession_does_not_criticise_the_actor() -> None:
    """ "Unite called the council's plan a shambles": the plan is labelled."""
    parsed = build(
        """
        Unite    PROPN nsubj 1
        called   VERB  ROOT  1  call
        the      DET   det   3
        council  NOUN  poss  5
        's       PART  case  3
        plan     NOUN  dobj  1
        a        DET   det   7
        shambles NOUN  oprd  1  shambles
        .        PUNCT punct 1
        """,
        names=NAMES,
    )
    assert parsed.relations("label") == []


def test_extract_a_union_that_calls_a_department_incompetent_criticises_it(
    extract: Callable[..., Corpus],
) -> None:
    corpus = extract(
        "Union attacks ministry\nThe GMB described the Department of Health as incompetent.\n"
    )
    labels = {e.key: e.label for e in corpus.entities}
    found = {
        (labels[r.subject], labels[r.object])
        for r in corpus.relations
        if r.predicate == KG.criticises
    }
    assert ("GMB", "Department of Health and Social Care") in found
