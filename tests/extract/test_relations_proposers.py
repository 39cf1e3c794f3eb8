"""Who puts a proposal forward: a participle with its agent that the tagger read as a past
tense ("the bill brought forward by the ministry"), a participle the parser hung on a year
("the rises for 2026/27 set out in the letter from X"), a body named before the report a
proposal is made in ("made in the Ames Commission report"); on hand-built parses, with real
parses."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from doc_builder import build, facts

from kg.model import Corpus
from kg.rdf.namespaces import KG

# ------------------------------------------- "the bill brought forward by the ministry"

BROUGHT_FORWARD = """
    Unions   NOUN  nsubj    1 union
    opposed  VERB  ROOT     1 oppose
    the      DET   det      4
    Roads    PROPN compound 4
    Bill     PROPN dobj     1
    brought  VERB  acl      4 bring    {tag}
    forward  ADP   prt      5
    by       ADP   agent    5
    the      DET   det      9
    ministry NOUN  pobj     7
    {tail}
    .        PUNCT punct    1
"""


def _brought_forward(tag: str, tail: str) -> set[tuple[str, object, str]]:
    parsed = build(
        BROUGHT_FORWARD.format(tag=tag, tail=tail),
        names=[("Roads Bill", KG.Policy), ("ministry", KG.GovernmentBody, "Ministry")],
    )
    return {f for f in facts(parsed.relations("verb")) if f[0] == "Ministry"}


def test_relations_participle_read_as_past_tense_keeps_its_agent() -> None:
    """The tagger often reads "brought", "made", "set" after a noun as a past tense; with its
    agent it is still the passive participle: the ministry brings the bill forward."""
    assert _brought_forward("VBD", "last   ADJ amod 11\nweek NOUN npadvmod 5") == {
        ("Ministry", KG.proposes, "Roads Bill")
    }


def test_relations_participle_with_agent_takes_its_noun_before_a_date() -> None:
    """ "brought forward by the ministry in March": the bill is what is brought forward, not
    the object of the preposition after it."""
    assert _brought_forward("VBN", "in ADP prep 5\nMarch PROPN pobj 10") == {
        ("Ministry", KG.proposes, "Roads Bill")
    }


def test_relations_bill_brought_forward_real_parse(extract: Callable[..., Corpus]) -> None:
    corpus = extract(
        "Police news\nUnions opposed the Policing Bill brought forward by the Home Office in March."
    )
    labels = {e.key: e.label for e in corpus.entities}
    found = {(labels[r.subject], r.predicate, labels[r.object]) for r in corpus.relations}
    assert ("Home Office", KG.proposes, "Policing Bill") in found


# --------------------------- "the rises for 2026/27 set out in the letter from the ministry"

SET_OUT_FOR_A_YEAR = """
    Nurses   NOUN  nsubj    1 nurse
    rejected VERB  ROOT     1 reject
    the      DET   det      4
    pay      NOUN  compound 4
    rises    NOUN  dobj     1 rise
    for      ADP   prep     4
    2026/27  NUM   pobj     5
    set      VERB  acl      6 set    VBN
    out      ADP   prt      7
    in       ADP   prep     7
    the      DET   det      11
    letter   NOUN  pobj     9
    from     ADP   prep     11
    the      DET   det      14
    ministry NOUN  pobj     12
    .        PUNCT punct    1
"""


def test_relations_participle_hung_on_a_year_sets_out_the_noun_before_it() -> None:
    """The parser hangs a participle after "for 2026/27" on the year; the year closes a phrase
    after the noun, and the noun is what the letter's sender set out."""
    parsed = build(
        SET_OUT_FOR_A_YEAR,
        names=[("pay rises", KG.FundingPackage), ("ministry", KG.GovernmentBody, "Ministry")],
    )
    assert ("Ministry", KG.announces, "pay rises") in facts(parsed.relations("verb"))


# ------------------------------------- "the advice made in the Ames Commission report on X"

MADE_IN_A_REPORT = """
    Unions          NOUN  nsubj    1 union
    welcomed        VERB  ROOT     1 welcome
    the             DET   det      3
    recommendations NOUN  dobj     1 recommendation
    made            VERB  acl      3 make   VBN
    in              ADP   prep     4
    the             DET   det      9
    Ames            PROPN compound 8
    Commission      PROPN compound 9
    report          NOUN  pobj     5
    on              ADP   prep     9
    the             DET   det      13
    levy            NOUN  pobj     10
    .               PUNCT punct    1
"""


def test_relations_body_named_before_a_report_makes_what_is_made_in_it() -> None:
    """The body named before the report ("the Ames Commission report") made the
    recommendations made in it; the levy the report is on is no object of "made"."""
    parsed = build(
        MADE_IN_A_REPORT,
        names=[
            ("recommendations", KG.Proposal),
            ("Ames Commission", KG.PublicBody),
            ("levy", KG.Policy),
        ],
    )
    found = {f for f in facts(parsed.relations("verb")) if f[0] == "Ames Commission"}
    assert found == {("Ames Commission", KG.proposes, "recommendations")}


def test_relations_made_in_a_report_real_parse(extract: Callable[..., Corpus]) -> None:
    corpus = extract(
        "Pay news\nThe union welcomed the recommendations made in the Low Pay Commission report."
    )
    labels = {e.key: e.label for e in corpus.entities}
    found = {(labels[r.subject], r.predicate, labels[r.object]) for r in corpus.relations}
    assert ("Low Pay Commission", KG.proposes, "recommendations") in found


# ------------------------------------------- "the recommendations of the Ames Commission"

OF_THE_COMMISSION = """
    Ministers       NOUN  nsubj    1 minister
    accepted        VERB  ROOT     1 accept
    the             DET   det      3
    {head}          NOUN  dobj     1 {lemma}
    of              ADP   prep     3
    the             DET   det      7
    Ames            PROPN compound 7
    Commission      PROPN pobj     4
    .               PUNCT punct    1
"""


@pytest.mark.parametrize(
    ("head", "lemma", "expected"),
    [
        ("recommendations", "recommendation", {("Ames Commission", KG.proposes, "advice")}),
        ("proposals", "proposal", {("Ames Commission", KG.proposes, "advice")}),
        # a noun of change: its "of" is what changes, not who changes it
        ("reform", "reform", set()),
    ],
)
def test_relations_of_after_a_noun_of_putting_forward_names_its_author(
    head: str, lemma: str, expected: set[tuple[str, object, str]]
) -> None:
    parsed = build(
        OF_THE_COMMISSION.format(head=head, lemma=lemma),
        names=[(head, KG.Proposal, "advice"), ("Ames Commission", KG.PublicBody)],
    )
    assert facts(parsed.relations("source")) == expected


# ------------------------------------------------ "consulted on plans for X, Y and Z"

PLANS_FOR_A_LIST = """
    The       DET   det      1
    ministry  NOUN  nsubj    2
    consulted VERB  ROOT     2 consult
    on        ADP   prep     2
    plans     NOUN  pobj     3 plan
    for       ADP   prep     4
    a         DET   det      7
    levy      NOUN  pobj     5
    ,         PUNCT punct    7
    a         DET   det      10
    cap       NOUN  conj     7
    and       CCONJ cc       10
    a         DET   det      13
    ban       NOUN  conj     10
    .         PUNCT punct    2
"""


def test_relations_plans_naming_their_first_item_put_forward_each_item_listed() -> None:
    """ "plans" names the levy (its mention is "plans for a levy"); the cap and the ban listed
    with the levy are planned as well."""
    parsed = build(
        PLANS_FOR_A_LIST,
        names=[
            ("ministry", KG.GovernmentBody, "Ministry"),
            ("plans for a levy", KG.Policy, "levy"),
            ("cap", KG.Policy),
            ("ban", KG.Policy),
        ],
    )
    assert facts(parsed.relations("verb")) == {
        ("Ministry", KG.consultsOn, "levy"),
        ("Ministry", KG.consultsOn, "cap"),
        ("Ministry", KG.consultsOn, "ban"),
    }


def test_relations_plans_of_their_own_put_forward_no_items_after_them() -> None:
    """A plan named on its own ("plans for a levy, a cap and a ban" one plan) is what is put
    forward; the items are its contents, not more objects of the verb."""
    parsed = build(
        PLANS_FOR_A_LIST,
        names=[
            ("ministry", KG.GovernmentBody, "Ministry"),
            ("plans", KG.Plan),
            ("levy", KG.Policy),
            ("cap", KG.Policy),
            ("ban", KG.Policy),
        ],
    )
    assert facts(parsed.relations("verb")) == {("Ministry", KG.consultsOn, "plans")}
