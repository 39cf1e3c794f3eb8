"""Who puts forward, backs or opposes a proposal (stance): confirming that a proposal will be
brought in, a government's consultation on it, and judging its creation; each on a hand-built
parse of a sentence written for the test, with one real parse."""

from __future__ import annotations

from collections.abc import Callable

from doc_builder import build, facts
from rdflib import URIRef

from kg.model import Corpus, Relation
from kg.rdf.namespaces import KG

CONFIRMED_PASSIVE = """
    The       DET   det       2
    Coast     PROPN compound  2
    Agency    PROPN nsubj     3  Agency
    confirmed VERB  ROOT      3  confirm
    that      SCONJ mark      10
    the       DET   det       7
    Ferry     PROPN compound  7
    Pass      PROPN nsubjpass 10 Pass
    will      AUX   aux       10
    be        AUX   auxpass   10
    launched  VERB  ccomp     3  launch VBN
    in        ADP   prep      10
    May       PROPN pobj      11
    .         PUNCT punct     3
"""


def test_relations_a_public_body_confirming_a_proposal_will_be_launched_proposes_it() -> None:
    parsed = build(
        CONFIRMED_PASSIVE,
        names=[("Coast Agency", KG.PublicBody), ("Ferry Pass", KG.Policy)],
    )
    assert facts(parsed.relations("reported-passive")) == {
        ("Coast Agency", KG.proposes, "Ferry Pass")
    }


def test_relations_a_union_confirming_a_proposal_will_be_launched_proposes_nothing() -> None:
    parsed = build(
        CONFIRMED_PASSIVE,
        names=[("Coast Agency", KG.TradeUnion), ("Ferry Pass", KG.Policy)],
    )
    assert facts(parsed.relations("reported-passive")) == set()


CONSULTATION = """
    The          DET   det      2
    Transport    PROPN compound 2
    Ministry     PROPN nsubj    4  Ministry
    has          AUX   aux      4
    launched     VERB  ROOT     4  launch
    a            DET   det      6
    consultation NOUN  dobj     4
    on           ADP   prep     6
    plans        NOUN  pobj     7  plan
    for          ADP   prep     8
    a            DET   det      12
    Ferry        PROPN compound 12
    Pass         PROPN pobj     9  Pass
    .            PUNCT punct    4
"""


def test_relations_a_government_consultation_on_a_proposal_puts_it_forward() -> None:
    parsed = build(
        CONSULTATION,
        names=[("Transport Ministry", KG.GovernmentBody), ("Ferry Pass", KG.Policy)],
    )
    assert facts(parsed.relations("noun")) == {("Transport Ministry", KG.consultsOn, "Ferry Pass")}


def test_relations_a_union_consultation_on_a_proposal_puts_nothing_forward() -> None:
    parsed = build(
        CONSULTATION,
        names=[("Transport Ministry", KG.TradeUnion), ("Ferry Pass", KG.Policy)],
    )
    assert facts(parsed.relations("noun")) == set()


def test_relations_calling_the_creation_of_a_proposal_welcome_backs_it() -> None:
    parsed = build(
        """
        The      DET   det      1
        guild    NOUN  nsubj    2
        said     VERB  ROOT     2  say
        the      DET   det      4
        creation NOUN  nsubj    9
        of       ADP   prep     4
        the      DET   det      8
        Harbour  PROPN compound 8
        Board    PROPN pobj     5  Board
        was      AUX   ccomp    2  be
        a        DET   det      12
        welcome  ADJ   amod     12
        step     NOUN  attr     9
        .        PUNCT punct    2
        """,
        names=[("guild", KG.TradeUnion), ("Harbour Board", KG.Policy)],
    )
    assert facts(parsed.relations("appraisal")) == {("guild", KG.supports, "Harbour Board")}


def test_relations_confirming_a_bill_will_be_introduced_real_parse(
    extract: Callable[..., Corpus],
) -> None:
    corpus = extract(
        "Harbour news\nThe Ministry of Ports confirmed that the Harbour Safety Bill will be "
        "introduced in the autumn.\n"
    )
    labels = {e.key: e.label for e in corpus.entities}
    found = {
        (labels[r.subject], labels[r.object])
        for r in corpus.relations
        if r.predicate == KG.proposes and r.evidence.method == "reported-passive"
    }
    assert found == {("Ministry of Ports", "Harbour Safety Bill")}


def test_relations_a_move_by_an_actor_to_oppose_a_proposal_is_its_stance() -> None:
    parsed = build(
        """
        It       PRON  nsubj    1
        follows  VERB  ROOT     1  follow
        a        DET   det      3
        move     NOUN  dobj     1
        by       ADP   prep     3
        the      DET   det      6
        guild    NOUN  pobj     4
        to       PART  aux      8
        oppose   VERB  acl      3  oppose
        the      DET   det      11
        Ferry    PROPN compound 11
        Pass     PROPN compound 12
        Bill     PROPN dobj     8  Bill
        .        PUNCT punct    1
        """,
        names=[("guild", KG.TradeUnion), ("Ferry Pass Bill", KG.Policy)],
    )
    assert facts(parsed.relations("verb")) == {("guild", KG.opposes, "Ferry Pass Bill")}


def _opposes(relations: list[Relation]) -> set[tuple[str, URIRef, str]]:
    return {f for f in facts(relations) if f[1] == KG.opposes}


def test_relations_a_meeting_of_one_actor_urging_a_proposal_s_withdrawal_opposes_it() -> None:
    parsed = build(
        """
        A         DET   det      1
        meeting   NOUN  nsubj    5
        of        ADP   prep     1
        the       DET   det      4
        guild     NOUN  pobj     2
        urged     VERB  ROOT     5  urge
        ministers NOUN  dobj     5  minister
        to        PART  aux      8
        withdraw  VERB  xcomp    5  withdraw
        the       DET   det      11
        Ferry     PROPN compound 11
        Pass      PROPN compound 12
        Bill      PROPN dobj     8  Bill
        .         PUNCT punct    5
        """,
        names=[("meeting", KG.Meeting), ("guild", KG.TradeUnion), ("Ferry Pass Bill", KG.Policy)],
    )
    found = parsed.relations("event-argument", "directive")
    assert _opposes(found) == {("guild", KG.opposes, "Ferry Pass Bill")}


def test_relations_a_meeting_of_two_actors_urging_speaks_for_neither() -> None:
    parsed = build(
        """
        A         DET   det      1
        meeting   NOUN  nsubj    8
        of        ADP   prep     1
        the       DET   det      4
        guild     NOUN  pobj     2
        and       CCONJ cc       4
        the       DET   det      7
        ministry  NOUN  conj     4
        urged     VERB  ROOT     8  urge
        ministers NOUN  dobj     8  minister
        to        PART  aux      11
        withdraw  VERB  xcomp    8  withdraw
        the       DET   det      14
        Ferry     PROPN compound 14
        Pass      PROPN compound 15
        Bill      PROPN dobj     11 Bill
        .         PUNCT punct    8
        """,
        names=[
            ("meeting", KG.Meeting),
            ("guild", KG.TradeUnion),
            ("ministry", KG.GovernmentBody),
            ("Ferry Pass Bill", KG.Policy),
        ],
    )
    found = parsed.relations("event-argument", "directive")
    assert len([f for f in facts(found) if f[1] == KG.participatesIn]) == 2
    assert _opposes(found) == set()


def test_relations_giving_backing_to_a_proposal_supports_it() -> None:
    parsed = build(
        """
        The      DET   det      1
        guild    NOUN  nsubj    2
        gave     VERB  ROOT     2  give
        its      PRON  poss     4
        backing  NOUN  dobj     2
        to       ADP   dative   2
        the      DET   det      9
        Ferry    PROPN compound 8
        Pass     PROPN compound 9
        Bill     PROPN pobj     5  Bill
        .        PUNCT punct    2
        """,
        names=[("guild", KG.TradeUnion), ("Ferry Pass Bill", KG.Policy)],
        pronouns={3: "guild"},
    )
    assert facts(parsed.relations("noun")) == {("guild", KG.supports, "Ferry Pass Bill")}


def test_relations_a_vote_coming_against_a_backdrop_of_a_proposal_takes_no_side() -> None:
    parsed = build(
        """
        The        DET   det      1
        vote       NOUN  nsubj    2
        came       VERB  ROOT     2  come
        against    ADP   prep     2
        a          DET   det      5
        backdrop   NOUN  pobj     3
        of         ADP   prep     5
        the        DET   det      9
        Ferry      PROPN compound 9
        Pass       PROPN pobj     6  Pass
        .          PUNCT punct    2
        """,
        names=[("vote", KG.Vote), ("Ferry Pass", KG.Policy)],
    )
    assert facts(parsed.relations("verb")) == set()


def test_relations_a_subject_read_as_the_one_it_urges_asks_nothing() -> None:
    rows = """
        The       DET   det      1
        guild     NOUN  nsubj    2
        met       VERB  ROOT     2  meet
        .         PUNCT punct    2
        It        PRON  nsubj    5
        urged     VERB  ROOT     5  urge
        the       DET   det      7
        ministry  NOUN  dobj     5
        to        PART  aux      9
        scrap     VERB  xcomp    5  scrap
        the       DET   det      12
        Ferry     PROPN compound 12
        Pass      PROPN dobj     9  Pass
        .         PUNCT punct    5
    """
    names = [("guild", KG.TradeUnion), ("ministry", KG.GovernmentBody), ("Ferry Pass", KG.Policy)]
    misread = build(rows, names=names, pronouns={4: "ministry"})
    assert _opposes(misread.relations("directive", "recommendation")) == set()
    read = build(rows, names=names, pronouns={4: "guild"})
    for rule in ("directive", "recommendation"):
        assert _opposes(read.relations(rule)) == {("guild", KG.opposes, "Ferry Pass")}


def test_relations_welcoming_the_publication_of_a_plan_does_not_publish_it() -> None:
    rows = """
        The         DET   det      1
        guild       NOUN  nsubj    2
        VERB_WORD
        the         DET   det      4
        publication NOUN  dobj     2
        of          ADP   prep     4
        the         DET   det      8
        Ferry       PROPN compound 8
        Plan        PROPN pobj     5  Plan
        .           PUNCT punct    2
    """
    names = [("guild", KG.TradeUnion), ("Ferry Plan", KG.Plan)]
    welcomed = build(rows.replace("VERB_WORD", "welcomed VERB ROOT 2 welcome"), names=names)
    assert facts(welcomed.relations("noun")) == set()
    oversaw = build(rows.replace("VERB_WORD", "oversaw VERB ROOT 2 oversee"), names=names)
    assert facts(oversaw.relations("noun")) == {("guild", KG.announces, "Ferry Plan")}


def test_relations_delivering_a_service_does_not_put_it_forward() -> None:
    parsed = build(
        """
        Clinics    NOUN  nsubj    1  clinic
        deliver    VERB  ROOT     1  deliver
        the        DET   det      4
        Ferry      PROPN compound 4
        Service    PROPN dobj     1  Service
        .          PUNCT punct    1
        """,
        names=[("Clinics", KG.Organisation), ("Ferry Service", KG.Service)],
    )
    assert facts(parsed.relations("verb")) == set()


def test_relations_rejecting_calls_for_a_proposal_does_not_back_it() -> None:
    parsed = build(
        """
        The        DET   det      1
        guild      NOUN  nsubj    2
        rejected   VERB  ROOT     2  reject
        calls      NOUN  dobj     2  call
        for        ADP   prep     3
        a          DET   det      7
        Ferry      PROPN compound 7
        Pass       PROPN pobj     4  Pass
        .          PUNCT punct    2
        """,
        names=[("guild", KG.TradeUnion), ("Ferry Pass", KG.Policy)],
    )
    assert facts(parsed.relations("noun")) == set()
    assert facts(parsed.relations("verb")) == {("guild", KG.rejects, "Ferry Pass")}


def test_relations_resisting_calls_for_a_proposal_opposes_it() -> None:
    parsed = build(
        """
        The        DET   det      1
        ministry   NOUN  nsubj    3
        had        AUX   aux      3
        resisted   VERB  ROOT     3  resist
        calls      NOUN  dobj     3  call
        for        ADP   prep     4
        a          DET   det      8
        Ferry      PROPN compound 8
        Levy       PROPN pobj     5  Levy
        .          PUNCT punct    3
        """,
        names=[("ministry", KG.GovernmentBody), ("Ferry Levy", KG.Policy)],
    )
    assert facts(parsed.relations("noun")) == set()
    assert facts(parsed.relations("verb")) == {("ministry", KG.opposes, "Ferry Levy")}
