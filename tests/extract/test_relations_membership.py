"""Membership: joining an organisation makes the joiner a member (``verbs.joined``), and so
does being called one with a copula (``memberships.member_noun``)."""

from __future__ import annotations

from collections.abc import Callable

from doc_builder import build, facts

from kg.model import Corpus
from kg.rdf.namespaces import KG


def test_relations_joining_an_organisation_is_membership() -> None:
    parsed = build(
        """
        Marta         PROPN compound 1
        Lind          PROPN nsubj    2
        joined        VERB  ROOT     2  join
        the           DET   det      5
        Pharmacists   PROPN compound 5
        Guild         PROPN dobj     2
        .             PUNCT punct    2
        """,
        names=[("Marta Lind", KG.Person), ("Pharmacists Guild", KG.TradeUnion)],
    )
    assert facts(parsed.relations("joined")) == {("Marta Lind", KG.memberOf, "Pharmacists Guild")}


def test_relations_joining_others_in_an_act_is_no_membership() -> None:
    """ "joined the guild in calling for ...": the comitative "in" + clause."""
    parsed = build(
        """
        Lind          PROPN nsubj    1
        joined        VERB  ROOT     1  join
        the           DET   det      3
        Guild         PROPN dobj     1
        in            ADP   prep     1
        calling       VERB  pcomp    4  call
        for           ADP   prep     5
        talks         NOUN  pobj     6  talk
        .             PUNCT punct    1
        """,
        names=[("Lind", KG.Person), ("Guild", KG.TradeUnion)],
    )
    assert parsed.relations("joined") == []


def test_relations_joining_an_event_is_left_to_the_verb_rule() -> None:
    """memberOf needs an organisation: "joined the strike" takes part in it (rule "verb")."""
    parsed = build(
        """
        Lind          PROPN nsubj    1
        joined        VERB  ROOT     1  join
        the           DET   det      3
        strike        NOUN  dobj     1
        .             PUNCT punct    1
        """,
        names=[("Lind", KG.Person), ("strike", KG.CollectiveAction)],
    )
    assert parsed.relations("joined") == []
    assert facts(parsed.find()) == {("Lind", KG.participatesIn, "strike")}


def test_relations_affiliating_to_a_federation_on_a_real_parse(
    extract: Callable[..., Corpus],
) -> None:
    corpus = extract(
        "Pay news\nThe Radiographers Union will affiliate to the Trades Union Congress next year."
    )
    (relation,) = [r for r in corpus.relations if r.predicate == KG.memberOf]
    assert (relation.subject, relation.object) == ("Radiographers Union", "Trades Union Congress")
    assert (relation.evidence.method, relation.modality) == ("joined", KG.Planned)


def test_relations_a_member_of_a_body_after_a_copula_is_membership() -> None:
    """ "The Dock Union is a member of the Staff Council." (rule "member-noun")"""
    parsed = build(
        """
        The      DET   det      2
        Dock     PROPN compound 2
        Union    PROPN nsubj    3
        is       AUX   ROOT     3  be
        a        DET   det      5
        member   NOUN  attr     3
        of       ADP   prep     5
        the      DET   det      9
        Staff    PROPN compound 9
        Council  PROPN pobj     6
        .        PUNCT punct    3
        """,
        names=[("Dock Union", KG.TradeUnion), ("Staff Council", KG.Organisation)],
    )
    assert facts(parsed.relations("member-noun")) == {("Dock Union", KG.memberOf, "Staff Council")}


def test_relations_the_body_of_which_an_actor_is_a_member() -> None:
    """ "Ministers asked the Staff Council, of which the Dock Union is a member, to meet.": the
    antecedent of "of which" is the body."""
    parsed = build(
        """
        Ministers NOUN  nsubj    1  minister
        asked     VERB  ROOT     1  ask
        the       DET   det      4
        Staff     PROPN compound 4
        Council   PROPN dobj     1
        ,         PUNCT punct    4
        of        ADP   prep     11
        which     PRON  pobj     6
        the       DET   det      10
        Dock      PROPN compound 10
        Union     PROPN nsubj    11
        is        AUX   relcl    4  be
        a         DET   det      13
        member    NOUN  attr     11
        ,         PUNCT punct    4
        to        PART  aux      16
        meet      VERB  xcomp    1
        .         PUNCT punct    1
        """,
        names=[("Staff Council", KG.Organisation), ("Dock Union", KG.TradeUnion)],
    )
    assert facts(parsed.relations("member-noun")) == {("Dock Union", KG.memberOf, "Staff Council")}


def test_relations_a_member_of_no_named_body_gives_nothing() -> None:
    """ "The Dock Union is a member of a panel": a body no entity names gives nothing."""
    parsed = build(
        """
        The      DET   det      2
        Dock     PROPN compound 2
        Union    PROPN nsubj    3
        is       AUX   ROOT     3  be
        a        DET   det      5
        member   NOUN  attr     3
        of       ADP   prep     5
        a        DET   det      8
        panel    NOUN  pobj     6
        .        PUNCT punct    3
        """,
        names=[("Dock Union", KG.TradeUnion)],
    )
    assert parsed.relations("member-noun") == []


def test_relations_membership_said_in_a_relative_clause_on_a_real_parse(
    extract: Callable[..., Corpus],
) -> None:
    corpus = extract(
        "Council to negotiate\n"
        "The Dock Union, which is a member of the Ferry Staff Council, backed the plan.\n"
    )
    found = {(r.subject, r.object) for r in corpus.relations if r.predicate == KG.memberOf}
    assert found == {("Dock Union", "Ferry Staff Council")}


def test_relations_a_body_part_of_another_in_apposition_is_in_it() -> None:
    """ "The Rural Network, part of the Councils Association, warned." """
    parsed = build(
        """
        The         DET   det      2
        Rural       PROPN compound 2
        Network     PROPN nsubj    10 network
        ,           PUNCT punct    2
        part        NOUN  appos    2
        of          ADP   prep     4
        the         DET   det      8
        Councils    PROPN compound 8
        Association PROPN pobj     5
        ,           PUNCT punct    2
        warned      VERB  ROOT     10 warn
        .           PUNCT punct    10
        """,
        names=[("Rural Network", KG.Organisation), ("Councils Association", KG.Organisation)],
    )
    assert facts(parsed.relations("part-of-a-body")) == {
        ("Rural Network", KG.memberOf, "Councils Association")
    }


def test_relations_a_proposal_part_of_a_body_is_no_membership() -> None:
    """ "The Quay Levy is part of the Councils Association.": only bodies are in bodies."""
    parsed = build(
        """
        The         DET   det      2
        Quay        PROPN compound 2
        Levy        PROPN nsubj    3
        is          AUX   ROOT     3 be
        part        NOUN  attr     3
        of          ADP   prep     4
        the         DET   det      8
        Councils    PROPN compound 8
        Association PROPN pobj     5
        .           PUNCT punct    3
        """,
        names=[("Quay Levy", KG.Policy), ("Councils Association", KG.Organisation)],
    )
    assert facts(parsed.relations("part-of-a-body")) == set()


def test_relations_a_body_said_to_be_part_of_another_is_in_it() -> None:
    """ "The Rural Network is part of the Councils Association." """
    parsed = build(
        """
        The         DET   det      2
        Rural       PROPN compound 2
        Network     PROPN nsubj    3
        is          AUX   ROOT     3 be
        part        NOUN  attr     3
        of          ADP   prep     4
        the         DET   det      8
        Councils    PROPN compound 8
        Association PROPN pobj     5
        .           PUNCT punct    3
        """,
        names=[("Rural Network", KG.Organisation), ("Councils Association", KG.Organisation)],
    )
    assert facts(parsed.relations("part-of-a-body")) == {
        ("Rural Network", KG.memberOf, "Councils Association")
    }
