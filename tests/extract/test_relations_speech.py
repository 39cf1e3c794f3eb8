"""The speech rules (``kg.extract.relations.speech``) on hand-built parses: stances taken by
urging others, by refusing, and by judging a proposal."""

from __future__ import annotations

from doc_builder import build, facts, spoken_by_ferris

from kg.extract.entities.quotations import Quotation
from kg.rdf.namespaces import KG

URGED_TO_ACCEPT = """
    Tenby      PROPN compound 1
    Council    PROPN nsubj    3
    is         AUX   aux      3
    recommending VERB ROOT    3 recommend
    to         ADP   prep     3
    staff      NOUN  pobj     4
    that       SCONJ mark     8
    they       PRON  nsubj    8
    vote       VERB  relcl    5
    to         PART  aux      10
    accept     VERB  xcomp    8
    the        DET   det      13
    parking    NOUN  compound 13
    offer      NOUN  dobj     10
    .          PUNCT punct    3
"""


def test_speech_recommending_a_vote_to_accept_supports_the_offer() -> None:
    parsed = build(
        URGED_TO_ACCEPT,
        names=[("Tenby Council", KG.Committee), ("parking offer", KG.Proposal)],
    )
    relations = parsed.relations("recommendation")
    assert facts(relations) == {("Tenby Council", KG.supports, "parking offer")}
    assert relations[0].modality == KG.Asserted


def test_speech_urging_others_to_scrap_a_proposal_opposes_it() -> None:
    parsed = build(
        """
        Ferris   PROPN nsubj 1
        called   VERB  ROOT  1 call
        on       ADP   prep  1
        ministers NOUN pobj  2
        to       PART  aux   5
        scrap    VERB  xcomp 1
        the      DET   det   8
        toll     NOUN  compound 8
        scheme   NOUN  dobj  5
        .        PUNCT punct 1
        """,
        names=[("Ferris", KG.Person), ("toll scheme", KG.Proposal)],
    )
    assert facts(parsed.relations("recommendation")) == {("Ferris", KG.opposes, "toll scheme")}


def test_speech_urging_members_not_to_accept_opposes() -> None:
    parsed = build(
        """
        Ferris   PROPN nsubj 1
        urged    VERB  ROOT  1 urge
        members  NOUN  dobj  1
        not      PART  neg   5
        to       PART  aux   5
        accept   VERB  xcomp 1
        the      DET   det   7
        levy     NOUN  dobj  5
        .        PUNCT punct 1
        """,
        names=[("Ferris", KG.Person), ("levy", KG.Proposal)],
    )
    assert facts(parsed.relations("recommendation")) == {("Ferris", KG.opposes, "levy")}


def test_speech_wanting_to_scrap_ones_own_plan_is_no_stance() -> None:
    parsed = build(
        """
        Ferris   PROPN nsubj 1
        wants    VERB  ROOT  1 want
        to       PART  aux   3
        scrap    VERB  xcomp 1
        the      DET   det   5
        levy     NOUN  dobj  3
        .        PUNCT punct 1
        """,
        names=[("Ferris", KG.Person), ("levy", KG.Proposal)],
    )
    assert parsed.relations("recommendation") == []


def test_speech_if_urged_is_no_stance() -> None:
    parsed = build(
        """
        If       SCONJ mark  2
        Ferris   PROPN nsubj 2
        urges    VERB  advcl 6 urge
        staff    NOUN  dobj  2
        to       PART  aux   5
        reject   VERB  xcomp 2
        it       PRON  nsubj 6
        ends     VERB  ROOT  6 end
        .        PUNCT punct 6
        """,
        names=[("Ferris", KG.Person)],
    )
    assert parsed.relations("recommendation") == []


def test_speech_refusing_to_back_a_deal_opposes_it() -> None:
    parsed = build(
        """
        Unite    PROPN nsubj 1
        refused  VERB  ROOT  1 refuse
        to       PART  aux   3
        back     VERB  xcomp 1
        the      DET   det   6
        bus      NOUN  compound 6
        deal     NOUN  dobj  3
        .        PUNCT punct 1
        """,
        names=[("Unite", KG.TradeUnion), ("bus deal", KG.Contract)],
    )
    relations = parsed.relations("refusal")
    assert facts(relations) == {("Unite", KG.opposes, "bus deal")}
    assert relations[0].modality == KG.Asserted


def test_speech_we_will_not_accept_opposes_for_the_speaker() -> None:
    parsed = build(
        """
        We       PRON  nsubj 3
        will     AUX   aux   3
        not      PART  neg   3
        accept   VERB  ROOT  3
        this     DET   det   6
        rail     NOUN  compound 6
        offer    NOUN  dobj  3
        .        PUNCT punct 3
        """,
        names=[("rail offer", KG.Proposal), ("We", KG.Person, "Ferris")],
    )
    assert facts(parsed.relations("refusal")) == {("Ferris", KG.opposes, "rail offer")}


def test_speech_not_yet_accepted_is_no_refusal() -> None:
    parsed = build(
        """
        Unite    PROPN nsubj 3
        has      AUX   aux   3
        not      PART  neg   3
        accepted VERB  ROOT  3 accept
        the      DET   det   5
        deal     NOUN  dobj  3
        yet      ADV   advmod 3
        .        PUNCT punct 3
        """,
        names=[("Unite", KG.TradeUnion), ("deal", KG.Contract)],
    )
    assert parsed.relations("refusal") == []


def test_speech_calling_a_proposal_derisory_opposes_it() -> None:
    parsed = build(
        """
        Ferris   PROPN nsubj 1
        called   VERB  ROOT  1 call
        the      DET   det   4
        bus      NOUN  compound 4
        offer    NOUN  dobj  1
        derisory ADJ   oprd  1
        .        PUNCT punct 1
        """,
        names=[("Ferris", KG.Person), ("bus offer", KG.Proposal)],
    )
    relations = parsed.relations("verdict")
    assert facts(relations) == {("Ferris", KG.opposes, "bus offer")}
    assert relations[0].modality == KG.Reported


def test_speech_described_as_a_step_forward_supports() -> None:
    parsed = build(
        """
        Ferris    PROPN nsubj 1
        described VERB  ROOT  1 describe
        the       DET   det   3
        levy      NOUN  dobj  1
        as        ADP   prep  1
        a         DET   det   6
        step      NOUN  pobj  4
        forward   ADV   advmod 6
        .         PUNCT punct 1
        """,
        names=[("Ferris", KG.Person), ("levy", KG.Proposal)],
    )
    assert facts(parsed.relations("verdict")) == {("Ferris", KG.supports, "levy")}


SAID_NOT_FAIR = """
    Ferris PROPN nsubj 1
    said   VERB  ROOT  1 say
    the    DET   det   3
    levy   NOUN  nsubj 4
    was    AUX   ccomp 1 be
    not    PART  neg   4
    fair   ADJ   acomp 4
    .      PUNCT punct 1
"""


def test_speech_reported_not_fair_opposes() -> None:
    parsed = build(SAID_NOT_FAIR, names=[("Ferris", KG.Person), ("levy", KG.Proposal)])
    assert facts(parsed.relations("verdict")) == {("Ferris", KG.opposes, "levy")}


def test_speech_a_verdict_in_a_quotation_is_its_speakers() -> None:
    parsed = build(
        """
        Ferris   PROPN nsubj 1
        spoke    VERB  ROOT  1 speak
        .        PUNCT punct 1
        “        PUNCT punct 6
        This     DET   det   5
        levy     NOUN  nsubj 6
        is       AUX   ROOT  6 be
        a        DET   det   8
        betrayal NOUN  attr  6
        .        PUNCT punct 6
        ”        PUNCT punct 6
        """,
        names=[("Ferris", KG.Person), ("levy", KG.Proposal)],
    )
    text = parsed.document.text
    parsed.resolved.quotations = [
        Quotation(text.index("“") + 1, text.index("”"), "Ferris", "continued")
    ]
    relations = parsed.relations("verdict")
    assert facts(relations) == {("Ferris", KG.opposes, "levy")}
    assert relations[0].evidence.sentence.text.startswith("“This levy")


def test_speech_a_fair_deal_in_the_narrators_words_is_no_verdict() -> None:
    parsed = build(
        """
        Unite    PROPN nsubj 1
        signed   VERB  ROOT  1 sign
        a        DET   det   4
        fair     ADJ   amod  4
        deal     NOUN  dobj  1
        .        PUNCT punct 1
        """,
        names=[("Unite", KG.TradeUnion), ("deal", KG.Contract)],
    )
    assert parsed.relations("verdict") == []


def test_speech_a_speaker_saying_a_minister_does_not_listen_criticises_her() -> None:
    parsed = build(
        """
        Ferris   PROPN nsubj 1
        said     VERB  ROOT  1 say
        Hale     PROPN nsubj 6
        did      AUX   aux   6 do
        not      PART  neg   6
        really   ADV   advmod 6
        listen   VERB  ccomp 1
        .        PUNCT punct 1
        """,
        names=[("Ferris", KG.Person), ("Hale", KG.Person)],
    )
    relations = parsed.relations("criticism")
    assert facts(relations) == {("Ferris", KG.criticises, "Hale")}
    assert relations[0].modality == KG.Reported


def test_speech_a_speaker_saying_an_actor_let_others_down_criticises_it() -> None:
    """ "Ferris said Hale had let ferry crews down": "let down" is a phrasal verb of
    wrongdoing (``lex:misconductVerb``), its particle apart from the verb."""
    parsed = build(
        """
        Ferris   PROPN nsubj    1
        said     VERB  ROOT     1 say
        Hale     PROPN nsubj    4
        had      AUX   aux      4 have
        let      VERB  ccomp    1 let
        ferry    NOUN  compound 6
        crews    NOUN  dobj     4 crew
        down     ADP   prt      4
        .        PUNCT punct    1
        """,
        names=[("Ferris", KG.Person), ("Hale", KG.Person)],
    )
    relations = parsed.relations("criticism")
    assert facts(relations) == {("Ferris", KG.criticises, "Hale")}
    assert relations[0].evidence.trigger == "let down"


def test_speech_the_narrator_saying_an_actor_ignored_something_is_no_criticism() -> None:
    parsed = build(
        """
        Hale     PROPN nsubj 1
        ignored  VERB  ROOT  1 ignore
        the      DET   det   3
        letter   NOUN  dobj  1
        .        PUNCT punct 1
        """,
        names=[("Hale", KG.Person)],
    )
    assert parsed.relations("criticism") == []


def test_speech_a_speaker_does_not_criticise_their_own_organisation() -> None:
    parsed = build(
        """
        The      DET   det   1
        chair    NOUN  nsubj 5
        ,        PUNCT punct 1
        Ferris   PROPN appos 1
        ,        PUNCT punct 1
        said     VERB  ROOT  5 say
        Unite    PROPN nsubj 7
        ignored  VERB  ccomp 5 ignore
        nobody   PRON  dobj  7
        .        PUNCT punct 5
        """,
        names=[("Ferris", KG.Person), ("Unite", KG.TradeUnion)],
        roles=[("chair", "Ferris", "Unite")],
    )
    assert parsed.relations("criticism") == []


def test_speech_speaking_on_a_broadcaster_communicates_with_it() -> None:
    parsed = build(
        """
        Speaking VERB  advcl 5 speak
        on       ADP   prep  0
        Radio    PROPN compound 3
        Kent     PROPN pobj  1
        Ferris   PROPN nsubj 5
        said     VERB  ROOT  5 say
        so       ADV   advmod 5
        .        PUNCT punct 5
        """,
        names=[("Radio Kent", KG.NewsOrganisation), ("Ferris", KG.Person)],
    )
    relations = parsed.relations("media")
    assert facts(relations) == {("Ferris", KG.communicatesWith, "Radio Kent")}
    assert relations[0].evidence.trigger == "speak on"


def test_speech_a_speaker_with_a_role_and_then_its_organisation_holds_the_role() -> None:
    parsed = build(
        """
        Jo       PROPN compound 1
        Ferris   PROPN nsubj 7
        ,        PUNCT punct 1
        Chair    PROPN appos 1
        ,        PUNCT punct 1
        Tenby    PROPN compound 6
        Council  PROPN appos 1
        said     VERB  ROOT  7 say
        so       ADV   advmod 7
        .        PUNCT punct 7
        """,
        names=[("Jo Ferris", KG.Person), ("Tenby Council", KG.Committee)],
        roles=[("Chair", "Jo Ferris", None)],
    )
    relations = parsed.relations("attribution-role")
    assert facts(relations) == {("Jo Ferris", KG.chairOf, "Tenby Council")}


def test_speech_a_role_apposition_of_no_speaker_is_left_to_the_role_rules() -> None:
    parsed = build(
        """
        Jo       PROPN compound 1
        Ferris   PROPN nsubj 7
        ,        PUNCT punct 1
        Chair    PROPN appos 1
        ,        PUNCT punct 1
        Tenby    PROPN compound 6
        Council  PROPN appos 1
        resigned VERB  ROOT  7 resign
        .        PUNCT punct 7
        """,
        names=[("Jo Ferris", KG.Person), ("Tenby Council", KG.Committee)],
        roles=[("Chair", "Jo Ferris", None)],
    )
    assert parsed.relations("attribution-role") == []


# ------------------------------------------------------------------ verdicts (round two)


def test_speech_this_is_an_adjective_offer_judges_the_offer_named_before() -> None:
    parsed = build(
        """
        Ferris   PROPN nsubj 1
        rejected VERB  ROOT  1 reject
        the      DET   det   4
        bus      NOUN  compound 4
        offer    NOUN  dobj  1
        .        PUNCT punct 1
        “        PUNCT punct 8
        This     PRON  nsubj 8
        is       AUX   ROOT  8 be
        another  DET   det   11
        derisory ADJ   amod  11
        offer    NOUN  attr  8
        .        PUNCT punct 8
        ”        PUNCT punct 8
        """,
        names=[
            ("Ferris", KG.Person),
            ("bus offer", KG.Proposal),
            ("derisory offer", KG.Proposal),
        ],
    )
    text = parsed.document.text
    parsed.resolved.quotations = [
        Quotation(text.index("“") + 1, text.index("”"), "Ferris", "continued", ("Ferris",))
    ]
    assert facts(parsed.relations("verdict")) == {("Ferris", KG.opposes, "bus offer")}


def test_speech_a_more_credible_offer_is_no_verdict() -> None:
    parsed = spoken_by_ferris(
        """
        “        PUNCT punct 5
        A        DET   det   4
        more     ADV   advmod 3
        credible ADJ   amod  4
        offer    NOUN  nsubjpass 6
        is       AUX   auxpass 6
        needed   VERB  ROOT  6 need
        .        PUNCT punct 6
        ”        PUNCT punct 6
        """,
        ("offer", KG.Proposal),
    )
    assert parsed.relations("verdict") == []


def test_speech_an_adjective_of_a_proposals_name_is_no_verdict_on_it() -> None:
    parsed = spoken_by_ferris(
        """
        “        PUNCT punct 2
        We       PRON  nsubj 2
        back     VERB  ROOT  2
        fair     ADJ   amod  5
        pay      NOUN  compound 5
        agreements NOUN dobj 2 agreement
        .        PUNCT punct 2
        fair     ADJ   amod  10
        pay      NOUN  compound 10
        agreements NOUN nsubj 11 agreement
        work     VERB  ROOT  11
        .        PUNCT punct 11
        ”        PUNCT punct 11
        """,
        ("fair pay agreements", KG.Proposal),
        ("fair pay agreements", KG.Proposal),
    )
    assert parsed.relations("verdict") == []


def test_speech_an_adjective_before_a_compound_judges_the_proposal() -> None:
    parsed = spoken_by_ferris(
        """
        “        PUNCT punct 5
        This     DET   det   4
        derisory ADJ   amod  4
        funding  NOUN  compound 4
        plan     NOUN  nsubj 5
        fails    VERB  ROOT  5 fail
        .        PUNCT punct 5
        ”        PUNCT punct 5
        """,
        ("funding plan", KG.Proposal),
    )
    assert facts(parsed.relations("verdict")) == {("Ferris", KG.opposes, "funding plan")}


def test_speech_we_are_pleased_with_the_offer_supports_it() -> None:
    parsed = build(
        """
        We       PRON  nsubj 1
        are      AUX   ROOT  1 be
        pleased  ADJ   acomp 1
        with     ADP   prep  2
        the      DET   det   6
        rail     NOUN  compound 6
        offer    NOUN  pobj  3
        .        PUNCT punct 1
        """,
        names=[("rail offer", KG.Proposal), ("We", KG.Person, "Ferris")],
    )
    relations = parsed.relations("attitude")
    assert facts(relations) == {("Ferris", KG.supports, "rail offer")}


def test_speech_a_quoted_offer_that_delivers_is_supported() -> None:
    parsed = spoken_by_ferris(
        """
        “        PUNCT punct 3
        The      DET   det   2
        offer    NOUN  nsubj 3
        delivers VERB  ROOT  3 deliver
        on       ADP   prep  3
        pay      NOUN  pobj  4
        .        PUNCT punct 3
        ”        PUNCT punct 3
        """,
        ("offer", KG.Proposal),
    )
    relations = parsed.relations("effect")
    assert facts(relations) == {("Ferris", KG.supports, "offer")}


def test_speech_smoke_and_mirrors_from_an_actor_criticises_it() -> None:
    parsed = spoken_by_ferris(
        """
        “        PUNCT punct 2
        This     PRON  nsubj 2
        is       AUX   ROOT  2 be
        smoke    NOUN  attr  2
        and      CCONJ cc    3
        mirrors  NOUN  conj  3 mirror
        from     ADP   prep  3
        ministers NOUN pobj  6 minister
        .        PUNCT punct 2
        ”        PUNCT punct 2
        """,
        ("ministers", KG.GovernmentBody),
    )
    relations = parsed.relations("reproach")
    assert facts(relations) == {("Ferris", KG.criticises, "ministers")}


def test_speech_saying_another_actor_must_act_urges_it() -> None:
    parsed = build(
        """
        Ferris   PROPN nsubj 1
        said     VERB  ROOT  1 say
        Tenby    PROPN compound 3
        Council  PROPN nsubj 5
        must     AUX   aux   5
        negotiate VERB ccomp 1
        .        PUNCT punct 1
        """,
        names=[("Ferris", KG.Person), ("Tenby Council", KG.Committee)],
    )
    relations = parsed.relations("exhortation")
    assert facts(relations) == {("Ferris", KG.urges, "Tenby Council")}


def test_speech_speaking_in_a_parliament_communicates_with_it() -> None:
    parsed = build(
        """
        At       ADP   prep  5
        the      DET   det   2
        Senedd   PROPN pobj  0
        ,        PUNCT punct 5
        Ferris   PROPN nsubj 5
        said     VERB  ROOT  5 say
        so       ADV   advmod 5
        .        PUNCT punct 5
        """,
        names=[("Senedd", KG.Legislature), ("Ferris", KG.Person)],
    )
    assert facts(parsed.relations("media")) == {("Ferris", KG.communicatesWith, "Senedd")}


def test_speech_a_verdict_coordinated_with_another_attribute_counts() -> None:
    parsed = build(
        """
        Ferris PROPN nsubj 1
        said   VERB  ROOT  1 say
        the    DET   det   3
        levy   NOUN  nsubj 4
        was    AUX   ccomp 1 be
        modest ADJ   acomp 4
        and    CCONJ cc    5
        fair   ADJ   conj  5
        .      PUNCT punct 1
        """,
        names=[("Ferris", KG.Person), ("levy", KG.Proposal)],
    )
    assert facts(parsed.relations("verdict")) == {("Ferris", KG.supports, "levy")}


def test_speech_this_is_a_kick_in_the_teeth_judges_the_proposal_just_named() -> None:
    parsed = build(
        """
        Ferris   PROPN nsubj 1
        rejected VERB  ROOT  1 reject
        the      DET   det   3
        levy     NOUN  dobj  1
        .        PUNCT punct 1
        “        PUNCT punct 7
        This     PRON  nsubj 7
        is       AUX   ROOT  7 be
        a        DET   det   9
        kick     NOUN  attr  7
        in       ADP   prep  9
        the      DET   det   12
        teeth    NOUN  pobj  10 tooth
        .        PUNCT punct 7
        ”        PUNCT punct 7
        """,
        names=[("Ferris", KG.Person), ("levy", KG.Proposal)],
    )
    text = parsed.document.text
    parsed.resolved.quotations = [
        Quotation(text.index("“") + 1, text.index("”"), "Ferris", "continued", ("Ferris",))
    ]
    assert facts(parsed.relations("verdict")) == {("Ferris", KG.opposes, "levy")}


def test_speech_we_are_pleased_is_no_verdict_on_the_last_proposal() -> None:
    parsed = spoken_by_ferris(
        """
        “        PUNCT punct 3
        The      DET   det   2
        levy     NOUN  nsubj 3
        passed   VERB  ROOT  3 pass
        .        PUNCT punct 3
        We       PRON  nsubj 6
        are      AUX   ROOT  6 be
        pleased  ADJ   acomp 6
        .        PUNCT punct 6
        ”        PUNCT punct 6
        """,
        ("levy", KG.Proposal),
        ("We", KG.Person, "Ferris"),
    )
    assert parsed.relations("verdict") == []


def test_speech_hitting_out_at_a_minister_over_a_levy_criticises_and_opposes() -> None:
    parsed = build(
        """
        Unite    PROPN nsubj 1
        hit      VERB  ROOT  1 hit
        out      ADP   prt   1
        at       ADP   prep  1
        Ferris   PROPN pobj  3
        over     ADP   prep  1
        the      DET   det   7
        levy     NOUN  pobj  5
        .        PUNCT punct 1
        """,
        names=[("Unite", KG.TradeUnion), ("Ferris", KG.Person), ("levy", KG.Proposal)],
    )
    assert facts(parsed.relations("outburst")) == {
        ("Unite", KG.criticises, "Ferris"),
        ("Unite", KG.opposes, "levy"),
    }


def test_speech_hitting_a_target_is_no_outburst() -> None:
    parsed = build(
        """
        Unite    PROPN nsubj 1
        hit      VERB  ROOT  1 hit
        its      PRON  poss  3
        target   NOUN  dobj  1
        .        PUNCT punct 1
        """,
        names=[("Unite", KG.TradeUnion)],
    )
    assert parsed.relations("outburst") == []


def test_speech_keen_to_make_progress_on_a_reform_supports_it() -> None:
    parsed = build(
        """
        I        PRON  nsubj 1
        am       AUX   ROOT  1 be
        keen     ADJ   acomp 1
        to       PART  aux   4
        move     VERB  xcomp 2
        quickly  ADV   advmod 4
        on       ADP   prep  4
        contract NOUN  compound 8
        reform   NOUN  pobj  6
        .        PUNCT punct 1
        """,
        names=[("contract reform", KG.Proposal), ("I", KG.Person, "Ferris")],
    )
    assert facts(parsed.relations("attitude")) == {("Ferris", KG.supports, "contract reform")}


def test_speech_urging_others_to_withdraw_support_for_a_proposal_opposes_it() -> None:
    """ "Ferris urged ministers to withdraw support for the parking offer." """
    parsed = build(
        """
        Ferris    PROPN nsubj    1
        urged     VERB  ROOT     1 urge
        ministers NOUN  dobj     1 minister
        to        PART  aux      4
        withdraw  VERB  xcomp    1
        support   NOUN  dobj     4
        for       ADP   prep     5
        the       DET   det      9
        parking   NOUN  compound 9
        offer     NOUN  pobj     6
        .         PUNCT punct    1
        """,
        names=[("Ferris", KG.Person), ("parking offer", KG.Proposal)],
    )
    assert facts(parsed.relations("recommendation")) == {("Ferris", KG.opposes, "parking offer")}
