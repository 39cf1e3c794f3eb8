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


# ------------------------------------------------------------------ stances by a preposition


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


REQUESTED_FROM = """
Guild     PROPN nsubj    2
has       AUX   aux      2 have
requested VERB  ROOT     2 request VBN
a         DET   det      5
fare      NOUN  compound 5
rise      NOUN  dobj     2
from      ADP   prep     5
the       DET   det      9
Fares     PROPN compound 9
Board     PROPN pobj     6
.         PUNCT punct    2
"""


def test_relations_requested_from_names_who_is_asked_not_the_author() -> None:
    """ "Guild has requested a fare rise from the Fares Board": Guild puts the rise forward;
    the board is asked for it and does not propose it."""
    parsed = build(
        REQUESTED_FROM,
        names=[("Guild", KG.TradeUnion), ("fare rise", KG.Policy), ("Fares Board", KG.PublicBody)],
    )
    assert facts(parsed.relations("source")) == set()
    assert facts(parsed.find()) == {("Guild", KG.proposes, "fare rise")}


def test_relations_by_after_the_object_of_for_after_a_noun_is_not_its_author() -> None:
    """ "The League welcomed the endorsement for the Bed Levy by the Carers Guild.": the
    Guild endorses the levy; it does not put it forward."""
    rows = REJECTION_BY.replace("rejection NOUN", "endorsement NOUN").replace(
        "of       ADP", "for      ADP"
    )
    parsed = build(rows, names=REJECTION_NAMES)
    assert facts(parsed.relations("source")) == set()
