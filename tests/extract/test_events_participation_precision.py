"""Taking part (parts30), what is not: "voted in favour of" takes no part in what it favours, a
clause with a subject of its own is not an event's holders', a person's officials are not the
person, and a "not" before a list of verbs denies each (no event named by them)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from doc_builder import Name, build, facts, make_doc, mentions_of

from kg.rdf.namespaces import KG

# "The Dockers Guild voted in {noun} of strike action ."
VOTED_IN = """
The      DET   det      2
Dockers  PROPN compound 2
Guild    PROPN nsubj    3
voted    VERB  ROOT     3 vote VBD
in       ADP   prep     3
{noun}   NOUN  pobj     4
of       ADP   prep     5
strike   NOUN  compound 8
action   NOUN  pobj     6
.        PUNCT punct    3
"""


def test_relations_voting_in_favour_of_action_takes_no_part_in_it() -> None:
    parsed = build(
        VOTED_IN.format(noun="favour"),
        names=[
            ("Dockers Guild", KG.TradeUnion),
            Name("strike action", KG.CollectiveAction, "strike action", "noun-phrase"),
        ],
    )
    assert not any(r.predicate == KG.participatesIn for r in parsed.relations("verb"))


def test_relations_voting_in_a_ballot_still_takes_part() -> None:
    parsed = build(
        """
        The      DET   det      2
        Dockers  PROPN compound 2
        Guild    PROPN nsubj    3
        voted    VERB  ROOT     3 vote VBD
        in       ADP   prep     3
        the      DET   det      6
        ballot   NOUN  pobj     4
        .        PUNCT punct    3
        """,
        names=[("Dockers Guild", KG.TradeUnion), Name("ballot", KG.Vote, "ballot", "noun-phrase")],
    )
    assert ("Dockers Guild", KG.participatesIn, "ballot") in facts(parsed.relations("verb"))


def test_relations_a_clause_with_its_own_subject_is_not_the_events_holders() -> None:
    """ "The Guild's conference comes days before thousands of doctors are expected to stage a
    strike": the doctors stage it, not those at the conference."""
    parsed = build(
        """
        The        DET   det       1
        Guild      PROPN poss      3
        's         PART  case      1
        conference NOUN  nsubj     4
        comes      VERB  ROOT      4 come VBZ
        days       NOUN  npadvmod  11 day NNS
        before     SCONJ mark      11
        thousands  NOUN  nsubjpass 11 thousand NNS
        of         ADP   prep      7
        doctors    NOUN  pobj      8 doctor NNS
        are        AUX   auxpass   11 be VBP
        expected   VERB  advcl     4 expect VBN
        to         PART  aux       13
        stage      VERB  xcomp     11 stage VB
        a          DET   det       15
        strike     NOUN  dobj      13
        .          PUNCT punct     4
        """,
        names=[
            ("Guild", KG.TradeUnion),
            Name("conference", KG.Conference, "conference", "noun-phrase"),
            Name("strike", KG.CollectiveAction, "strike", "noun-phrase"),
        ],
    )
    found = facts(parsed.find())
    assert ("Guild", KG.participatesIn, "conference") in found
    assert ("Guild", KG.participatesIn, "strike") not in found


def test_relations_a_persons_officials_are_not_the_person() -> None:
    """ "Ann Lowe said talks between her officials and the guild resumed": the officials are a body's people."""
    parsed = build(
        """
        Ann        PROPN compound 1
        Lowe       PROPN nsubj    2
        said       VERB  ROOT     2 say VBD
        talks      NOUN  nsubj    10 talk NNS
        between    ADP   prep     3
        her        PRON  poss     6 - PRP$
        officials  NOUN  pobj     4 official NNS
        and        CCONJ cc       6
        the        DET   det      9
        guild      NOUN  conj     6
        resumed    VERB  ccomp    2 resume VBD
        .          PUNCT punct    2
        """,
        names=[
            ("Ann Lowe", KG.Person),
            ("guild", KG.TradeUnion),
            Name("talks", KG.Negotiation, "talks", "noun-phrase"),
        ],
        pronouns={5: "Ann Lowe"},
    )
    assert facts(parsed.relations("event-argument")) == {("guild", KG.participatesIn, "talks")}


def test_mentions_a_not_before_a_list_of_verbs_denies_each() -> None:
    """ "The guild was not briefed, consulted or involved": no consultation."""
    doc = make_doc(
        """
        The       DET   det       1
        guild     NOUN  nsubjpass 4
        was       AUX   auxpass   4 be VBD
        not       PART  neg       4 - RB
        briefed   VERB  ROOT      4 brief VBN
        ,         PUNCT punct     4
        consulted VERB  conj      4 consult VBN
        or        CCONJ cc        6
        involved  VERB  conj      6 involve VBN
        .         PUNCT punct     4
        """
    )
    assert not [m for m in mentions_of(doc).mentions if m.method == "verb"]


def test_mentions_a_consultation_not_denied_is_named_by_its_verb() -> None:
    doc = make_doc(
        """
        The       DET   det       1
        guild     NOUN  nsubjpass 3
        was       AUX   auxpass   3 be VBD
        briefed   VERB  ROOT      3 brief VBN
        and       CCONJ cc        3
        consulted VERB  conj      3 consult VBN
        .         PUNCT punct     3
        """
    )
    assert [m.text for m in mentions_of(doc).mentions if m.method == "verb"] == ["consulted"]


def _participants(corpus: Any) -> set[tuple[str, str]]:
    labels = {e.key: e.label for e in corpus.entities}
    return {
        (labels[r.subject], labels[r.object])
        for r in corpus.relations
        if r.predicate == KG.participatesIn
    }


def test_relations_voting_in_favour_on_a_real_parse(extract: Callable[..., Any]) -> None:
    corpus = extract(
        "Harbour news\nMembers of the Harbour Guild have voted overwhelmingly in favour of"
        " industrial action."
    )
    assert not any("action" in o for _, o in _participants(corpus))
