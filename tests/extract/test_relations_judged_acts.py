"""A disapproving verdict on an actor's act criticises the actor (``judged-act``,
:mod:`kg.extract.relations.judged_acts`). Sentences written for the tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from doc_builder import build, facts, spoken_by_ferris

from kg.model import Corpus
from kg.rdf.namespaces import KG

# "Lowe described the move by the Guild to walk out as {label}."
LABELLED = """
Lowe      PROPN nsubj  1
described VERB  ROOT   1  describe
the       DET   det    3
move      NOUN  dobj   1
by        ADP   prep   3
the       DET   det    6
Guild     PROPN pobj   4
to        PART  aux    8
walk      VERB  acl    3
out       ADP   prt    8
as        ADP   prep   8
{rows}
.         PUNCT punct  1
"""
NAMES = [("Lowe", KG.Person), ("Guild", KG.TradeUnion)]


def test_relations_an_act_labelled_a_betrayal_criticises_its_doer() -> None:
    """ "Lowe described the move by the Guild to walk out as a betrayal." ("as" hung on the
    act's own clause, as the parser may hang it)."""
    rows = "a DET det 12\nbetrayal NOUN pobj 10"
    parsed = build(LABELLED.format(rows=rows), names=NAMES)
    assert facts(parsed.relations("judged-act")) == {("Lowe", KG.criticises, "Guild")}


@pytest.mark.parametrize(
    ("rows", "why"),
    [
        ("a DET det 12\nstep NOUN pobj 10\nforward ADV advmod 12", "approval"),
        ("a DET det 12\nsurprise NOUN pobj 10", "no verdict"),
    ],
)
def test_relations_no_criticism_of_the_doer_without_a_disapproving_label(
    rows: str, why: str
) -> None:
    parsed = build(LABELLED.format(rows=rows), names=NAMES)
    assert parsed.relations("judged-act") == [], why


def test_relations_a_shameful_move_from_an_actor_in_a_quotation_criticises_it() -> None:
    """Ferris: “This was a shameful move from the ministry.”"""
    parsed = spoken_by_ferris(
        """
        “        PUNCT punct 2
        This     PRON  nsubj 2
        was      AUX   ROOT  2 be
        a        DET   det   5
        shameful ADJ   amod  5
        move     NOUN  attr  2
        from     ADP   prep  5
        the      DET   det   8
        ministry NOUN  pobj  6
        .        PUNCT punct 2
        ”        PUNCT punct 2
        """,
        ("ministry", KG.GovernmentBody),
    )
    assert facts(parsed.relations("judged-act")) == {("Ferris", KG.criticises, "ministry")}


# "Lowe said the council's decision was a disgrace."
DECISION_A_DISGRACE = """
Lowe     PROPN nsubj 1
said     VERB  ROOT  1  say
the      DET   det   3
council  NOUN  poss  5
's       PART  case  3
decision NOUN  nsubj 6
was      AUX   ccomp 1  be
a        DET   det   8
disgrace NOUN  attr  6
.        PUNCT punct 1
"""


def test_relations_an_actors_decision_said_to_be_a_disgrace_criticises_it() -> None:
    """ "Lowe said the council's decision was a disgrace." """
    parsed = build(
        DECISION_A_DISGRACE,
        names=[("Lowe", KG.Person), ("council", KG.Committee)],
    )
    assert facts(parsed.relations("judged-act")) == {("Lowe", KG.criticises, "council")}


def test_relations_a_decision_named_as_a_proposal_is_opposed_not_its_maker_criticised() -> None:
    """ "Lowe said the council's decision was a disgrace", the decision a proposal of the
    article: the verdict rules oppose it."""
    parsed = build(
        DECISION_A_DISGRACE,
        names=[("Lowe", KG.Person), ("council", KG.Committee), ("decision", KG.Proposal)],
    )
    assert parsed.relations("judged-act") == []


def test_relations_a_speaker_does_not_criticise_their_own_bodys_act() -> None:
    """ "Guild chair Lowe said the Guild's decision was a disgrace." """
    parsed = build(
        """
        Guild    PROPN compound 2
        chair    NOUN  compound 2
        Lowe     PROPN nsubj    3
        said     VERB  ROOT     3  say
        the      DET   det      5
        Guild    PROPN poss     7
        's       PART  case     5
        decision NOUN  nsubj    8
        was      AUX   ccomp    3  be
        a        DET   det      10
        disgrace NOUN  attr     8
        .        PUNCT punct    3
        """,
        names=[("Lowe", KG.Person), ("Guild", KG.TradeUnion), ("Guild", KG.TradeUnion)],
        roles=[("chair", "Lowe", "Guild")],
    )
    assert parsed.relations("judged-act") == []


def test_extract_an_act_labelled_reckless_criticises_its_doer(
    extract: Callable[..., Corpus],
) -> None:
    corpus = extract(
        "Ferry strike\n"
        "The Harbour Workers Union voted to strike on Monday.\n"
        "Transport secretary Ann Lowe described the union's decision as reckless.\n"
    )
    labels = {e.key: e.label for e in corpus.entities}
    found = {
        (labels[r.subject], labels[r.object])
        for r in corpus.relations
        if r.predicate == KG.criticises
    }
    assert ("Ann Lowe", "Harbour Workers Union") in found
