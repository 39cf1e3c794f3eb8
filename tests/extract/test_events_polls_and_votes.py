"""Events and who takes part in them: polls that are ballots, votes in a
union's consultation."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from doc_builder import Name, build, context_of, facts, make_doc, mention

from kg.extract.entities.sieve import Sieve, vote_in_the_consultation
from kg.extract.lexicon import load_lexicon
from kg.extract.mentions import MentionSet
from kg.extract.mentions.noun_phrases import head_noun_phrases
from kg.rdf.namespaces import KG


def _votes(rows: str) -> set[str]:
    """The vote phrases of a hand-built parse."""
    return {c.span.text for c in head_noun_phrases(context_of(make_doc(rows))) if c.type == KG.Vote}


def _poll(det: str, modifier: str, polled: str, lemma: str = "-") -> set[str]:
    """ "<det> <modifier> poll of <polled> backed the plan." on a hand-built parse."""
    return _votes(
        f"""
        {det}      DET   det    2
        {modifier} ADJ   amod   2
        poll       NOUN  nsubj  6
        of         ADP   prep   2
        the        DET   det    5
        {polled}   NOUN  pobj   3 {lemma}
        backed     VERB  ROOT   6 back VBD
        the        DET   det    8
        plan       NOUN  dobj   6
        .          PUNCT punct  6
        """
    )


def test_mentions_a_poll_of_members_is_a_ballot() -> None:
    """ "A fresh poll of the branches backed the plan": a body's members polled
    (``lex:polledNoun``) make the poll its ballot."""
    assert "fresh poll of the branches" in _poll("A", "fresh", "branches", "branch")


def test_mentions_a_poll_with_a_word_of_ballots_is_a_ballot() -> None:
    """ "An indicative poll of the public": a word of ballots (``lex:ballotPollModifier``)."""
    assert "indicative poll of the public" in _poll("An", "indicative", "public")


def test_mentions_an_opinion_poll_names_no_event() -> None:
    """ "A recent poll of the public backed the plan": an opinion poll, held by no actor."""
    assert _poll("A", "recent", "public") == set()


def test_mentions_a_poll_of_a_counted_sample_names_no_event() -> None:
    """ "A poll of 2,000 members": a number counts a sample surveyed, not a body's ballot."""
    rows = """
    A        DET   det     1
    poll     NOUN  nsubj   5
    of       ADP   prep    1
    2,000    NUM   nummod  4 - CD
    members  NOUN  pobj    2 member NNS
    backed   VERB  ROOT    5 back VBD
    it       PRON  dobj    5
    .        PUNCT punct   5
    """
    assert _votes(rows) == set()
    members = rows.replace("2,000    NUM   nummod  4 - CD", "the      DET   det     4")
    assert "poll of the members" in _votes(members)


def test_mentions_a_poll_owned_by_a_body_is_a_ballot() -> None:
    """ "The guild's poll closed": a possessive owner holds it (a pronoun, "their poll", may
    be anyone's)."""
    rows = """
    The     DET   det    1
    guild   NOUN  poss   3
    's      PART  case   1
    poll    NOUN  nsubj  4
    closed  VERB  ROOT   4 close VBD
    .       PUNCT punct  4
    """
    assert _votes(rows) == {"poll"}
    opinion = """
    The     DET   det      2
    opinion NOUN  compound 2
    poll    NOUN  nsubj    3
    closed  VERB  ROOT     3 close VBD
    .       PUNCT punct    3
    """
    assert _votes(opinion) == set()


def test_relations_a_union_takes_part_in_a_poll_of_its_branches_on_a_real_parse(
    extract: Callable[..., Any],
) -> None:
    corpus = extract(
        "Ballot news\nIn a poll of Harbour Workers Union branches, most delegates backed the"
        " offer, the union said."
    )
    labels = {e.key: e.label for e in corpus.entities}
    found = {(labels[r.subject], r.predicate) for r in corpus.relations}
    assert ("Harbour Workers Union", KG.participatesIn) in found


CLOSED = """
The          DET   det      1
consultation NOUN  nsubj    4
of           ADP   prep     1
members      NOUN  pobj     2 member NNS
closed       VERB  ROOT     4 close VBD
;            PUNCT punct    4 -      :
this         DET   det      7
vote         NOUN  nsubj    8
ends         VERB  conj     4 end    VBZ
it           PRON  dobj     8
"""


def _vote_sieve(*, vote_named: bool) -> Sieve:
    """ "The consultation of members closed; this vote ends it": the consultation a name, "vote"
    a description (and, with ``vote_named``, a vote named elsewhere)."""
    doc = make_doc(CLOSED)
    found = [
        mention("consultation of members", KG.Consultation, "noun-phrase", token_start=1),
        mention("vote", KG.Vote, "description", start=50, token_start=7),
    ]
    if vote_named:
        found.append(mention("vote", KG.Vote, "verb", start=70, token_start=9))
    mentions = MentionSet(mentions=found, descriptions={1: "vote"})
    return Sieve(mentions, found, load_lexicon(), {}, list(doc))


def test_sieve_this_vote_with_no_vote_named_is_the_consultation() -> None:
    """A union consults its members by a vote: "this vote", with no vote named, is the
    consultation before it."""
    sieve = _vote_sieve(vote_named=False)
    vote_in_the_consultation(sieve)
    assert sieve.links.find(0) == sieve.links.find(1)


def test_sieve_this_vote_with_a_vote_named_is_not_the_consultation() -> None:
    sieve = _vote_sieve(vote_named=True)
    vote_in_the_consultation(sieve)
    assert sieve.links.find(0) != sieve.links.find(1)


VOTED = """
Guild          PROPN compound 1
members        NOUN  nsubj    2 member NNS
voted          VERB  ROOT     2 vote   VBD
to             PART  aux      4
accept         VERB  xcomp    2
.              PUNCT punct    2
The            DET   det      7
consultation   NOUN  nsubj    11
of             ADP   prep     7
{polled}       NOUN  pobj     8 {lemma} NNS
had            AUX   aux      11 have
closed         VERB  ROOT     11 close VBN
.              PUNCT punct    11
"""


def _voted(polled: str, lemma: str) -> set[tuple[str, object, str]]:
    parsed = build(
        VOTED.format(polled=polled, lemma=lemma),
        names=[
            ("Guild", KG.TradeUnion),
            Name(f"consultation of {polled}", KG.Consultation, "consultation", "noun-phrase"),
        ],
    )
    return facts(parsed.relations("event-verb-named"))


def test_relations_members_voting_with_no_vote_named_are_in_the_consultation() -> None:
    """ "Guild members voted to accept. The consultation of nurses had closed.": a union's
    members vote in its consultation of people (``lex:workforceNoun``)."""
    assert _voted("nurses", "nurse") == {("Guild", KG.participatesIn, "consultation")}


def test_relations_voting_is_not_taking_part_in_a_consultation_on_a_plan() -> None:
    """ "The consultation of plans": a consultation on a plan is no vote of the union's."""
    assert _voted("plans", "plan") == set()


def test_relations_members_vote_in_the_union_consultation_on_a_real_parse(
    extract: Callable[..., Any],
) -> None:
    corpus = extract(
        "Harbour Workers Union members vote to accept offer\nThe consultation of 4,000 port"
        " workers closed on Friday, the Harbour Workers Union said. This vote ends the dispute."
    )
    labels = {e.key: e.label for e in corpus.entities}
    events = {e.label for e in corpus.entities if e.type in (KG.Vote, KG.Consultation)}
    found = {(labels[r.subject], r.predicate, labels[r.object]) for r in corpus.relations}
    assert len(events) == 1
    assert ("Harbour Workers Union", KG.participatesIn, next(iter(events))) in found


def test_events_a_general_meeting_by_its_initials_is_a_meeting(
    extract: Callable[..., Any],
) -> None:
    # "AGM" is an annual general meeting (a head noun of kg:Meeting), not an organisation
    corpus = extract("Guild meets\nThe Harbour Guild will debate the levy at its AGM in June.\n")
    meetings = [e for e in corpus.entities if e.label == "AGM"]
    assert [e.type for e in meetings] == [KG.Meeting]


# "The ballot returned a vote of 89 <word> ." with the share's entity label
SHARE = """
The      DET   det      1
ballot   NOUN  nsubj    2
returned VERB  ROOT     2 return VBD
a        DET   det      4
vote     NOUN  dobj     2 vote NN
of       ADP   prep     4
89       NUM   nummod   7 - CD B-{label}
{word}   NOUN  pobj     5 - {tag} I-{label}
.        PUNCT punct    2
"""


def test_mentions_a_vote_of_a_share_is_a_figure() -> None:
    """ "The ballot returned a vote of 89% in favour": a share of those voting, no vote."""
    assert not any("vote" in v for v in _votes(SHARE.format(label="PERCENT", word="%", tag="NN")))


def test_mentions_a_vote_of_counted_voters_is_a_vote() -> None:
    """ "a vote of 89 members": a count of those who vote, in a vote of their own."""
    rows = SHARE.format(label="CARDINAL", word="members", tag="NNS")
    assert any("vote" in v for v in _votes(rows))
