"""Complaining to an actor, clashing with it and questioning it communicate with it
(``kg:communicatesWith`` triggers of ``ontology/lexicon.ttl``, read by the ``verb`` and
``noun`` rules); questioning a proposal opposes it, as criticising one does (``question`` is a
``kg:criticises`` trigger). Sentences written for the tests."""

from __future__ import annotations

from typing import Any

import pytest
from doc_builder import build, facts

from kg.rdf.namespaces import KG

NAMES = [("Guild", KG.TradeUnion), ("ministry", KG.GovernmentBody)]


@pytest.mark.parametrize(
    ("verb", "lemma", "preposition"),
    [("complained", "complain", "to"), ("clashed", "clash", "with")],
)
def test_relations_complaining_or_clashing_communicates(
    verb: str, lemma: str, preposition: str
) -> None:
    """ "The Guild complained to the ministry.", "The Guild clashed with the ministry." """
    parsed = build(
        f"""
        The            DET   det   1
        Guild          PROPN nsubj 2
        {verb}         VERB  ROOT  2  {lemma}
        {preposition}  ADP   prep  2
        the            DET   det   5
        ministry       NOUN  pobj  3
        .              PUNCT punct 2
        """,
        names=NAMES,
    )
    assert facts(parsed.relations("verb")) == {("Guild", KG.communicatesWith, "ministry")}


def test_relations_a_complaint_with_an_actor_communicates() -> None:
    """ "The Guild lodged a complaint with the ministry." """
    parsed = build(
        """
        The        DET   det   1
        Guild      PROPN nsubj 2
        lodged     VERB  ROOT  2  lodge
        a          DET   det   4
        complaint  NOUN  dobj  2
        with       ADP   prep  4
        the        DET   det   7
        ministry   NOUN  pobj  5
        .          PUNCT punct 2
        """,
        names=NAMES,
    )
    assert facts(parsed.relations("noun")) == {("Guild", KG.communicatesWith, "ministry")}


def test_relations_questioning_an_actor_communicates_but_not_its_figures() -> None:
    """ "The Guild questioned the ministry." and "The Guild questioned the figures." """
    parsed = build(
        """
        The        DET   det   1
        Guild      PROPN nsubj 2
        questioned VERB  ROOT  2  question
        the        DET   det   4
        ministry   NOUN  dobj  2
        .          PUNCT punct 2
        """,
        names=NAMES,
    )
    assert facts(parsed.relations("verb")) == {("Guild", KG.criticises, "ministry")}
    parsed = build(
        """
        The        DET   det   1
        Guild      PROPN nsubj 2
        questioned VERB  ROOT  2  question
        the        DET   det   4
        figures    NOUN  dobj  2  figure
        .          PUNCT punct 2
        """,
        names=NAMES[:1],
    )
    assert parsed.relations("verb") == []


def test_relations_questioning_a_proposal_opposes_it() -> None:
    """ "The Guild questioned the ministry's depot plan." """
    parsed = build(
        """
        The        DET   det      1
        Guild      PROPN nsubj    2
        questioned VERB  ROOT     2  question
        the        DET   det      4
        ministry   NOUN  poss     8
        's         PART  case     4
        depot      NOUN  compound 8
        plan       NOUN  dobj     2
        .          PUNCT punct    2
        """,
        names=[*NAMES, ("depot plan", KG.Plan)],
    )
    assert ("Guild", KG.opposes, "depot plan") in facts(parsed.relations("verb"))


def test_relations_real_parse_questioning_a_plan_in_a_participle_clause(extract: Any) -> None:
    corpus = extract(
        "Depot row\nIn her speech, Dana Whitlock praised the staff, while questioning the"
        " council's plan for new ferry depots."
    )
    assert ("Dana Whitlock", KG.opposes, "plan for new ferry depots") in {
        (r.subject, r.predicate, r.object) for r in corpus.relations
    }
