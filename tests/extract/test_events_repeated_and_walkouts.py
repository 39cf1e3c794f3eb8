"""Events and who takes part in them: an act done once more is another
event."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from doc_builder import Name, build, context_of, facts, make_doc, mentions_of

from kg.extract.mentions.verb_events import events_named_by_verbs
from kg.rdf.namespaces import KG

AGAIN = """
Staff  NOUN  nsubj    2 staff NNS
will   AUX   aux      2
vote   VERB  ROOT     2 vote  VB
again  ADV   advmod   2 -     RB
next   ADJ   amod     5 -     JJ
week   NOUN  npadvmod 2 -     NN
.      PUNCT punct    2
"""


def test_mentions_an_act_done_again_is_named_by_the_verb_and_its_adverbs() -> None:
    """ "Staff will vote again next week": another vote (``lex:repeatAdverb``), named by the
    verb with its adverbs only (method "verb-again"), never by the bare verb that an earlier
    "vote" shares."""
    found = [(c.span.text, c.method) for c in events_named_by_verbs(context_of(make_doc(AGAIN)))]
    assert found == [("vote again next week", "verb-again")]


def test_mentions_a_planned_act_keeps_its_bare_verb_and_longer_form() -> None:
    """ "Staff will vote next week": the bare verb and the verb with its adverbs, as before."""
    rows = """
    Staff  NOUN  nsubj    2 staff NNS
    will   AUX   aux      2
    vote   VERB  ROOT     2 vote  VB
    next   ADJ   amod     4 -     JJ
    week   NOUN  npadvmod 2 -     NN
    .      PUNCT punct    2
    """
    found = [(c.span.text, c.method) for c in events_named_by_verbs(context_of(make_doc(rows)))]
    assert found == [("vote", "verb"), ("vote next week", "verb")]


MET_AGAIN = """
After    ADP   prep     7
the      DET   det      2
meeting  NOUN  pobj     0
,        PUNCT punct    7
the      DET   det      6
Dockers  PROPN compound 6
Guild    PROPN nsubj    7
agreed   VERB  ROOT     7 agree VBD
to       PART  aux      9
meet     VERB  xcomp    7 meet  VB
again    ADV   advmod   9 -     RB
.        PUNCT punct    7
"""


def test_relations_a_verb_naming_its_own_event_is_in_that_one_only() -> None:
    """ "After the meeting, the Dockers Guild agreed to meet again": the Guild takes part in
    the meeting the verb names, not in the one its sentence names by a noun."""
    parsed = build(
        MET_AGAIN,
        names=[
            Name("meeting", KG.Meeting, "meeting", "noun-phrase"),
            ("Dockers Guild", KG.TradeUnion),
            Name("meet again", KG.Meeting, "meet again", "verb-again"),
        ],
    )
    assert facts(parsed.relations("event-verb-named")) == {
        ("Dockers Guild", KG.participatesIn, "meet again")
    }


def test_relations_meeting_again_is_another_meeting_on_a_real_parse(
    extract: Callable[..., Any],
) -> None:
    corpus = extract(
        "Dockers meet minister\nThe Dockers Guild met the port minister, Ann Lowe, on"
        " Tuesday. The Dockers Guild said it had agreed to meet again next week with Ms Lowe."
    )
    labels = {e.key: e.label for e in corpus.entities}
    meetings = {e.label for e in corpus.entities if e.type == KG.Meeting}
    found = {(labels[r.subject], r.predicate, labels[r.object]) for r in corpus.relations}
    assert meetings == {"meet again next week"}
    assert ("Dockers Guild", KG.participatesIn, "meet again next week") in found


PAID_FOR_STRIKE_ACTION = """
The     DET   det     1
strike  NOUN  nsubj   2 strike NN
began   VERB  ROOT    2 begin  VBD
.       PUNCT punct   2
The     DET   det     5
NHS     PROPN nsubj   6
paid    VERB  ROOT    6 pay    VBD
a       DET   det     8
price   NOUN  dobj    6
for     ADP   prep    6
strike  VERB  pcomp   9 strike VBG
action  NOUN  dobj    10 action NN
.       PUNCT punct   6
"""


def test_relations_a_noun_tagged_as_a_verb_names_no_act() -> None:
    """ "The NHS paid a price for strike action": "strike" tagged a verb with "action" its
    object is the event noun "strike action" (``lex:headNoun``), not the NHS striking."""
    parsed = build(
        PAID_FOR_STRIKE_ACTION,
        names=[
            Name("strike", KG.CollectiveAction, "strike", "noun-phrase"),
            ("NHS", KG.PublicBody),
        ],
    )
    assert facts(parsed.relations("event-verb-named")) == set()


STOP_WORK = """
Federation PROPN compound 1
members    NOUN  nsubj    3 member NNS
will       AUX   aux      3
{verb}     VERB  ROOT     3 {lemma} VB
{word}     {pos} {dep}    3
on         ADP   prep     3
Monday     PROPN pobj     5
.          PUNCT punct    3
"""


def _strike_names(verb: str, lemma: str, word: str, pos: str, dep: str) -> list[tuple[str, str]]:
    rows = STOP_WORK.format(verb=verb, lemma=lemma, word=word, pos=pos, dep=dep)
    found = events_named_by_verbs(context_of(make_doc(rows)))
    return [(c.span.text, c.type.rsplit("#", 1)[-1]) for c in found]


def test_mentions_stopping_work_names_a_strike() -> None:
    """ "Federation members will stop work on Monday", "... will walk out on Monday": a verb of
    stopping work with its object or particle (``lex:introducingVerb``) names a strike."""
    assert _strike_names("stop", "stop", "work", "NOUN", "dobj") == [
        ("stop work", "CollectiveAction")
    ]
    assert _strike_names("walk", "walk", "out", "ADV", "advmod") == [
        ("walk out", "CollectiveAction")
    ]


STOP_WORK_ON_A_ROAD = """
Builders   NOUN  nsubj    2 builder NNS
will       AUX   aux      2
stop       VERB  ROOT     2 stop   VB
work       NOUN  dobj     2
on         ADP   prep     3
the        DET   det      7
coastal    ADJ   amod     7
road       NOUN  pobj     4
.          PUNCT punct    2
"""


def test_mentions_stopping_work_on_a_thing_names_no_strike() -> None:
    """review4: "Builders will stop work on the coastal road": work on something is halted, no
    strike ("on Monday", a time, still gives a strike's day)."""
    assert list(events_named_by_verbs(context_of(make_doc(STOP_WORK_ON_A_ROAD)))) == []


def test_mentions_stopping_something_else_names_no_strike() -> None:
    """ "Federation members will stop cuts on Monday": only the listed object makes a strike."""
    assert _strike_names("stop", "stop", "cuts", "NOUN", "dobj") == []


def test_relations_a_union_stopping_work_is_in_the_strike_on_a_real_parse(
    extract: Callable[..., Any],
) -> None:
    corpus = extract(
        "Porters to strike\nMembers of the Porters Federation will walk out next Tuesday, the"
        " union said.\nFederation members in Wales will stop work on March 3."
    )
    labels = {e.key: e.label for e in corpus.entities}
    strikes = [e for e in corpus.entities if e.type == KG.CollectiveAction]
    found = {(labels[r.subject], r.predicate, labels[r.object]) for r in corpus.relations}
    assert len(strikes) == 1
    assert {"walk out", "stop work"} <= {strikes[0].label, *strikes[0].aliases}
    assert ("Porters Federation", KG.participatesIn, strikes[0].label) in found


def test_relations_who_stops_work_is_in_the_strike_the_verb_names() -> None:
    """ "The Porters Federation will stop work": "stop" is no verb of ``lex:eventVerb``, but it
    names a strike itself (a verb mention), so its subject takes part in that strike."""
    parsed = build(
        """
        The        DET   det      2
        Porters    PROPN compound 2
        Federation PROPN nsubj    4
        will       AUX   aux      4
        stop       VERB  ROOT     4 stop VB
        work       NOUN  dobj     4
        .          PUNCT punct    4
        """,
        names=[
            ("Porters Federation", KG.TradeUnion),
            Name("stop work", KG.CollectiveAction, "strike", "verb"),
        ],
    )
    assert facts(parsed.relations("event-verb-named")) == {
        ("Porters Federation", KG.participatesIn, "strike")
    }


def test_mentions_a_strike_is_also_named_with_the_group_that_holds_it() -> None:
    """ "Talks ended. The porters' strike began.": also "porters' strike"."""
    doc = make_doc(
        """
        Talks    NOUN  nsubj  1 talk   NNS
        ended    VERB  ROOT   1 end    VBD
        .        PUNCT punct  1 -      .
        The      DET   det    4 -      DT
        porters  NOUN  poss   6 porter NNS
        '        PART  case   4 -      POS
        strike   NOUN  nsubj  7 -      NN
        began    VERB  ROOT   7 begin  VBD
        .        PUNCT punct  7 -      .
        """
    )
    assert "porters' strike" in {m.text for m in mentions_of(doc).mentions}
