"""The rule table, the parse helpers and modality, on hand-built parses."""

from __future__ import annotations

import dataclasses

import pytest
from doc_builder import build
from rdflib import URIRef

from kg.extract.lexicon import load_lexicon
from kg.extract.relations import RULES, modality_of
from kg.extract.relations.core import ACTORS, EVENTS, PROPOSALS
from kg.extract.relations.grammar import conjuncts, subjects_of
from kg.extract.relations.registry import rule_named, select
from kg.rdf.namespaces import KG
from kg.rdf.schema import core_class

# ------------------------------------------------------------------ the table


def test_relations_table_rule_names_are_unique() -> None:
    names = [rule.name for step in RULES for rule in step.rules]
    assert len(names) == len(set(names))


def test_relations_table_confidences_are_probabilities() -> None:
    for step in RULES:
        for rule in step.rules:
            for confidence in (rule.confidence, *rule.cases.values()):
                assert 0 < confidence <= 1, rule.name


def test_relations_table_methods_keep_their_evidence_names() -> None:
    """The evidence's method strings are what ``kg eval --by-rule`` and graphs made before
    read: renaming one is a change of output."""
    methods = {rule.method_for("T") for step in RULES for rule in step.rules}
    assert methods == {
        "role",
        "possessive",
        "body-of",
        "sub-unit",
        "affiliation",
        "source",
        "part-of",
        "modifier",
        "event-argument",
        "verb:T",
        "noun:T",
        "warning",
        "analysis",
        "evaluation",
        "reciprocal",
        # ---- relations (ext-relations)
        "directive",
        "event-verb-named",
        "appraisal",
        "listed",
        "listed-lines",
        "made-in-talks",
        "event-host",
        "event-holder",
        # ---- events34: engaged in talks, a union's act after a vote
        "engaged-in",
        "after-a-vote",
        "response-to",
        "notice-of",
        "involving",
        "ballot-result",
        "author-modifier",
        "addressed-house",
        "brought-in",
        "one-of",
        "under-a-whole",
        # ---- events (ext-events)
        "event-agent",
        # ---- speech (ext-discourse)
        "recommendation",
        "refusal",
        "verdict",
        "criticism",
        "media",
        "attribution-role",
        "attitude",
        "conduct",
        "collaboration",
        "co-holders",
        "effect",
        "reproach",
        "exhortation",
        "addressee",
        "outburst",
        # ---- relations: membership
        "joined",
        "member-noun",
        "part-of-a-body",
        "reaction",
        # ---- amounts (ext-amounts)
        "part-noun",
        # ---- ext-proprel
        "reported-passive",
        "shortfall",
        "reversal:T",
        "rebuttal",
        "put-in",
        "foretold",
        "disposition",
        "event-partners",
        "event-involved",
        "event-organiser",
        "motion",
        "held-plan",
        "offer-of",
        "offered-terms",
        "censure",
        "label",
        "grievance",
        "distrust",
        "put-towards",
        "personal-body",
        "judged-act",
        "judged-clause",
        "extraposed-urging",
        "reply",
        "behest",
        "undertaking",
        "response",
        "failing",
        "charged-act",
    }


def test_relations_table_rules_that_borrow_a_method_name_themselves_in_the_evidence() -> None:
    """ "component" records "part-of" (the rule "part-of"'s method): its evidence names it
    (``kg:rule``); a rule recording its own name or its own template does not."""
    borrowing = {rule.name for step in RULES for rule in step.rules if rule.borrows_method}
    assert borrowing == {
        "component",
        "body-in-view",
        "event-setting",
        "event-within",
        "event-verb",
        "reform",
        "persisted",
        "pledged",
    }


def test_relations_table_participants_come_before_the_verb_rule_that_reads_them() -> None:
    passes = [step.name for step in RULES]
    giving = [step.name for step in RULES if step.gives_participants]
    assert giving == ["structure"]
    assert passes.index("structure") < passes.index("verbs")


def test_relations_table_select_keeps_order_and_drops_empty_passes() -> None:
    chosen = select({"verb", "role", "modifier"})
    assert [(p.name, [r.name for r in p.rules]) for p in chosen] == [
        ("roles", ["role"]),
        ("structure", ["modifier"]),
        ("verbs", ["verb"]),
    ]
    assert rule_named("verb").cases == {"analysis": 0.6}
    with pytest.raises(KeyError, match="no relation rule"):
        rule_named("nonesuch")


# ------------------------------------------------------------------ grammar


def test_relations_grammar_subject_of_a_passive_is_its_agent() -> None:
    parsed = build(
        """
        The        DET   det       1
        contract   NOUN  nsubjpass 3
        was        AUX   auxpass   3 be
        imposed    VERB  ROOT      3 impose VBN
        by         ADP   agent     3
        the        DET   det       6
        Government PROPN pobj      4
        .          PUNCT punct     3
        """
    )
    assert [t.text for t in subjects_of(parsed.token("imposed"))] == ["Government"]


def test_relations_grammar_a_present_participle_on_a_noun_has_it_for_subject() -> None:
    """stance26: "said Hale, describing the levy as a betrayal": Hale describes it."""
    parsed = build(
        """
        said       VERB  ROOT  0 say
        Hale       PROPN nsubj 0
        ,          PUNCT punct 1
        describing VERB  acl   1 describe VBG
        the        DET   det   5
        levy       NOUN  dobj  3
        .          PUNCT punct 0
        """
    )
    assert [t.text for t in subjects_of(parsed.token("describing"))] == ["Hale"]


def test_relations_grammar_a_past_participle_on_a_noun_is_not_done_by_it() -> None:
    """ "the levy described in the plan": the levy describes nothing."""
    parsed = build(
        """
        the       DET   det   1
        levy      NOUN  ROOT  1
        described VERB  acl   1 describe VBN
        .         PUNCT punct 1
        """
    )
    assert subjects_of(parsed.token("described")) == []


def test_relations_grammar_object_control_gives_the_subject() -> None:
    parsed = build(
        """
        Lind   PROPN nsubj 1
        urged  VERB  ROOT  1 urge
        the    DET   det   3
        BMA    PROPN dobj  1
        to     PART  aux   5
        accept VERB  xcomp 1
        .      PUNCT punct 1
        """
    )
    assert [t.text for t in subjects_of(parsed.token("accept"))] == ["BMA"]


def test_relations_grammar_a_name_after_its_description_is_the_subject() -> None:
    # "Ferry union the Guild rejected the offer.": the parser makes both "union" and "Guild"
    # subjects of "rejected"; "Teaching union the Guild rejected it": "Teaching" a clause
    parsed = build(
        """
        Ferry    PROPN compound 1
        union    NOUN  nsubj    4
        the      DET   det      3
        Guild    PROPN nsubj    4
        rejected VERB  ROOT     4 reject
        the      DET   det      6
        offer    NOUN  dobj     4
        .        PUNCT punct    4
        """
    )
    assert [t.text for t in subjects_of(parsed.token("rejected"))] == ["Guild"]
    parsed = build(
        """
        Teaching VERB  csubj    4 teach
        union    NOUN  dobj     0
        the      DET   det      3
        Guild    PROPN nsubj    4
        rejected VERB  ROOT     4 reject
        it       PRON  dobj     4
        .        PUNCT punct    4
        """
    )
    assert [t.text for t in subjects_of(parsed.token("rejected"))] == ["Guild"]


def test_relations_grammar_a_name_subject_keeps_its_own_reading() -> None:
    # "Unite the union said so.": the name itself is the subject; nothing replaces it
    parsed = build(
        """
        Unite PROPN nsubj 3
        the   DET   det   2
        union NOUN  appos 0
        said  VERB  ROOT  3 say
        so    ADV   advmod 3
        .     PUNCT punct 3
        """
    )
    assert [t.text for t in subjects_of(parsed.token("said"))][0] == "Unite"


def test_relations_grammar_conjuncts_follow_coordination() -> None:
    parsed = build(
        """
        MNPs  PROPN nsubj 4
        ,     PUNCT punct 0
        SNPs  PROPN conj  0
        and   CCONJ cc    2
        won   VERB  ROOT  4 win
        .     PUNCT punct 4
        """
    )
    assert [t.text for t in conjuncts(parsed.token("MNPs"))] == ["MNPs", "SNPs"]


# ------------------------------------------------------------------ modality

REJECT = """
    The    DET   det   1
    BMA    PROPN nsubj {verb}
    {words}
    the    DET   det   {the}
    offer  NOUN  dobj  {verb}
    .      PUNCT punct {verb}
"""


@pytest.mark.parametrize(
    ("rows", "modality"),
    [
        ("rejected VERB ROOT 2 reject", KG.Asserted),
        ("could AUX aux 3\nreject VERB ROOT 3", KG.Conditional),
        ("will AUX aux 3\nreject VERB ROOT 3", KG.Planned),
        ("did AUX aux 4 do\nnot PART neg 4\nreject VERB ROOT 4", KG.Negated),
    ],
)
def test_relations_modality_of_auxiliaries_and_negation(rows: str, modality: URIRef) -> None:
    lines = rows.splitlines()
    verb = 1 + len(lines)
    text = REJECT.format(verb=verb, words="\n".join(lines), the=verb + 2)
    parsed = build(text)
    token = next(t for t in parsed.doc if t.dep_ == "ROOT")
    assert modality_of(token, lexicon=load_lexicon()) == modality
    assert parsed.context().modality(token) == modality


def test_relations_modality_planning_verb_and_reported_speech() -> None:
    parsed = build(
        """
        The    DET   det   1
        BMA    PROPN nsubj 2
        plans  VERB  ROOT  2 plan
        to     PART  aux   4
        reject VERB  xcomp 2
        it     PRON  dobj  4
        .      PUNCT punct 2
        Hale   PROPN nsubj 8
        said   VERB  ROOT  8 say
        it     PRON  nsubj 10
        failed VERB  ccomp 8 fail
        .      PUNCT punct 8
        """
    )
    assert modality_of(parsed.token("reject")) == KG.Planned
    assert modality_of(parsed.token("failed")) == KG.Reported


def test_relations_modality_if_clause_makes_its_governor_conditional() -> None:
    parsed = build(
        """
        The    DET   det   1
        BMA    PROPN nsubj 2
        strikes VERB ROOT  2 strike
        if     SCONJ mark  5
        talks  NOUN  nsubj 5 talk
        fail   VERB  advcl 2
        .      PUNCT punct 2
        """
    )
    assert modality_of(parsed.token("strikes")) == KG.Conditional
    assert modality_of(parsed.token("fail")) == KG.Conditional


def test_relations_modality_words_come_from_the_lexicon() -> None:
    """Editing lexicon.ttl is enough: without "could" as a lex:conditionalAux the clause is
    asserted."""
    parsed = build(REJECT.format(verb=3, words="could AUX aux 3\nreject VERB ROOT 3", the=5))
    token = parsed.token("reject")
    lexicon = load_lexicon()
    assert "could" in lexicon.conditional_aux
    assert modality_of(token, lexicon=lexicon) == KG.Conditional
    without = dataclasses.replace(lexicon, conditional_aux=lexicon.conditional_aux - {"could"})
    assert modality_of(token, lexicon=without) == KG.Asserted


def test_relations_lexicon_holds_the_rule_words() -> None:
    lexicon = load_lexicon()
    assert {"will", "’ll"} <= lexicon.future_aux
    assert {"plan", "intend"} <= lexicon.planning_verbs
    assert lexicon.conditional_marks == {"if", "unless"}
    assert lexicon.uncertain_marks == {"whether"}
    assert "against" in lexicon.contrary_prepositions
    assert "receive" in lexicon.receiving_verbs
    assert "estimate" in lexicon.finding_verbs
    assert "abolition" in lexicon.reform_nouns
    assert "abolish" in lexicon.reform_verbs


def test_relations_fit_to_object_turns_criticism_of_a_plan_into_opposition() -> None:
    from kg.extract.relations.fitting import fit_to_object

    assert fit_to_object(KG.criticises, KG.communicatesWith, KG.Proposal) == KG.opposes
    assert fit_to_object(KG.wroteTo, KG.communicatesWith, KG.Proposal) is None
    assert fit_to_object(KG.leads, KG.leads, KG.Person) is None
    assert fit_to_object(KG.leads, KG.leads, KG.Organisation) == KG.leads


def test_relations_core_type_tuples_hold_the_terms_core_class_returns() -> None:
    """``ACTORS``, ``PROPOSALS`` and ``EVENTS`` hold the very objects ``core_class`` returns,
    so that a membership test finds them by identity (and they equal the ``KG`` terms)."""
    assert ACTORS == (KG.Person, KG.Organisation)
    assert (PROPOSALS, EVENTS) == ((KG.Proposal,), (KG.Event,))
    assert core_class(KG.Person) is ACTORS[0] and core_class(KG.TradeUnion) is ACTORS[1]
    assert core_class(KG.Plan) is PROPOSALS[0] and core_class(KG.Meeting) is EVENTS[0]
