"""Appraisals (``relations/appraisals.py``): what a speaker calls a proposal, says it is, or
feels about it, on hand-built parses."""

from __future__ import annotations

import pytest
from doc_builder import build, facts
from rdflib import URIRef

from kg.rdf.namespaces import KG

NAMES = [("Unite", KG.TradeUnion), ("levy", KG.Policy)]


def test_relations_appraisal_label_calls_a_proposal_a_betrayal() -> None:
    parsed = build(
        """
        Unite    PROPN nsubj 1
        called   VERB  ROOT  1 call
        the      DET   det   3
        levy     NOUN  dobj  1
        a        DET   det   5
        betrayal NOUN  oprd  1
        .        PUNCT punct 1
        """,
        names=NAMES,
    )
    relations = parsed.relations("appraisal")
    assert facts(relations) == {("Unite", KG.opposes, "levy")}
    assert relations[0].evidence.trigger == "condemn"


def test_relations_appraisal_label_described_as_a_step_in_the_right_direction() -> None:
    parsed = build(
        """
        Unite     PROPN nsubj 1
        described VERB  ROOT  1 describe
        the       DET   det   3
        levy      NOUN  dobj  1
        as        ADP   prep  1
        a         DET   det   6
        step      NOUN  pobj  4
        in        ADP   prep  6
        the       DET   det   10
        right     ADJ   amod  10
        direction NOUN  pobj  7
        .         PUNCT punct 1
        """,
        names=NAMES,
    )
    assert facts(parsed.relations("appraisal")) == {("Unite", KG.supports, "levy")}


@pytest.mark.parametrize(
    ("label", "stance"),
    [("huge", KG.supports), ("missed", KG.opposes)],
)
def test_relations_appraisal_label_an_opportunity_and_a_missed_one(
    label: str, stance: URIRef
) -> None:
    """ "Unite described the levy as a huge opportunity" backs it; "a missed opportunity"
    is a criticism (the longest phrase decides)."""
    parsed = build(
        f"""
        Unite       PROPN nsubj 1
        described   VERB  ROOT  1 describe
        the         DET   det   3
        levy        NOUN  dobj  1
        as          ADP   prep  1
        a           DET   det   7
        {label}     ADJ   amod  7
        opportunity NOUN  pobj  4
        .           PUNCT punct 1
        """,
        names=NAMES,
    )
    assert facts(parsed.relations("appraisal")) == {("Unite", stance, "levy")}


REPORTED = """
    Unite    PROPN nsubj 1
    said     VERB  ROOT  1 say
    the      DET   det   3
    levy     NOUN  nsubj {verb}
    {rows}
    .        PUNCT punct 1
"""


@pytest.mark.parametrize(
    ("rows", "stance"),
    [
        ("was AUX ccomp 1 be\nan DET det 6\ninsult NOUN attr 4", KG.opposes),
        ("was AUX ccomp 1 be\nfair ADJ acomp 4", KG.supports),
        ("was AUX ccomp 1 be\nnot PART neg 4\nfair ADJ acomp 4", KG.opposes),
        (
            "did AUX aux 6 do\nnot PART neg 6\ngo VERB ccomp 1\nfar ADV advmod 8\nenough ADV advmod 6",
            KG.opposes,
        ),
        ("was AUX ccomp 1 be\nlate ADJ acomp 4", None),
    ],
)
def test_relations_appraisal_reported_what_a_speaker_says_a_proposal_is(
    rows: str, stance: URIRef | None
) -> None:
    verb = 4 + next(k for k, row in enumerate(rows.splitlines()) if " ccomp " in row)
    parsed = build(REPORTED.format(rows=rows, verb=verb), names=NAMES)
    relations = parsed.relations("appraisal")
    assert facts(relations) == ({("Unite", stance, "levy")} if stance else set())
    assert all(r.modality == KG.Reported for r in relations)


def test_relations_appraisal_reported_leaves_direct_quotations() -> None:
    """What quoted speakers say is read by the rules for quotations."""
    parsed = build(
        """
        Unite    PROPN nsubj 1
        said     VERB  ROOT  1 say
        :        PUNCT punct 1
        “        PUNCT punct 6
        The      DET   det   5
        levy     NOUN  nsubj 6
        is       AUX   ccomp 1 be
        an       DET   det   8
        insult   NOUN  attr  6
        .        PUNCT punct 1
        ”        PUNCT punct 1
        """,
        names=NAMES,
    )
    assert parsed.relations("appraisal") == []


def test_relations_appraisal_feeling_disappointed_with_a_proposal() -> None:
    parsed = build(
        """
        Unite        PROPN nsubj 1
        was          AUX   ROOT  1 be
        disappointed ADJ   acomp 1
        with         ADP   prep  2
        the          DET   det   5
        levy         NOUN  pobj  3
        .            PUNCT punct 1
        """,
        names=NAMES,
    )
    assert facts(parsed.relations("appraisal")) == {("Unite", KG.opposes, "levy")}


def test_relations_appraisal_a_quoted_feeling_of_a_subject_outside_the_quote() -> None:
    """ "Unite said it was “disappointed by the levy”.": only the feeling is quoted; its
    subject, outside the quotation, feels it."""
    parsed = build(
        """
        Unite        PROPN nsubj     1
        said         VERB  ROOT      1 say
        it           PRON  nsubjpass 5
        was          AUX   auxpass   5 be
        “            PUNCT punct     5
        disappointed VERB  ccomp     1 disappoint VBN
        by           ADP   agent     5
        the          DET   det       8
        levy         NOUN  pobj      6
        ”            PUNCT punct     1
        .            PUNCT punct     1
        """,
        names=NAMES,
        pronouns={2: "Unite"},
    )
    assert facts(parsed.relations("appraisal")) == {("Unite", KG.opposes, "levy")}


@pytest.mark.parametrize("adjective", ["necessary", "essential"])
def test_relations_appraisal_a_proposal_said_to_be_needed_is_backed(adjective: str) -> None:
    """ "Unite said the levy was necessary": what is called needed is backed."""
    parsed = build(
        f"""
        Unite       PROPN nsubj 1
        said        VERB  ROOT  1 say
        the         DET   det   3
        levy        NOUN  nsubj 4
        was         AUX   ccomp 1 be
        {adjective} ADJ   acomp 4
        .           PUNCT punct 1
        """,
        names=NAMES,
    )
    assert facts(parsed.relations("appraisal")) == {("Unite", KG.supports, "levy")}


def test_relations_evaluation_a_proposal_said_to_ensure_a_good_is_backed() -> None:
    """ "Unite said the levy will ensure that ports are safe": it makes sure of a good."""
    parsed = build(
        """
        Unite   PROPN nsubj 1
        said    VERB  ROOT  1 say
        the     DET   det   3
        levy    NOUN  nsubj 5
        will    AUX   aux   5
        ensure  VERB  ccomp 1 ensure
        that    SCONJ mark  8
        ports   NOUN  nsubj 8 port
        are     AUX   ccomp 5 be
        safe    ADJ   acomp 8
        .       PUNCT punct 1
        """,
        names=NAMES,
    )
    assert facts(parsed.relations("evaluation")) == {("Unite", KG.supports, "levy")}
