"""Labels given in the passive (stance31): "the levy was described as unworkable by the
union" labels the levy as "the union described the levy as unworkable" does; the agent
judges the passive subject. Without an agent no one is named, and nothing is read. On
hand-built parses of sentences written for the test, with a real parse."""

from __future__ import annotations

from collections.abc import Callable

from doc_builder import build, facts

from kg.model import Corpus
from kg.rdf.namespaces import KG

NAMES = [("Unite", KG.TradeUnion), ("levy", KG.Policy)]


def _described(rule: str, *, agent: bool) -> set[tuple[str, object, str]]:
    """ "The levy has been described as unworkable (by Unite)." """
    by = "by Unite" if agent else ""
    lines = """
        The        DET   det       1
        levy       NOUN  nsubjpass 4
        has        AUX   aux       4
        been       AUX   auxpass   4
        described  VERB  ROOT      4 describe
        as         ADP   prep      4
        unworkable ADJ   amod      5
        """
    if agent:
        lines += """
        by         ADP   agent     4
        Unite      PROPN pobj      7
        .          PUNCT punct     4
        """
    else:
        lines += """
        .          PUNCT punct     4
        """
    parsed = build(lines, names=NAMES if by else NAMES[1:])
    return facts(parsed.relations(rule))


def test_relations_a_passive_label_with_its_agent_is_the_agents_verdict() -> None:
    assert _described("verdict", agent=True) == {("Unite", KG.opposes, "levy")}
    assert _described("appraisal", agent=True) == {("Unite", KG.opposes, "levy")}


def test_relations_a_passive_label_without_an_agent_names_no_judge() -> None:
    assert _described("verdict", agent=False) == set()
    assert _described("appraisal", agent=False) == set()


def test_relations_a_relative_passive_label_judges_its_antecedent() -> None:
    """ "The levy, which was called a betrayal by Unite, starts in May." """
    parsed = build(
        """
        The      DET   det       1
        levy     NOUN  nsubj     11
        ,        PUNCT punct     1
        which    PRON  nsubjpass 5
        was      AUX   auxpass   5
        called   VERB  relcl     1 call
        a        DET   det       7
        betrayal NOUN  oprd      5
        by       ADP   agent     5
        Unite    PROPN pobj      8
        ,        PUNCT punct     1
        starts   VERB  ROOT      11 start
        in       ADP   prep      11
        May      PROPN pobj      12
        .        PUNCT punct     11
        """,
        names=NAMES,
    )
    assert facts(parsed.relations("verdict")) == {("Unite", KG.opposes, "levy")}


def test_relations_a_passive_label_real_parse(extract: Callable[..., Corpus]) -> None:
    corpus = extract(
        "Ferry news\n\nThe Department for Transport has announced a new ferry levy.\n\n"
        "The levy has been described as unworkable by Unite.\n"
    )
    labels = {e.key: e.label for e in corpus.entities}
    found = {
        (labels[r.subject], r.predicate, labels[r.object])
        for r in corpus.relations
        if r.predicate in (KG.opposes, KG.supports)
    }
    assert found == {("Unite", KG.opposes, "new ferry levy")}
