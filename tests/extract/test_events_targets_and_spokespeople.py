"""Events (events26): who an event is about is not in it ("a vote of no confidence in the
board"); a name that qualifies another name is not a participant ("the UN Assembly vote");
a verb of protest names a protest, not the campaign it belongs to; talks named with a common
side are one; a body's act told by its spokesperson ("we shall vote") is the body's."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from doc_builder import build, context_of, facts, make_doc, mention

from kg.extract.entities.sieve import Sieve, events_by_verb, talks_by_sides
from kg.extract.lexicon import load_lexicon
from kg.extract.mentions import MentionSet
from kg.extract.mentions.action_descriptions import action_descriptions
from kg.extract.mentions.inquiries import inquiries_held
from kg.extract.mentions.noun_phrases import head_noun_phrases
from kg.extract.relations import events
from kg.rdf.namespaces import KG

# "The Dockers Guild passed a vote of no confidence in the Harbour Board ."
NO_CONFIDENCE = """
The        DET   det      2
Dockers    PROPN compound 2
Guild      PROPN nsubj    3
passed     VERB  ROOT     3 pass VBD
a          DET   det      5
vote       NOUN  dobj     3
of         ADP   prep     5
no         DET   det      8
confidence NOUN  pobj     6
in         ADP   prep     8
the        DET   det      12
Harbour    PROPN compound 12
Board      PROPN pobj     9
.          PUNCT punct    3
"""


def test_relations_the_target_of_a_vote_of_no_confidence_takes_no_part() -> None:
    parsed = build(
        NO_CONFIDENCE,
        names=[
            ("Dockers Guild", KG.TradeUnion),
            ("vote of no confidence in the Harbour Board", KG.Vote, "vote"),
            ("Harbour Board", KG.PublicBody),
        ],
    )
    found = facts(parsed.relations("event-argument"))
    assert ("Harbour Board", KG.participatesIn, "vote") not in found


# "A ballot of the members of the Dockers Guild closed ."
BALLOT_OF_MEMBERS = """
A        DET   det      1
ballot   NOUN  nsubj    9
of       ADP   prep     1
the      DET   det      4
members  NOUN  pobj     2 member NNS
of       ADP   prep     4
the      DET   det      8
Dockers  PROPN compound 8
Guild    PROPN pobj     5
closed   VERB  ROOT     9 close VBD
.        PUNCT punct    9
"""


def test_relations_a_body_named_by_of_after_of_holds_the_ballot() -> None:
    """ "a ballot of the members of the Guild": an "of" chain names who holds it."""
    parsed = build(BALLOT_OF_MEMBERS, names=[("ballot", KG.Vote), ("Dockers Guild", KG.TradeUnion)])
    found = facts(parsed.relations("event-argument"))
    assert ("Dockers Guild", KG.participatesIn, "ballot") in found


# "The Coast Assembly confidence vote passed ."
QUALIFIED_NAME = """
The        DET   det      4
Coast      PROPN compound 2
Assembly   PROPN compound 4
confidence NOUN  compound 4
vote       NOUN  nsubj    5
passed     VERB  ROOT     5 pass VBD
.          PUNCT punct    5
"""


def test_relations_a_name_qualifying_another_name_takes_no_part() -> None:
    """ "the Coast Assembly confidence vote": the Assembly's vote; "Coast" (a body of its own
    elsewhere in the text) only says which assembly."""
    parsed = build(
        QUALIFIED_NAME,
        names=[
            ("Coast Assembly confidence vote", KG.Vote, "vote"),
            ("Coast", KG.Organisation),
            ("Assembly", KG.Legislature, "Coast Assembly"),
        ],
    )
    found = facts(parsed.relations("modifier"))
    assert ("Coast Assembly", KG.participatesIn, "vote") in found
    assert ("Coast", KG.participatesIn, "vote") not in found


# "The campaign began ; the unions will protest ."
CAMPAIGN_AND_PROTEST = """
The      DET   det    1
campaign NOUN  nsubj  2
began    VERB  ROOT   2 begin VBD
;        PUNCT punct  2
the      DET   det    5
unions   NOUN  nsubj  7 union NNS
will     AUX   aux    7
protest  VERB  conj   2 protest VB
.        PUNCT punct  2
"""


def test_sieve_a_verb_of_protest_is_not_the_campaign() -> None:
    doc = make_doc(CAMPAIGN_AND_PROTEST)
    found = [
        mention("campaign", KG.Campaign, "noun-phrase", start=4, token_start=1),
        mention("protest", KG.Campaign, "verb", start=doc[7].idx, token_start=7),
    ]
    sieve = Sieve(MentionSet(mentions=found), found, load_lexicon(), {}, list(doc))
    events_by_verb(sieve)
    assert sieve.links.find(0) != sieve.links.find(1)


# "Talks between ministers and the Guild failed ; after talks with the Guild , {more} talks
#  with the Guild began ."
TALKS = """
Talks     NOUN  nsubj  5 talk NNS
between   ADP   prep   0
ministers NOUN  pobj   1 minister NNS
and       CCONJ cc     2
Guild     PROPN conj   2
failed    VERB  ROOT   5 fail VBD
;         PUNCT punct  5
{more}    ADJ   amod   8
talks     NOUN  nsubj  11 talk NNS
with      ADP   prep   8
Guild     PROPN pobj   9
began     VERB  conj   5 begin VBD
.         PUNCT punct  5
"""


def _talks(more: str) -> Sieve:
    doc = make_doc(TALKS.format(more=more))
    found = [
        mention("Talks", KG.Negotiation, "noun-phrase", start=0, token_start=0, head="talk"),
        mention("Guild", KG.TradeUnion, "ner", start=doc[4].idx, token_start=4),
        mention(
            f"{more} talks",
            KG.Negotiation,
            "noun-phrase",
            start=doc[7].idx,
            token_start=7,
            head="talk",
        ),
        mention("Guild", KG.TradeUnion, "ner", start=doc[10].idx, token_start=10),
    ]
    sieve = Sieve(MentionSet(mentions=found), found, load_lexicon(), {}, list(doc))
    sieve.union(1, 3)  # the same name, as ``same_name`` joins them
    talks_by_sides(sieve)
    return sieve


def test_sieve_talks_with_a_common_side_are_one() -> None:
    sieve = _talks("failed")
    assert sieve.links.find(0) == sieve.links.find(2)


def test_sieve_further_talks_are_another_round() -> None:
    sieve = _talks("further")
    assert sieve.links.find(0) != sieve.links.find(2)


def test_entities_talks_told_of_by_their_sides_on_a_real_parse(
    extract: Callable[..., Any],
) -> None:
    corpus = extract(
        "Porters to strike\nThe Porters Guild will strike after talks between ministers and the"
        " Porters Guild broke down.\nThe strike follows failed talks with the Porters"
        " Guild in May."
    )
    talks = [e for e in corpus.entities if e.type == KG.Negotiation]
    assert len(talks) == 1


# "“ We shall vote for , ” said Lind , chair of the Guild ."
WE_WILL_VOTE = """
“       PUNCT punct  3
We      PRON  nsubj  3 we
shall   AUX   aux    3
vote    VERB  ccomp  8 vote VB
for     ADV   advmod 3
,       PUNCT punct  8
”       PUNCT punct  8
said    VERB  ROOT   8 say VBD
Lind    PROPN nsubj  8
,       PUNCT punct  9
chair   NOUN  appos  9
of      ADP   prep   11
the     DET   det    14
Guild   PROPN pobj   12
.       PUNCT punct  8
"""


def _we_will_vote(roles: list[tuple[str, str, str | None]]) -> set[tuple[str, Any, str]]:
    parsed = build(
        WE_WILL_VOTE,
        names=[("vote", KG.Vote), ("Lind", KG.Person), ("Guild", KG.TradeUnion)],
        roles=roles,
        pronouns={1: "Lind"},
    )
    return facts(parsed.relations("event-verb-named"))


def test_relations_we_of_a_spokesperson_in_a_vote_is_their_body() -> None:
    """ "“We shall vote for,” said Lind, chair of the Guild": the Guild votes."""
    found = _we_will_vote([("chair", "Lind", "Guild")])
    assert ("Guild", KG.participatesIn, "vote") in found
    assert ("Lind", KG.participatesIn, "vote") not in found


def test_relations_we_of_a_speaker_of_no_known_body_is_no_one_in_a_vote() -> None:
    assert _we_will_vote([]) == set()


def test_relations_a_ballot_of_her_members_is_her_union_s(
    extract: Callable[..., Any],
) -> None:
    corpus = extract(
        "Porters turn down deal\nJo Brandt, the Porters Guild's general secretary, said the deal"
        " was turned down in a ballot of her members."
    )
    names = {e.key: e.label for e in corpus.entities}
    found = {
        (names.get(r.subject), names.get(r.object))
        for r in corpus.relations
        if r.predicate == KG.participatesIn
    }
    assert not any(subject == "Jo Brandt" for subject, _ in found)


# "After a period of talks , the Guild made an offer ."
AFTER_A_PERIOD = """
After   ADP   prep   8
a       DET   det    2
{noun}  NOUN  pobj   0
of      ADP   prep   2
talks   NOUN  pobj   3 talk NNS
,       PUNCT punct  8
the     DET   det    7
Guild   PROPN nsubj  8
made    VERB  ROOT   8 make VBD
an      DET   det    10
offer   NOUN  dobj   8
.       PUNCT punct  8
"""


def _after_a(noun: str) -> set[tuple[str, Any, str]]:
    parsed = build(
        AFTER_A_PERIOD.format(noun=noun),
        names=[("talks", KG.Negotiation), ("Guild", KG.TradeUnion)],
    )
    return facts(parsed.relations("event-setting"))


def test_relations_after_a_period_of_talks_sets_the_clause_in_them() -> None:
    """ "After a period of talks, the Guild made an offer" (``lex:measureNoun``)."""
    assert ("Guild", KG.participatesIn, "talks") in _after_a("period")


def test_relations_after_a_noun_that_measures_nothing_no_one_is_set_in_the_talks() -> None:
    """ "After a report of talks, the Guild made an offer": a report is no measure of them."""
    assert _after_a("report") == set()


# "Dockers began industrial action . The {word} action by the Guild was halted ."
ACTION_AGAIN = """
Dockers    NOUN  nsubj     1 docker NNS
began      VERB  ROOT      1 begin VBD
industrial ADJ   amod      3
action     NOUN  dobj      1
.          PUNCT punct     1
The        DET   det       7
{word}     {pos} amod      7
action     NOUN  nsubjpass 13
by         ADP   prep      7
the        DET   det       11
Dock       PROPN compound  11
Guild      PROPN pobj      8
was        AUX   auxpass   13 be
halted     VERB  ROOT      13 halt VBN
.          PUNCT punct     13
"""


def _action_again(word: str, pos: str) -> set[str]:
    context = context_of(make_doc(ACTION_AGAIN.format(word=word, pos=pos)))
    earlier = tuple(head_noun_phrases(context))
    return {c.span.text for c in action_descriptions(context, earlier)}


def test_mentions_the_planned_action_after_industrial_action_describes_it() -> None:
    """ "The planned action by the Guild" after "industrial action": the article's action."""
    assert _action_again("planned", "VERB") == {"planned action"}


def test_mentions_action_with_a_noun_before_it_is_no_description() -> None:
    """ "the Guild action": a name before the head makes no description of it."""
    assert _action_again("Port", "PROPN") == set()


def test_relations_the_planned_action_by_a_union_is_its_strike(
    extract: Callable[..., Any],
) -> None:
    corpus = extract(
        "Ferry crews halt strike\nFerry crews were due to begin three days of industrial action"
        " on Friday.\nThe planned action by the Ferry Guild was called off on Thursday."
    )
    names = {e.key: e for e in corpus.entities}
    found = {
        (names[r.subject].label, names[r.object].type)
        for r in corpus.relations
        if r.predicate == KG.participatesIn
    }
    assert ("Ferry Guild", KG.CollectiveAction) in found


# "A {modifier} review into the port found delays ."
REVIEW_FOUND = """
A          DET   det      2
{modifier} {pos} {dep}    2
review     NOUN  nsubj    6
into       ADP   prep     2
the        DET   det      5
port       NOUN  pobj     3
found      VERB  ROOT     6 find VBD
delays     NOUN  dobj     6 delay NNS
.          PUNCT punct    6
"""


def _inquiries(modifier: str, pos: str, dep: str, verb: str = "found") -> set[str]:
    rows = REVIEW_FOUND.format(modifier=modifier, pos=pos, dep=dep)
    if verb != "found":
        rows = rows.replace("found      VERB  ROOT     6 find VBD", f"{verb} VERB ROOT 6 - VBD")
    return {c.span.text for c in inquiries_held(context_of(make_doc(rows)))}


def test_mentions_a_review_that_found_something_was_held() -> None:
    assert _inquiries("recent", "ADJ", "amod") == {"recent review", "recent review into the port"}


def test_mentions_a_review_named_after_its_author_is_a_report() -> None:
    """ "the Hale review found": a report standing for its recommendations (``kg:Report``)."""
    assert _inquiries("Hale", "PROPN", "compound") == set()


def test_mentions_a_review_that_only_took_time_was_not_said_to_be_held() -> None:
    assert _inquiries("recent", "ADJ", "amod", verb="lasted") == set()


# "The review , by Hale , found delays ."
REVIEW_BY = """
The     DET   det    1
review  NOUN  nsubj  6
,       PUNCT punct  6
by      ADP   prep   2
Hale    PROPN pobj   3
,       PUNCT punct  6
found   VERB  ROOT   6 find VBD
delays  NOUN  dobj   6 delay NNS
.       PUNCT punct  6
"""


def test_relations_a_reviewer_set_off_by_commas_takes_part() -> None:
    """ "The review, by Hale, found": the parser hangs "by" on the comma."""
    parsed = build(REVIEW_BY, names=[("review", KG.Inquiry), ("Hale", KG.Person)])
    assert ("Hale", KG.participatesIn, "review") in facts(parsed.relations("event-argument"))


def test_entities_a_review_held_and_its_reviewer_on_a_real_parse(
    extract: Callable[..., Any],
) -> None:
    corpus = extract(
        "Port inquiry\nA review into the harbour authority found serious failings.\nThe review,"
        " by retired judge Ann Hale, found that safety checks were skipped."
    )
    reviews = [e for e in corpus.entities if e.type == KG.Inquiry]
    assert len(reviews) == 1
    hale = next(e.key for e in corpus.entities if e.label == "Ann Hale")
    assert any(
        r.subject == hale and r.predicate == KG.participatesIn and r.object == reviews[0].key
        for r in corpus.relations
    )


# "The Dockers Guild defends its right to strike ." / "The Dockers Guild will strike ."
RIGHT_TO_STRIKE = """
The      DET   det      2
Dockers  PROPN compound 2
Guild    PROPN nsubj    3
defends  VERB  ROOT     3 defend VBZ
its      PRON  poss     5
right    NOUN  dobj     3
to       PART  aux      7
strike   VERB  acl      5 strike VB
.        PUNCT punct    3
"""
WILL_STRIKE = """
The      DET   det      2
Dockers  PROPN compound 2
Guild    PROPN nsubj    4
will     AUX   aux      4
strike   VERB  ROOT     4 strike VB
.        PUNCT punct    4
"""


def test_relations_an_infinitive_completing_a_noun_of_capacity_names_no_act() -> None:
    """ "its right to strike" (lex:capacityNoun) says what may be done; "will strike" is an act."""
    for rows, strike_at, named in ((RIGHT_TO_STRIKE, 7, True), (WILL_STRIKE, 4, False)):
        parsed = build(rows, names=[("Dockers Guild", KG.TradeUnion)])
        token = parsed.doc[strike_at]
        assert events._capacity_named(parsed.context(), token) is named


def test_relations_a_speaker_defending_the_right_to_strike_holds_no_strike_on_a_real_parse(
    extract: Callable[..., Any],
) -> None:
    corpus = extract(
        "Union condemns strike law\nThe Harbour Workers Union has condemned the new law on"
        ' industrial action.\nIts general secretary, Ann Lind, said: "This is an attack on our'
        ' right to strike."'
    )
    labels = {e.key: e.label for e in corpus.entities}
    found = {(labels[r.subject], r.predicate) for r in corpus.relations}
    assert ("Harbour Workers Union", KG.participatesIn) not in found
    assert ("Ann Lind", KG.participatesIn) not in found


def test_entities_an_event_told_by_a_verb_and_described_is_named_by_the_description(
    extract: Callable[..., Any],
) -> None:
    # "is to consult" names a consultation that "the consultation" refers back to: the entity
    # is called by the noun, not by the verb
    corpus = extract(
        "The Ferry Union is to consult its members on the offer. The consultation closes on Friday."
    )
    (event,) = [e for e in corpus.entities if e.type == KG.Consultation]
    assert event.label == "consultation"
    assert "consult" in event.aliases
