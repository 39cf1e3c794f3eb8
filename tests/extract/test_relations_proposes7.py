"""Proposing, parts and advice (proposes7): on hand-built parses of sentences written for the
test, and real parses."""

from __future__ import annotations

from collections.abc import Callable

from doc_builder import build, facts

from kg.model import Corpus
from kg.rdf.namespaces import KG


def _found(corpus: Corpus) -> set[tuple[str, object, str]]:
    labels = {e.key: e.label for e in corpus.entities}
    return {(labels[r.subject], r.predicate, labels[r.object]) for r in corpus.relations}


def _recommended(noun: str, lemma: str) -> set[tuple[str, object, str]]:
    """ "The Ferry Guild recommended <noun> of the quay offer." """
    parsed = build(
        f"""
        The         DET   det      2
        Ferry       PROPN compound 2
        Guild       PROPN nsubj    3
        recommended VERB  ROOT     3 recommend
        {noun}      NOUN  dobj     3 {lemma}
        of          ADP   prep     4
        the         DET   det      8
        quay        NOUN  compound 8
        offer       NOUN  pobj     5
        .           PUNCT punct    3
        """,
        names=[("Ferry Guild", KG.TradeUnion), ("quay offer", KG.FundingPackage)],
    )
    return {f for f in facts(parsed.relations("verb")) if f[1] == KG.advisesOn}


def test_relations_recommending_acceptance_of_a_proposal_is_no_advice_on_it() -> None:
    assert _recommended("acceptance", "acceptance") == set()
    assert _recommended("rejection", "rejection") == set()


def test_relations_recommending_changes_to_a_proposal_still_advises_on_it() -> None:
    assert _recommended("changes", "change") == {("Ferry Guild", KG.advisesOn, "quay offer")}


def test_relations_recommending_acceptance_on_a_real_parse(extract: Callable[..., Corpus]) -> None:
    corpus = extract("Pay news\nThe Ferry Guild recommended acceptance of the quay pay offer.\n")
    assert not any(p == KG.advisesOn for _, p, _ in _found(corpus))


MEASURES_IN_THE_PLAN = """
        Measures NOUN  nsubj    6 measure NNS
        in       ADP   prep     0
        the      DET   det      5
        Quay     PROPN compound 4
        Levy     PROPN compound 5
        Plan     PROPN pobj     1
        include  VERB  ROOT     6 include
        a        DET   det      9
        fuel     NOUN  compound 9
        grant    NOUN  dobj     6 grant
        and      CCONJ cc       9
        a        DET   det      13
        fares    NOUN  compound 13
        cap      NOUN  conj     9 cap
        .        PUNCT punct    6
        """
PLAN_NAMES = [
    ("Quay Levy Plan", KG.Plan),
    ("fuel grant", KG.FundingPackage),
    ("fares cap", KG.Policy),
]


def test_relations_the_measures_in_a_plan_include_its_parts() -> None:
    parsed = build(MEASURES_IN_THE_PLAN, names=PLAN_NAMES)
    assert facts(parsed.relations("listed")) == {
        ("fuel grant", KG.partOf, "Quay Levy Plan"),
        ("fares cap", KG.partOf, "Quay Levy Plan"),
    }


def test_relations_among_the_measures_in_a_plan_are_its_parts() -> None:
    parsed = build(
        """
        Among    ADP   prep     6
        the      DET   det      2
        measures NOUN  pobj     0 measure NNS
        in       ADP   prep     2
        the      DET   det      5
        Plan     PROPN pobj     3
        is       AUX   ROOT     6 be
        a        DET   det      9
        fuel     NOUN  compound 9
        grant    NOUN  nsubj    6 grant
        .        PUNCT punct    6
        """,
        names=[("Plan", KG.Plan), ("fuel grant", KG.FundingPackage)],
    )
    assert facts(parsed.relations("listed")) == {("fuel grant", KG.partOf, "Plan")}


def test_relations_among_what_names_no_list_gives_no_parts() -> None:
    parsed = build(
        """
        Among    ADP   prep     3
        the      DET   det      2
        islands  NOUN  pobj     0 island NNS
        is       AUX   ROOT     3 be
        a        DET   det      6
        fuel     NOUN  compound 6
        grant    NOUN  nsubj    3 grant
        .        PUNCT punct    3
        """,
        names=[("fuel grant", KG.FundingPackage)],
    )
    assert parsed.relations("listed") == []


def test_relations_measures_in_a_bill_on_a_real_parse(extract: Callable[..., Corpus]) -> None:
    corpus = extract(
        "Ferry news\nMeasures in the Harbour Safety Bill include a ban on night crossings and "
        "a fares cap for islanders.\n"
    )
    assert ("ban on night crossings", KG.partOf, "Harbour Safety Bill") in _found(corpus)


def _announced_in(rows: str, *names: tuple[str, object]) -> set[tuple[str, object, str]]:
    parsed = build(rows, names=[("quay levy", KG.Policy), *names])  # type: ignore[list-item]
    return facts(parsed.relations("put-in"))


ANNOUNCED_IN = """
        The       DET   det      2
        quay      NOUN  compound 2
        levy      NOUN  nsubj    9 levy
        ,         PUNCT punct    2
        announced VERB  acl      2 announce VBN
        in        ADP   prep     4
        the       DET   det      7
        {place}   PROPN pobj     5
        ,         PUNCT punct    2
        lapsed    VERB  ROOT     9 lapse
        .         PUNCT punct    9
        """


def test_relations_a_proposal_announced_in_another_is_part_of_it() -> None:
    found = _announced_in(ANNOUNCED_IN.format(place="Budget"), ("Budget", KG.FundingPackage))
    assert found == {("quay levy", KG.partOf, "Budget")}


def test_relations_a_proposal_announced_in_an_event_is_part_of_nothing() -> None:
    found = _announced_in(ANNOUNCED_IN.format(place="Conference"), ("Conference", KG.Conference))
    assert found == set()


def test_relations_it_announced_in_a_proposal_is_no_part() -> None:
    parsed = build(
        """
        It        PRON  nsubjpass 2
        was       AUX   auxpass   2
        announced VERB  ROOT      2 announce VBN
        in        ADP   prep      2
        the       DET   det       5
        Budget    PROPN pobj      3
        .         PUNCT punct     2
        """,
        names=[("Budget", KG.FundingPackage)],
        pronouns={0: "Budget"},
    )
    assert parsed.relations("put-in") == []


def test_relations_a_levy_set_out_in_a_plan_on_a_real_parse(extract: Callable[..., Corpus]) -> None:
    corpus = extract(
        "Ferry news\nThe Treasury published the Island Budget on Monday.\n"
        "The harbour levy, announced in the Island Budget, will raise £20m a year.\n"
    )
    assert ("harbour levy", KG.partOf, "Island Budget") in _found(corpus)


def test_relations_a_key_element_of_a_plan_is_part_of_it() -> None:
    parsed = build(
        """
        The      DET   det      2
        quay     NOUN  compound 2
        levy     NOUN  nsubj    3 levy
        is       AUX   ROOT     3 be
        a        DET   det      6
        key      ADJ   amod     6
        element  NOUN  attr     3 element
        of       ADP   prep     6
        the      DET   det      9
        Plan     PROPN pobj     7
        .        PUNCT punct    3
        """,
        names=[("quay levy", KG.Policy), ("Plan", KG.Plan)],
    )
    assert facts(parsed.relations("part-of")) == {("quay levy", KG.partOf, "Plan")}


def test_relations_a_plan_that_sets_out_a_measure_includes_it() -> None:
    parsed = build(
        """
        The      DET   det      1
        Plan     PROPN nsubj    2
        sets     VERB  ROOT     2 set
        out      ADP   prt      2
        a        DET   det      6
        quay     NOUN  compound 6
        levy     NOUN  dobj     2 levy
        .        PUNCT punct    2
        """,
        names=[("quay levy", KG.Policy), ("Plan", KG.Plan)],
    )
    assert facts(parsed.relations("brought-in")) == {("quay levy", KG.partOf, "Plan")}


def test_relations_a_measure_included_in_a_plan_is_part_of_it() -> None:
    parsed = build(
        """
        The      DET   det       2
        quay     NOUN  compound  2
        levy     NOUN  nsubjpass 4 levy
        is       AUX   auxpass   4 be
        included VERB  ROOT      4 include VBN
        in       ADP   prep      4
        the      DET   det       7
        Plan     PROPN pobj      5
        .        PUNCT punct     4
        """,
        names=[("quay levy", KG.Policy), ("Plan", KG.Plan)],
    )
    assert facts(parsed.relations("put-in")) == {("quay levy", KG.partOf, "Plan")}
