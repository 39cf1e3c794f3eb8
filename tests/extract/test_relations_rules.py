"""Each family of relation rules on hand-built parses: the tests do not move with the model."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from doc_builder import Name, Parsed, build, facts
from rdflib import URIRef
from spacy.tokens import Span, Token

from kg.extract.gazetteer import GazetteerEntry
from kg.extract.parse import GAZETTEER_SPANS
from kg.extract.relations import core
from kg.extract.relations.core import ACTORS, Context, Pass, Rule
from kg.extract.relations.grammar import objects_of, preps
from kg.model import Relation
from kg.rdf.namespaces import KG


def _only(relations: list[Relation]) -> tuple[str, URIRef, str, str, float]:
    (relation,) = relations
    evidence = relation.evidence
    return (
        relation.subject,
        relation.predicate,
        relation.object,
        evidence.method,
        evidence.confidence,
    )


# ------------------------------------------------------------------ roles


def test_relations_rule_role_named_with_its_organisation() -> None:
    parsed = build(
        """
        GPCE    PROPN compound 1
        chair   NOUN  compound 3
        Katie   PROPN compound 3
        Bramall PROPN nsubj    4
        spoke   VERB  ROOT     4 speak
        .       PUNCT punct    4
        """,
        names=[("GPCE", KG.Committee), ("Katie Bramall", KG.Person)],
        roles=[("GPCE chair", "Katie Bramall", "GPCE")],
    )
    relations = parsed.relations("role")
    assert _only(relations) == ("Katie Bramall", KG.chairOf, "GPCE", "role", 0.85)
    assert relations[0].evidence.trigger == "chair"
    assert relations[0].modality == KG.Asserted


def test_relations_rule_role_of_the_possessor_past_the_title_s_modifiers() -> None:
    parsed = build(
        """
        The       DET   det      1
        union     NOUN  poss     5
        's        PART  case     1
        interim   ADJ   amod     5
        general   ADJ   amod     5
        secretary NOUN  nsubj    10
        ,         PUNCT punct    5
        Jo        PROPN compound 8
        Bloggs    PROPN appos    5
        ,         PUNCT punct    5
        spoke     VERB  ROOT     10 speak
        .         PUNCT punct    10
        """,
        names=[("union", KG.TradeUnion, "Unite"), ("Jo Bloggs", KG.Person)],
        roles=[("general secretary", "Jo Bloggs", None)],
    )
    assert facts(parsed.relations("role")) == {("Jo Bloggs", KG.leads, "Unite")}


def test_relations_rule_role_of_a_former_or_shadow_holder_gives_nothing() -> None:
    # "shadow Harbour minister Jo Bloggs": the opposition's spokesperson, no post in it
    parsed = build(
        """
        shadow   ADJ   amod     2
        Harbour  PROPN compound 2
        minister NOUN  compound 4
        Jo       PROPN compound 4
        Bloggs   PROPN nsubj    5
        spoke    VERB  ROOT     5 speak
        .        PUNCT punct    5
        """,
        names=[("Harbour", KG.GovernmentBody, "Harbour Office"), ("Jo Bloggs", KG.Person)],
        roles=[("Harbour minister", "Jo Bloggs", "Harbour Office")],
    )
    assert parsed.relations("role") == []


def test_relations_rule_shadow_post_named_with_its_party_is_a_post_in_the_party() -> None:
    # "Reform Alliance's shadow harbour minister Jo Bloggs": a post in the party, not in the
    # government
    parsed = build(
        """
        Reform   PROPN compound 1
        Alliance PROPN poss     5
        's       PART  case     1
        shadow   ADJ   amod     5
        harbour  NOUN  compound 5
        minister NOUN  compound 7
        Jo       PROPN compound 7
        Bloggs   PROPN nsubj    8
        spoke    VERB  ROOT     8 speak
        .        PUNCT punct    8
        """,
        names=[("Reform Alliance", KG.PoliticalParty), ("Jo Bloggs", KG.Person)],
        roles=[("harbour minister", "Jo Bloggs", None)],
    )
    assert facts(parsed.relations("role")) == {("Jo Bloggs", KG.holdsPostIn, "Reform Alliance")}


def test_relations_rule_verb_particle_back_read_as_a_verb_backs_nothing() -> None:
    # "Okoro pushed back plans for the levy": the parser may read "back" as a verb of its own
    parsed = build(
        """
        Okoro  PROPN nsubj    1
        pushed VERB  ROOT     1 push
        back   VERB  conj     1 back
        plans  NOUN  dobj     2 plan
        for    ADP   prep     3
        the    DET   det      6
        levy   NOUN  pobj     4
        .      PUNCT punct    1
        """,
        names=[("Okoro", KG.Person), ("levy", KG.Policy)],
    )
    assert parsed.relations("verb") == []


def test_relations_rule_role_of_the_possessor() -> None:
    parsed = build(
        """
        The       DET   det      1
        union     NOUN  poss     4
        's        PART  case     1
        general   ADJ   amod     4
        secretary NOUN  nsubj    9
        ,         PUNCT punct    4
        Jo        PROPN compound 7
        Bloggs    PROPN appos    4
        ,         PUNCT punct    4
        spoke     VERB  ROOT     9 speak
        .         PUNCT punct    9
        """,
        names=[("union", KG.TradeUnion, "Unite"), ("Jo Bloggs", KG.Person)],
        roles=[("general secretary", "Jo Bloggs", None)],
    )
    assert facts(parsed.relations("role")) == {("Jo Bloggs", KG.leads, "Unite")}


# ------------------------------------------------------------------ structure

POSSESSED_PLAN = """
    Johnson    PROPN poss     3
    's         PART  case     0
    polyclinic NOUN  compound 3
    plan       NOUN  nsubj    4
    failed     VERB  ROOT     4 fail
    .          PUNCT punct    4
"""

POSSESSED_COMMITTEE = """
    the       DET   det      1
    BMA       PROPN poss     4
    's        PART  case     1
    GP        PROPN compound 4
    Committee PROPN nsubj    5
    met       VERB  ROOT     5 meet
    .         PUNCT punct    5
"""


def test_relations_rule_possessive_proposal_is_proposed_by_its_possessor() -> None:
    parsed = build(
        POSSESSED_PLAN,
        names=[("Johnson", KG.Person), Name("polyclinic plan", KG.Plan, method="noun-phrase")],
    )
    relations = parsed.relations("possessive")
    assert _only(relations) == ("Johnson", KG.proposes, "polyclinic plan", "possessive", 0.7)


def test_relations_rule_possessive_body_is_committee_of_its_possessor() -> None:
    parsed = build(
        POSSESSED_COMMITTEE, names=[("BMA", KG.TradeUnion), ("GP Committee", KG.Committee)]
    )
    relations = parsed.relations("possessive")
    assert _only(relations) == ("GP Committee", KG.committeeOf, "BMA", "possessive", 0.75)


def test_relations_rule_body_of_a_lowercase_committee_named_after_its_organisation() -> None:
    parsed = build(
        """
        the       DET   det      3
        Commons   PROPN compound 3
        health    NOUN  compound 3
        committee NOUN  nsubj    4
        met       VERB  ROOT     4 meet
        .         PUNCT punct    4
        """,
        names=[
            Name("Commons health committee", KG.Committee, method="noun-phrase"),
            ("Commons", KG.Legislature),
        ],
    )
    relations = parsed.relations("body-of")
    assert _only(relations) == (
        "Commons health committee",
        KG.committeeOf,
        "Commons",
        "body-of",
        0.7,
    )


def test_relations_rule_source_of_a_proposal_proposes_it() -> None:
    parsed = build(
        """
        the        DET   det   1
        offer      NOUN  nsubj 5
        from       ADP   prep  1
        the        DET   det   4
        Government PROPN pobj  2
        lapsed     VERB  ROOT  5 lapse
        .          PUNCT punct 5
        """,
        names=[Name("offer", KG.Proposal, method="noun-phrase"), ("Government", KG.GovernmentBody)],
    )
    relations = parsed.relations("source")
    assert _only(relations) == ("Government", KG.proposes, "offer", "source", 0.6)
    assert relations[0].evidence.trigger == "from"


def _funding_rose(preposition: str) -> Parsed:
    return build(
        f"""
        funding NOUN  nsubj 4
        {preposition} ADP   prep  0
        the     DET   det   3
        plan    NOUN  pobj  1
        rose    VERB  ROOT  4 rise
        .       PUNCT punct 4
        """,
        names=[Name("funding", KG.FundingPackage, method="noun-phrase"), ("plan", KG.Plan)],
    )


def test_relations_rule_component_funding_in_a_plan_is_part_of_it() -> None:
    relations = _funding_rose("in").relations("component")
    assert _only(relations) == ("funding", KG.partOf, "plan", "part-of", 0.55)


def test_relations_rule_component_funding_for_a_plan_is_for_it_not_in_it() -> None:
    """ "an uplift for the contract" names what the money is for, not what holds it."""
    assert _funding_rose("for").relations("component") == []


# ------------------------------------------------------------------ events


def test_relations_rule_modifier_of_an_event_takes_part_in_it() -> None:
    parsed = build(
        """
        the     DET   det      2
        GPCE    PROPN compound 2
        meeting NOUN  nsubj    3
        ended   VERB  ROOT     3 end
        .       PUNCT punct    3
        """,
        names=[("GPCE meeting", KG.Meeting), ("GPCE", KG.Committee)],
    )
    relations = parsed.relations("modifier")
    assert _only(relations) == ("GPCE", KG.participatesIn, "GPCE meeting", "modifier", 0.7)


def test_relations_rule_event_argument_after_with() -> None:
    parsed = build(
        """
        negotiations NOUN  nsubj 4
        with         ADP   prep  0
        the          DET   det   3
        Government   PROPN pobj  1
        resumed      VERB  ROOT  4 resume
        .            PUNCT punct 4
        """,
        names=[("negotiations", KG.Negotiation), ("Government", KG.GovernmentBody)],
    )
    relations = parsed.relations("event-argument")
    assert _only(relations) == (
        "Government",
        KG.participatesIn,
        "negotiations",
        "event-argument",
        0.65,
    )


def test_relations_rule_event_setting_subject_of_the_clause_takes_part() -> None:
    parsed = build(
        """
        The        DET   det   1
        BMA        PROPN nsubj 2
        won        VERB  ROOT  2 win
        a          DET   det   4
        vote       NOUN  dobj  2
        at         ADP   prep  2
        the        DET   det   7
        conference NOUN  pobj  5
        .          PUNCT punct 2
        """,
        names=[("BMA", KG.TradeUnion), ("conference", KG.Conference)],
    )
    relations = parsed.relations("event-setting")
    assert _only(relations) == ("BMA", KG.participatesIn, "conference", "event-argument", 0.6)


HELD_A_BALLOT = """
    The    DET   det   1
    union  NOUN  nsubj 2
    held   VERB  ROOT  2 hold
    a      DET   det   4
    ballot NOUN  dobj  2
    .      PUNCT punct 2
"""
CALLED_OFF_A_BALLOT = """
    The    DET   det   1
    union  NOUN  nsubj 2
    called VERB  ROOT  2 call
    off    ADP   prt   2
    a      DET   det   5
    ballot NOUN  dobj  2
    .      PUNCT punct 2
"""


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        (HELD_A_BALLOT, {("Unite", KG.participatesIn, "ballot")}),
        # an action called, even if later called off, is its caller's (dev conventions)
        (CALLED_OFF_A_BALLOT, {("Unite", KG.participatesIn, "ballot")}),
    ],
)
def test_relations_rule_event_verb_holding_or_calling_off_an_event_takes_part(
    rows: str, expected: set[tuple[str, URIRef, str]]
) -> None:
    parsed = build(rows, names=[("union", KG.TradeUnion, "Unite"), ("ballot", KG.Vote)])
    assert facts(parsed.relations("event-verb")) == expected


# ------------------------------------------------------------------ verbs

BALLOT_REJECTS = """
    The       DET   det      1
    ballot    NOUN  nsubj    5
    of        ADP   prep     1
    BMA       PROPN compound 4
    members   NOUN  pobj     2
    ended     VERB  ROOT     5 end
    ,         PUNCT punct    5
    rejecting VERB  advcl    5 reject
    the       DET   det      9
    offer     NOUN  dobj     7
    .         PUNCT punct    5
"""
BALLOT_NAMES = [("ballot", KG.Vote), ("BMA", KG.TradeUnion), ("offer", KG.Proposal)]


def test_relations_rule_verb_trigger_with_its_preposition() -> None:
    parsed = build(
        """
        Okafor PROPN nsubj 1
        wrote  VERB  ROOT  1 write
        to     ADP   prep  1
        Hale   PROPN pobj  2
        .      PUNCT punct 1
        """,
        names=[("Okafor", KG.Person), ("Hale", KG.Person)],
    )
    relations = parsed.relations("verb")
    assert _only(relations) == ("Okafor", KG.wroteTo, "Hale", "verb:write to", 0.7)
    assert relations[0].evidence.trigger == "write to"


def test_relations_rule_verb_publishing_an_analysis_advises_on_its_subject() -> None:
    parsed = build(
        """
        The       DET   det   1
        BMA       PROPN nsubj 2
        published VERB  ROOT  2 publish
        an        DET   det   4
        analysis  NOUN  dobj  2
        of        ADP   prep  4
        the       DET   det   7
        plan      NOUN  pobj  5
        .         PUNCT punct 2
        """,
        names=[("BMA", KG.TradeUnion), ("plan", KG.Plan)],
    )
    relations = parsed.relations("verb")
    assert _only(relations) == ("BMA", KG.advisesOn, "plan", "verb:publish", 0.6)


def test_relations_rule_verb_without_a_subject_reads_the_participants_of_phase_one() -> None:
    """The members who held the ballot reject the offer: the structure pass gives the
    participants, the verb rule reads them; without the structure pass it finds nothing."""
    parsed = build(BALLOT_REJECTS, names=BALLOT_NAMES)
    assert ("BMA", KG.rejects, "offer") in facts(parsed.find())
    assert ("BMA", KG.rejects, "offer") in facts(parsed.relations("event-argument", "verb"))
    assert parsed.relations("verb") == []


# ------------------------------------------------------------------ nouns


def test_relations_rule_noun_advice_from_on_and_the_receiver() -> None:
    parsed = build(
        """
        The        DET   det   1
        Government PROPN nsubj 2
        received   VERB  ROOT  2 receive
        advice     NOUN  dobj  2
        from       ADP   prep  3
        NIHR       PROPN pobj  4
        on         ADP   prep  3
        the        DET   det   8
        plan       NOUN  pobj  6
        .          PUNCT punct 2
        """,
        names=[("Government", KG.GovernmentBody), ("NIHR", KG.PublicBody), ("plan", KG.Plan)],
    )
    found = [
        (r.subject, r.predicate, r.object, r.evidence.method, r.evidence.confidence)
        for r in parsed.relations("noun")
    ]
    assert found == [
        ("NIHR", KG.advisesOn, "plan", "noun:advice on", 0.65),
        ("NIHR", KG.communicatesWith, "Government", "noun:advice from", 0.6),
    ]


# ------------------------------------------------------------------ stances

WARNING = """
    The       DET   det   1
    BMA       PROPN nsubj 2
    warned    VERB  ROOT  2 warn
    the       DET   det   4
    plan      NOUN  nsubj 6
    would     AUX   aux   6
    undermine VERB  ccomp 2
    services  NOUN  dobj  6 service
    .         PUNCT punct 2
"""


def test_relations_rule_warning_that_a_plan_does_harm_opposes_it() -> None:
    parsed = build(WARNING, names=[("BMA", KG.TradeUnion), ("plan", KG.Plan)])
    relations = parsed.relations("warning")
    assert _only(relations) == ("BMA", KG.opposes, "plan", "warning", 0.6)
    assert relations[0].evidence.trigger == "undermine"


@pytest.mark.parametrize(
    ("effect", "lemma", "argument", "argument_lemma", "predicate"),
    [
        ("help", "help", "patients", "patient", KG.supports),
        ("raise", "raise", "prices", "price", KG.opposes),  # raising a burden harms
    ],
)
def test_relations_rule_evaluation_what_a_speaker_says_a_plan_does(
    effect: str, lemma: str, argument: str, argument_lemma: str, predicate: URIRef
) -> None:
    parsed = build(
        f"""
        Unison     PROPN nsubj 1
        said       VERB  ROOT  1 say
        the        DET   det   3
        plan       NOUN  nsubj 5
        would      AUX   aux   5
        {effect}   VERB  ccomp 1 {lemma}
        {argument} NOUN  dobj  5 {argument_lemma}
        .          PUNCT punct 1
        """,
        names=[("Unison", KG.TradeUnion), ("plan", KG.Plan)],
    )
    relations = parsed.relations("evaluation")
    assert _only(relations) == ("Unison", predicate, "plan", "evaluation", 0.5)
    assert relations[0].modality == KG.Reported


def test_relations_rule_analysis_by_a_think_tank_advises_on_the_proposal() -> None:
    parsed = build(
        """
        The        DET   det      2
        Health     PROPN compound 2
        Foundation PROPN nsubj    3
        estimated  VERB  ROOT     3 estimate
        the        DET   det      5
        cap        NOUN  nsubj    7
        would      AUX   aux      7
        cost       VERB  ccomp    3
        billions   NOUN  dobj     7 billion
        .          PUNCT punct    3
        """,
        names=[("Health Foundation", KG.ThinkTank), ("cap", KG.Policy)],
    )
    relations = parsed.relations("analysis")
    assert _only(relations) == ("Health Foundation", KG.advisesOn, "cap", "analysis", 0.55)


# ------------------------------------------------------------------ reforms


def test_relations_rule_reform_abolishing_x_proposes_the_named_abolition() -> None:
    parsed = build(
        """
        The        DET   det       2
        NHSE       PROPN compound  2
        abolition  NOUN  nsubjpass 4
        was        AUX   auxpass   4 be
        announced  VERB  ROOT      4 announce VBN
        .          PUNCT punct     4
        The        DET   det       7
        Government PROPN nsubj     9
        will       AUX   aux       9
        abolish    VERB  ROOT      9
        NHSE       PROPN dobj      9
        .          PUNCT punct     9
        """,
        names=[
            Name("NHSE abolition", KG.Reform, method="noun-phrase"),
            ("NHSE", KG.PublicBody),
            ("NHSE", KG.PublicBody),
            ("Government", KG.GovernmentBody),
        ],
    )
    relations = parsed.relations("reform")
    assert _only(relations) == ("Government", KG.proposes, "NHSE abolition", "verb:abolish", 0.6)
    assert relations[0].modality == KG.Planned


# ------------------------------------------------------------------ parts


def test_relations_rule_part_of_as_part_of_the_plan() -> None:
    parsed = build(
        """
        As         ADP   prep  9
        part       NOUN  pobj  0
        of         ADP   prep  1
        the        DET   det   4
        plan       NOUN  pobj  2
        ,          PUNCT punct 9
        the        DET   det   7
        Government PROPN nsubj 9
        will       AUX   aux   9
        introduce  VERB  ROOT  9
        the        DET   det   11
        contract   NOUN  dobj  9
        .          PUNCT punct 9
        """,
        names=[("plan", KG.Plan), ("Government", KG.GovernmentBody), ("contract", KG.Contract)],
    )
    found = [
        (r.subject, r.predicate, r.object, r.evidence.confidence)
        for r in parsed.relations("part-of")
    ]
    assert found == [
        ("contract", KG.partOf, "plan", 0.7),
        ("Government", KG.proposes, "plan", 0.55),
    ]


# ------------------------------------------------------------------ reciprocals


def test_relations_rule_reciprocal_goes_both_ways() -> None:
    parsed = build(
        """
        The        DET   det   1
        BMA        PROPN nsubj 5
        and        CCONJ cc    1
        the        DET   det   4
        Government PROPN conj  1
        accused    VERB  ROOT  5 accuse
        each       DET   det   7
        other      ADJ   dobj  5
        .          PUNCT punct 5
        """,
        names=[("BMA", KG.TradeUnion), ("Government", KG.GovernmentBody)],
    )
    relations = parsed.relations("reciprocal")
    assert facts(relations) == {
        ("BMA", KG.criticises, "Government"),
        ("Government", KG.criticises, "BMA"),
    }
    assert {r.evidence.confidence for r in relations} == {0.5}


# ------------------------------------------------------------------ how to add a rule


def resigned_as(context: Context, token: Token, rule: Rule[Token]) -> Iterator[Relation]:
    """The worked example of ``kg.extract.relations``' docstring (not in the table)."""
    if token.lemma_ != "resign":
        return
    for as_ in preps(token, "as"):
        for post in objects_of(as_):
            role = context.lexicon.role(post.lower_)
            organisations = [
                found
                for of in preps(post, "of")
                for found in context.object_entities(objects_of(of), ACTORS, search=False)
            ]
            if role is not None:
                yield from context.emit(
                    rule,
                    context.subject_entities(token),
                    role.relation,
                    organisations,
                    [post],
                    context.modality(token),
                    f"resign as {post.lower_}",
                )


def test_relations_rule_worked_example_resigned_as_chair() -> None:
    parsed = build(
        """
        Okafor   PROPN nsubj 1
        resigned VERB  ROOT  1 resign
        as       ADP   prep  1
        chair    NOUN  pobj  2
        of       ADP   prep  3
        BMA      PROPN pobj  4
        .        PUNCT punct 1
        """,
        names=[("Okafor", KG.Person), ("BMA", KG.TradeUnion)],
    )
    table = (Pass("resignations", core.tokens, (Rule("resigned-as", resigned_as, 0.6),)),)
    relations = parsed.relations(passes=table)
    assert _only(relations) == ("Okafor", KG.chairOf, "BMA", "resigned-as", 0.6)
    assert relations[0].evidence.trigger == "resign as chair"


def test_relations_sub_unit_of_the_gazetteer_is_member_of_its_parent() -> None:
    """A sub-unit the gazetteer knows is a member of its parent when the text names both."""
    parsed = build(
        """
        Ferry   PROPN compound 2
        Union   PROPN compound 2
        Wales   PROPN nsubj    3
        backed  VERB  ROOT     3  back
        the     DET   det      5
        Ferry   PROPN compound 6
        Union   PROPN dobj     3
        .       PUNCT punct    3
        """,
        names=[
            ("Ferry Union Wales", KG.TradeUnion, "fu_wales"),
            ("Ferry Union", KG.TradeUnion, "fu"),
        ],
        gazetteer=[
            GazetteerEntry("fu", "Ferry Union", KG.TradeUnion, ()),
            GazetteerEntry("fu_wales", "Ferry Union Wales", KG.TradeUnion, (), parent="fu"),
        ],
    )
    assert facts(parsed.relations("sub-unit")) == {("fu_wales", KG.memberOf, "fu")}
    alone = build(
        """
        Ferry   PROPN compound 2
        Union   PROPN compound 2
        Wales   PROPN nsubj    3
        met     VERB  ROOT     3  meet
        .       PUNCT punct    3
        """,
        names=[("Ferry Union Wales", KG.TradeUnion, "fu_wales")],
        gazetteer=[GazetteerEntry("fu_wales", "Ferry Union Wales", KG.TradeUnion, (), parent="fu")],
    )
    assert alone.relations("sub-unit") == []  # the parent is not named: no relation yet


def test_relations_sub_unit_named_by_a_place_and_its_parent_s_listed_name() -> None:
    """ "Arden Ferry Union": a place's name and then the parent's name (two words or more, as the
    gazetteer lists it even when the text gives a longer one) is the parent's branch."""
    parsed = build(
        """
        Arden   PROPN compound 2
        Ferry   PROPN compound 2
        Union   PROPN nsubj    3
        backed  VERB  ROOT     3  back
        the     DET   det      5
        Federation PROPN dobj  3
        of      ADP   prep     5
        Ferry   PROPN compound 8
        Unions  PROPN pobj     6
        .       PUNCT punct    3
        """,
        names=[
            Name("Arden Ferry Union", KG.TradeUnion, "arden", "ner"),
            Name("Federation of Ferry Unions", KG.TradeUnion, "ffu", "gazetteer"),
        ],
        gazetteer=[
            GazetteerEntry("ffu", "Federation of Ferry Unions", KG.TradeUnion, ("Ferry Union",))
        ],
    )
    assert facts(parsed.relations("sub-unit")) == {("arden", KG.memberOf, "ffu")}


def test_relations_rule_warning_defends_what_the_plan_would_harm() -> None:
    parsed = build(
        WARNING,
        names=[("BMA", KG.TradeUnion), ("plan", KG.Plan), ("services", KG.Service)],
    )
    relations = parsed.relations("warning")
    assert facts(relations) == {("BMA", KG.opposes, "plan"), ("BMA", KG.supports, "services")}
    assert {r.evidence.confidence for r in relations} == {0.6, 0.55}


def test_relations_sub_unit_named_after_its_parent_is_its_committee() -> None:
    """A name the gazetteer does not list that starts with an organisation's name of the text
    and ends in a committee's word is a committee of it, from the name alone."""
    parsed = build(
        """
        Ferry      PROPN compound 3
        Union      PROPN compound 3
        Pensions   PROPN compound 3
        Committee  PROPN nsubj    4
        backed     VERB  ROOT     4  back
        the        DET   det      7
        Ferry      PROPN compound 7
        Union      PROPN dobj     4
        .          PUNCT punct    4
        """,
        names=[
            Name("Ferry Union Pensions Committee", KG.Committee, "pensions", "ner"),
            Name("Ferry Union", KG.TradeUnion, "Ferry Union", "ner"),
        ],
    )
    assert facts(parsed.relations("sub-unit")) == {("pensions", KG.committeeOf, "Ferry Union")}
    party = build(
        """
        Ferry   PROPN compound 1
        Party   PROPN nsubj    2
        backed  VERB  ROOT     2  back
        Ferry   PROPN dobj     2
        .       PUNCT punct    2
        """,
        names=[
            Name("Ferry Party", KG.PoliticalParty, "party", "ner"),
            Name("Ferry", KG.Organisation, "Ferry", "ner"),
        ],
    )
    assert party.relations("sub-unit") == []  # "Party" says what "Ferry" is, not a body of it


REACTED = """
Guild   PROPN nsubj  1
reacted VERB  ROOT   1 react VBD
{manner} ADV  advmod 1
to      ADP   prep   1
Levy    PROPN pobj   3
.       PUNCT punct  1
"""

DID_NOT_REACT = """
Guild  PROPN nsubj  3
did    AUX   aux    3 do VBD
not    PART  neg    3
react  VERB  ROOT   3 react VB
warmly ADV   advmod 3
to     ADP   prep   3
Levy   PROPN pobj   5
.      PUNCT punct  3
"""


@pytest.mark.parametrize(
    ("rows", "predicate"),
    [
        (REACTED.format(manner="angrily"), KG.opposes),
        (REACTED.format(manner="warmly"), KG.supports),
        (DID_NOT_REACT, KG.opposes),
    ],
)
def test_relations_rule_reaction_manner_says_the_stance(rows: str, predicate: URIRef) -> None:
    # "The Ferry Guild reacted angrily to the Port Levy"; "did not react warmly to"
    parsed = build(rows, names=[("Guild", KG.TradeUnion), ("Levy", KG.Policy)])
    assert facts(parsed.relations("reaction")) == {("Guild", predicate, "Levy")}


def test_relations_rule_money_given_or_allocated_by_an_actor_is_proposed_by_it() -> None:
    # "The award given by the Harbour Office was small": giving, awarding or allocating money
    # puts it forward
    parsed = build(
        """
        The     DET   det     1
        award   NOUN  nsubj   7
        given   VERB  acl     1 give VBN
        by      ADP   agent   2
        the     DET   det     5
        Office  PROPN pobj    3
        was     AUX   aux     7 be VBD
        small   ADJ   ROOT    7
        .       PUNCT punct   7
        """,
        names=[("award", KG.FundingPackage), ("Office", KG.GovernmentBody)],
    )
    assert facts(parsed.relations("verb")) == {("Office", KG.proposes, "award")}


def test_relations_sub_unit_named_by_its_parent_and_a_nation_in_two_languages() -> None:
    """ "Ferry Union Cymru/Wales": the nation's two names joined by a slash."""
    parsed = build(
        """
        Ferry   PROPN compound 4
        Union   PROPN compound 4
        Cymru   PROPN nmod     4
        /       SYM   punct    4
        Wales   PROPN nsubj    5
        backed  VERB  ROOT     5  back
        the     DET   det      8
        Ferry   PROPN compound 8
        Union   PROPN dobj     5
        .       PUNCT punct    5
        """,
        names=[
            Name("Ferry Union Cymru / Wales", KG.TradeUnion),
            Name("Ferry Union", KG.TradeUnion),
        ],
    )
    parsed.doc.spans[GAZETTEER_SPANS] = [
        Span(parsed.doc, 2, 3, label=str(KG.Country)),
        Span(parsed.doc, 4, 5, label=str(KG.Country)),
    ]
    expected = {("Ferry Union Cymru / Wales", KG.memberOf, "Ferry Union")}
    assert facts(parsed.relations("sub-unit")) == expected


@pytest.mark.parametrize("listed", [True, False])
def test_relations_sub_unit_named_by_its_parent_and_a_listed_place(listed: bool) -> None:
    """ "Ferry Union Cymru": the parent's name and a place the gazetteer lists, which the
    model did not read as a place, is the parent's branch."""
    parsed = build(
        """
        Ferry   PROPN compound 2
        Union   PROPN compound 2
        Cymru   PROPN nsubj    3
        backed  VERB  ROOT     3  back
        the     DET   det      6
        Ferry   PROPN compound 6
        Union   PROPN dobj     3
        .       PUNCT punct    3
        """,
        names=[
            Name("Ferry Union Cymru", KG.TradeUnion),
            Name("Ferry Union", KG.TradeUnion),
        ],
    )
    if listed:
        parsed.doc.spans[GAZETTEER_SPANS] = [Span(parsed.doc, 2, 3, label=str(KG.Country))]
    expected = {("Ferry Union Cymru", KG.memberOf, "Ferry Union")} if listed else set()
    assert facts(parsed.relations("sub-unit")) == expected
