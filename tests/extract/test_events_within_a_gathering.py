"""An event given at a gathering ("her speech at the conference") puts whoever gives it at
the gathering (:mod:`kg.extract.relations.nested_events`). Sentences written for the tests."""

from __future__ import annotations

from doc_builder import build, facts

from kg.rdf.namespaces import KG

# "Reid praised the plan in her speech at the Guild conference."
SPEECH_AT_A_CONFERENCE = """
Reid       PROPN nsubj    1
praised    VERB  ROOT     1  praise
the        DET   det      3
plan       NOUN  dobj     1
in         ADP   prep     1
her        PRON  poss     6
speech     NOUN  pobj     4
at         ADP   prep     6
the        DET   det      10
Guild      PROPN compound 10
conference NOUN  pobj     7
.          PUNCT punct    1
"""


def _found(rows: str, gathering: object) -> set[tuple[str, object, str]]:
    parsed = build(
        rows,
        names=[("Reid", KG.Person), ("speech", KG.Event), ("conference", gathering)],
        pronouns={5: "Reid"},
    )
    return facts(parsed.relations("event-within"))


def test_events_the_giver_of_a_speech_at_a_conference_takes_part_in_it() -> None:
    assert _found(SPEECH_AT_A_CONFERENCE, KG.Conference) == {
        ("Reid", KG.participatesIn, "conference")
    }


def test_events_a_speech_during_a_strike_puts_no_one_in_the_strike() -> None:
    """ "... in her speech during the Guild strike": a strike is no gathering."""
    rows = SPEECH_AT_A_CONFERENCE.replace("at         ADP", "during     ADP").replace(
        "conference NOUN", "strike     NOUN"
    )
    parsed = build(
        rows,
        names=[("Reid", KG.Person), ("speech", KG.Event), ("strike", KG.CollectiveAction)],
        pronouns={5: "Reid"},
    )
    assert facts(parsed.relations("event-within")) == set()


def test_events_the_subject_of_a_clause_a_speech_is_set_in_gives_it() -> None:
    """ "In a speech at the forum, Reid praised the plan." """
    parsed = build(
        """
        In         ADP   prep     8
        a          DET   det      2
        speech     NOUN  pobj     0
        at         ADP   prep     2
        the        DET   det      5
        conference NOUN  pobj     3
        ,          PUNCT punct    8
        Reid       PROPN nsubj    8
        praised    VERB  ROOT     8  praise
        the        DET   det      10
        plan       NOUN  dobj     8
        .          PUNCT punct    8
        """,
        names=[("Reid", KG.Person), ("speech", KG.Event), ("conference", KG.Conference)],
    )
    assert facts(parsed.relations("event-within")) == {("Reid", KG.participatesIn, "conference")}
