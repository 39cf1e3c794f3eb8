"""Who proposes, and the parts of proposals (proposes9): planning a change ("plans to scrap
X"), holding plans ("has plans to X"), floating a proposal, an announcement by X of Y, and
the parts a proposal includes named with what they do ("rules to strip X") or by a gerund
("includes scrapping X"), and whose plan a clause "as part of" it is. On hand-built
parses of sentences written for the tests, and one real parse."""

from __future__ import annotations

from collections.abc import Callable

from doc_builder import build, context_of, facts, make_doc

from kg.extract.mentions.noun_phrases import head_noun_phrases
from kg.extract.mentions.pledged_changes import pledged_changes
from kg.model import Corpus
from kg.rdf.namespaces import KG

BOARD_PLANS_TO_SCRAP = """
The    DET   det      2  -      DT
Ferry  PROPN compound 2  -      NNP
Board  PROPN nsubj    3  -      NNP
plans  VERB  ROOT     3  plan   VBZ
to     PART  aux      5  -      TO
scrap  VERB  xcomp    3  -      VB
the    DET   det      8  -      DT
quay   NOUN  compound 8  -      NN
levy   NOUN  dobj     5  -      NN
.      PUNCT punct    3  -      .
"""


def test_relations_a_planned_change_is_named_by_its_verb_phrase() -> None:
    found = {c.span.text for c in pledged_changes(context_of(make_doc(BOARD_PLANS_TO_SCRAP)))}
    assert found == {"scrap the quay levy"}


def test_relations_who_plans_a_change_puts_it_forward() -> None:
    parsed = build(
        BOARD_PLANS_TO_SCRAP,
        names=[("Ferry Board", KG.GovernmentBody), ("scrap the quay levy", KG.Reform)],
    )
    assert facts(parsed.relations("pledged")) == {
        ("Ferry Board", KG.proposes, "scrap the quay levy")
    }


def _held(noun_rows: str, plan: str) -> set[tuple[str, object, str]]:
    """ "The Ferry Board has <noun rows>." with ``plan`` a plan."""
    parsed = build(
        f"""
        The    DET   det      2  -     DT
        Ferry  PROPN compound 2  -     NNP
        Board  PROPN nsubj    3  -     NNP
        has    VERB  ROOT     3  have  VBZ
        {noun_rows}
        """,
        names=[("Ferry Board", KG.GovernmentBody), (plan, KG.Plan)],
    )
    return facts(parsed.relations("held-plan"))


def test_relations_who_has_plans_to_do_something_puts_the_plans_forward() -> None:
    rows = """
        plans  NOUN  dobj     3  plan  NNS
        to     PART  aux      6  -     TO
        scrap  VERB  acl      4  -     VB
        the    DET   det      9  -     DT
        quay   NOUN  compound 9  -     NN
        levy   NOUN  dobj     6  -     NN
        .      PUNCT punct    3  -     .
    """
    assert _held(rows, "plans to scrap the quay levy") == {
        ("Ferry Board", KG.proposes, "plans to scrap the quay levy")
    }


def test_relations_who_has_a_copy_of_a_plan_puts_nothing_forward() -> None:
    rows = """
        a      DET   det      5  -     DT
        copy   NOUN  dobj     3  -     NN
        of     ADP   prep     5  -     IN
        the    DET   det      8  -     DT
        plan   NOUN  pobj     6  -     NN
        .      PUNCT punct    3  -     .
    """
    assert _held(rows, "plan") == set()


def test_relations_a_proposal_floated_by_someone_is_put_forward_by_them() -> None:
    parsed = build(
        """
        The      DET   det      1  -      DT
        levy     NOUN  nsubjpass 4 -      NN
        will     AUX   aux      4  -      MD
        be       AUX   auxpass  4  -      VB
        floated  VERB  ROOT     4  float  VBN
        by       ADP   agent    4  -      IN
        the      DET   det      8  -      DT
        Ferry    PROPN compound 8  -      NNP
        Board    PROPN pobj     5  -      NNP
        .        PUNCT punct    4  -      .
        """,
        names=[("levy", KG.Policy), ("Ferry Board", KG.GovernmentBody)],
    )
    assert ("Ferry Board", KG.proposes, "levy") in facts(parsed.relations("verb"))


def _announcement_by(agent_rows: str, agent: str) -> set[tuple[str, object, str]]:
    """ "The Dock Guild welcomed the announcement by <agent rows> of a quay levy." """
    parsed = build(
        f"""
        The          DET   det      2  -        DT
        Dock         PROPN compound 2  -        NNP
        Guild        PROPN nsubj    3  -        NNP
        welcomed     VERB  ROOT     3  welcome  VBD
        the          DET   det      5  -        DT
        announcement NOUN  dobj     3  -        NN
        by           ADP   prep     5  -        IN
        {agent_rows}
        """,
        names=[
            ("Dock Guild", KG.TradeUnion),
            (agent, KG.GovernmentBody),
            ("quay levy", KG.Policy),
        ],
    )
    return facts(parsed.relations("noun"))


def test_relations_an_announcement_by_someone_of_a_proposal_is_theirs() -> None:
    rows = """
        the   DET   det      9  -  DT
        Ferry PROPN compound 9  -  NNP
        Board PROPN pobj     6  -  NNP
        of    ADP   prep     9  -  IN
        a     DET   det      13 -  DT
        quay  NOUN  compound 13 -  NN
        levy  NOUN  pobj     10 -  NN
        .     PUNCT punct    3  -  .
    """
    assert ("Ferry Board", KG.announces, "quay levy") in _announcement_by(rows, "Ferry Board")


def _named(rows: str) -> set[str]:
    return {c.span.text for c in head_noun_phrases(context_of(make_doc(rows)))}


def test_relations_rules_a_bill_includes_are_named_with_what_they_do() -> None:
    # the parser reads the infinitive as a relative clause
    named = _named(
        """
        The       DET   det      1  -        DT
        bill      NOUN  nsubj    3  -        NN
        will      AUX   aux      3  -        MD
        include   VERB  ROOT     3  -        VB
        rules     NOUN  dobj     3  rule     NNS
        to        PART  aux      6  -        TO
        strip     VERB  relcl    4  -        VB
        councils  NOUN  dobj     6  council  NNS
        of        ADP   prep     7  -        IN
        their     PRON  poss     10 -        PRP$
        powers    NOUN  pobj     8  power    NNS
        .         PUNCT punct    3  -        .
        """
    )
    assert "rules to strip councils of their powers" in named


def test_relations_a_reform_an_offer_includes_is_named_with_what_it_reforms() -> None:
    named = _named(
        """
        The       DET   det      1  -        DT
        offer     NOUN  nsubj    2  -        NN
        includes  VERB  ROOT     2  include  VBZ
        reform    NOUN  dobj     2  -        NN
        of        ADP   prep     3  -        IN
        pay       NOUN  compound 6  -        NN
        scales    NOUN  pobj     4  scale    NNS
        .         PUNCT punct    2  -        .
        """
    )
    assert "reform of pay scales" in named


def test_relations_a_change_a_plan_includes_by_its_gerund_is_part_of_it() -> None:
    parsed = build(
        """
        The       DET   det      1  -        DT
        plan      NOUN  nsubj    2  -        NN
        includes  VERB  ROOT     2  include  VBZ
        scrapping VERB  xcomp    2  scrap    VBG
        the       DET   det      6  -        DT
        quay      NOUN  compound 6  -        NN
        levy      NOUN  dobj     3  -        NN
        .         PUNCT punct    2  -        .
        """,
        names=[("plan", KG.Plan), ("scrapping the quay levy", KG.Reform)],
    )
    assert facts(parsed.relations("verb")) == {("scrapping the quay levy", KG.partOf, "plan")}


def test_relations_a_gerund_naming_no_proposal_is_no_object() -> None:
    # "The plan includes visiting the quay levy office": no change named, nothing included
    parsed = build(
        """
        The       DET   det      1  -        DT
        plan      NOUN  nsubj    2  -        NN
        includes  VERB  ROOT     2  include  VBZ
        visiting  VERB  xcomp    2  visit    VBG
        the       DET   det      7  -        DT
        quay      NOUN  compound 6  -        NN
        levy      NOUN  compound 7  -        NN
        office    NOUN  dobj     3  -        NN
        .         PUNCT punct    2  -        .
        """,
        names=[("plan", KG.Plan), ("quay levy", KG.Policy)],
    )
    assert facts(parsed.relations("verb")) == set()


def test_relations_as_part_of_hung_on_an_object_still_says_whose_plan() -> None:
    # "The board was set up by the Ferry Office to run the ports as part of a quay reform."
    parsed = build(
        """
        The       DET   det       1  -     DT
        board     NOUN  nsubjpass 3  -     NN
        was       AUX   auxpass   3  be    VBD
        set       VERB  ROOT      3  set   VBN
        up        ADP   prt       3  -     RP
        by        ADP   agent     3  -     IN
        the       DET   det       8  -     DT
        Ferry     PROPN compound  8  -     NNP
        Office    PROPN pobj      5  -     NNP
        to        PART  aux       10 -     TO
        run       VERB  advcl     3  -     VB
        the       DET   det       12 -     DT
        ports     NOUN  dobj      10 port  NNS
        as        ADP   prep      12 -     IN
        part      NOUN  pobj      13 -     NN
        of        ADP   prep      14 -     IN
        a         DET   det       18 -     DT
        quay      NOUN  compound  18 -     NN
        reform    NOUN  pobj      15 -     NN
        .         PUNCT punct     3  -     .
        """,
        names=[("Ferry Office", KG.GovernmentBody), ("quay reform", KG.Reform)],
    )
    assert facts(parsed.relations("part-of")) == {("Ferry Office", KG.proposes, "quay reform")}


def test_relations_a_planned_change_on_a_real_parse(extract: Callable[..., Corpus]) -> None:
    corpus = extract("Ferry news\nThe Government plans to scrap the quay levy next year.\n")
    labels = {e.key: e.label for e in corpus.entities}
    found = {(labels[r.subject], r.predicate, labels[r.object]) for r in corpus.relations}
    assert any(
        subject == "Government" and predicate == KG.proposes and "scrap the quay levy" in obj
        for subject, predicate, obj in found
    )
