"""Events and communication (ext-events): who runs an event, and verbs and nouns of talking to
another actor. Sentences written for the tests, on hand-built parses."""

from __future__ import annotations

from typing import Any

from doc_builder import Name, build, facts

from kg.rdf.namespaces import KG


def test_relations_event_agent_of_a_participle_of_running_it() -> None:
    """ "a review run by the Harbour Board": whoever runs an event takes part in it."""
    parsed = build(
        """
        A        DET   det      1
        review   NOUN  nsubj    6
        run      VERB  acl      1 run VBN
        by       ADP   agent    2
        Harbour  PROPN compound 5
        Board    PROPN pobj     3
        closes   VERB  ROOT     6 close VBZ
        .        PUNCT punct    6
        """,
        names=[("review", KG.Consultation), ("Harbour Board", KG.PublicBody)],
    )
    assert facts(parsed.relations("event-agent")) == {
        ("Harbour Board", KG.participatesIn, "review")
    }


def test_relations_event_agent_needs_a_verb_of_taking_part() -> None:
    """ "a strike condemned by the Harbour Board": condemning a strike is no part in it."""
    parsed = build(
        """
        A         DET   det      1
        strike    NOUN  nsubj    6
        condemned VERB  acl      1 condemn VBN
        by        ADP   agent    2
        Harbour   PROPN compound 5
        Board     PROPN pobj     3
        began     VERB  ROOT     6 begin VBD
        .         PUNCT punct    6
        """,
        names=[("strike", KG.CollectiveAction), ("Harbour Board", KG.PublicBody)],
    )
    assert parsed.relations("event-agent") == []


def test_relations_chairing_a_meeting_takes_part_in_it() -> None:
    parsed = build(
        """
        Okafor   PROPN nsubj 1
        chaired  VERB  ROOT  1 chair
        the      DET   det   3
        summit   NOUN  dobj  1
        .        PUNCT punct 1
        """,
        names=[("Okafor", KG.Person), ("summit", KG.Meeting)],
    )
    assert facts(parsed.find()) == {("Okafor", KG.participatesIn, "summit")}


def test_relations_negotiating_with_the_other_side_communicates() -> None:
    """ "negotiated with the Harbour Board" (no object): the other side of the table."""
    parsed = build(
        """
        Unite       PROPN nsubj 1
        negotiated  VERB  ROOT  1 negotiate
        with        ADP   prep  1
        the         DET   det   5
        Harbour     PROPN compound 5
        Board       PROPN pobj  2
        .           PUNCT punct 1
        """,
        names=[("Unite", KG.TradeUnion), ("Harbour Board", KG.PublicBody)],
    )
    assert facts(parsed.relations("verb")) == {("Unite", KG.negotiatesWith, "Harbour Board")}


def test_relations_negotiating_a_deal_with_someone_may_be_a_partner() -> None:
    """ "Okafor negotiated the deal with Lind": Lind may be a colleague at the table."""
    parsed = build(
        """
        Okafor      PROPN nsubj 1
        negotiated  VERB  ROOT  1 negotiate
        the         DET   det   3
        deal        NOUN  dobj  1
        with        ADP   prep  1
        Lind        PROPN pobj  4
        .           PUNCT punct 1
        """,
        names=[("Okafor", KG.Person), ("Lind", KG.Person)],
    )
    assert parsed.relations("verb") == []


def test_relations_consulting_and_inviting_an_actor_communicate() -> None:
    parsed = build(
        """
        Ministers  NOUN  nsubj 1 minister
        consulted  VERB  ROOT  1 consult
        Unite      PROPN dobj  1
        and        CCONJ cc    1
        invited    VERB  conj  1 invite
        the        DET   det   7
        Harbour    PROPN compound 7
        Board      PROPN dobj  4
        to         ADP   prep  4
        talks      NOUN  pobj  8 talk
        .          PUNCT punct 1
        """,
        names=[
            ("Ministers", KG.GovernmentBody),
            ("Unite", KG.TradeUnion),
            ("Harbour Board", KG.PublicBody),
        ],
    )
    assert facts(parsed.relations("verb")) == {
        ("Ministers", KG.communicatesWith, "Unite"),
        ("Ministers", KG.communicatesWith, "Harbour Board"),
    }


def test_relations_discussions_with_an_actor_communicate() -> None:
    parsed = build(
        """
        Okafor       PROPN nsubj 1
        held         VERB  ROOT  1 hold
        discussions  NOUN  dobj  1 discussion
        with         ADP   prep  2
        Lind         PROPN pobj  3
        .            PUNCT punct 1
        """,
        names=[("Okafor", KG.Person), ("Lind", KG.Person)],
    )
    assert facts(parsed.relations("noun")) == {("Okafor", KG.communicatesWith, "Lind")}


def test_relations_a_news_organisation_s_programme_stands_for_it() -> None:
    """ "spoke to the Courier's Morning programme": to the Courier (``lex:outletNoun``)."""
    parsed = build(
        """
        Okafor     PROPN nsubj 1
        spoke      VERB  ROOT  1 speak
        to         ADP   prep  1
        the        DET   det   4
        Courier    PROPN poss  7
        's         PART  case  4
        Morning    PROPN compound 7
        programme  NOUN  pobj  2
        .          PUNCT punct 1
        """,
        names=[("Okafor", KG.Person), ("Courier", KG.NewsOrganisation)],
    )
    assert facts(parsed.relations("verb")) == {("Okafor", KG.communicatesWith, "Courier")}


def test_relations_an_outlet_hung_on_the_programme_s_own_name() -> None:
    """ "told the Courier's Morning programme that ...", with the parser hanging the
    possessive on "Morning": still to the Courier."""
    parsed = build(
        """
        Okafor     PROPN nsubj    1
        told       VERB  ROOT     1 tell
        the        DET   det      4
        Courier    PROPN poss     5
        's         PART  case     3
        Morning    PROPN compound 6
        programme  NOUN  dobj     1
        that       SCONJ mark     10
        crews      NOUN  nsubj    10 crew
        were       AUX   aux      10 be
        angry      ADJ   acl      6
        .          PUNCT punct    1
        """,
        names=[("Okafor", KG.Person), ("Courier", KG.NewsOrganisation)],
    )
    assert ("Okafor", KG.communicatesWith, "Courier") in {
        (s, KG.communicatesWith, o) for s, _, o in facts(parsed.relations("verb"))
    }


def test_relations_a_programme_of_another_organisation_is_not_its_outlet() -> None:
    parsed = build(
        """
        Okafor     PROPN nsubj 1
        spoke      VERB  ROOT  1 speak
        to         ADP   prep  1
        the        DET   det   4
        Harbour    PROPN compound 5
        Board      PROPN poss  7
        's         PART  case  5
        programme  NOUN  pobj  2
        .          PUNCT punct 1
        """,
        names=[("Okafor", KG.Person), ("Harbour Board", KG.PublicBody)],
    )
    assert parsed.relations("verb") == []


def test_relations_real_parse_speaking_to_a_broadcaster_s_programme(extract: Any) -> None:
    """A programme named in capitals is the outlet spoken to (``broadcasts.named_programmes``);
    a programme with no name of its own stands for its owner ("the BBC's programme")."""
    corpus = extract(
        "Ferry news\nSpeaking to the BBC's Today programme, Dana Whitlock said crews were angry."
    )
    assert ("Dana Whitlock", KG.communicatesWith, "Today programme") in {
        (r.subject, r.predicate, r.object) for r in corpus.relations
    }


def test_real_parse_a_statement_is_no_event_but_speaking_through_the_press(extract: Any) -> None:
    """ "In a statement to the Courier, X said": words put out, not an event taken part in."""
    corpus = extract(
        "Ferry news\nIn a statement to Farmers Weekly, the Ferry Pilots Guild said crews "
        "were angry."
    )
    assert not [e for e in corpus.entities if e.label.lower().startswith("statement")]
    assert ("Ferry Pilots Guild", KG.communicatesWith, "Farmers Weekly") in {
        (r.subject, r.predicate, r.object) for r in corpus.relations
    }


def test_real_parse_a_rally_organised_is_taken_part_in(extract: Any) -> None:
    corpus = extract(
        "Ferry news\nThe Harbour Workers Union organised a rally outside the port on Tuesday."
    )
    assert ("Harbour Workers Union", KG.participatesIn, "rally") in {
        (r.subject, r.predicate, r.object) for r in corpus.relations
    }


def test_relations_hitting_back_at_someone_criticises_them() -> None:
    """ "Okafor hit back at Lind": "back" parsed as an adverb still makes the phrase."""
    parsed = build(
        """
        Okafor  PROPN nsubj  1
        hit     VERB  ROOT   1 hit
        back    ADV   advmod 1
        at      ADP   prep   1
        Lind    PROPN pobj   3
        .       PUNCT punct  1
        """,
        names=[("Okafor", KG.Person), ("Lind", KG.Person)],
    )
    assert facts(parsed.relations("outburst")) == {("Okafor", KG.criticises, "Lind")}


def test_relations_challenging_someone_to_act_urges_them() -> None:
    parsed = build(
        """
        Okafor      PROPN nsubj 1
        challenged  VERB  ROOT  1 challenge
        Lind        PROPN dobj  1
        to          PART  aux   4
        resign      VERB  xcomp 1 resign
        .           PUNCT punct 1
        """,
        names=[("Okafor", KG.Person), ("Lind", KG.Person)],
    )
    assert facts(parsed.relations("directive")) == {("Okafor", KG.urges, "Lind")}


def test_relations_coordinated_subjects_of_meet_meet_each_other() -> None:
    """ "Unite and the Harbour Board met on Monday" (``lex:symmetricVerb``, no object)."""
    parsed = build(
        """
        Unite    PROPN nsubj 5
        and      CCONJ cc    0
        the      DET   det   4
        Harbour  PROPN compound 4
        Board    PROPN conj  0
        met      VERB  ROOT  5 meet
        on       ADP   prep  5
        Monday   PROPN pobj  6
        .        PUNCT punct 5
        """,
        names=[("Unite", KG.TradeUnion), ("Harbour Board", KG.PublicBody)],
    )
    assert facts(parsed.relations("reciprocal")) == {
        ("Unite", KG.meets, "Harbour Board"),
        ("Harbour Board", KG.meets, "Unite"),
    }


def test_relations_representatives_of_two_bodies_met_each_other() -> None:
    parsed = build(
        """
        Representatives NOUN nsubj 5 representative
        of       ADP   prep  0
        Unite    PROPN pobj  1
        and      CCONJ cc    2
        Acme     PROPN conj  2
        met      VERB  ROOT  5 meet
        .        PUNCT punct 5
        """,
        names=[("Unite", KG.TradeUnion), ("Acme", KG.Organisation)],
    )
    assert facts(parsed.relations("reciprocal")) == {
        ("Unite", KG.meets, "Acme"),
        ("Acme", KG.meets, "Unite"),
    }


def test_relations_appearing_before_a_committee_and_petitioning_communicate() -> None:
    parsed = build(
        """
        Okafor      PROPN nsubj 1
        appeared    VERB  ROOT  1 appear
        before      ADP   prep  1
        the         DET   det   5
        Harbour     PROPN compound 5
        Committee   PROPN pobj  2
        and         CCONJ cc    1
        petitioned  VERB  conj  1 petition
        Acme        PROPN dobj  7
        .           PUNCT punct 1
        """,
        names=[
            ("Okafor", KG.Person),
            ("Harbour Committee", KG.Committee),
            ("Acme", KG.Organisation),
        ],
    )
    assert facts(parsed.relations("verb")) == {
        ("Okafor", KG.communicatesWith, "Harbour Committee"),
        ("Okafor", KG.communicatesWith, "Acme"),
    }


def test_relations_a_verb_does_not_take_part_in_another_verb_s_act() -> None:
    """ "Unite met Acme. Okafor will meet Lind.": the one meeting of the text is the act of the
    second verb ("meet", found by the verb), not the first."""
    parsed = build(
        """
        Unite   PROPN nsubj 1
        met     VERB  ROOT  1 meet
        Acme    PROPN dobj  1
        .       PUNCT punct 1
        Okafor  PROPN nsubj 6
        will    AUX   aux   6
        meet    VERB  ROOT  6 meet
        Lind    PROPN dobj  6
        .       PUNCT punct 6
        """,
        names=[
            ("Unite", KG.TradeUnion),
            ("Acme", KG.Organisation),
            ("Okafor", KG.Person),
            ("Lind", KG.Person),
            Name("meet", KG.Meeting, "meeting", "verb"),
        ],
    )
    assert facts(parsed.relations("event-verb-named")) == {
        ("Okafor", KG.participatesIn, "meeting"),
        ("Lind", KG.participatesIn, "meeting"),
    }


def test_relations_disappointment_at_what_an_actor_did_criticises_it() -> None:
    """ "Unite is disappointed that Acme walked away": public criticism of Acme."""
    parsed = build(
        """
        Unite         PROPN nsubj 1
        is            AUX   ROOT  1 be
        disappointed  ADJ   acomp 1
        that          SCONJ mark  5
        Acme          PROPN nsubj 5
        walked        VERB  ccomp 2 walk
        away          ADV   advmod 5
        .             PUNCT punct 1
        """,
        names=[("Unite", KG.TradeUnion), ("Acme", KG.Organisation)],
    )
    assert facts(parsed.relations("attitude")) == {("Unite", KG.criticises, "Acme")}


def test_relations_negotiators_of_the_other_side_are_in_the_talks_the_text_names() -> None:
    """ "Pay talks with Acme ended. Okafor negotiated the deal with Lind.": the talks have two
    sides, so Acme taking part does not make them someone else's."""
    parsed = build(
        """
        Pay         NOUN  compound 1
        talks       NOUN  nsubj 4 talk
        with        ADP   prep  1
        Acme        PROPN pobj  2
        ended       VERB  ROOT  4 end
        .           PUNCT punct 4
        Okafor      PROPN nsubj 7
        negotiated  VERB  ROOT  7 negotiate
        the         DET   det   9
        deal        NOUN  dobj  7
        with        ADP   prep  7
        Lind        PROPN pobj  10
        .           PUNCT punct 7
        """,
        names=[
            Name("Pay talks", KG.Negotiation, "talks", "noun-phrase"),
            ("Acme", KG.Organisation),
            ("Okafor", KG.Person),
            ("Lind", KG.Person),
        ],
    )
    assert facts(parsed.relations("event-argument", "event-verb-named")) == {
        ("Acme", KG.participatesIn, "talks"),
        ("Okafor", KG.participatesIn, "talks"),
        ("Lind", KG.participatesIn, "talks"),
    }


def test_relations_going_on_strike_takes_part_in_it() -> None:
    """ "Unite went on strike": a bare event noun after "on" (``lex:onEventVerb``)."""
    parsed = build(
        """
        Unite   PROPN nsubj 1
        went    VERB  ROOT  1 go
        on      ADP   prep  1
        strike  NOUN  pobj  2
        .       PUNCT punct 1
        """,
        names=[("Unite", KG.TradeUnion), Name("strike", KG.CollectiveAction, "", "noun-phrase")],
    )
    assert facts(parsed.relations("event-setting")) == {("Unite", KG.participatesIn, "strike")}


def test_relations_commenting_on_a_strike_takes_no_part_in_it() -> None:
    parsed = build(
        """
        Acme       PROPN nsubj 1
        commented  VERB  ROOT  1 comment
        on         ADP   prep  1
        the        DET   det   4
        strike     NOUN  pobj  2
        .          PUNCT punct 1
        """,
        names=[("Acme", KG.Organisation), Name("strike", KG.CollectiveAction, "", "noun-phrase")],
    )
    assert parsed.relations("event-setting") == []


def test_relations_putting_an_offer_to_a_ballot_holds_it() -> None:
    parsed = build(
        """
        Unite   PROPN nsubj 1
        put     VERB  ROOT  1 put
        the     DET   det   3
        offer   NOUN  dobj  1
        to      ADP   prep  1
        a       DET   det   6
        ballot  NOUN  pobj  4
        .       PUNCT punct 1
        """,
        names=[("Unite", KG.TradeUnion), Name("ballot", KG.Vote, "", "noun-phrase")],
    )
    assert facts(parsed.relations("verb")) == {("Unite", KG.participatesIn, "ballot")}


def test_real_parse_a_union_on_strike_names_its_strike(extract: Any) -> None:
    corpus = extract("Ferry news\nThe Harbour Workers Union went on strike on Monday.")
    assert ("Harbour Workers Union", KG.participatesIn, "strike") in {
        (r.subject, r.predicate, r.object) for r in corpus.relations
    }


def test_relations_disappointment_at_what_it_does_names_no_one() -> None:
    """ "Unite is concerned that it represents a risk": "it" may be a thing, not an actor."""
    parsed = build(
        """
        Unite       PROPN nsubj 1
        is          AUX   ROOT  1 be
        concerned   ADJ   acomp 1
        that        SCONJ mark  5
        it          PRON  nsubj 5
        represents  VERB  ccomp 2 represent
        a           DET   det   7
        risk        NOUN  dobj  5
        to          ADP   prep  7
        Acme        PROPN pobj  8
        .           PUNCT punct 1
        """,
        names=[("Unite", KG.TradeUnion), ("Acme", KG.Organisation)],
        pronouns={4: "Acme"},
    )
    assert parsed.relations("attitude") == []


def test_relations_talks_involving_actors_are_taken_part_in_by_each() -> None:
    """ "Talks involving the Guild and the Alliance will convene.": the participle's objects
    are the sides of the talks."""
    parsed = build(
        """
        Talks      NOUN  nsubj 8 talk    NNS
        involving  VERB  acl   0 involve VBG
        the        DET   det   3
        Guild      PROPN dobj  1
        and        CCONJ cc    3
        the        DET   det   6
        Alliance   PROPN conj  3
        will       AUX   aux   8
        convene    VERB  ROOT  8
        .          PUNCT punct 8
        """,
        names=[("Talks", KG.Negotiation), ("Guild", KG.TradeUnion), ("Alliance", KG.TradeUnion)],
    )
    found = {(s, p, o) for s, p, o in facts(parsed.relations("event-argument"))}
    assert found == {
        ("Guild", KG.participatesIn, "Talks"),
        ("Alliance", KG.participatesIn, "Talks"),
    }
