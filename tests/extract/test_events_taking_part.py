"""Events and who takes part in them: bodies engaged or involved in talks, a union's act told as
following a vote of its members, and a span of time spent trying to hold an event."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from doc_builder import Name, build, facts

from kg.rdf.namespaces import KG

# "The Dockers Guild is {verb} in talks with Acme ."
ENGAGED = """
The      DET   det       2
Dockers  PROPN compound  2
Guild    PROPN nsubjpass 4
is       AUX   auxpass   4
{verb}   VERB  ROOT      4 {lemma} VBN
in       ADP   prep      4
talks    NOUN  pobj      5 talk NNS
with     ADP   prep      6
Acme     PROPN pobj      7
.        PUNCT punct     4
"""

TALKS = [
    ("Dockers Guild", KG.TradeUnion),
    ("Acme", KG.Organisation),
    Name("talks", KG.Negotiation, "talks", "noun-phrase"),
]


@pytest.mark.parametrize(("verb", "lemma"), [("engaged", "engage"), ("involved", "involve")])
def test_relations_a_body_engaged_in_talks_takes_part(verb: str, lemma: str) -> None:
    parsed = build(ENGAGED.format(verb=verb, lemma=lemma), names=TALKS)
    assert facts(parsed.relations("engaged-in")) == {("Dockers Guild", KG.participatesIn, "talks")}


def test_relations_another_participle_in_talks_says_nothing() -> None:
    """ "The Dockers Guild is interested in talks": no part taken (not ``lex:engagedParticiple``)."""
    parsed = build(ENGAGED.format(verb="interested", lemma="interest"), names=TALKS)
    assert facts(parsed.relations("engaged-in")) == set()


def test_relations_engaged_in_a_strike_is_no_gathering() -> None:
    """ "The Dockers Guild is involved in the strike": a strike's strikers are involved in it,
    and who holds it is told otherwise."""
    parsed = build(
        ENGAGED.format(verb="involved", lemma="involve").replace("talks    NOUN", "strike   NOUN"),
        names=[
            ("Dockers Guild", KG.TradeUnion),
            ("Acme", KG.Organisation),
            Name("strike", KG.CollectiveAction, "strike", "noun-phrase"),
        ],
    )
    assert facts(parsed.relations("engaged-in")) == set()


def test_relations_a_relative_clause_of_engagement_is_its_antecedents() -> None:
    """ "The council, which was involved in the negotiations, said ..."."""
    parsed = build(
        """
        The          DET   det       1
        council      NOUN  nsubj     10
        ,            PUNCT punct     1
        which        PRON  nsubjpass 5 - WDT
        was          AUX   auxpass   5
        involved     VERB  relcl     1 involve VBN
        in           ADP   prep      5
        the          DET   det       8
        negotiations NOUN  pobj      6 negotiation NNS
        ,            PUNCT punct     1
        said         VERB  ROOT      10 say VBD
        so           ADV   advmod    10
        .            PUNCT punct     10
        """,
        names=[
            ("council", KG.GovernmentBody),
            Name("negotiations", KG.Negotiation, "negotiations", "noun-phrase"),
        ],
    )
    assert facts(parsed.relations("engaged-in")) == {("council", KG.participatesIn, "negotiations")}


# "<subject> secured a mandate after a member vote ."
AFTER_VOTE = """
{subject} PROPN nsubj    1
secured   VERB  ROOT     1 secure VBD
a         DET   det      3
mandate   NOUN  dobj     1
after     ADP   prep     3
a         DET   det      7
member    NOUN  compound 7
vote      NOUN  pobj     4
.         PUNCT punct    1
"""


@pytest.mark.parametrize(
    ("kind", "found"),
    [
        (KG.TradeUnion, {("Guild", KG.participatesIn, "vote")}),
        (KG.ProfessionalBody, {("Guild", KG.participatesIn, "vote")}),
        (KG.GovernmentBody, set()),
    ],
)
def test_relations_a_union_acting_after_a_vote_held_it(kind: Any, found: set[Any]) -> None:
    """A union's own act after a vote is its ballot's outcome; a ministry acting after a vote
    was not in it."""
    parsed = build(
        AFTER_VOTE.format(subject="Guild"),
        names=[("Guild", kind), Name("member vote", KG.Vote, "vote", "noun-phrase")],
    )
    assert facts(parsed.relations("after-a-vote")) == found


def test_relations_a_union_acted_on_after_a_vote_took_no_part() -> None:
    """ "The minister criticised the Guild after the ballot": the union is the object."""
    parsed = build(
        """
        The        DET   det    1
        minister   NOUN  nsubj  2
        criticised VERB  ROOT   2 criticise VBD
        the        DET   det    4
        Guild      PROPN dobj   2
        after      ADP   prep   2
        the        DET   det    7
        ballot     NOUN  pobj   5
        .          PUNCT punct  2
        """,
        names=[("Guild", KG.TradeUnion), Name("ballot", KG.Vote, "ballot", "noun-phrase")],
    )
    assert facts(parsed.relations("after-a-vote")) == set()


def test_relations_a_union_vote_followed_on_a_real_parse(extract: Callable[..., Any]) -> None:
    corpus = extract(
        "Pay news\nMembers of the Harbour Workers Union rejected the offer following a"
        " consultative ballot in July."
    )
    labels = {e.key: e.label for e in corpus.entities}
    found = {(labels[r.subject], r.predicate, labels[r.object]) for r in corpus.relations}
    assert ("Harbour Workers Union", KG.participatesIn, "consultative ballot") in found


def test_relations_time_spent_trying_to_negotiate_is_the_subjects() -> None:
    """ "The Dockers Guild spent ten hours trying to negotiate a deal": the hours are a span of
    time, not who is made to try (object control), so the Guild negotiates."""
    parsed = build(
        """
        The       DET   det      2
        Dockers   PROPN compound 2
        Guild     PROPN nsubj    3
        spent     VERB  ROOT     3 spend VBD
        ten       NUM   nummod   5 - CD B-TIME
        hours     NOUN  dobj     3 hour NNS I-TIME
        trying    VERB  xcomp    3 try VBG
        to        PART  aux      8
        negotiate VERB  xcomp    6 negotiate VB
        a         DET   det      10
        deal      NOUN  dobj     8
        .         PUNCT punct    3
        """,
        names=[
            ("Dockers Guild", KG.TradeUnion),
            Name("negotiate", KG.Negotiation, "negotiations", "verb"),
        ],
    )
    assert facts(parsed.relations("event-verb-named")) == {
        ("Dockers Guild", KG.participatesIn, "negotiations")
    }


def test_relations_a_unions_members_at_an_employer_are_the_unions() -> None:
    """ "Guild members at Acme voted in a ballot": the members are the Guild's, working at Acme;
    the union holds the ballot, the employer takes no part."""
    parsed = build(
        """
        Guild    PROPN compound 1
        members  NOUN  nsubj    4 member NNS
        at       ADP   prep     1
        Acme     PROPN pobj     2
        voted    VERB  ROOT     4 vote VBD
        in       ADP   prep     4
        a        DET   det      7
        ballot   NOUN  pobj     5
        .        PUNCT punct    4
        """,
        names=[
            ("Guild", KG.TradeUnion),
            ("Acme", KG.Organisation),
            Name("ballot", KG.Vote, "ballot", "noun-phrase"),
        ],
    )
    assert facts(parsed.relations("event-setting")) == {("Guild", KG.participatesIn, "ballot")}


@pytest.mark.parametrize(("verb", "lemma"), [("facilitate", "facilitate"), ("broker", "broker")])
def test_relations_a_body_facilitating_talks_takes_part(verb: str, lemma: str) -> None:
    """ "Mediators will facilitate talks", "will broker talks": organising them is taking part
    (``lex:participationVerb``)."""
    parsed = build(
        f"""
        Mediators PROPN nsubj    2
        will      AUX   aux      2
        {verb}    VERB  ROOT     2 {lemma} VB
        talks     NOUN  dobj     2 talk NNS
        .         PUNCT punct    2
        """,
        names=[("Mediators", KG.PublicBody), Name("talks", KG.Negotiation, "talks", "noun-phrase")],
    )
    assert facts(parsed.relations("event-verb")) == {("Mediators", KG.participatesIn, "talks")}


CONSULTATION = [
    ("Guild", KG.TradeUnion),
    Name("consultation", KG.Consultation, "consultation", "noun-phrase"),
]


@pytest.mark.parametrize(("noun", "found"), [("submission", True), ("criticism", False)])
def test_relations_a_bodys_submission_to_a_consultation_takes_part(noun: str, found: bool) -> None:
    """ "The Guild's submission to the consultation was published": the Guild took part
    (``lex:contributionNoun``); its criticism of it is no part taken."""
    parsed = build(
        f"""
        The          DET   det      1
        Guild        PROPN poss     3
        's           PART  case     1
        {noun}       NOUN  nsubj    8
        to           ADP   prep     3
        the          DET   det      6
        consultation NOUN  pobj     4
        was          AUX   auxpass  8
        published    VERB  ROOT     8 publish VBN
        .            PUNCT punct    8
        """,
        names=CONSULTATION,
    )
    expected = {("Guild", KG.participatesIn, "consultation")} if found else set()
    assert facts(parsed.relations("response-to")) == expected


def test_relations_its_response_opening_a_clause_is_the_subjects() -> None:
    """ "In its response to the consultation, the Guild said so": "its" is the Guild."""
    parsed = build(
        """
        In           ADP   prep     9
        its          PRON  poss     2
        response     NOUN  pobj     0
        to           ADP   prep     2
        the          DET   det      5
        consultation NOUN  pobj     3
        ,            PUNCT punct    9
        the          DET   det      8
        Guild        PROPN nsubj    9
        said         VERB  ROOT     9 say VBD
        so           ADV   advmod   9
        .            PUNCT punct    9
        """,
        names=CONSULTATION,
    )
    assert facts(parsed.relations("response-to")) == {("Guild", KG.participatesIn, "consultation")}


STRIKE = [
    ("Guild", KG.TradeUnion),
    ("Acme", KG.Organisation),
    Name("strike", KG.CollectiveAction, "strike", "noun-phrase"),
]


@pytest.mark.parametrize(
    ("verb", "lemma", "found"),
    [
        ("served", "serve", {("Guild", KG.participatesIn, "strike")}),
        ("received", "receive", set()),  # who receives notice does not call the strike
    ],
)
def test_relations_notice_given_of_a_strike_calls_it(
    verb: str, lemma: str, found: set[Any]
) -> None:
    """ "The Guild served notice of a strike on Acme." (``lex:noticeVerb``)."""
    parsed = build(
        f"""
        The      DET   det      1
        Guild    PROPN nsubj    2
        {verb}   VERB  ROOT     2 {lemma} VBD
        notice   NOUN  dobj     2
        of       ADP   prep     3
        a        DET   det      6
        strike   NOUN  pobj     4
        on       ADP   prep     2
        Acme     PROPN pobj     7
        .        PUNCT punct    2
        """,
        names=STRIKE,
    )
    assert facts(parsed.relations("notice-of")) == found


def test_relations_notice_given_to_an_employer_of_a_strike_calls_it() -> None:
    """ "The Guild has given notice to Acme of a strike": "of" hung on the employer."""
    parsed = build(
        """
        The      DET   det      1
        Guild    PROPN nsubj    3
        has      AUX   aux      3
        given    VERB  ROOT     3 give VBN
        notice   NOUN  dobj     3
        to       ADP   dative   3
        Acme     PROPN pobj     5
        of       ADP   prep     6
        a        DET   det      9
        strike   NOUN  pobj     7
        .        PUNCT punct    3
        """,
        names=STRIKE,
    )
    assert facts(parsed.relations("notice-of")) == {("Guild", KG.participatesIn, "strike")}


@pytest.mark.parametrize(("negation", "found"), [("", True), ("not", False)])
def test_relations_an_event_involving_bodies_has_them_take_part(negation: str, found: bool) -> None:
    """ "The strike will involve members of the Guild": the Guild's members strike (a body's
    members stand for it); "will not involve" names no one."""
    neg = f"{negation}  PART  neg  3" if negation else ""
    parsed = build(
        f"""
        The      DET   det      1
        strike   NOUN  nsubj    3
        will     AUX   aux      3
        involve  VERB  ROOT     3 involve VB
        {neg}
        members  NOUN  dobj     3 member NNS
        of       ADP   prep     {5 if negation else 4}
        the      DET   det      {8 if negation else 7}
        Guild    PROPN pobj     {6 if negation else 5}
        .        PUNCT punct    3
        """,
        names=[STRIKE[0], STRIKE[2]],
    )
    expected = {("Guild", KG.participatesIn, "strike")} if found else set()
    assert facts(parsed.relations("involving")) == expected
