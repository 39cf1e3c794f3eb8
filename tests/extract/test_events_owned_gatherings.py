"""Events (events8): a body's own gathering named with "its" or "their" ("at their annual
conference") is one occasion, kept though nothing named it before."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from doc_builder import build, facts, make_doc, resolved_of

from kg.extract.entities import ResolvedDocument
from kg.rdf.namespaces import KG
from kg.rdf.schema import core_class


def _events(resolved: ResolvedDocument) -> list[str]:
    return [e.label for e in resolved.entities if core_class(e.type) == KG.Event]


def _owned(owner: str, noun: str) -> str:
    # "The guild changed its tone at {owner} {noun} ."
    return f"""
        The DET det 1 - DT
        guild NOUN nsubj 2 - NN
        changed VERB ROOT 2 change VBD
        its PRON poss 4 - PRP$
        tone NOUN dobj 2 - NN
        at ADP prep 2 - IN
        {owner} PRON poss 8 - PRP$
        annual ADJ amod 8 - JJ
        {noun} NOUN pobj 5 - NN
        . PUNCT punct 2 - .
        """


@pytest.mark.parametrize("owner", ["its", "their"])
def test_descriptions_a_gathering_owned_by_its_or_their_is_kept(owner: str) -> None:
    assert _events(resolved_of(make_doc(_owned(owner, "conference")))) == ["annual conference"]


@pytest.mark.parametrize(
    ("owner", "kept"), [("his", ["annual speech"]), ("her", ["annual speech"])]
)
def test_descriptions_a_speech_owned_by_his_or_her_is_kept(owner: str, kept: list[str]) -> None:
    """A speech is one person's own occasion; a conference is no person's."""
    assert _events(resolved_of(make_doc(_owned(owner, "speech")))) == kept
    assert _events(resolved_of(make_doc(_owned(owner, "conference")))) == []


def test_extract_the_agm_after_the_guilds_agm_is_that_meeting(extract: Callable[..., Any]) -> None:
    """ "the AGM" is the meeting the "Guild AGM" named, not a body named by capitals."""
    corpus = extract(
        "Guild news\nMembers met at the Harbour Guild AGM on Monday.\n"
        "Jo Reid spoke at the AGM about pay.\n"
    )
    meetings = [e for e in corpus.entities if "AGM" in (e.label, *e.aliases)]
    assert [core_class(e.type) for e in meetings] == [KG.Event]


def test_descriptions_an_owned_thing_that_is_no_gathering_is_still_dropped() -> None:
    """ "its annual budget" restates a thing named elsewhere, if anywhere: no event."""
    assert _events(resolved_of(make_doc(_owned("its", "budget")))) == []


def test_relations_members_at_their_conference_take_part_on_a_real_parse(
    extract: Callable[..., Any],
) -> None:
    corpus = extract(
        "Ferry news\nMarta Lind told members of the Ferry Guild at their annual conference in "
        "Leeds that she would meet the minister."
    )
    labels = {e.key: e.label for e in corpus.entities}
    found = {(labels[r.subject], r.predicate, labels[r.object]) for r in corpus.relations}
    assert ("Marta Lind", KG.participatesIn, "annual conference") in found


# "Speaking after the meeting with Hale, the Guild said it was useful." as the parser reads
# it: the gerund taken for the subject, "the Guild" in apposition to "Hale".
SPEAKING_AFTER = """
Speaking  VERB  nsubj  9 speak VBG
after     ADP   prep   0 - IN
the       DET   det    3 - DT
meeting   NOUN  pobj   1 - NN
with      ADP   prep   3 - IN
Hale      PROPN pobj   4 - NNP
,         PUNCT punct  5 - ,
the       DET   det    8 - DT
Guild     PROPN appos  5 - NNP
said      VERB  ROOT   9 say VBD
it        PRON  nsubj  11 - PRP
was       AUX   ccomp  9 be VBD
useful    ADJ   acomp  11 - JJ
.         PUNCT punct  9 - .
"""


def test_relations_who_speaks_after_a_meeting_with_x_met_x() -> None:
    """The subject the parser joined to the fronted participle clause ("the Guild", after the
    comma) came out of the meeting and spoke with Hale; Hale spoke with no one by it."""
    parsed = build(
        SPEAKING_AFTER,
        names=[("Hale", KG.Person), ("Guild", KG.TradeUnion), ("meeting", KG.Meeting)],
    )
    assert facts(parsed.relations("event-partners")) == {("Guild", KG.communicatesWith, "Hale")}
    assert ("Guild", KG.participatesIn, "meeting") in facts(parsed.relations("event-setting"))


def test_relations_talks_with_x_give_no_partners_by_the_setting_rule() -> None:
    """Talks are read by the noun rule ("talks with"), not as a meeting held with someone."""
    parsed = build(
        SPEAKING_AFTER.replace("meeting   NOUN", "talks     NOUN"),
        names=[("Hale", KG.Person), ("Guild", KG.TradeUnion), ("talks", KG.Negotiation)],
    )
    assert facts(parsed.relations("event-partners")) == set()


def test_relations_speakers_after_a_meeting_met_its_other_side_on_a_real_parse(
    extract: Callable[..., Any],
) -> None:
    corpus = extract(
        "Ferry news\nSpeaking after the meeting with Mr Hale, Dr Marta Lind and Dr Omar Reyes, "
        "who chair the guild's drivers' committee, said the meeting was \"positive\"."
    )
    labels = {e.key: e.label for e in corpus.entities}
    found = {(labels[r.subject], r.predicate, labels[r.object]) for r in corpus.relations}
    assert ("Marta Lind", KG.communicatesWith, "Hale") in found
    assert ("Omar Reyes", KG.communicatesWith, "Hale") in found


def _made(noun: str, lemma: str) -> str:
    # "The Guild made {noun} for talks ." / "The Guild made {noun} of talks ."
    return f"""
        The    DET   det   1
        Guild  PROPN nsubj 2
        made   VERB  ROOT  2 make VBD
        {noun} NOUN  dobj  2 {lemma} NNS
        for    ADP   prep  3
        talks  NOUN  pobj  4 talk NNS
        .      PUNCT punct 2
        """


@pytest.mark.parametrize(("noun", "lemma"), [("requests", "request"), ("calls", "call")])
def test_relations_making_requests_for_talks_takes_no_part_in_them(noun: str, lemma: str) -> None:
    """ "The Guild made repeated requests for talks": the talks are asked for, not held."""
    parsed = build(_made(noun, lemma), names=[("Guild", KG.TradeUnion), ("talks", KG.Negotiation)])
    assert facts(parsed.relations("verb")) == set()


def test_relations_making_plans_for_talks_still_takes_part_in_them() -> None:
    """A noun that asks for nothing leaves the light verb's reading as it was."""
    parsed = build(
        _made("plans", "plan"), names=[("Guild", KG.TradeUnion), ("talks", KG.Negotiation)]
    )
    assert facts(parsed.relations("verb")) == {("Guild", KG.participatesIn, "talks")}


# "Talks involving the Guild and Hale ended ."
INVOLVING = """
Talks      NOUN  nsubj 6 talk NNS
involving  VERB  acl   0 involve VBG
the        DET   det   3
Guild      PROPN dobj  1
and        CCONJ cc    3
Hale       PROPN conj  3
ended      VERB  ROOT  6 end VBD
.          PUNCT punct 6
"""


def test_relations_who_talks_involve_takes_part_in_them() -> None:
    parsed = build(
        INVOLVING,
        names=[("Guild", KG.TradeUnion), ("Hale", KG.Person), ("Talks", KG.Negotiation)],
    )
    assert facts(parsed.relations("event-involved")) == {
        ("Guild", KG.participatesIn, "Talks"),
        ("Hale", KG.participatesIn, "Talks"),
    }


# "Lind , one of the organisers of the protest , spoke ."
ORGANISER = """
Lind       PROPN nsubj 11
,          PUNCT punct 0
one        NUM   appos 0
of         ADP   prep  2
the        DET   det   5
organisers NOUN  pobj  3 organiser NNS
of         ADP   prep  5
the        DET   det   8
protest    NOUN  pobj  6
,          PUNCT punct 0
then       ADV   advmod 11
spoke      VERB  ROOT  11 speak VBD
.          PUNCT punct 11
"""


def test_relations_one_of_the_organisers_of_an_event_takes_part_in_it() -> None:
    parsed = build(ORGANISER, names=[("Lind", KG.Person), ("protest", KG.Campaign)])
    assert facts(parsed.relations("event-organiser")) == {("Lind", KG.participatesIn, "protest")}


def test_relations_a_critic_of_an_event_is_no_organiser() -> None:
    rows = ORGANISER.replace(
        "organisers NOUN  pobj  3 organiser", "critics    NOUN  pobj  3 critic"
    )
    parsed = build(rows, names=[("Lind", KG.Person), ("protest", KG.Campaign)])
    assert facts(parsed.relations("event-organiser")) == set()


def test_descriptions_the_event_a_description_told_of_before_is_referred_back_to() -> None:
    """ "Drivers held a protest. The protest ended.": the second names the first, kept though
    it has no name, instead of being dropped."""
    doc = make_doc(
        """
        Drivers NOUN nsubj 1 driver NNS
        held VERB ROOT 1 hold VBD
        a DET det 3 - DT
        protest NOUN dobj 1 - NN
        . PUNCT punct 1 - .
        The DET det 6 - DT
        protest NOUN nsubj 7 - NN
        ended VERB ROOT 7 end VBD
        . PUNCT punct 7 - .
        """
    )
    (event,) = [e for e in resolved_of(doc).entities if core_class(e.type) == KG.Event]
    assert len(event.mentions) == 2


def _two_gatherings(first_day: str, second_day: str) -> str:
    # "The Guild held talks on {first_day} . Hale said the meeting on {second_day} was useful ."
    return f"""
        The DET det 1 - DT
        Guild PROPN nsubj 2 - NNP
        held VERB ROOT 2 hold VBD
        talks NOUN dobj 2 talk NNS
        on ADP prep 3 - IN
        {first_day} PROPN pobj 4 - NNP
        . PUNCT punct 2 - .
        Hale PROPN nsubj 8 - NNP
        said VERB ROOT 8 say VBD
        the DET det 10 - DT
        meeting NOUN nsubj 13 - NN
        on ADP prep 10 - IN
        {second_day} PROPN pobj 11 - NNP
        was AUX ccomp 8 be VBD
        useful ADJ acomp 13 - JJ
        . PUNCT punct 8 - .
        """


@pytest.mark.parametrize(("second_day", "count"), [("Monday", 1), ("Friday", 2)])
def test_entities_talks_and_a_meeting_on_one_weekday_are_one_gathering(
    second_day: str, count: int
) -> None:
    events = _events(resolved_of(make_doc(_two_gatherings("Monday", second_day))))
    assert len(events) == count


def test_events_a_mass_lobby_is_a_protest_its_organiser_holds_on_a_real_parse(
    extract: Callable[..., Any],
) -> None:
    corpus = extract(
        "Ferry news\nMarta Lind spoke to reporters at the Ferry Guild's mass lobby event in "
        "Leeds on Tuesday."
    )
    labels = {e.key: e.label for e in corpus.entities}
    events = [e for e in corpus.entities if core_class(e.type) == KG.Event]
    assert [core_class(e.type) for e in events] == [KG.Event]
    found = {(labels[r.subject], r.predicate, labels[r.object]) for r in corpus.relations}
    assert ("Ferry Guild", KG.participatesIn, events[0].label) in found


def test_lexicon_lobby_alone_names_no_event() -> None:
    """ "the tobacco lobby" is a group of interests: only the phrases name the event."""
    from kg.extract.lexicon import load_lexicon

    heads = load_lexicon().head_nouns
    assert "mass lobby" in heads
    assert "lobby" not in heads
