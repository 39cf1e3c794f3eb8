"""Events, participation and communication: the mood of clauses of reason."""

from __future__ import annotations

import pytest
from doc_builder import build, context_of, facts, make_doc
from rdflib import URIRef

from kg.extract.mentions.noun_phrases import head_noun_phrases
from kg.extract.mentions.verb_events import events_named_by_verbs
from kg.extract.relations import modality_of
from kg.model import Relation
from kg.rdf.namespaces import KG

# "A deal could come soon, as the guild has met the minister."
REASON_CLAUSE = """
A        DET   det    1
deal     NOUN  nsubj  3
could    AUX   aux    3
come     VERB  ROOT   3
soon     ADV   advmod 3
,        PUNCT punct  3
as       SCONJ mark   10
the      DET   det    8
guild    NOUN  nsubj  10
has      AUX   aux    10 have
met      VERB  advcl  3  meet VBN
the      DET   det    12
minister NOUN  dobj   10
.        PUNCT punct  3
"""


def test_modality_of_a_past_clause_of_reason_is_its_own() -> None:
    doc = make_doc(REASON_CLAUSE)
    assert modality_of(doc[3]) == KG.Conditional  # "could come"
    assert modality_of(doc[10]) == KG.Asserted  # "as the guild has met the minister"


def test_modality_of_a_clause_of_reason_not_yet_past_is_the_main_clause_s() -> None:
    rows = REASON_CLAUSE.replace("has      AUX   aux    10 have", "soon     ADV   advmod 10")
    doc = make_doc(rows.replace("meet VBN", "meet VBZ").replace("met ", "meets "))
    assert modality_of(doc[10]) == KG.Conditional  # "as the guild meets the minister"


def _ballot_of(owner: str, owner_class: URIRef) -> set[tuple[str, URIRef, str]]:
    """ "A ballot of <owner> staff closed." on a hand-built parse."""
    parsed = build(
        f"""
        A        DET   det      1
        ballot   NOUN  nsubj    6
        of       ADP   prep     1
        {owner}  PROPN compound 4
        Ports    PROPN compound 5
        staff    NOUN  pobj     2
        closed   VERB  ROOT     6 close VBD
        .        PUNCT punct    6
        """,
        names=[("ballot", KG.Vote), (f"{owner} Ports", owner_class)],
    )
    return facts(parsed.relations("event-argument"))


def test_relations_an_employer_before_a_workforce_noun_takes_no_part() -> None:
    """ "a ballot of Harbour Ports staff": the staff vote, not the ports authority."""
    assert _ballot_of("Harbour", KG.PublicBody) == set()


def test_relations_a_union_before_a_workforce_noun_stands_for_its_members() -> None:
    """ "a ballot of Dockers Ports staff", a union named so: its members' ballot is its own."""
    assert _ballot_of("Dockers", KG.TradeUnion) == {("Dockers Ports", KG.participatesIn, "ballot")}


def _meeting_with(verb: str, lemma: str) -> list[Relation]:
    """ "The Dockers Guild <verb> a meeting with Okafor." on a hand-built parse."""
    parsed = build(
        f"""
        The      DET   det      2
        Dockers  PROPN compound 2
        Guild    PROPN nsubj    3
        {verb}   VERB  ROOT     3 {lemma} VBD
        a        DET   det      5
        meeting  NOUN  dobj     3
        with     ADP   prep     5
        Okafor   PROPN pobj     6
        .        PUNCT punct    3
        """,
        names=[
            ("Dockers Guild", KG.TradeUnion),
            ("meeting", KG.Meeting),
            ("Okafor", KG.Person),
        ],
    )
    return parsed.relations("event-argument") + parsed.relations("noun")


def test_relations_a_meeting_sought_is_not_yet_held() -> None:
    """ "sought a meeting with Okafor": asked for, so Okafor is in no meeting yet."""
    found = _meeting_with("sought", "seek")
    assert found
    assert {r.modality for r in found} == {KG.Conditional}


def test_relations_a_meeting_held_is_asserted() -> None:
    found = _meeting_with("held", "hold")
    assert ("Okafor", KG.participatesIn, "meeting") in facts(found)
    assert {r.modality for r in found} == {KG.Asserted}


def _felt_at(feeling: str, pos: str, dep: str, noun: str) -> set[tuple[str, URIRef, str]]:
    """ "The Dockers Guild is <feeling> at Okafor's <noun> to act." on a hand-built parse."""
    root = 4 if dep == "ROOT" else 3
    head_of_guild = "nsubjpass" if dep == "ROOT" else "nsubj"
    parsed = build(
        f"""
        The        DET   det       2
        Dockers    PROPN compound  2
        Guild      PROPN {head_of_guild} {root}
        is         AUX   {"auxpass" if dep == "ROOT" else "ROOT"} {root} be
        {feeling}  {pos} {dep}     {root} {feeling} {"VBN" if pos == "VERB" else "JJ"}
        at         ADP   prep      4
        Okafor     PROPN poss      8
        's         PART  case      6
        {noun}     NOUN  pobj      5
        .          PUNCT punct     {root}
        """,
        names=[("Dockers Guild", KG.TradeUnion), ("Okafor", KG.Person)],
    )
    return facts(parsed.relations("conduct"))


def test_relations_anger_at_an_actor_s_conduct_criticises_the_actor() -> None:
    """ "The Dockers Guild is angry at Okafor's refusal": public criticism of Okafor."""
    expected = {("Dockers Guild", KG.criticises, "Okafor")}
    assert _felt_at("angry", "ADJ", "acomp", "refusal") == expected
    assert _felt_at("disappointed", "VERB", "ROOT", "failure") == expected


@pytest.mark.parametrize("preposition", ["of", "by"])
def test_relations_anger_at_the_conduct_of_an_actor_criticises_the_actor(preposition: str) -> None:
    """ "The Dockers Guild is angry at the refusal of Okafor" (or "by Okafor")."""
    parsed = build(
        f"""
        The           DET   det      2
        Dockers       PROPN compound 2
        Guild         PROPN nsubj    3
        is            AUX   ROOT     3 be
        angry         ADJ   acomp    3 angry JJ
        at            ADP   prep     4
        the           DET   det      7
        refusal       NOUN  pobj     5
        {preposition} ADP   prep     7
        Okafor        PROPN pobj     8
        .             PUNCT punct    3
        """,
        names=[("Dockers Guild", KG.TradeUnion), ("Okafor", KG.Person)],
    )
    assert facts(parsed.relations("conduct")) == {("Dockers Guild", KG.criticises, "Okafor")}


def test_relations_a_feeling_at_an_actor_s_plan_is_no_criticism_of_the_actor() -> None:
    """ "angry at Okafor's plan" judges the plan, not Okafor's conduct."""
    assert _felt_at("angry", "ADJ", "acomp", "plan") == set()


def _worked_with(second_org: str) -> set[tuple[str, URIRef, str]]:
    """ "The chair will work closely with the treasurer." on a hand-built parse: the chair of
    the Harbour Board and the treasurer of ``second_org``."""
    parsed = build(
        """
        The       DET   det    1
        chair     NOUN  nsubj  3
        will      AUX   aux    3
        work      VERB  ROOT   3
        closely   ADV   advmod 3
        with      ADP   prep   3
        the       DET   det    7
        treasurer NOUN  pobj   5
        .         PUNCT punct  3
        """,
        roles=[("chair", "Okafor", "Harbour Board"), ("treasurer", "Hale", second_org)],
    )
    return facts(parsed.relations("collaboration"))


def test_relations_working_with_an_actor_communicates_with_it() -> None:
    """ "The chair (of the Harbour Board) will work with the treasurer (of the Dockers Guild)"."""
    assert _worked_with("Dockers Guild") == {("Okafor", KG.communicatesWith, "Hale")}


def test_relations_colleagues_working_together_do_not_communicate() -> None:
    """Two post holders of the Harbour Board working together: work inside one body."""
    assert _worked_with("Harbour Board") == set()


def test_relations_working_with_an_actor_for_years_is_a_job_not_talks() -> None:
    """ "Okafor worked with the Harbour Board for ten years": a career, no communication."""
    parsed = build(
        """
        Okafor  PROPN nsubj    1
        worked  VERB  ROOT     1 work VBD
        with    ADP   prep     1
        the     DET   det      5
        Harbour PROPN compound 5
        Board   PROPN pobj     2
        for     ADP   prep     1
        ten     NUM   nummod   8
        years   NOUN  pobj     6 year NNS
        .       PUNCT punct    1
        """,
        names=[("Okafor", KG.Person), ("Harbour Board", KG.PublicBody)],
    )
    assert facts(parsed.relations("collaboration")) == set()


def _verb_and_talks(verb: str, lemma: str) -> set[tuple[str, URIRef, str]]:
    """ "Okafor <verb> fresh talks." on a hand-built parse."""
    parsed = build(
        f"""
        Okafor   PROPN nsubj 1
        {verb}   VERB  ROOT  1 {lemma} VBD
        fresh    ADJ   amod  3
        talks    NOUN  dobj  1 talk NNS
        .        PUNCT punct 1
        """,
        names=[("Okafor", KG.Person), ("fresh talks", KG.Negotiation)],
    )
    return facts(parsed.relations("verb"))


def test_relations_demanding_talks_takes_no_part_in_them() -> None:
    """ "Okafor demanded fresh talks": asked for, not held; "announced" them: taking part."""
    assert _verb_and_talks("demanded", "demand") == set()
    assert _verb_and_talks("announced", "announce") == {
        ("Okafor", KG.participatesIn, "fresh talks")
    }


def _events_named(counted: str) -> set[str]:
    """ "The guild announced <counted> of strikes." on a hand-built parse: the event phrases."""
    number, measure, lemma = counted.split()
    rows = f"""
        The       DET   det      1
        guild     NOUN  nsubj    2
        announced VERB  ROOT     2 announce VBD
        {number}  {"NUM" if number.isdigit() else "DET"} {"nummod" if number.isdigit() else "det"} 4
        {measure} NOUN  dobj     2 {lemma}
        of        ADP   prep     4
        strikes   NOUN  pobj     5 strike NNS
        .         PUNCT punct    2
    """
    return {
        c.span.text
        for c in head_noun_phrases(context_of(make_doc(rows)))
        if c.type == KG.CollectiveAction
    }


def test_mentions_strikes_counted_by_a_measure_are_events() -> None:
    """ "announced 5 days of strikes": these strikes, not strikes as a kind."""
    assert _events_named("5 days day") and _events_named("a series series")


def test_mentions_a_bare_plural_event_noun_uncounted_is_a_kind() -> None:
    """ "strikes" alone after "of" a noun that measures nothing: a kind of act."""
    assert _events_named("5 threats threat") == set()


def _named_by_verb(verb: str, lemma: str) -> list[str]:
    """ "The guild is <verb> its members." on a hand-built parse: the events its verb names."""
    doc = make_doc(
        f"""
        The      DET   det   1
        guild    NOUN  nsubj 3
        is       AUX   aux   3 be
        {verb}   VERB  ROOT  3 {lemma} VBG
        its      PRON  poss  5
        members  NOUN  dobj  3 member NNS
        .        PUNCT punct 3
        """
    )
    return [c.span.text for c in events_named_by_verbs(context_of(doc), ())]


def test_mentions_a_ballot_under_way_is_named_by_its_verb() -> None:
    """ "The guild is balloting its members": the ballot going on, also named with whom it
    asks."""
    assert _named_by_verb("balloting", "ballot") == ["balloting", "balloting its members"]


def test_mentions_a_meeting_under_way_is_named_elsewhere() -> None:
    """ "is meeting": told of a meeting the article names by a noun, no event of its own."""
    assert _named_by_verb("meeting", "meet") == []


def test_relations_walking_out_with_out_read_as_an_adverb_is_the_strike() -> None:
    """ "Members of the Dockers Guild will walk out in a strike": the parser may make "out" an
    adverb; "walk out" still names the strike."""
    parsed = build(
        """
        Members  NOUN  nsubj    6 member NNS
        of       ADP   prep     0
        the      DET   det      4
        Dockers  PROPN compound 4
        Guild    PROPN pobj     1
        will     AUX   aux      6
        walk     VERB  ROOT     6 walk VB
        out      ADV   advmod   6
        in       ADP   prep     6
        a        DET   det      10
        strike   NOUN  pobj     8
        .        PUNCT punct    6
        """,
        names=[("Dockers Guild", KG.TradeUnion), ("strike", KG.CollectiveAction)],
    )
    assert facts(parsed.relations("event-verb-named")) == {
        ("Dockers Guild", KG.participatesIn, "strike")
    }
