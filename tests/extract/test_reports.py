"""Reports named after their author ("the Hale review") are proposals of their author, one
under every head they are given. Sentences written for the tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from doc_builder import context_of, make_doc, mention

from kg.extract.entities.phrase_passes import reports_by_name
from kg.extract.entities.sieve_base import Sieve
from kg.extract.lexicon import load_lexicon
from kg.extract.mentions import MentionSet
from kg.extract.mentions.noun_phrases import head_noun_phrases
from kg.model import Corpus
from kg.rdf.namespaces import KG

Extract = Callable[..., Corpus]


def _reports(rows: str) -> set[str]:
    doc = make_doc(rows)
    return {c.span.text for c in head_noun_phrases(context_of(doc)) if c.type == KG.Report}


@pytest.mark.parametrize(
    ("rows", "named"),
    [
        # "They read the Hale review ." : the author's name before the head
        (
            """
            They   PRON  nsubj    1 they PRP
            read   VERB  ROOT     1 -    VBD
            the    DET   det      4 -    DT
            Hale   PROPN compound 4 -    NNP B-PERSON
            review NOUN  dobj     1 -    NN
            .      PUNCT punct    1 -    .
            """,
            {"Hale review"},
        ),
        # "They read Dr Hale 's report ." : a person's possessive
        (
            """
            They   PRON  nsubj    1 they PRP
            read   VERB  ROOT     1 -    VBD
            Dr     PROPN compound 3 -    NNP B-PERSON
            Hale   PROPN poss     5 -    NNP I-PERSON
            's     PART  case     3 -    POS
            report NOUN  dobj     1 -    NN
            .      PUNCT punct    1 -    .
            """,
            {"report"},
        ),
        # "They read the Guild 's review ." : a body's review is the work it does
        (
            """
            They   PRON  nsubj    1 they PRP
            read   VERB  ROOT     1 -    VBD
            the    DET   det      3 -    DT
            Guild  PROPN poss     5 -    NNP B-ORG
            's     PART  case     3 -    POS
            review NOUN  dobj     1 -    NN
            .      PUNCT punct    1 -    .
            """,
            set(),
        ),
        # "They read the report on phase one ." : no name
        (
            """
            They   PRON  nsubj    1 they  PRP
            read   VERB  ROOT     1 -     VBD
            the    DET   det      3 -     DT
            report NOUN  dobj     1 -     NN
            on     ADP   prep     3 -     IN
            phase  NOUN  pobj     4 -     NN
            one    NUM   nummod   5 -     CD
            .      PUNCT punct    1 -     .
            """,
            set(),
        ),
    ],
)
def test_reports_a_report_names_a_proposal_with_its_authors_name(
    rows: str, named: set[str]
) -> None:
    assert _reports(rows) == named


@pytest.mark.parametrize(
    "rows",
    [
        # "They read the KNA report ." : an acronym is a body's name, not an author's
        """
        They   PRON  nsubj    1 they PRP
        read   VERB  ROOT     1 -    VBD
        the    DET   det      4 -    DT
        KNA    PROPN compound 4 -    NNP B-ORG
        report NOUN  dobj     1 -    NN
        .      PUNCT punct    1 -    .
        """,
        # "They read the Harbour Times report ." : a newspaper's (``lex:nameWord`` "Times")
        """
        They    PRON  nsubj    1 they PRP
        read    VERB  ROOT     1 -    VBD
        the     DET   det      5 -    DT
        Harbour PROPN compound 4 -    NNP B-ORG
        Times   PROPN compound 5 -    NNP I-ORG
        report  NOUN  dobj     1 -    NN
        .       PUNCT punct    1 -    .
        """,
    ],
)
def test_reports_a_report_named_after_a_body_names_no_proposal(rows: str) -> None:
    """What a body or a newspaper published or found is no author's report (review3: "a BBC
    report found", "the Guardian report" had become proposals)."""
    assert _reports(rows) == set()


def test_reports_a_report_named_after_a_listed_body_names_no_proposal() -> None:
    """ "They read the Tern Heron report .": a listed organisation's name is no author's."""
    doc = make_doc(
        """
        They   PRON  nsubj    1 they PRP
        read   VERB  ROOT     1 -    VBD
        the    DET   det      5 -    DT
        Tern   PROPN compound 4 -    NNP
        Heron  PROPN compound 5 -    NNP
        report NOUN  dobj     1 -    NN
        .      PUNCT punct    1 -    .
        """,
        gazetteer=[(3, 5, KG.ThinkTank, "tern_heron")],
    )
    found = {c.span.text for c in head_noun_phrases(context_of(doc)) if c.type == KG.Report}
    assert found == set()


def test_reports_of_one_name_are_one_whatever_their_head() -> None:
    """ "the Hale review ... the Hale report": one report; "the Okafor report" another."""
    doc = make_doc(
        """
        Hale   PROPN compound 1 - NNP
        review NOUN  ROOT     1 - NN
        ,      PUNCT punct    1 - ,
        Hale   PROPN compound 4 - NNP
        report NOUN  conj     1 - NN
        ,      PUNCT punct    1 - ,
        Okafor PROPN compound 7 - NNP
        report NOUN  conj     1 - NN
        """
    )
    mentions = [
        mention("Hale review", KG.Report, "noun-phrase", token_start=0, head="review"),
        mention("Hale report", KG.Report, "noun-phrase", start=13, token_start=3, head="report"),
        mention("Okafor report", KG.Report, "noun-phrase", start=26, token_start=6, head="report"),
    ]
    found = MentionSet(mentions=mentions, same_as=[], roles=[], descriptions={})
    sieve = Sieve(found, mentions, load_lexicon(), {}, list(doc))
    reports_by_name(sieve)
    assert sieve.groups() == [[0, 1], [2]]


def test_reports_the_person_a_report_is_named_after_proposes_it(extract: Extract) -> None:
    corpus = extract(
        "Parking news\nThe Hale review into hospital parking was published on Monday."
        "\nProfessor Jo Hale said her report set out 12 recommendations."
    )
    names = {e.key: {e.label, *e.aliases} for e in corpus.entities}
    proposed = [
        names[r.object]
        for r in corpus.relations
        if str(r.predicate).endswith("#proposes") and "Jo Hale" in names[r.subject]
    ]
    assert any("Hale review" in n for n in proposed)
