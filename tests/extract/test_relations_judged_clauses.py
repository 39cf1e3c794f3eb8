"""A verdict said of an act told by a clause is a verdict on the proposal the act carries out
(``judged-clause``, :mod:`kg.extract.relations.judged_clauses`). Sentences written for the
tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from doc_builder import build, facts

from kg.model import Corpus
from kg.rdf.namespaces import KG

# "The council plans a cut to the grant. Ferris said cutting the grant was {verdict}."
CUT_BEFORE = """
The          DET   det    1
council      NOUN  nsubj  2
plans        VERB  ROOT   2  plan
a            DET   det    4
cut          NOUN  dobj   2
to           ADP   prep   4
the          DET   det    7
grant        NOUN  pobj   5
.            PUNCT punct  2
Ferris       PROPN nsubj  10
said         VERB  ROOT   10 say
cutting      VERB  csubj  14 cut VBG
the          DET   det    13
grant        NOUN  dobj   11
was          AUX   ccomp  10 be
{rows}
.            PUNCT punct  10
"""
CUT_NAMES = [("cut to the grant", KG.Policy), ("Ferris", KG.Person)]


def test_relations_a_gerund_judged_opposes_the_proposal_it_names_again() -> None:
    """ "Ferris said cutting the grant was unforgivable": the cut named before."""
    parsed = build(CUT_BEFORE.format(rows="unforgivable ADJ acomp 14"), names=CUT_NAMES)
    assert facts(parsed.relations("judged-clause")) == {("Ferris", KG.opposes, "cut to the grant")}


def test_relations_a_hyphenated_verdict_opening_with_an_adverb_is_read() -> None:
    """ "... cutting the grant was an ill-thought-out move": the parser hangs "ill" on
    "thought", which modifies the noun."""
    rows = """
    an      DET   det    21
    ill     ADV   advmod 18
    -       PUNCT punct  18
    thought VERB  amod   21 think
    -       PUNCT punct  18
    out     ADP   prt    18
    move    NOUN  attr   14
    """
    parsed = build(CUT_BEFORE.format(rows=rows), names=CUT_NAMES)
    assert facts(parsed.relations("judged-clause")) == {("Ferris", KG.opposes, "cut to the grant")}


@pytest.mark.parametrize(
    ("rows", "why"),
    [
        ("likely ADJ acomp 14", "no verdict"),
        ("not PART neg 14\nunforgivable ADJ acomp 14", "a denied disapproval says nothing"),
    ],
)
def test_relations_no_stance_without_a_verdict(rows: str, why: str) -> None:
    parsed = build(CUT_BEFORE.format(rows=rows), names=CUT_NAMES)
    assert parsed.relations("judged-clause") == [], why


def test_relations_an_act_against_a_named_proposal_judged_wrong_backs_it() -> None:
    """ "Ferris said scrapping the levy would be a mistake": scrapping goes against the levy,
    so faulting it backs the levy."""
    parsed = build(
        """
        Ferris    PROPN nsubj 1
        said      VERB  ROOT  1 say
        scrapping VERB  csubj 6 scrap VBG
        the       DET   det   4
        levy      NOUN  dobj  2
        would     AUX   aux   6
        be        AUX   ccomp 1 be
        a         DET   det   8
        mistake   NOUN  attr  6
        .         PUNCT punct 1
        """,
        names=[("Ferris", KG.Person), ("levy", KG.Policy)],
    )
    assert facts(parsed.relations("judged-clause")) == {("Ferris", KG.supports, "levy")}


def test_relations_an_extraposed_infinitive_is_the_act_judged() -> None:
    """ "Ferris said it was wrong to scrap the levy"."""
    parsed = build(
        """
        Ferris PROPN nsubj 1
        said   VERB  ROOT  1 say
        it     PRON  nsubj 3
        was    AUX   ccomp 1 be
        wrong  ADJ   acomp 3
        to     PART  aux   6
        scrap  VERB  xcomp 3 scrap
        the    DET   det   8
        levy   NOUN  dobj  6
        .      PUNCT punct 1
        """,
        names=[("Ferris", KG.Person), ("levy", KG.Policy)],
    )
    assert facts(parsed.relations("judged-clause")) == {("Ferris", KG.supports, "levy")}


def test_relations_a_noun_holding_a_gerund_is_the_act_judged() -> None:
    """ "Ferris said the threat of scrapping the levy was misguided"."""
    parsed = build(
        """
        Ferris    PROPN nsubj 1
        said      VERB  ROOT  1 say
        the       DET   det   3
        threat    NOUN  nsubj 8
        of        ADP   prep  3
        scrapping VERB  pcomp 4 scrap VBG
        the       DET   det   7
        levy      NOUN  dobj  5
        was       AUX   ccomp 1 be
        misguided ADJ   acomp 8
        .         PUNCT punct 1
        """,
        names=[("Ferris", KG.Person), ("levy", KG.Policy)],
    )
    assert facts(parsed.relations("judged-clause")) == {("Ferris", KG.supports, "levy")}


def test_extract_a_quoted_gerund_verdict_opposes_the_plan_named_before(
    extract: Callable[..., Corpus],
) -> None:
    corpus = extract(
        "Harbour cuts\n"
        "The Port Authority has announced plans to cut 300 dock jobs.\n"
        'Ann Lowe, general secretary of the Dock Workers Union, said: "Cutting these jobs '
        'is unforgivable."\n'
    )
    labels = {e.key: e.label for e in corpus.entities}
    found = {
        (labels[r.subject], labels[r.object])
        for r in corpus.relations
        if r.predicate == KG.opposes and "judged-clause" in r.evidence.method
    }
    assert any(subject == "Ann Lowe" and "cut" in obj for subject, obj in found), found
