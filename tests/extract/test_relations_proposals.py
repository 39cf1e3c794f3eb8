"""Relations with a proposal end (ext-proprel): who proposes, backs or opposes a proposal and
what it is part of, each on a hand-built parse of a sentence written for the test."""

from __future__ import annotations

from collections.abc import Callable

from doc_builder import build, facts

from kg.model import Corpus
from kg.rdf.namespaces import KG

# ------------------------------------------------------------------ searching object phrases


def test_relations_backing_the_removal_of_a_proposal_backs_nothing_of_it() -> None:
    parsed = build(
        """
        The      DET   det      2
        Carers   PROPN compound 2
        Guild    PROPN nsubj    3  Guild
        backs    VERB  ROOT     3  back
        the      DET   det      5
        removal  NOUN  dobj     3
        of       ADP   prep     5
        the      DET   det      9
        Bed      PROPN compound 9
        Levy     PROPN pobj     6  Levy
        .        PUNCT punct    3
        """,
        names=[("Carers Guild", KG.TradeUnion), ("Bed Levy", KG.Policy)],
    )
    assert facts(parsed.relations("verb")) == set()


def test_relations_a_proposal_in_a_relative_clause_is_not_the_object() -> None:
    parsed = build(
        """
        The       DET   det      2
        Carers    PROPN compound 2
        Guild     PROPN nsubj    3  Guild
        supports  VERB  ROOT     3  support
        the       DET   det      5
        changes   NOUN  dobj     3  change
        that      PRON  nsubj    7
        replaced  VERB  relcl    5  replace
        the       DET   det      10
        Bed       PROPN compound 10
        Levy      PROPN dobj     7  Levy
        .         PUNCT punct    3
        """,
        names=[("Carers Guild", KG.TradeUnion), ("Bed Levy", KG.Policy)],
    )
    assert facts(parsed.relations("verb")) == set()


def test_relations_an_infinitive_after_the_object_is_still_searched() -> None:
    parsed = build(
        """
        The       DET   det      2
        Carers    PROPN compound 2
        Guild     PROPN nsubj    3  Guild
        supports  VERB  ROOT     3  support
        plans     NOUN  dobj     3  plan
        to        PART  aux      6
        extend    VERB  relcl    4  extend
        the       DET   det      9
        Bed       PROPN compound 9
        Levy      PROPN dobj     6  Levy
        .         PUNCT punct    3
        """,
        names=[("Carers Guild", KG.TradeUnion), ("Bed Levy", KG.Policy)],
    )
    assert facts(parsed.relations("verb")) == {("Carers Guild", KG.supports, "Bed Levy")}


# ------------------------------------------------------------------ the agent of a noun

REJECTION_BY = """
    The      DET   det      2
    Homecare PROPN compound 2
    League   PROPN nsubj    3  League
    welcomed VERB  ROOT     3  welcome
    the      DET   det      5
    rejection NOUN dobj     3
    of       ADP   prep     5
    the      DET   det      9
    Bed      PROPN compound 9
    Levy     PROPN pobj     6  Levy
    by       ADP   prep     9
    the      DET   det      13
    Carers   PROPN compound 13
    Guild    PROPN pobj     10 Guild
    .        PUNCT punct    3
"""
REJECTION_NAMES = [
    ("Homecare League", KG.TradeUnion),
    ("Bed Levy", KG.Policy),
    ("Carers Guild", KG.TradeUnion),
]


def test_relations_by_after_the_object_of_a_noun_names_who_acts() -> None:
    parsed = build(REJECTION_BY, names=REJECTION_NAMES)
    assert facts(parsed.relations("noun")) == {("Carers Guild", KG.rejects, "Bed Levy")}


def test_relations_by_after_the_object_of_a_noun_is_not_its_author() -> None:
    parsed = build(REJECTION_BY, names=REJECTION_NAMES)
    assert facts(parsed.relations("source")) == set()
    assert ("Homecare League", KG.welcomes, "Bed Levy") not in facts(parsed.find())


# ------------------------------------------------------------------ verdicts by labelling


def test_relations_branding_a_proposal_a_betrayal_parsed_as_indirect_object_opposes_it() -> None:
    parsed = build(
        """
        The      DET   det      2
        Carers   PROPN compound 2
        Guild    PROPN nsubj    3  Guild
        branded  VERB  ROOT     3  brand
        the      DET   det      6
        Bed      PROPN compound 6
        Levy     PROPN dative   3  Levy
        a        DET   det      8
        betrayal NOUN  dobj     3
        .        PUNCT punct    3
        """,
        names=[("Carers Guild", KG.TradeUnion), ("Bed Levy", KG.Policy)],
    )
    assert facts(parsed.relations("verdict")) == {("Carers Guild", KG.opposes, "Bed Levy")}


def test_relations_describing_a_proposal_as_an_adjective_hung_on_as_judges_it() -> None:
    parsed = build(
        """
        The       DET   det      2
        Carers    PROPN compound 2
        Guild     PROPN nsubj    3  Guild
        described VERB  ROOT     3  describe
        the       DET   det      6
        Bed       PROPN compound 6
        Levy      PROPN dobj     3  Levy
        as        ADP   prep     6
        short-sighted ADJ amod   7
        .         PUNCT punct    3
        """,
        names=[("Carers Guild", KG.TradeUnion), ("Bed Levy", KG.Policy)],
    )
    assert facts(parsed.relations("verdict")) == {("Carers Guild", KG.opposes, "Bed Levy")}


# ------------------------------------------------------------------ proposing


def test_relations_put_forward_with_forward_parsed_as_an_adverb_proposes() -> None:
    parsed = build(
        """
        The      DET   det      2
        Bed      PROPN compound 2
        Levy     PROPN nsubjpass 4 Levy
        was      AUX   auxpass  4  be
        put      VERB  ROOT     4  put     VBN
        forward  ADV   advmod   4
        by       ADP   agent    4
        the      DET   det      9
        Health   PROPN compound 9
        Ministry PROPN pobj     6  Ministry
        .        PUNCT punct    4
        """,
        names=[("Bed Levy", KG.Policy), ("Health Ministry", KG.GovernmentBody)],
    )
    assert facts(parsed.relations("verb")) == {("Health Ministry", KG.proposes, "Bed Levy")}


# ------------------------------------------------------------------ parts of a whole

UNDER_THE_PLAN = """
    Under    ADP   prep      9
    the      DET   det       3
    Harbour  PROPN compound  3
    Plan     PROPN pobj      0  Plan
    ,        PUNCT punct     9
    a        DET   det       7
    Ferry    PROPN compound  7
    Grant    PROPN nsubjpass 9  Grant
    would    AUX   aux       9
    be       AUX   auxpass   9
    paid     VERB  ROOT      9  pay  VBN
    .        PUNCT punct     9
"""


def test_relations_a_proposal_paid_under_a_plan_is_part_of_it() -> None:
    parsed = build(
        UNDER_THE_PLAN, names=[("Harbour Plan", KG.Plan), ("Ferry Grant", KG.FundingPackage)]
    )
    found = parsed.relations("under")
    assert facts(found) == {("Ferry Grant", KG.partOf, "Harbour Plan")}
    assert all(r.modality == KG.Asserted for r in found)  # "would": what the plan provides


def test_relations_a_proposal_named_with_under_a_plan_is_part_of_it() -> None:
    parsed = build(
        """
        The     DET   det      2
        Ferry   PROPN compound 2
        Grant   PROPN nsubj    7  Grant
        under   ADP   prep     2
        the     DET   det      6
        Harbour PROPN compound 6
        Plan    PROPN pobj     3  Plan
        doubles VERB  ROOT     7  double
        .       PUNCT punct    7
        """,
        names=[("Harbour Plan", KG.Plan), ("Ferry Grant", KG.FundingPackage)],
    )
    assert facts(parsed.relations("under")) == {("Ferry Grant", KG.partOf, "Harbour Plan")}


def test_relations_under_an_actor_or_a_state_gives_no_part() -> None:
    parsed = build(
        """
        The     DET   det       2
        Ferry   PROPN compound  2
        Grant   PROPN nsubj     3  Grant
        is      AUX   ROOT      3  be
        under   ADP   prep      3
        review  NOUN  pobj      4
        .       PUNCT punct     3
        """,
        names=[("Ferry Grant", KG.FundingPackage)],
    )
    assert facts(parsed.relations("under")) == set()


def test_relations_the_measures_in_a_plan_include_its_parts() -> None:
    parsed = build(
        """
        The      DET   det      1
        measures NOUN  nsubj    6  measure
        in       ADP   prep     1
        the      DET   det      5
        Harbour  PROPN compound 5
        Plan     PROPN pobj     2  Plan
        include  VERB  ROOT     6  include
        a        DET   det      9
        Ferry    PROPN compound 9
        Grant    PROPN dobj     6  Grant
        .        PUNCT punct    6
        """,
        names=[("Harbour Plan", KG.Plan), ("Ferry Grant", KG.FundingPackage)],
    )
    assert facts(parsed.relations("listed-in")) == {("Ferry Grant", KG.partOf, "Harbour Plan")}


def test_relations_under_a_plan_on_a_real_parse(extract: Callable[..., Corpus]) -> None:
    corpus = extract(
        "Harbour news\nThe Harbour Authority published the Coastal Renewal Plan on Monday.\n"
        "Under the Coastal Renewal Plan, the authority will introduce a Ferry Fare Cap."
    )
    parts = {(r.subject, r.object) for r in corpus.relations if r.predicate == KG.partOf}
    assert parts == {("Ferry Fare Cap", "Coastal Renewal Plan")}


def test_relations_a_proposal_set_out_in_a_plan_is_part_of_it() -> None:
    parsed = build(
        """
        The     DET   det      2
        Ferry   PROPN compound 2
        Grant   PROPN nsubj    9  Grant
        set     VERB  acl      2  set   VBN
        out     ADP   prt      3
        in      ADP   prep     3
        the     DET   det      8
        Harbour PROPN compound 8
        Plan    PROPN pobj     5  Plan
        starts  VERB  ROOT     9  start
        .       PUNCT punct    9
        """,
        names=[("Harbour Plan", KG.Plan), ("Ferry Grant", KG.FundingPackage)],
    )
    assert facts(parsed.relations("set-out-in")) == {("Ferry Grant", KG.partOf, "Harbour Plan")}


def test_relations_a_participle_read_as_a_past_tense_still_places_the_part() -> None:
    parsed = build(
        """
        The      DET   det      2
        Ferry    PROPN compound 2
        Grant    PROPN nsubj    3  Grant
        outlined VERB  csubj    10 outline VBD
        in       ADP   prep     3
        the      DET   det      7
        Harbour  PROPN compound 7
        Plan     PROPN pobj     4  Plan
        will     AUX   aux      10
        not      PART  neg      10
        help     VERB  ROOT     10 help
        .        PUNCT punct    10
        """,
        names=[("Harbour Plan", KG.Plan), ("Ferry Grant", KG.FundingPackage)],
    )
    assert facts(parsed.relations("set-out-in")) == {("Ferry Grant", KG.partOf, "Harbour Plan")}


def test_relations_a_plan_that_outlines_something_in_detail_has_no_part_by_set_out_in() -> None:
    parsed = build(
        """
        The      DET   det      2
        Harbour  PROPN compound 2
        Plan     PROPN nsubj    3  Plan
        outlined VERB  ROOT     3  outline VBD
        new      ADJ   amod     5
        fares    NOUN  dobj     3  fare
        in       ADP   prep     3
        the      DET   det      9
        Ferry    PROPN compound 9
        Grant    PROPN pobj     6  Grant
        .        PUNCT punct    3
        """,
        names=[("Harbour Plan", KG.Plan), ("Ferry Grant", KG.FundingPackage)],
    )
    assert facts(parsed.relations("set-out-in")) == set()


# ------------------------------------------------------------------ who a noun's act is from


def test_relations_anger_from_a_group_is_not_the_clause_subject_s() -> None:
    parsed = build(
        """
        Ruth      PROPN compound 1
        Ellis     PROPN nsubj    2  Ellis
        defended  VERB  ROOT     2  defend
        the       DET   det      5
        Harbour   PROPN compound 5
        Plan      PROPN dobj     2  Plan
        despite   ADP   prep     2
        anger     NOUN  pobj     6
        from      ADP   prep     7
        fishermen NOUN  pobj     8  fisherman
        over      ADP   prep     7
        the       DET   det      14
        Ferry     PROPN compound 14
        Levy      PROPN pobj     10 Levy
        .         PUNCT punct    2
        """,
        names=[("Ruth Ellis", KG.Person), ("Harbour Plan", KG.Plan), ("Ferry Levy", KG.Policy)],
    )
    assert facts(parsed.relations("noun")) == set()


def test_relations_a_call_owned_by_someone_unnamed_is_not_the_clause_subject_s() -> None:
    parsed = build(
        """
        The       DET   det      1
        minister  NOUN  nsubj    3
        has       AUX   aux      3
        ignored   VERB  ROOT     3  ignore
        our       PRON  poss     5
        call      NOUN  dobj     3
        for       ADP   prep     5
        the       DET   det      9
        Ferry     PROPN compound 9
        Levy      PROPN pobj     6  Levy
        .         PUNCT punct    3
        """,
        names=[("Ferry Levy", KG.Policy)],
        roles=[("minister", "Ruth Ellis", None)],
    )
    assert facts(parsed.relations("noun")) == set()


def test_relations_a_speaker_s_colon_opens_no_list(extract: Callable[..., Corpus]) -> None:
    corpus = extract(
        "Harbour news\nThe Harbour Authority published the Coastal Renewal Plan.\n"
        "Responding to the Coastal Renewal Plan, union chair Amy Lowe said:\n"
        '"The Ferry Fare Cap will not help dock workers."\n'
    )
    assert not [r for r in corpus.relations if r.evidence.method == "listed-lines"]


def test_relations_by_after_changes_to_a_proposal_names_who_changes_it() -> None:
    parsed = build(
        """
        changes  NOUN  ROOT     0  change
        to       ADP   prep     0
        the      DET   det      4
        Ferry    PROPN compound 4
        Levy     PROPN pobj     1  Levy
        by       ADP   prep     4
        the      DET   det      7
        Council  PROPN pobj     5  Council
        """,
        names=[("Ferry Levy", KG.Policy), ("Council", KG.GovernmentBody)],
    )
    assert facts(parsed.relations("source")) == set()


def test_relations_a_proposal_which_is_part_of_another_is_its_part() -> None:
    parsed = build(
        """
        the      DET   det      2
        Ferry    PROPN compound 2
        Grant    PROPN ROOT     2  Grant
        ,        PUNCT punct    2
        which    PRON  nsubj    5
        is       AUX   relcl    2  be
        part     NOUN  attr     5
        of       ADP   prep     6
        the      DET   det      10
        Harbour  PROPN compound 10
        Plan     PROPN pobj     7  Plan
        """,
        names=[("Ferry Grant", KG.FundingPackage), ("Harbour Plan", KG.Plan)],
    )
    assert facts(parsed.relations("part-of")) == {("Ferry Grant", KG.partOf, "Harbour Plan")}


PLAN_PROPOSES = """
    The      DET   det      2
    Harbour  PROPN compound 2
    Plan     PROPN nsubj    4  Plan
    will     AUX   aux      4
    {verb}   VERB  ROOT     4  {lemma}
    a        DET   det      7
    Ferry    PROPN compound 7
    Grant    PROPN dobj     4  Grant
    .        PUNCT punct    4
"""
PLAN_NAMES = [("Harbour Plan", KG.Plan), ("Ferry Grant", KG.FundingPackage)]


def test_relations_what_a_plan_introduces_is_part_of_it() -> None:
    parsed = build(PLAN_PROPOSES.format(verb="introduce", lemma="introduce"), names=PLAN_NAMES)
    assert facts(parsed.relations("contents")) == {("Ferry Grant", KG.partOf, "Harbour Plan")}


def test_relations_what_an_actor_introduces_is_no_part_of_it() -> None:
    parsed = build(
        PLAN_PROPOSES.format(verb="introduce", lemma="introduce"),
        names=[("Harbour Plan", KG.GovernmentBody), ("Ferry Grant", KG.FundingPackage)],
    )
    assert facts(parsed.relations("contents")) == set()


def test_relations_what_a_plan_will_see_is_part_of_it() -> None:
    parsed = build(PLAN_PROPOSES.format(verb="see", lemma="see"), names=PLAN_NAMES)
    assert facts(parsed.relations("verb")) == {("Ferry Grant", KG.partOf, "Harbour Plan")}


# ------------------------------------------------------------------ who argues what


def test_relations_which_after_a_person_s_name_is_not_the_person() -> None:
    parsed = build(
        """
        a        DET   det      1
        letter   NOUN  ROOT     1
        to       ADP   prep     1
        Ann      PROPN compound 4  -      NNP B-PERSON
        Lowe     PROPN pobj     2  -      NNP I-PERSON
        ,        PUNCT punct    4
        which    PRON  nsubj    7
        backs    VERB  relcl    4  back
        the      DET   det      10
        Ferry    PROPN compound 10
        Grant    PROPN dobj     7  Grant
        """,
        names=[("Ann Lowe", KG.Person), ("Ferry Grant", KG.FundingPackage)],
    )
    assert facts(parsed.relations("verb")) == set()


def test_relations_a_preposition_inside_the_object_s_name_is_no_trigger() -> None:
    parsed = build(
        """
        The      DET   det      2
        Carers   PROPN compound 2
        Guild    PROPN nsubj    3  Guild
        argued   VERB  ROOT     3  argue
        the      DET   det      5
        proposal NOUN  dobj     3
        for      ADP   prep     5
        a        DET   det      9
        Ferry    PROPN compound 9
        Grant    PROPN pobj     6  Grant
        failed   VERB  ccomp    3  fail
        .        PUNCT punct    3
        """,
        names=[("Carers Guild", KG.TradeUnion), ("proposal for a Ferry Grant", KG.Proposal)],
    )
    assert facts(parsed.relations("verb")) == set()


def test_relations_backing_calls_to_abolish_a_proposal_backs_nothing_of_it() -> None:
    parsed = build(
        """
        The      DET   det      2
        Carers   PROPN compound 2
        Guild    PROPN nsubj    3  Guild
        backed   VERB  ROOT     3  back
        calls    NOUN  dobj     3  call
        to       PART  aux      6
        abolish  VERB  acl      4  abolish
        the      DET   det      9
        Bed      PROPN compound 9
        Levy     PROPN dobj     6  Levy
        .        PUNCT punct    3
        """,
        names=[("Carers Guild", KG.TradeUnion), ("Bed Levy", KG.Policy)],
    )
    assert facts(parsed.relations("verb")) == set()


# ------------------------------------------------------------------ announcements

REPORTED_PASSIVE = """
    The      DET   det       2
    Health   PROPN compound  2
    Ministry PROPN nsubj     3  Ministry
    said     VERB  ROOT      3  say
    the      DET   det       6
    Bed      PROPN compound  6
    Levy     PROPN nsubjpass 9  Levy
    would    AUX   aux       9
    be       AUX   auxpass   9
    introduced VERB ccomp    3  introduce VBN
    in       ADP   prep      9
    April    PROPN pobj      10
    .        PUNCT punct     3
"""


def test_relations_a_government_saying_a_proposal_will_be_introduced_proposes_it() -> None:
    parsed = build(
        REPORTED_PASSIVE,
        names=[("Health Ministry", KG.GovernmentBody), ("Bed Levy", KG.Policy)],
    )
    found = parsed.relations("reported-passive")
    assert facts(found) == {("Health Ministry", KG.proposes, "Bed Levy")}
    assert all(r.modality == KG.Asserted for r in found)


def test_relations_a_union_saying_a_proposal_will_be_introduced_proposes_nothing() -> None:
    parsed = build(
        REPORTED_PASSIVE,
        names=[("Health Ministry", KG.TradeUnion), ("Bed Levy", KG.Policy)],
    )
    assert facts(parsed.relations("reported-passive")) == set()


def test_relations_offering_an_alternative_to_a_proposal_does_not_offer_it() -> None:
    parsed = build(
        """
        The      DET   det      2
        Health   PROPN compound 2
        Ministry PROPN nsubj    4  Ministry
        will     AUX   aux      4
        offer    VERB  ROOT     4  offer
        an       DET   det      6
        alternative NOUN dobj   4
        to       ADP   prep     6
        the      DET   det      10
        Ferry    PROPN compound 10
        Grant    PROPN pobj     7  Grant
        .        PUNCT punct    4
        """,
        names=[("Health Ministry", KG.GovernmentBody), ("Ferry Grant", KG.FundingPackage)],
    )
    assert facts(parsed.relations("verb")) == set()


def test_relations_a_proposal_paid_under_an_actor_s_plans_is_proposed_by_it() -> None:
    parsed = build(
        """
        Under    ADP   prep      9
        the      DET   det       3
        Health   PROPN compound  3
        Ministry PROPN poss      5  Ministry
        's       PART  case      3
        plans    NOUN  pobj      0  plan
        ,        PUNCT punct     9
        the      DET   det       8
        Ferry    PROPN compound  8
        Grant    PROPN nsubj     9  Grant
        doubles  VERB  ROOT      9  double
        .        PUNCT punct     9
        """,
        names=[("Health Ministry", KG.GovernmentBody), ("Ferry Grant", KG.FundingPackage)],
    )
    assert facts(parsed.relations("under")) == {("Health Ministry", KG.proposes, "Ferry Grant")}


# ------------------------------------------------------------------ stances by a preposition


def test_relations_being_against_a_proposal_opposes_it() -> None:
    parsed = build(
        """
        The      DET   det      2
        Carers   PROPN compound 2
        Guild    PROPN nsubj    3  Guild
        is       AUX   ROOT     3  be
        against  ADP   prep     3
        the      DET   det      7
        Bed      PROPN compound 7
        Levy     PROPN pobj     4  Levy
        .        PUNCT punct    3
        """,
        names=[("Carers Guild", KG.TradeUnion), ("Bed Levy", KG.Policy)],
    )
    assert facts(parsed.relations("verb")) == {("Carers Guild", KG.opposes, "Bed Levy")}


def test_relations_throwing_weight_behind_a_proposal_supports_it() -> None:
    parsed = build(
        """
        The      DET   det      2
        Carers   PROPN compound 2
        Guild    PROPN nsubj    3  Guild
        threw    VERB  ROOT     3  throw
        its      PRON  poss     5
        weight   NOUN  dobj     3
        behind   ADP   prep     3
        the      DET   det      9
        Bed      PROPN compound 9
        Levy     PROPN pobj     6  Levy
        .        PUNCT punct    3
        """,
        names=[("Carers Guild", KG.TradeUnion), ("Bed Levy", KG.Policy)],
    )
    assert facts(parsed.relations("verb")) == {("Carers Guild", KG.supports, "Bed Levy")}


def test_relations_under_a_standing_framework_gives_no_part() -> None:
    parsed = build(
        UNDER_THE_PLAN.replace("Plan     PROPN pobj      0  Plan", "Charter  PROPN pobj 0 Charter"),
        names=[("Harbour Charter", KG.Policy), ("Ferry Grant", KG.FundingPackage)],
    )
    assert facts(parsed.relations("under")) == set()


def test_relations_vetoing_a_proposal_rejects_it_and_signing_it_off_supports_it() -> None:
    for verb, lemma, predicate in (
        ("vetoed", "veto", KG.rejects),
        ("approved", "approve", KG.supports),
    ):
        parsed = build(
            f"""
            The      DET   det      2
            Port     PROPN compound 2
            Council  PROPN nsubj    3  Council
            {verb}   VERB  ROOT     3  {lemma}
            the      DET   det      6
            Bed      PROPN compound 6
            Levy     PROPN dobj     3  Levy
            .        PUNCT punct    3
            """,
            names=[("Port Council", KG.GovernmentBody), ("Bed Levy", KG.Policy)],
        )
        assert facts(parsed.relations("verb")) == {("Port Council", predicate, "Bed Levy")}
    parsed = build(
        """
        The      DET   det      2
        Port     PROPN compound 2
        Council  PROPN nsubj    3  Council
        signed   VERB  ROOT     3  sign
        off      ADP   prt      3
        the      DET   det      7
        Bed      PROPN compound 7
        Levy     PROPN dobj     3  Levy
        .        PUNCT punct    3
        """,
        names=[("Port Council", KG.GovernmentBody), ("Bed Levy", KG.Policy)],
    )
    assert facts(parsed.relations("verb")) == {("Port Council", KG.supports, "Bed Levy")}


# ------------------------------------------------------------------ acts not done


def test_relations_an_act_someone_is_warned_against_is_not_done() -> None:
    parsed = build(
        """
        The       DET   det      2
        Health    PROPN compound 2
        Ministry  PROPN nsubj    3  Ministry
        warned    VERB  ROOT     3  warn
        the       DET   det      6
        Carers    PROPN compound 6
        Guild     PROPN dobj     3  Guild
        against   ADP   prep     3
        rejecting VERB  pcomp    7  reject
        the       DET   det      11
        Bed       PROPN compound 11
        Levy      PROPN dobj     8  Levy
        .         PUNCT punct    3
        """,
        names=[
            ("Health Ministry", KG.GovernmentBody),
            ("Carers Guild", KG.TradeUnion),
            ("Bed Levy", KG.Policy),
        ],
    )
    assert all(r.object != "Bed Levy" for r in parsed.find())


def test_relations_an_effect_in_a_condition_is_no_stance() -> None:
    parsed = build(
        """
        The       DET   det       2
        Carers    PROPN compound  2
        Guild     PROPN nsubj     3  Guild
        said      VERB  ROOT      3  say
        members   NOUN  nsubj     6  member
        would     AUX   aux       6
        strike    VERB  ccomp     3  strike
        unless    SCONJ mark      12
        the       DET   det       10
        Bed       PROPN compound  10
        Levy      PROPN nsubjpass 12 Levy
        was       AUX   auxpass   12 be
        improved  VERB  advcl     6  improve VBN
        .         PUNCT punct     3
        """,
        names=[("Carers Guild", KG.TradeUnion), ("Bed Levy", KG.Policy)],
    )
    assert facts(parsed.relations("evaluation")) == set()
