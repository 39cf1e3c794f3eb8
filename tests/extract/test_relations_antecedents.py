"""A bare definite noun standing for a proposal named just before is part of what the clause
says it is part of ("The service is part of the plan", "The money is part of the package");
each on a hand-built parse of sentences written for the test, with one real parse."""

from __future__ import annotations

from collections.abc import Callable

from doc_builder import build, facts

from kg.model import Corpus
from kg.rdf.namespaces import KG

SERVICE = """
    The       DET   det      1
    ministry  NOUN  nsubj    3
    will      AUX   aux      3
    launch    VERB  ROOT     3
    a         DET   det      6
    screening NOUN  compound 6
    service   NOUN  dobj     3
    .         PUNCT punct    3
    The       DET   det      9
    {subject} NOUN  nsubj    10
    is        AUX   ROOT     10 be
    part      NOUN  attr     10
    of        ADP   prep     11
    the       DET   det      15
    health    NOUN  compound 15
    plan      NOUN  pobj     12
    .         PUNCT punct    10
"""


def test_relations_the_noun_of_a_proposal_named_before_is_part_of_the_whole() -> None:
    parsed = build(
        SERVICE.format(subject="service"),
        names=[("screening service", KG.Service), ("health plan", KG.Plan)],
    )
    assert facts(parsed.relations("part-of")) == {("screening service", KG.partOf, "health plan")}


def test_relations_a_noun_naming_no_proposal_before_is_part_of_nothing() -> None:
    parsed = build(
        SERVICE.format(subject="scheme"),
        names=[("screening service", KG.Service), ("health plan", KG.Plan)],
    )
    assert facts(parsed.relations("part-of")) == set()


def test_relations_the_money_is_the_sum_named_before() -> None:
    parsed = build(
        """
        Ministers NOUN  nsubj    1  minister
        allocated VERB  ROOT     1  allocate
        £         SYM   nmod     3
        700m      NUM   dobj     1
        to        ADP   prep     1
        the       DET   det      6
        councils  NOUN  pobj     4  council
        .         PUNCT punct    1
        The       DET   det      9
        money     NOUN  nsubj    10
        is        AUX   ROOT     10 be
        part      NOUN  attr     10
        of        ADP   prep     11
        the       DET   det      15
        recovery  NOUN  compound 15
        package   NOUN  pobj     12
        .         PUNCT punct    10
        """,
        names=[("£ 700m", KG.FundingPackage), ("recovery package", KG.FundingPackage)],
    )
    assert facts(parsed.relations("part-of")) == {("£ 700m", KG.partOf, "recovery package")}


def test_relations_described_part_on_a_real_parse(extract: Callable[..., Corpus]) -> None:
    corpus = extract(
        "Eye care news\nNHS England will launch a national eye screening service in May.\n"
        "The service is part of a £200m investment in eye care."
    )
    labels = {e.key: e.label for e in corpus.entities}
    found = {
        (labels[r.subject], labels[r.object]) for r in corpus.relations if r.predicate == KG.partOf
    }
    assert ("national eye screening service", "£200m investment") in found
