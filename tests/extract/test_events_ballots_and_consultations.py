"""Events and who takes part in them: those a ballot or consultation asks
to take part."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from doc_builder import Name, build, context_of, facts, make_doc, mention
from rdflib import URIRef

from kg.extract.entities.sieve import Sieve, events_by_descriptive_name, one_collective_action
from kg.extract.lexicon import load_lexicon
from kg.extract.mentions import MentionSet
from kg.extract.mentions.noun_phrases import head_noun_phrases
from kg.extract.mentions.verb_events import events_named_by_verbs
from kg.rdf.namespaces import KG

Fact = tuple[str, URIRef, str]

# "<subject> will be <verb> on the offer.": the subject's rows end at index 2
ASKED = """
will     AUX   aux      5
be       AUX   auxpass  5
{verb}   VERB  ROOT     5 {lemma} VBN
on       ADP   prep     5
the      DET   det      8
offer    NOUN  pobj     6
.        PUNCT punct    5
"""

MEMBERS = """
Dockers  PROPN compound 1
Guild    PROPN compound 2
members  NOUN  nsubjpass 5 member
"""

GUILD = """
The      DET   det      2
Dockers  PROPN compound 2
Guild    PROPN nsubjpass 5
"""


def test_relations_a_body_whose_members_are_balloted_takes_part_in_the_ballot() -> None:
    """ "Dockers Guild members will be balloted on the offer.": a body's members stand for it
    (``lex:groupNoun``), so the Guild is in the ballot though no one is named running it."""
    parsed = build(
        MEMBERS + ASKED.format(verb="balloted", lemma="ballot"),
        names=[("Dockers Guild", KG.TradeUnion), Name("balloted", KG.Vote, "ballot", "verb")],
    )
    assert facts(parsed.relations("event-verb-named")) == {
        ("Dockers Guild", KG.participatesIn, "ballot")
    }


def test_relations_a_body_consulted_takes_part_in_the_consultation() -> None:
    parsed = build(
        GUILD + ASKED.format(verb="consulted", lemma="consult"),
        names=[
            ("Dockers Guild", KG.TradeUnion),
            Name("consulted", KG.Consultation, "consultation", "verb"),
        ],
    )
    assert facts(parsed.relations("event-verb-named")) == {
        ("Dockers Guild", KG.participatesIn, "consultation")
    }


def test_relations_a_passive_of_another_event_verb_names_no_participant() -> None:
    """ "The Dockers Guild will be met on the offer": "meet" asks no one to take part
    (not ``lex:passiveEventVerb``); whoever meets the Guild is not named."""
    parsed = build(
        GUILD + ASKED.format(verb="met", lemma="meet"),
        names=[("Dockers Guild", KG.TradeUnion), Name("met", KG.Meeting, "meeting", "verb")],
    )
    assert facts(parsed.relations("event-verb-named")) == set()


def test_relations_members_balloted_on_a_real_parse(extract: Callable[..., Any]) -> None:
    corpus = extract(
        "Ballot news\nMembers of the Harbour Workers Union will be balloted on strike action"
        " next month, the union said."
    )
    labels = {e.key: e.label for e in corpus.entities}
    found = {(labels[r.subject], r.predicate, labels[r.object]) for r in corpus.relations}
    assert ("Harbour Workers Union", KG.participatesIn, "balloted") in found


def _events(rows: str) -> set[str]:
    """The event phrases of a hand-built parse."""
    return {
        c.span.text
        for c in head_noun_phrases(context_of(make_doc(rows)))
        if c.type in (KG.Vote, KG.Meeting)
    }


def test_mentions_votes_counted_by_a_number_name_no_vote() -> None:
    """ "The motion was passed by 40 votes to 12.": a figure of the vote, not a vote held."""
    rows = """
    The     DET   det       1
    motion  NOUN  nsubjpass 3
    was     AUX   auxpass   3 be
    passed  VERB  ROOT      3 pass VBN
    by      ADP   agent     3
    40      NUM   nummod    6 - CD
    votes   NOUN  pobj      4 vote NNS
    to      ADP   prep      3
    12      NUM   pobj      7 - CD
    .       PUNCT punct     3
    """
    assert _events(rows) == set()
    assert _events(rows.replace("40      NUM   nummod    6 - CD", "the     DET   det       6")) == {
        "votes"
    }


def _debate(det: str, modifier: str, after: str) -> set[str]:
    """ "<det> <modifier> debate <after> the fees ran on." on a hand-built parse."""
    return _events(
        f"""
        {det}      DET   det    2
        {modifier} ADJ   amod   2
        debate     NOUN  nsubj  6
        {after}    ADP   prep   2
        the        DET   det    5
        fees       NOUN  pobj   3 fee NNS
        ran        VERB  ROOT   6 run VBD
        on         ADP   prt    6
        .          PUNCT punct  6
        """
    )


def test_mentions_a_debate_on_something_is_a_sitting() -> None:
    """ "A long debate on the fees ran on": a debate held, named as a meeting is."""
    assert "long debate on the fees" in _debate("A", "long", "on")


def test_mentions_a_debate_argued_in_public_names_no_event() -> None:
    """ "The debate over the fees", "the wider debate about the fees": argument carried on in
    public (``lex:debateTopicPreposition``, ``lex:publicDebateModifier``)."""
    assert _debate("The", "long", "over") == set()
    assert _debate("The", "wider", "on") == set()


def test_mentions_speaking_during_a_debate_takes_part_on_a_real_parse(
    extract: Callable[..., Any],
) -> None:
    corpus = extract(
        "Harbour bill news\nA debate on the Harbour Levy Bill ran all afternoon. Speaking"
        " during the debate, ports minister Ravi Okafor defended the bill."
    )
    labels = {e.key: e.label for e in corpus.entities}
    found = {(labels[r.subject], r.predicate) for r in corpus.relations}
    assert ("Ravi Okafor", KG.participatesIn) in found


def test_sieve_talks_and_negotiations_with_only_descriptive_modifiers_are_one() -> None:
    """ "Fresh negotiations began; productive talks ended.": two words for one process, each
    only described (``kg:Negotiation``), name one event."""
    doc = make_doc(
        """
        fresh        ADJ   amod  1 -           JJ
        negotiations NOUN  nsubj 2 negotiation NNS
        began        VERB  ROOT  2 begin       VBD
        ;            PUNCT punct 2 -           :
        productive   ADJ   amod  5 -           JJ
        talks        NOUN  nsubj 6 talk        NNS
        ended        VERB  conj  2 end         VBD
        """
    )
    found = [
        mention("fresh negotiations", KG.Negotiation, "noun-phrase", head="negotiation"),
        mention(
            "productive talks", KG.Negotiation, "noun-phrase", start=28, token_start=4, head="talk"
        ),
    ]
    sieve = Sieve(MentionSet(mentions=found), found, load_lexicon(), {}, list(doc))
    events_by_descriptive_name(sieve)
    assert sieve.links.find(0) == sieve.links.find(1)


def _after_talks(mark: str) -> set[Fact]:
    """ "The Dockers Guild called a strike <mark> talks with Acme collapsed." by hand."""
    parsed = build(
        f"""
        The       DET   det      2
        Dockers   PROPN compound 2
        Guild     PROPN nsubj    3
        called    VERB  ROOT     3 call VBD
        a         DET   det      5
        strike    NOUN  dobj     3
        {mark}    SCONJ mark     10
        talks     NOUN  nsubj    10 talk NNS
        with      ADP   prep     7
        Acme      PROPN pobj     8
        collapsed VERB  advcl    3 collapse VBD
        .         PUNCT punct    3
        """,
        names=[
            ("Dockers Guild", KG.TradeUnion),
            ("Acme", KG.Organisation),
            Name("talks with Acme", KG.Negotiation, "talks", "noun-phrase"),
        ],
    )
    return facts(parsed.relations("event-setting"))


def test_relations_who_acts_after_talks_ended_was_in_them() -> None:
    """ "called a strike after talks with Acme collapsed": the Guild came out of the talks."""
    assert _after_talks("after") == {("Dockers Guild", KG.participatesIn, "talks")}


def test_relations_who_acts_before_talks_is_not_said_to_be_in_them() -> None:
    assert _after_talks("before") == set()


def test_relations_who_acts_after_talks_between_others_was_not_in_them() -> None:
    """ "The Harbour Board raised fees after talks between Acme and Zeta collapsed.": talks
    that name both their sides were not the board's (review3)."""
    parsed = build(
        """
        The       DET   det      2
        Harbour   PROPN compound 2
        Board     PROPN nsubj    3
        raised    VERB  ROOT     3 raise VBD
        fees      NOUN  dobj     3 fee NNS
        after     SCONJ mark     11
        talks     NOUN  nsubj    11 talk NNS
        between   ADP   prep     6
        Acme      PROPN pobj     7
        and       CCONJ cc       8
        Zeta      PROPN conj     8
        collapsed VERB  advcl    3 collapse VBD
        .         PUNCT punct    3
        """,
        names=[
            ("Harbour Board", KG.PublicBody),
            ("Acme", KG.Organisation),
            ("Zeta", KG.Organisation),
            Name("talks between Acme and Zeta", KG.Negotiation, "talks", "noun-phrase"),
        ],
    )
    assert facts(parsed.relations("event-setting")) == set()


def test_mentions_a_stoppage_is_collective_action() -> None:
    doc = make_doc(
        """
        The      DET   det    2
        Guild    PROPN nsubj  2
        called   VERB  ROOT   2 call VBD
        a        DET   det    5
        24-hour  ADJ   amod   5
        stoppage NOUN  dobj   2
        .        PUNCT punct  2
        """
    )
    found = {c.span.text: c.type for c in head_noun_phrases(context_of(doc))}
    assert found.get("24-hour stoppage") == KG.CollectiveAction


# "The Dockers Guild <aux> met Okafor. The meeting was brief."
MET_THEN_DESCRIBED = """
The     DET   det      2
Dockers PROPN compound 2
Guild   PROPN nsubj    4
{aux}   AUX   aux      4 have VBZ
met     VERB  ROOT     4 meet {tag}
Okafor  PROPN dobj     4
.       PUNCT punct    4
The     DET   det      8
{noun}  NOUN  nsubj    9 {noun}
was     AUX   ROOT     9 be VBD
brief   ADJ   acomp    9
.       PUNCT punct    9
"""


def _verb_events(aux: str, tag: str, noun: str) -> list[str]:
    """The events the verbs of :data:`MET_THEN_DESCRIBED` name."""
    context = context_of(make_doc(MET_THEN_DESCRIBED.format(aux=aux, tag=tag, noun=noun)))
    earlier = tuple(head_noun_phrases(context))
    return [c.span.text for c in events_named_by_verbs(context, earlier)]


def test_mentions_a_meeting_told_as_done_and_then_described_is_named_by_its_verb() -> None:
    """ "The Guild has met Okafor. The meeting was brief.": the description refers back to the
    act of the verb, which names the meeting."""
    assert _verb_events("has", "VBN", "meeting") == ["met"]


def test_mentions_an_act_told_as_done_and_not_described_names_no_event() -> None:
    """ "The Guild has met Okafor. The deal was brief.": no description of a meeting."""
    assert _verb_events("has", "VBN", "deal") == []


def test_mentions_a_meeting_told_as_done_is_not_the_next_one() -> None:
    """ "The Guild met Okafor. The next meeting is in May.": a description with a word of
    another version (``lex:versionWord``) is of another meeting, not the act just told
    (review3)."""
    doc = make_doc(
        """
        The     DET   det      2
        Dockers PROPN compound 2
        Guild   PROPN nsubj    3
        met     VERB  ROOT     3 meet VBD
        Okafor  PROPN dobj     3
        .       PUNCT punct    3
        The     DET   det      8
        next    ADJ   amod     8
        meeting NOUN  nsubj    9
        is      AUX   ROOT     9 be VBZ
        in      ADP   prep     9
        May     PROPN pobj     10
        .       PUNCT punct    9
        """
    )
    context = context_of(doc)
    earlier = tuple(head_noun_phrases(context))
    assert [c.span.text for c in events_named_by_verbs(context, earlier)] == []


def test_relations_a_meeting_told_as_done_and_described_on_a_real_parse(
    extract: Callable[..., Any],
) -> None:
    corpus = extract(
        "Harbour talks\nLeaders of the Harbour Workers Union met ports minister Ravi Okafor"
        " on Monday.\nThe meeting was described as constructive."
    )
    labels = {e.key: e.label for e in corpus.entities}
    found = {
        (labels[r.subject], labels[r.object])
        for r in corpus.relations
        if r.predicate == KG.participatesIn
    }
    assert {s for s, _ in found} == {"Harbour Workers Union", "Ravi Okafor"}


def _in_a_vote(people: str, lemma: str, prep: str) -> set[Fact]:
    """ "<people> <prep> the Fisheries Committee backed the plan in a vote." by hand."""
    parsed = build(
        f"""
        {people}   NOUN  nsubj    5 {lemma} NNS
        {prep}     ADP   prep     0
        the        DET   det      4
        Fisheries  PROPN compound 4
        Committee  PROPN pobj     1
        backed     VERB  ROOT     5 back VBD
        the        DET   det      7
        plan       NOUN  dobj     5
        in         ADP   prep     5
        a          DET   det      10
        vote       NOUN  pobj     8
        .          PUNCT punct    5
        """,
        names=[("Fisheries Committee", KG.Committee), Name("vote", KG.Vote, "vote", "noun-phrase")],
    )
    return facts(parsed.relations("event-setting"))


def test_relations_elected_members_on_a_committee_stand_for_it() -> None:
    """ "MEPs on the Fisheries Committee backed the plan in a vote": the committee votes
    (``lex:groupNoun``; "on", as "of", says whose members they are)."""
    assert _in_a_vote("MEPs", "mep", "on") == {("Fisheries Committee", KG.participatesIn, "vote")}
    assert _in_a_vote("members", "member", "on") == {
        ("Fisheries Committee", KG.participatesIn, "vote")
    }


def test_relations_people_not_of_a_body_do_not_stand_for_it() -> None:
    assert _in_a_vote("farmers", "farmer", "on") == set()


def test_relations_a_relative_clause_on_an_apposition_is_about_the_one_named() -> None:
    """ "Ann Lowe, a nurse who took part in the strike, spoke.": the clause on "a nurse" is
    about Ann Lowe, whom the apposition describes."""
    parsed = build(
        """
        Ann      PROPN compound 1
        Lowe     PROPN nsubj    12
        ,        PUNCT punct    1
        a        DET   det      4
        nurse    NOUN  appos    1
        who      PRON  nsubj    6
        took     VERB  relcl    4 take VBD
        part     NOUN  dobj     6
        in       ADP   prep     6
        the      DET   det      10
        strike   NOUN  pobj     8
        ,        PUNCT punct    1
        spoke    VERB  ROOT     12 speak VBD
        .        PUNCT punct    12
        """,
        names=[
            ("Ann Lowe", KG.Person),
            Name("strike", KG.CollectiveAction, "strike", "noun-phrase"),
        ],
    )
    assert ("Ann Lowe", KG.participatesIn, "strike") in facts(parsed.find())


def test_sieve_an_article_s_protests_are_one() -> None:
    """ "The fuel protest grew; a demonstration on the quay followed.": one protest, as an
    article's strikes are one (``lex:protestNoun``)."""
    doc = make_doc(
        """
        The           DET   det      2
        fuel          NOUN  compound 2
        protest       NOUN  nsubj    3
        grew          VERB  ROOT     3 grow VBD
        ;             PUNCT punct    3
        a             DET   det      6
        demonstration NOUN  nsubj    10
        on            ADP   prep     6
        the           DET   det      9
        quay          NOUN  pobj     7
        followed      VERB  conj     3 follow VBD
        """
    )
    found = [
        mention("fuel protest", KG.Campaign, "noun-phrase", start=4, token_start=1, head="protest"),
        mention(
            "demonstration on the quay",
            KG.Campaign,
            "noun-phrase",
            start=24,
            token_start=6,
            head="demonstration",
        ),
    ]
    sieve = Sieve(MentionSet(mentions=found), found, load_lexicon(), {}, list(doc))
    one_collective_action(sieve)
    assert sieve.links.find(0) == sieve.links.find(1)


def test_relations_returning_to_talks_takes_part_in_them() -> None:
    """ "The Dockers Guild returned to the talks.": going back to talks is being in them."""
    parsed = build(
        """
        The      DET   det      2
        Dockers  PROPN compound 2
        Guild    PROPN nsubj    3
        returned VERB  ROOT     3 return VBD
        to       ADP   prep     3
        the      DET   det      6
        talks    NOUN  pobj     4 talk NNS
        .        PUNCT punct    3
        """,
        names=[
            ("Dockers Guild", KG.TradeUnion),
            Name("talks", KG.Negotiation, "talks", "noun-phrase"),
        ],
    )
    assert facts(parsed.relations("verb")) == {("Dockers Guild", KG.participatesIn, "talks")}
