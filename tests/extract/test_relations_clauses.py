"""Clause rules added for recall (ext-relations): particles, plural noun triggers, reported
"would", directives and verbs that name events, each on a hand-built parse."""

from __future__ import annotations

from collections.abc import Callable

from doc_builder import build, facts

from kg.extract.lexicon import load_lexicon
from kg.extract.relations import modality_of
from kg.model import Corpus
from kg.rdf.namespaces import KG

# ------------------------------------------------------------------ verbs and nouns


def test_relations_verb_particle_holding_its_object_call_on() -> None:
    """ "called on X to ...": the parser hangs X on the particle, not on the verb."""
    parsed = build(
        """
        Unite    PROPN nsubj 1
        called   VERB  ROOT  1 call
        on       ADP   prt   1
        Acme     PROPN compound 4
        Trust    PROPN pobj  2
        to       PART  aux   6
        talk     VERB  xcomp 1
        .        PUNCT punct 1
        """,
        names=[("Unite", KG.TradeUnion), ("Acme Trust", KG.Organisation)],
    )
    assert facts(parsed.relations("verb")) == {("Unite", KG.urges, "Acme Trust")}


def test_relations_noun_trigger_read_in_its_plural_talks_with() -> None:
    """ "talks" lemmatises to "talk", but the trigger is "talks with"."""
    parsed = build(
        """
        Unite    PROPN nsubj 1
        held     VERB  ROOT  1 hold
        talks    NOUN  dobj  1 talk
        with     ADP   prep  2
        Acme     PROPN pobj  3
        .        PUNCT punct 1
        """,
        names=[("Unite", KG.TradeUnion), ("Acme", KG.Organisation)],
    )
    assert ("Unite", KG.negotiatesWith, "Acme") in facts(parsed.relations("noun"))


DISPUTE = """
Unite    PROPN nsubj 1
{verb}   VERB  ROOT  1 {lemma}
a        DET   det   4
{adjective} ADJ amod 4
dispute  NOUN  dobj  1 dispute
with     ADP   prep  4
Acme     PROPN pobj  5
.        PUNCT punct 1
"""


def test_relations_a_dispute_declared_with_a_body_opposes_it() -> None:
    """ "Unite declared a dispute with Acme": a stand against Acme (``kg:inDisputeWith``, an
    ``opposes`` between actors), no talk with it."""
    parsed = build(
        DISPUTE.format(verb="declared", lemma="declare", adjective="new"),
        names=[("Unite", KG.TradeUnion), ("Acme", KG.Organisation)],
    )
    assert facts(parsed.relations("noun")) == {("Unite", KG.inDisputeWith, "Acme")}
    parsed = build(
        DISPUTE.format(verb="has", lemma="have", adjective="formal"),
        names=[("Unite", KG.TradeUnion), ("Acme", KG.Organisation)],
    )
    assert facts(parsed.relations("noun")) == {("Unite", KG.inDisputeWith, "Acme")}


def test_relations_a_dispute_talked_of_with_a_body_is_dealing_with_it() -> None:
    """ "Unite has a long dispute with Acme": neither declared nor formal, the dispute is
    dealing with the other side (``kg:negotiatesWith``)."""
    parsed = build(
        DISPUTE.format(verb="has", lemma="have", adjective="long"),
        names=[("Unite", KG.TradeUnion), ("Acme", KG.Organisation)],
    )
    assert facts(parsed.relations("noun")) == {("Unite", KG.negotiatesWith, "Acme")}


# ------------------------------------------------------------------ modality

WOULD = """
    Acme     PROPN nsubj 1
    said     VERB  ROOT  1 say
    {subject} {pos} nsubj 4 {lemma}
    would    AUX   aux   4
    introduce VERB ccomp 1
    the      DET   det   6
    levy     NOUN  dobj  4
    .        PUNCT punct 1
"""


def test_relations_modality_would_of_the_speaker_is_planned() -> None:
    """ "Acme said it would introduce the levy": reported "would" is the past of "will"."""
    parsed = build(
        WOULD.format(subject="it", pos="PRON", lemma="it"),
        names=[("Acme", KG.GovernmentBody), ("levy", KG.Policy)],
        pronouns={2: "Acme"},
    )
    verb = parsed.token("introduce")
    assert parsed.context().modality(verb) == KG.Planned
    assert modality_of(verb, lexicon=load_lexicon()) == KG.Conditional  # no speaker check
    found = {(r.subject, r.predicate, r.object): r.modality for r in parsed.find()}
    assert found[("Acme", KG.introduces, "levy")] == KG.Planned


def test_relations_modality_would_of_someone_else_stays_conditional() -> None:
    parsed = build(
        WOULD.format(subject="Unite", pos="PROPN", lemma="Unite"),
        names=[("Acme", KG.GovernmentBody), ("Unite", KG.TradeUnion), ("levy", KG.Policy)],
    )
    assert parsed.context().modality(parsed.token("introduce")) == KG.Conditional


def test_relations_modality_what_a_directive_asks_is_conditional() -> None:
    parsed = build(URGED_TO_REJECT, names=URGED_NAMES)
    assert parsed.context().modality(parsed.token("reject")) == KG.Conditional
    assert parsed.context().modality(parsed.token("urged")) == KG.Asserted


def test_relations_modality_an_act_refused_is_negated() -> None:
    """ "Acme refused to meet Unite": no meeting is held, so no ``meets``."""
    parsed = build(
        """
        Acme     PROPN nsubj 1
        refused  VERB  ROOT  1 refuse
        to       PART  aux   3
        meet     VERB  xcomp 1 meet
        Unite    PROPN dobj  3
        .        PUNCT punct 1
        """,
        names=[("Acme", KG.GovernmentBody), ("Unite", KG.TradeUnion)],
    )
    assert parsed.context().modality(parsed.token("meet")) == KG.Negated
    found = {(r.subject, r.predicate, r.object): r.modality for r in parsed.find()}
    assert found[("Acme", KG.meets, "Unite")] == KG.Negated


def test_relations_modality_neither_nor_is_negated() -> None:
    """ "Neither Acme nor Unite backs the levy" (review8): the clause is denied of both."""
    parsed = build(
        """
        Neither  CCONJ preconj 1
        Acme     PROPN nsubj   4
        nor      CCONJ cc      1
        Unite    PROPN conj    1
        backs    VERB  ROOT    4 back
        the      DET   det     6
        levy     NOUN  dobj    4
        .        PUNCT punct   4
        """,
        names=[("Acme", KG.GovernmentBody), ("Unite", KG.TradeUnion), ("levy", KG.Policy)],
    )
    assert parsed.context().modality(parsed.token("backs")) == KG.Negated
    found = {(r.subject, r.predicate, r.object): r.modality for r in parsed.find()}
    assert found[("Acme", KG.supports, "levy")] == KG.Negated


def test_relations_modality_neither_nor_real_parse(extract: Callable[..., Corpus]) -> None:
    corpus = extract(
        "Port news\n\nNeither the Harbour Union nor the Dock Guild supports the ferry levy.\n"
    )
    stances = [r for r in corpus.relations if r.predicate in (KG.supports, KG.opposes)]
    assert stances != []
    assert {r.modality for r in stances} == {KG.Negated}


# ------------------------------------------------------------------ directives

URGED_TO_REJECT = """
    Unite    PROPN nsubj 1
    urged    VERB  ROOT  1 urge
    Acme     PROPN dobj  1
    to       PART  aux   4
    reject   VERB  xcomp 1
    the      DET   det   6
    levy     NOUN  dobj  4
    .        PUNCT punct 1
"""
URGED_NAMES = [("Unite", KG.TradeUnion), ("Acme", KG.Organisation), ("levy", KG.Policy)]


def test_relations_directive_urging_others_to_reject_opposes() -> None:
    """The urger opposes what it urges others to reject; the others reject nothing yet."""
    parsed = build(URGED_TO_REJECT, names=URGED_NAMES)
    assert facts(parsed.relations("directive")) == {
        ("Unite", KG.opposes, "levy"),
        ("Unite", KG.urges, "Acme"),
    }
    found = {(r.subject, r.predicate, r.object): r.modality for r in parsed.find()}
    assert found[("Acme", KG.rejects, "levy")] == KG.Conditional
    assert found[("Unite", KG.opposes, "levy")] == KG.Asserted


def test_relations_directive_recommending_that_members_vote_to_accept_supports() -> None:
    parsed = build(
        """
        The      DET   det   1
        board    NOUN  nsubj 3
        is       AUX   aux   3 be
        recommending VERB ROOT 3 recommend
        that     SCONJ mark  6
        members  NOUN  nsubj 6 member
        vote     VERB  ccomp 3 vote VBP
        to       PART  aux   8
        accept   VERB  xcomp 6
        the      DET   det   10
        deal     NOUN  dobj  8
        .        PUNCT punct 3
        """,
        names=[("board", KG.Committee, "Pay Board"), ("deal", KG.Contract)],
    )
    assert facts(parsed.relations("directive")) == {("Pay Board", KG.supports, "deal")}


def test_relations_directive_asking_not_to_accept_opposes() -> None:
    parsed = build(
        """
        Unite    PROPN nsubj 1
        urged    VERB  ROOT  1 urge
        staff    NOUN  dobj  1
        not      PART  neg   5
        to       PART  aux   5
        accept   VERB  xcomp 1
        the      DET   det   7
        deal     NOUN  dobj  5
        .        PUNCT punct 1
        """,
        names=[("Unite", KG.TradeUnion), ("deal", KG.Contract)],
    )
    assert facts(parsed.relations("directive")) == {("Unite", KG.opposes, "deal")}


def test_relations_directive_calling_own_members_to_action_organises_it() -> None:
    parsed = build(
        """
        Unite    PROPN nsubj 1
        urged    VERB  ROOT  1 urge
        its      PRON  poss  3
        members  NOUN  dobj  1 member
        to       PART  aux   5
        join     VERB  xcomp 1
        the      DET   det   7
        walkout  NOUN  dobj  5
        .        PUNCT punct 1
        """,
        names=[("Unite", KG.TradeUnion), ("walkout", KG.CollectiveAction)],
        pronouns={2: "Unite"},
    )
    relations = parsed.relations("directive")
    assert facts(relations) == {("Unite", KG.participatesIn, "walkout")}
    assert relations[0].evidence.confidence == 0.55


def test_relations_directive_others_called_to_action_are_not_organised() -> None:
    parsed = build(
        """
        Unite    PROPN nsubj 1
        urged    VERB  ROOT  1 urge
        Acme     PROPN dobj  1
        to       PART  aux   4
        join     VERB  xcomp 1
        the      DET   det   6
        walkout  NOUN  dobj  4
        .        PUNCT punct 1
        """,
        names=[
            ("Unite", KG.TradeUnion),
            ("Acme", KG.Organisation),
            ("walkout", KG.CollectiveAction),
        ],
    )
    assert facts(parsed.relations("directive")) == {("Unite", KG.urges, "Acme")}


# ------------------------------------------------------------------ group nouns


def test_relations_group_noun_with_its_organisation_before_it() -> None:
    """ "a walkout by Unite members" is Unite's."""
    parsed = build(
        """
        A        DET   det   1
        walkout  NOUN  nsubjpass 5
        by       ADP   prep  1
        Unite    PROPN compound 4
        members  NOUN  pobj  2 member
        was      AUX   auxpass 5 be
        called   VERB  ROOT  5 call
        .        PUNCT punct 5
        """,
        names=[("walkout", KG.CollectiveAction), ("Unite", KG.TradeUnion)],
    )
    assert facts(parsed.relations("event-argument")) == {("Unite", KG.participatesIn, "walkout")}


def test_relations_consulting_own_members_on_an_offer_does_not_propose_it() -> None:
    parsed = build(
        """
        Unite    PROPN nsubj 1
        consulted VERB ROOT  1 consult
        its      PRON  poss  3
        members  NOUN  dobj  1 member
        on       ADP   prep  1
        the      DET   det   6
        offer    NOUN  pobj  4
        .        PUNCT punct 1
        """,
        names=[("Unite", KG.TradeUnion), ("offer", KG.Proposal)],
        pronouns={2: "Unite"},
    )
    assert parsed.relations("verb") == []


# ------------------------------------------------------------------ verbs naming events

BALLOTS = """
    The      DET   det   1
    ballot   NOUN  nsubj 2
    opens    VERB  ROOT  2 open
    today    NOUN  npadvmod 2
    .        PUNCT punct 2
    Unite    PROPN nsubj 7
    will     AUX   aux   7
    ballot   VERB  ROOT  7
    its      PRON  poss  9
    members  NOUN  dobj  7 member
    .        PUNCT punct 7
"""


def test_relations_event_verb_takes_part_in_the_event_of_its_class() -> None:
    parsed = build(
        BALLOTS,
        names=[("ballot", KG.Vote), ("Unite", KG.TradeUnion)],
        pronouns={8: "Unite"},
    )
    relations = parsed.relations("event-verb-named")
    assert facts(relations) == {("Unite", KG.participatesIn, "ballot")}
    assert relations[0].modality == KG.Planned


def test_relations_event_verb_leaves_an_event_others_take_part_in() -> None:
    """The only ballot of the text is held by someone else: "Unite will ballot" is another."""
    rows = BALLOTS.replace("The      DET   det   1", "Acme     PROPN compound 1")
    parsed = build(
        rows,
        names=[
            ("Acme ballot", KG.Vote, "ballot"),
            ("Acme", KG.TradeUnion),
            ("Unite", KG.TradeUnion),
        ],
        pronouns={8: "Unite"},
    )
    found = facts(parsed.relations("modifier", "event-verb-named"))
    assert found == {("Acme", KG.participatesIn, "ballot")}


def test_relations_verb_particle_then_preposition_hit_out_at() -> None:
    parsed = build(
        """
        Unite    PROPN nsubj 1
        hit      VERB  ROOT  1
        out      ADP   prt   1
        at       ADP   prep  1
        the      DET   det   5
        levy     NOUN  pobj  3
        .        PUNCT punct 1
        """,
        names=[("Unite", KG.TradeUnion), ("levy", KG.Policy)],
    )
    assert facts(parsed.find()) == {("Unite", KG.opposes, "levy")}


def test_relations_noun_of_a_possessor_is_asserted_whatever_its_clause() -> None:
    """ "whether the strike goes ahead after Acme's announcement of a levy": the announcement
    happened; the clause's doubt is about the strike."""
    parsed = build(
        """
        whether      SCONJ mark     2
        action       NOUN  nsubj    2
        goes         VERB  ROOT     2 go
        after        ADP   prep     2
        Acme         PROPN poss     6
        's           PART  case     4
        announcement NOUN  pobj     3
        of           ADP   prep     6
        a            DET   det      9
        levy         NOUN  pobj     7
        .            PUNCT punct    2
        """,
        names=[("Acme", KG.GovernmentBody), ("levy", KG.Policy)],
    )
    (relation,) = parsed.relations("noun")
    assert (relation.subject, relation.predicate, relation.object) == ("Acme", KG.announces, "levy")
    assert relation.modality == KG.Asserted


def test_relations_noun_of_putting_forward_spoken_of_is_someone_elses_act() -> None:
    """ "Acme described the announcement of the levy as late": Acme speaks of the act; "Acme
    made an announcement of the levy" does it."""
    rows = """
        Acme         PROPN nsubj    1
        {verb}       VERB  ROOT     1 {lemma}
        the          DET   det      3
        announcement NOUN  dobj     1
        of           ADP   prep     3
        the          DET   det      6
        levy         NOUN  pobj     4
        .            PUNCT punct    1
        """
    names = [("Acme", KG.GovernmentBody), ("levy", KG.Policy)]
    spoken_of = build(rows.format(verb="described", lemma="describe"), names=names)
    assert spoken_of.relations("noun") == []
    made = build(rows.format(verb="made", lemma="make"), names=names)
    assert facts(made.relations("noun")) == {("Acme", KG.announces, "levy")}


# ------------------------------------------------------------------ lists


def test_relations_listed_including_is_part_of_the_whole() -> None:
    parsed = build(
        """
        The       DET   det   1
        offer     NOUN  nsubj 6
        ,         PUNCT punct 1
        including VERB  prep  1 include
        a         DET   det   5
        bonus     NOUN  pobj  3
        lapsed    VERB  ROOT  6 lapse
        .         PUNCT punct 6
        """,
        names=[("offer", KG.Proposal), ("bonus", KG.FundingPackage)],
    )
    assert facts(parsed.relations("listed")) == {("bonus", KG.partOf, "offer")}


def test_relations_listed_demands_include_proposed_by_their_owner() -> None:
    parsed = build(
        """
        Unite    PROPN poss  2
        's       PART  case  0
        demands  NOUN  nsubj 3 demand
        include  VERB  ROOT  3
        a        DET   det   5
        bonus    NOUN  dobj  3
        and      CCONJ cc    5
        a        DET   det   8
        cap      NOUN  conj  5
        .        PUNCT punct 3
        """,
        names=[("Unite", KG.TradeUnion), ("bonus", KG.FundingPackage), ("cap", KG.Policy)],
    )
    assert facts(parsed.relations("listed")) == {
        ("Unite", KG.proposes, "bonus"),
        ("Unite", KG.proposes, "cap"),
    }


def test_relations_listed_lines_after_a_colon_are_proposed_by_the_list_owner() -> None:
    """One item a line (each its own sentence here) up to the first line opening none."""
    parsed = build(
        """
        Unite    PROPN nsubj 1
        sets     VERB  ROOT  1 set
        out      ADP   prt   1
        three    NUM   nummod 4
        demands  NOUN  dobj  1 demand
        :        PUNCT punct 1
        A        DET   det   7
        bonus    NOUN  ROOT  7
        A        DET   det   9
        cap      NOUN  ROOT  9
        Talks    NOUN  nsubj 11 talk
        resume   VERB  ROOT  11
        .        PUNCT punct 11
        """,
        names=[("Unite", KG.TradeUnion), ("bonus", KG.FundingPackage), ("cap", KG.Policy)],
    )
    assert facts(parsed.relations("listed-lines")) == {
        ("Unite", KG.proposes, "bonus"),
        ("Unite", KG.proposes, "cap"),
    }


# ------------------------------------------------------------------ round two: more clauses


def test_relations_verb_scrapping_a_plan_opposes_it_calling_off_a_strike_takes_no_part() -> None:
    parsed = build(
        """
        Acme     PROPN nsubj 1
        scrapped VERB  ROOT  1 scrap
        the      DET   det   3
        levy     NOUN  dobj  1
        .        PUNCT punct 1
        """,
        names=[("Acme", KG.GovernmentBody), ("levy", KG.Policy)],
    )
    assert facts(parsed.relations("verb")) == {("Acme", KG.opposes, "levy")}


def test_relations_directive_asking_to_rethink_opposes_and_addresses() -> None:
    parsed = build(
        """
        Unite    PROPN nsubj 1
        urged    VERB  ROOT  1 urge
        Acme     PROPN dobj  1
        to       PART  aux   4
        rethink  VERB  xcomp 1
        the      DET   det   6
        levy     NOUN  dobj  4
        .        PUNCT punct 1
        """,
        names=URGED_NAMES,
    )
    assert facts(parsed.relations("directive")) == {
        ("Unite", KG.urges, "Acme"),
        ("Unite", KG.opposes, "levy"),
    }


def test_relations_directive_call_for_x_to_act_addresses_x() -> None:
    """ "called for Acme to drop the levy": the parser makes "for" the clause's mark."""
    parsed = build(
        """
        Unite    PROPN nsubj 1
        called   VERB  ROOT  1 call
        for      SCONJ mark  5
        Acme     PROPN nsubj 5
        to       PART  aux   5
        drop     VERB  advcl 1
        the      DET   det   7
        levy     NOUN  dobj  5
        .        PUNCT punct 1
        """,
        names=URGED_NAMES,
    )
    assert facts(parsed.relations("directive")) == {
        ("Unite", KG.urges, "Acme"),
        ("Unite", KG.opposes, "levy"),
    }


def test_relations_directive_reported_should_is_asked_for() -> None:
    """ "Unite said Acme should accept the deal": a demand in reported speech."""
    parsed = build(
        """
        Unite    PROPN nsubj 1
        said     VERB  ROOT  1 say
        Acme     PROPN nsubj 4
        should   AUX   aux   4
        accept   VERB  ccomp 1
        the      DET   det   6
        deal     NOUN  dobj  4
        .        PUNCT punct 1
        """,
        names=[("Unite", KG.TradeUnion), ("Acme", KG.Organisation), ("deal", KG.Contract)],
    )
    assert facts(parsed.relations("directive")) == {
        ("Unite", KG.urges, "Acme"),
        ("Unite", KG.supports, "deal"),
    }


def test_relations_group_noun_share_of_members_names_the_organisation() -> None:
    parsed = build(
        """
        Most     ADJ   amod  1
        cent     NOUN  nsubj 5
        of       ADP   prep  1
        Unite    PROPN compound 4
        members  NOUN  pobj  2 member
        rejected VERB  ROOT  5 reject
        the      DET   det   7
        deal     NOUN  dobj  5
        .        PUNCT punct 5
        """,
        names=[("Unite", KG.TradeUnion), ("deal", KG.Contract)],
    )
    assert facts(parsed.relations("verb")) == {("Unite", KG.rejects, "deal")}


# ------------------------------------------------------------------ round two: phrases


OFFER_IN_TALKS = """
    Unite    PROPN nsubj 1
    secured  VERB  ROOT  1 secure
    an       DET   det   3
    offer    NOUN  dobj  1
    following VERB prep  1 follow
    talks    NOUN  pobj  4 talk
    with     ADP   prep  5
    {side}   PROPN pobj  6
    .        PUNCT punct 1
"""


def test_relations_offer_secured_following_talks_is_the_other_side_s() -> None:
    parsed = build(
        OFFER_IN_TALKS.format(side="Acme"),
        names=[
            ("Unite", KG.TradeUnion),
            ("offer", KG.Proposal),
            ("talks with Acme", KG.Negotiation),
            ("Acme", KG.GovernmentBody),
        ],
    )
    assert facts(parsed.relations("made-in-talks")) == {("Acme", KG.proposes, "offer")}
    assert ("Unite", KG.participatesIn, "talks with Acme") in facts(
        parsed.relations("event-setting")
    )


def test_relations_offer_made_in_talks_with_a_union_is_not_the_union_s() -> None:
    parsed = build(
        OFFER_IN_TALKS.format(side="GMB"),
        names=[
            ("Unite", KG.TradeUnion),
            ("offer", KG.Proposal),
            ("talks with GMB", KG.Negotiation),
            ("GMB", KG.TradeUnion),
        ],
    )
    assert parsed.relations("made-in-talks") == []


def test_relations_author_modifier_a_government_named_before_its_offer() -> None:
    parsed = build(
        """
        The      DET   det   3
        Acme     PROPN compound 3
        pay      NOUN  compound 3
        offer    NOUN  nsubj 4
        lapsed   VERB  ROOT  4 lapse
        .        PUNCT punct 4
        """,
        names=[("Acme pay offer", KG.Proposal), ("Acme", KG.GovernmentBody)],
    )
    assert facts(parsed.relations("author-modifier")) == {("Acme", KG.proposes, "Acme pay offer")}


def test_relations_author_modifier_a_party_named_by_its_adjective() -> None:
    """ "The Harbour manifesto lapsed." with "Harbour" the party's name read as an adjective."""
    parsed = build(
        """
        The       DET   det      2
        Harbour   ADJ   compound 2 - JJ
        manifesto NOUN  nsubj    3
        lapsed    VERB  ROOT     3 lapse
        .         PUNCT punct    3
        """,
        names=[("Harbour manifesto", KG.Plan), ("Harbour", KG.PoliticalParty)],
    )
    assert facts(parsed.relations("author-modifier")) == {
        ("Harbour", KG.proposes, "Harbour manifesto")
    }


def test_relations_possessive_pronoun_of_a_proposal_bound_by_the_clause_subject() -> None:
    parsed = build(
        """
        Acme     PROPN nsubj 1
        improved VERB  ROOT  1 improve
        its      PRON  poss  3
        offer    NOUN  dobj  1
        .        PUNCT punct 1
        """,
        names=[("Acme", KG.GovernmentBody), ("offer", KG.Proposal)],
    )
    assert facts(parsed.relations("possessive")) == {("Acme", KG.proposes, "offer")}


def test_relations_addressed_house_speaking_in_a_legislature() -> None:
    parsed = build(
        """
        Okafor   PROPN nsubj 1
        said     VERB  ROOT  1 say
        in       ADP   prep  1
        Parliament PROPN pobj 2
        that     SCONJ mark  6
        it       PRON  nsubj 6
        failed   VERB  ccomp 1 fail
        .        PUNCT punct 1
        """,
        names=[("Okafor", KG.Person), ("Parliament", KG.Legislature)],
    )
    assert facts(parsed.relations("addressed-house")) == {
        ("Okafor", KG.communicatesWith, "Parliament")
    }


def test_relations_verb_telling_a_conference_takes_part_in_it() -> None:
    parsed = build(
        """
        Okafor     PROPN nsubj 1
        told       VERB  ROOT  1 tell
        the        DET   det   3
        conference NOUN  dobj  1
        .          PUNCT punct 1
        """,
        names=[("Okafor", KG.Person), ("conference", KG.Conference)],
    )
    assert facts(parsed.relations("verb")) == {("Okafor", KG.participatesIn, "conference")}


def test_relations_noun_in_favour_of_supports() -> None:
    parsed = build(
        """
        Unite    PROPN nsubj 1
        is       AUX   ROOT  1 be
        in       ADP   prep  1
        favour   NOUN  pobj  2
        of       ADP   prep  3
        the      DET   det   6
        levy     NOUN  pobj  4
        .        PUNCT punct 1
        """,
        names=[("Unite", KG.TradeUnion), ("levy", KG.Policy)],
    )
    assert facts(parsed.relations("noun")) == {("Unite", KG.supports, "levy")}


def test_relations_verb_holding_days_of_an_action_takes_part_in_it() -> None:
    parsed = build(
        """
        Unite    PROPN nsubj 1
        held     VERB  ROOT  1 hold
        two      NUM   nummod 3
        days     NOUN  dobj  1 day
        of       ADP   prep  3
        strikes  NOUN  pobj  4 strike
        .        PUNCT punct 1
        """,
        names=[("Unite", KG.TradeUnion), ("strikes", KG.CollectiveAction)],
    )
    assert facts(parsed.relations("verb")) == {("Unite", KG.organises, "strikes")}


def test_relations_source_plans_by_an_actor_are_its_proposal() -> None:
    parsed = build(
        """
        Plans    NOUN  nsubjpass 4 plan
        by       ADP   prep  0
        Acme     PROPN pobj  1
        were     AUX   auxpass 4 be
        dropped  VERB  ROOT  4 drop
        .        PUNCT punct 4
        """,
        names=[("Plans", KG.Plan), ("Acme", KG.GovernmentBody)],
    )
    assert facts(parsed.relations("source")) == {("Acme", KG.proposes, "Plans")}


def test_relations_noun_withdrawing_support_opposes() -> None:
    # "Unite withdrew its support for the levy": Unite now opposes the levy
    parsed = build(
        """
        Unite    PROPN nsubj 1
        withdrew VERB  ROOT  1 withdraw
        its      PRON  poss  3
        support  NOUN  dobj  1
        for      ADP   prep  3
        the      DET   det   6
        levy     NOUN  pobj  4
        .        PUNCT punct 1
        """,
        names=[("Unite", KG.TradeUnion), ("levy", KG.Policy)],
        pronouns={2: "Unite"},
    )
    assert facts(parsed.relations("noun")) == {("Unite", KG.opposes, "levy")}


def test_relations_noun_their_stance_is_each_coordinated_subject_s() -> None:
    # "Unite and Acme hardened their opposition to the levy": both oppose it
    parsed = build(
        """
        Unite      PROPN nsubj 3
        and        CCONJ cc    0
        Acme       PROPN conj  0
        hardened   VERB  ROOT  3 harden
        their      PRON  poss  5
        opposition NOUN  dobj  3
        to         ADP   prep  5
        the        DET   det   8
        levy       NOUN  pobj  6
        .          PUNCT punct 3
        """,
        names=[("Unite", KG.TradeUnion), ("Acme", KG.Organisation), ("levy", KG.Policy)],
        pronouns={4: "Acme"},
    )
    assert {(s, o) for s, _, o in facts(parsed.relations("noun"))} == {
        ("Unite", "levy"),
        ("Acme", "levy"),
    }


ASKED_IF = """
    Reeve    PROPN nsubj 1
    {verb}   VERB  ROOT  1 {lemma} VBD
    Dale     PROPN dobj  1
    if       SCONJ mark  7
    the      DET   det   6
    levy     NOUN  nsubj 7
    would    AUX   aux   7
    rise     VERB  advcl 1 rise
    .        PUNCT punct 1
"""


def test_relations_modality_if_after_a_verb_of_asking_opens_a_question() -> None:
    """ "Reeve asked Dale if the levy would rise": the asking happened; "if" is "whether".
    "Reeve will meet Dale if ...": there "if" sets a condition."""
    asked = build(ASKED_IF.format(verb="asked", lemma="ask"), names=[("Reeve", KG.Person)])
    assert modality_of(asked.token("asked"), lexicon=load_lexicon()) == KG.Asserted
    met = build(ASKED_IF.format(verb="met", lemma="meet"), names=[("Reeve", KG.Person)])
    assert modality_of(met.token("met"), lexicon=load_lexicon()) == KG.Conditional


def test_relations_an_attack_on_someone_criticises_them() -> None:
    """ "Unite launched an attack on Acme": criticism (``kg:criticises``), the noun and "on"."""
    parsed = build(
        """
        Unite    PROPN nsubj 1
        launched VERB  ROOT  1 launch
        an       DET   det   3
        attack   NOUN  dobj  1 attack
        on       ADP   prep  3
        Acme     PROPN pobj  4
        .        PUNCT punct 1
        """,
        names=[("Unite", KG.TradeUnion), ("Acme", KG.Organisation)],
    )
    assert facts(parsed.relations("noun")) == {("Unite", KG.criticises, "Acme")}
