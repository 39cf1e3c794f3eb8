"""Events (parts30): a gathering after "at" hung on a verb's object is where the subject acted
("announced the policy at the guild's conference"), and a measure of talks is the talks
("chaired 40 hours of talks"); a plenary session is a meeting, and "the parliament" whose
session it is in an article naming the European Parliament is that parliament."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from doc_builder import Name, build, facts

from kg.rdf.namespaces import KG

# "Ann Lowe announced the policy at the guild 's conference ."
AT_THE_CONFERENCE = """
Ann        PROPN compound 1
Lowe       PROPN nsubj    2
announced  VERB  ROOT     2 announce VBD
the        DET   det      4
policy     NOUN  dobj     2
at         ADP   prep     4
the        DET   det      7
guild      NOUN  poss     9
's         PART  case     7
{event}    NOUN  pobj     5
.          PUNCT punct    2
"""


def _at(event: str, cls: Any) -> set[tuple[str, Any, str]]:
    parsed = build(
        AT_THE_CONFERENCE.format(event=event),
        names=[("Ann Lowe", KG.Person), Name(event, cls, event, "noun-phrase")],
    )
    return facts(parsed.relations("event-setting"))


def test_relations_a_conference_hung_on_the_object_is_where_the_subject_acted() -> None:
    assert _at("conference", KG.Conference) == {("Ann Lowe", KG.participatesIn, "conference")}


def test_relations_a_strike_hung_on_the_object_is_no_setting() -> None:
    """ "announced the policy at the guild's strike": a strike is no gathering one acts at."""
    assert _at("strike", KG.CollectiveAction) == set()


def test_relations_talks_between_two_sides_hung_on_the_object_are_theirs_alone() -> None:
    """ "Ann Lowe welcomed progress at talks between Acme and the guild": she spoke of them."""
    parsed = build(
        """
        Ann       PROPN compound 1
        Lowe      PROPN nsubj    2
        welcomed  VERB  ROOT     2 welcome VBD
        progress  NOUN  dobj     2
        at        ADP   prep     3
        talks     NOUN  pobj     4 talk NNS
        between   ADP   prep     5
        Acme      PROPN pobj     6
        and       CCONJ cc       7
        the       DET   det      10
        guild     NOUN  conj     7
        .         PUNCT punct    2
        """,
        names=[
            ("Ann Lowe", KG.Person),
            ("Acme", KG.Organisation),
            ("guild", KG.TradeUnion),
            Name("talks", KG.Negotiation, "talks", "noun-phrase"),
        ],
    )
    assert facts(parsed.relations("event-setting")) == set()


def test_relations_a_measure_of_talks_chaired_is_the_talks() -> None:
    parsed = build(
        """
        Ann        PROPN compound 1
        Lowe       PROPN nsubj    2
        chaired    VERB  ROOT     2 chair VBD
        40         NUM   nummod   4
        hours      NOUN  dobj     2 hour NNS
        of         ADP   prep     4
        talks      NOUN  pobj     5 talk NNS
        .          PUNCT punct    2
        """,
        names=[("Ann Lowe", KG.Person), Name("talks", KG.Negotiation, "talks", "noun-phrase")],
    )
    assert facts(parsed.relations("event-verb")) == {("Ann Lowe", KG.participatesIn, "talks")}


def _participants(corpus: Any) -> set[tuple[str, str]]:
    labels = {e.key: e.label for e in corpus.entities}
    return {
        (labels[r.subject], labels[r.object])
        for r in corpus.relations
        if r.predicate == KG.participatesIn
    }


def test_relations_venues_and_measures_on_a_real_parse(extract: Callable[..., Any]) -> None:
    corpus = extract(
        "Harbour news\nAnn Lowe, the guild's policy chief, announced the plan at the Harbour"
        " Guild's annual conference in Leeds on Friday.\nThe deal was agreed after Tom Hart"
        " chaired more than 30 hours of talks between the guild and the port."
    )
    found = _participants(corpus)
    assert any(s == "Ann Lowe" and "conference" in o for s, o in found)
    assert any(s == "Tom Hart" and "talks" in o for s, o in found)


def test_mentions_a_plenary_session_is_a_meeting_on_a_real_parse(
    extract: Callable[..., Any],
) -> None:
    corpus = extract(
        "Assembly news\nMembers will elect the Assembly's speaker at the first plenary session"
        " next week.\nThe guild asked for more GP sessions."
    )
    meetings = [e.label for e in corpus.entities if e.type == KG.Meeting]
    assert meetings == ["first plenary session"]


def test_gazetteer_the_parliament_is_the_european_parliament_named_on_a_real_parse(
    extract: Callable[..., Any],
) -> None:
    """ "the parliament" in an article that names the European Parliament is that parliament,
    not the UK's (a lower-case ambiguous name of the entry)."""
    corpus = extract(
        "Brussels news\nMEPs in the European Parliament voted on new farm rules this week.\n"
        "Ann Lowe called the votes in the plenary session of the parliament a good start."
    )
    legislatures = sorted(e.label for e in corpus.entities if e.type == KG.Legislature)
    assert legislatures == ["European Parliament"]
