"""Appraisals whose words the parser hangs unusually: a "not" on the attribute rather than on
the copula ("the levy was not fit for purpose"), an adjective after "as" hung on the
preposition ("described the levy as short-sighted"). Sentences written for the tests."""

from __future__ import annotations

from typing import Any

from doc_builder import build, facts

from kg.rdf.namespaces import KG

NAMES = [("Unite", KG.TradeUnion), ("levy", KG.Policy)]


def test_relations_a_not_on_the_attribute_denies_an_approval() -> None:
    """ "Unite said the levy was not fit for purpose." (fit → neg "not")."""
    parsed = build(
        """
        Unite    PROPN nsubj 1
        said     VERB  ROOT  1 say
        the      DET   det   3
        levy     NOUN  nsubj 4
        was      AUX   ccomp 1 be
        not      PART  neg   6
        fit      ADJ   acomp 4
        for      ADP   prep  6
        purpose  NOUN  pobj  7
        .        PUNCT punct 1
        """,
        names=NAMES,
    )
    assert facts(parsed.relations("appraisal")) == {("Unite", KG.opposes, "levy")}
    assert ("Unite", KG.supports, "levy") not in facts(parsed.relations("verdict"))


def test_relations_an_adjective_hung_on_as_labels_the_object() -> None:
    """ "Unite described the levy as short-sighted." ("sighted" → amod of "as")."""
    parsed = build(
        """
        Unite     PROPN nsubj 1
        described VERB  ROOT  1 describe
        the       DET   det   3
        levy      NOUN  dobj  1
        as        ADP   prep  1
        short     ADJ   amod  7
        -         PUNCT punct 7
        sighted   ADJ   amod  4
        .         PUNCT punct 1
        """,
        names=NAMES,
    )
    assert facts(parsed.relations("appraisal")) == {("Unite", KG.opposes, "levy")}


def test_relations_real_parse_a_plan_not_fit_for_purpose(extract: Any) -> None:
    corpus = extract(
        "Library closures\nThe County Council has announced plans to close ten libraries.\n"
        'Unison said the plans were "not fit for purpose".'
    )
    found = {(r.subject, r.predicate, r.object) for r in corpus.relations}
    assert ("Unison", KG.opposes, "plans to close ten libraries") in found
    assert ("Unison", KG.supports, "plans to close ten libraries") not in found
